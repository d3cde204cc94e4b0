/**
 * Offline by default (docs/sources.md#design-notes): no DNS query without --online. With --online: short timeouts,
 * a cache, and a DNS failure reported as temperror ("could not verify"), never as fail.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeAuthentication, closeAuthentication } from '../../src/checks/authentication/index.js';
import { fixtureBytes, messageFromBytes } from './helpers.js';

const AMAZON_MAIL = 'gmail-dmarc-pass-amazon-co-jp.eml';
const UNVERIFIED_AMAZON_MAIL = 'no-received-headers-results-not-trusted.eml';
const LIST_MAIL = 'list-server-results-amazon-com-dkim-pass.eml';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAuthentication();
});

function spyOnAllDns() {
  const fail = () => {
    throw new Error('DNS used without --online');
  };
  return [
    vi.spyOn(dns.promises, 'resolve').mockImplementation(fail),
    vi.spyOn(dns.promises, 'resolveTxt').mockImplementation(fail),
    vi.spyOn(dns.promises, 'lookup').mockImplementation(fail),
    vi.spyOn(dns.promises.Resolver.prototype, 'resolve').mockImplementation(fail),
    vi.spyOn(dns, 'resolve').mockImplementation(fail),
    vi.spyOn(dns, 'lookup').mockImplementation(fail),
  ];
}

describe('without --online', () => {
  test('no DNS query is made, not even for the DKIM body check, and an injected resolver is not called', async () => {
    const spies = spyOnAllDns();
    const resolver = vi.fn(async () => {
      throw new Error('resolver called without --online');
    });
    for (const name of [AMAZON_MAIL, UNVERIFIED_AMAZON_MAIL, LIST_MAIL]) {
      const { summary } = await analyzeAuthentication(messageFromBytes(fixtureBytes(name)), { claimsAmazon: true, resolver });
      expect(summary.recomputed).toBe(false);
    }
    expect(resolver).not.toHaveBeenCalled();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('with --online', () => {
  test('an unreachable DNS server: every message reports temperror, and after two failed lookups no message waits on it again', async () => {
    const blackHole = dgram.createSocket('udp4');
    let received = 0;
    blackHole.on('message', () => received++);
    await new Promise<void>((resolve) => blackHole.bind(0, '127.0.0.1', resolve));
    const server = `127.0.0.1:${blackHole.address().port}`;
    try {
      const queriesAfter: number[] = [];
      for (const name of [UNVERIFIED_AMAZON_MAIL, LIST_MAIL, UNVERIFIED_AMAZON_MAIL]) {
        const { summary, findings } = await analyzeAuthentication(messageFromBytes(fixtureBytes(name)), {
          claimsAmazon: true,
          online: true,
          dnsServers: [server],
        });
        const recomputed = summary.results.filter((r) => r.source === 'recomputed');
        expect(recomputed.length).toBeGreaterThan(0);
        expect(recomputed.every((r) => r.result === 'temperror' || r.result === 'none')).toBe(true);
        expect(recomputed.some((r) => r.result === 'temperror')).toBe(true);
        expect(recomputed.some((r) => r.result === 'fail')).toBe(false);
        if (!summary.amazonAuthenticated) expect(findings.map((f) => f.code)).toContain('auth.temperror');
        queriesAfter.push(received);
      }
      // The work is bounded, not the seconds: one try per name (a 2 s timeout each, online.ts), and once the
      // circuit breaker has seen two lookups fail, DNS counts as down: the third message sends no query and so
      // waits for no timeout.
      expect(queriesAfter[0]).toBeGreaterThan(0);
      expect(queriesAfter[2]).toBeLessThanOrEqual(2);
      expect(queriesAfter[2]).toBe(queriesAfter[1]);
    } finally {
      blackHole.close();
    }
  }, 30_000);

  test('a --dns-cache file is written in mailauth\'s format and replays the run without network', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amzcheck-dns-'));
    const cacheFile = path.join(dir, 'dns.json');
    const zone: Record<string, string[][]> = { 'TXT _dmarc.amazon.co.jp': [['v=DMARC1; p=quarantine']] };
    const recording = vi.fn(async (name: string, rrtype: string) => {
      const answer = zone[`${rrtype} ${name}`];
      if (answer) return answer;
      throw Object.assign(new Error('nx'), { code: 'ENOTFOUND' });
    });
    const raw = fixtureBytes(UNVERIFIED_AMAZON_MAIL);
    const first = await analyzeAuthentication(messageFromBytes(raw), { claimsAmazon: true, online: true, dnsCacheFile: cacheFile, resolver: recording });
    await closeAuthentication();
    expect(recording).toHaveBeenCalled();
    const written = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    expect(written['_dmarc.amazon.co.jp']).toEqual({ TXT: [['v=DMARC1; p=quarantine']] });

    const noNetwork = vi.fn(async () => {
      throw new Error('network used during replay');
    });
    const replay = await analyzeAuthentication(messageFromBytes(raw), { claimsAmazon: true, online: true, dnsCacheFile: cacheFile, resolver: noNetwork });
    expect(noNetwork).not.toHaveBeenCalled();
    expect(replay.summary.results).toEqual(first.summary.results);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('answers are cached in-process: a second message asks nothing new', async () => {
    const lookup = vi.fn(async () => {
      throw Object.assign(new Error('nx'), { code: 'ENOTFOUND' });
    });
    const raw = fixtureBytes(UNVERIFIED_AMAZON_MAIL);
    await analyzeAuthentication(messageFromBytes(raw), { claimsAmazon: true, online: true, resolver: lookup });
    const afterFirst = lookup.mock.calls.length;
    await analyzeAuthentication(messageFromBytes(raw), { claimsAmazon: true, online: true, resolver: lookup });
    expect(afterFirst).toBeGreaterThan(0);
    expect(lookup.mock.calls.length).toBe(afterFirst);
  });

  test('a mail that does not claim Amazon is not re-verified', async () => {
    const lookup = vi.fn(async () => []);
    const { summary } = await analyzeAuthentication(messageFromBytes(fixtureBytes('gmail-ses-signed-lookalike-sender-claims-amazon.eml')), {
      claimsAmazon: false,
      online: true,
      resolver: lookup,
    });
    expect(summary.recomputed).toBe(false);
    expect(lookup).not.toHaveBeenCalled();
  });
});
