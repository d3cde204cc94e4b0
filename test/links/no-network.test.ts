import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { checkLinks } from '../../src/checks/links/index.js';
import { claimsAmazon, fixture, FIXTURES } from './helpers.js';

/** Every way Node code could reach the network; each one throws if called. */
function forbidNetwork(): MockInstance[] {
  const refuse = (name: string) => () => {
    throw new Error(`network access during a scan: ${name}`);
  };
  return [
    vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns.lookup')),
    vi.spyOn(dns, 'resolve').mockImplementation(refuse('dns.resolve')),
    vi.spyOn(dns.promises, 'lookup').mockImplementation(refuse('dns.promises.lookup')),
    vi.spyOn(dns.promises, 'resolve').mockImplementation(refuse('dns.promises.resolve')),
    vi.spyOn(net, 'connect').mockImplementation(refuse('net.connect')),
    vi.spyOn(net, 'createConnection').mockImplementation(refuse('net.createConnection')),
    vi.spyOn(tls, 'connect').mockImplementation(refuse('tls.connect')),
    vi.spyOn(http, 'request').mockImplementation(refuse('http.request')),
    vi.spyOn(http, 'get').mockImplementation(refuse('http.get')),
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request')),
    vi.spyOn(https, 'get').mockImplementation(refuse('https.get')),
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch')),
  ];
}

describe('no network access', () => {
  let spies: MockInstance[] = [];
  beforeEach(() => {
    spies = forbidNetwork();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('judges every fixture without a DNS lookup or a connection', async () => {
    const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.eml'));
    expect(names.length).toBeGreaterThan(10);
    let findings = 0;
    for (const name of names) {
      const msg = await fixture(name);
      findings += checkLinks(msg, claimsAmazon()).findings.length;
    }
    expect(findings).toBeGreaterThan(0);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('would notice if something did reach for the network', () => {
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(/network access/);
    expect(spies[0]).toHaveBeenCalledTimes(1);
  });
});
