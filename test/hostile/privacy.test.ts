/**
 * Privacy and integrity: without --online nothing touches the network, a scan changes nothing on disk, and
 * security codes never reach the screen in full.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/message/index.js';
import { REPO, buildForChildren, runCli } from './harness.js';

// Loaded with --import before the CLI: every way out of the process records itself and throws.
const NETWORK_TRAP = `
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import http from 'node:http';
import https from 'node:https';
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

function trap(what) {
  return function () {
    appendFileSync(process.env.AMZCHECK_NET_LOG, what + '\\n');
    throw new Error('network use is forbidden in this test: ' + what);
  };
}
const resolveNames = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
for (const n of resolveNames) {
  if (typeof dns[n] === 'function') dns[n] = trap('dns.' + n);
  if (typeof dns.promises[n] === 'function') dns.promises[n] = trap('dns.promises.' + n);
  if (typeof dns.Resolver.prototype[n] === 'function') dns.Resolver.prototype[n] = trap('dns.Resolver.' + n);
  if (typeof dns.promises.Resolver.prototype[n] === 'function') dns.promises.Resolver.prototype[n] = trap('dns.promises.Resolver.' + n);
}
net.connect = trap('net.connect');
net.createConnection = trap('net.createConnection');
net.Socket.prototype.connect = trap('net.Socket.connect');
tls.connect = trap('tls.connect');
http.request = trap('http.request');
http.get = trap('http.get');
https.request = trap('https.request');
https.get = trap('https.get');
globalThis.fetch = trap('fetch');
syncBuiltinESMExports();
`;

let dir: string;
let trapFile: string;

beforeAll(() => {
  buildForChildren();
  dir = mkdtempSync(join(tmpdir(), 'amzcheck-privacy-'));
  trapFile = join(dir, 'network-trap.mjs');
  writeFileSync(trapFile, NETWORK_TRAP);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function attemptsIn(log: string): string[] {
  try {
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

async function scanWithTrap(args: string[], log: string) {
  return runCli(['scan', '--no-progress', ...args], { nodeArgs: ['--import', trapFile], env: { AMZCHECK_NET_LOG: log, NO_COLOR: '1' } });
}

describe('offline by default', () => {
  it('scans every fixture without a single DNS query, socket, HTTP request or fetch', async () => {
    const log = join(dir, 'offline.log');
    const run = await scanWithTrap(['--json', join(REPO, 'fixtures')], log);
    expect(attemptsIn(log)).toEqual([]);
    expect(run.stderr).not.toContain('network use is forbidden');
    const report = JSON.parse(run.stdout) as { summary: { messages: number; amazonRelated: number } };
    expect(report.summary.messages).toBeGreaterThan(100);
    expect(report.summary.amazonRelated).toBeGreaterThan(50);
  });

  it('the trap does catch DNS: with --online the same scan tries to resolve', async () => {
    const log = join(dir, 'online.log');
    await scanWithTrap(['--json', '--online', join(REPO, 'fixtures/auth/gmail-dmarc-pass-amazon-co-jp.eml')], log);
    expect(attemptsIn(log).some((a) => a.startsWith('dns'))).toBe(true);
  });
});

describe('a scan changes nothing on disk', () => {
  it('leaves the bytes and modification times of every input file as they were', async () => {
    const copy = join(dir, 'inputs');
    cpSync(join(REPO, 'fixtures'), copy, { recursive: true, preserveTimestamps: true });
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) (e.isDirectory() ? walk : (p: string) => files.push(p))(join(d, e.name));
    };
    walk(copy);
    const state = () =>
      Object.fromEntries(
        files.map((f) => [relative(copy, f), { sha256: createHash('sha256').update(readFileSync(f)).digest('hex'), mtimeMs: statSync(f).mtimeMs }]),
      );
    const before = state();
    const entries = readdirSync(copy, { recursive: true }).length;
    const run = await runCli(['scan', '--no-progress', '--json', copy], { env: { NO_COLOR: '1' } });
    // fixtures/input holds files that are not mail on purpose: exit 2 says so, after the whole scan.
    expect([0, 1, 2]).toContain(run.code);
    expect((JSON.parse(run.stdout) as { summary: { messages: number } }).summary.messages).toBeGreaterThan(100);
    expect(state()).toEqual(before);
    // No file was added either (no cache, no lock, no temp file next to the mail).
    expect(readdirSync(copy, { recursive: true }).length).toBe(entries);
  });
});

describe('security codes in the human output', () => {
  const securityFixtures = readdirSync(join(REPO, 'fixtures/security'))
    .filter((f) => f.endsWith('.eml'))
    .map((f) => join(REPO, 'fixtures/security', f));

  /** The full code of each fixture whose report shows a masked code: the standalone number the mask fits. */
  async function fullCodes(): Promise<Map<string, string>> {
    const run = await runCli(['scan', '--json', '--no-progress', ...securityFixtures], { env: { NO_COLOR: '1' } });
    const report = JSON.parse(run.stdout) as { messages: { location: { file: string }; securityCode: { codeMasked: string | null } | null }[] };
    const codes = new Map<string, string>();
    for (const m of report.messages) {
      const masked = m.securityCode?.codeMasked;
      if (!masked) continue;
      const shown = masked.replace(/•/g, '');
      const bytes = readFileSync(m.location.file);
      const msg = await parseMessage({ bytes, location: m.location as never, envelope: { format: 'eml' } });
      const full = [...`${msg.subject}\n${msg.text}`.matchAll(/(?<!\d)\d{6,8}(?!\d)/g)].map((x) => x[0]).find((c) => c.length === [...masked].length && c.startsWith(shown));
      if (full) codes.set(m.location.file, full);
    }
    return codes;
  }

  it('never shows a full code, in English or Japanese, normal or verbose; --json carries only the masked code', async () => {
    const codes = await fullCodes();
    expect(codes.size).toBeGreaterThanOrEqual(10);
    const outputs = await Promise.all(
      [['--lang', 'en'], ['--lang', 'ja'], ['--lang', 'en', '--verbose'], ['--lang', 'ja', '--verbose'], ['--json']].map((flags) =>
        runCli(['scan', '--no-progress', ...flags, ...securityFixtures], { env: { NO_COLOR: '1' } }),
      ),
    );
    for (const { stdout } of outputs) {
      expect(stdout.length).toBeGreaterThan(1000);
      for (const [file, code] of codes) expect({ file, shown: stdout.includes(code) }).toEqual({ file, shown: false });
    }
  });
});
