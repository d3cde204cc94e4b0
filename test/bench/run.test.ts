import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { commandFromTemplate, formatResult, parseRunArgs, runBenchmark } from '../../bench/run.mjs';
import { plainRead, runCommand, spread } from '../../bench/lib/measure.mjs';
import { evaluateTargets, LIMITS, type ScanSummary } from '../../bench/lib/targets.mjs';
import { compareVerdicts, readVerdicts, verdictsByCategory } from '../../bench/lib/verdicts.mjs';
import { moduleOf, summarizeProfile, type CpuProfile } from '../../bench/lib/cpuprofile.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'amzcheck-bench-run-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('command line', () => {
  it('defaults to the 400MB mailbox, seed 1, 3 runs, with --deep', () => {
    expect(parseRunArgs([])).toMatchObject({ size: '400MB', seed: 1, runs: 3, skipDeep: false, cmd: undefined });
  });

  it('rejects unknown options and impossible values', () => {
    expect(() => parseRunArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseRunArgs(['--runs', '0'])).toThrow(/runs/);
    expect(() => parseRunArgs(['--size', '5GB'])).toThrow(/2GB/);
    expect(() => parseRunArgs(['--seed'])).toThrow(/needs a value/);
  });

  it('puts the mailbox path where a placeholder command says {file}, else at the end', () => {
    expect(commandFromTemplate('cat {file}', '/x/box.mbox')).toEqual(['cat', '/x/box.mbox']);
    expect(commandFromTemplate('wc -c', '/x/box.mbox')).toEqual(['wc', '-c', '/x/box.mbox']);
  });

  it('expands {file} to every mailbox when the mailbox is split into several files', () => {
    expect(commandFromTemplate('cat {file} -', ['/x/1.mbox', '/x/2.mbox'])).toEqual(['cat', '/x/1.mbox', '/x/2.mbox', '-']);
    expect(() => parseRunArgs(['--files', '17'])).toThrow(/files/);
  });
});

describe('measuring', () => {
  it('reads the whole file in the plain read', async () => {
    const file = path.join(tmp, 'bytes.bin');
    fs.writeFileSync(file, Buffer.alloc(9 << 20, 1));
    expect((await plainRead(file)).bytes).toBe(9 << 20);
  });

  it('times the first and the last output line of a command that streams', async () => {
    const script = "console.log('first'); setTimeout(() => console.log('second'), 400);";
    const run = await runCommand([process.execPath, '-e', script]);
    expect(run.exitCode).toBe(0);
    expect(run.lines).toBe(2);
    expect(run.firstLineSeconds).not.toBeNull();
    expect(run.lastLineSeconds! - run.firstLineSeconds!).toBeGreaterThan(0.3);
    expect(run.wallSeconds).toBeGreaterThanOrEqual(run.lastLineSeconds!);
  });

  it('writes the command output to a file when asked', async () => {
    const out = path.join(tmp, 'out.txt');
    await runCommand([process.execPath, '-e', "process.stdout.write('a\\nb\\n')"], { stdoutFile: out });
    expect(fs.readFileSync(out, 'utf8')).toBe('a\nb\n');
  });

  it.skipIf(process.platform !== 'linux')('sees a command that holds 200 MB as having a peak RSS of at least 200 MB, without GNU time', async () => {
    const script = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 300);';
    const run = await runCommand([process.execPath, '-e', script], { useGnuTime: false });
    expect(run.rssSource).toBe('proc-vmhwm');
    expect(run.peakRssBytes!).toBeGreaterThan(200 * 1024 * 1024);
  });

  it.skipIf(!fs.existsSync('/usr/bin/time'))('takes the peak RSS from GNU time when it is there, even when the command fails', async () => {
    const script = 'const b = Buffer.alloc(120 * 1024 * 1024, 1); console.log(b[1]); process.exitCode = 1;';
    const run = await runCommand([process.execPath, '-e', script], { useGnuTime: true });
    expect(run.exitCode).toBe(1);
    expect(run.rssSource).toBe('gnu-time');
    expect(run.peakRssBytes!).toBeGreaterThan(120 * 1024 * 1024);
  });

  it('takes min, median and max, ignoring missing values', () => {
    expect(spread([3, null, 1, 2])).toEqual({ min: 1, median: 2, max: 3 });
    expect(spread([4, 1])).toEqual({ min: 1, median: 2.5, max: 4 });
    expect(spread([null])).toEqual({ min: null, median: null, max: null });
  });
});

describe('targets', () => {
  const MiB = 1024 * 1024;
  const ok: ScanSummary = { bestWallSeconds: 1, peakRssBytes: 100 * MiB, firstLineSeconds: 0.2, completed: true };
  const base = { mailboxBytes: 400e6, plainReadSeconds: 0.25, scan: ok, deep: ok, verdictDifferences: 0, referencePeakRss: null };
  const byId = (targets: ReturnType<typeof evaluateTargets>) => Object.fromEntries(targets.map((t) => [t.id, t.pass]));

  it('passes a scan at exactly 12 times the plain read and fails one just above', () => {
    expect(byId(evaluateTargets({ ...base, scan: { ...ok, bestWallSeconds: 0.25 * LIMITS.scanRatio } }))['scan-ratio']).toBe(true);
    expect(byId(evaluateTargets({ ...base, scan: { ...ok, bestWallSeconds: 0.25 * LIMITS.scanRatio + 0.01 } }))['scan-ratio']).toBe(false);
  });

  it('holds --deep to 60 times the plain read', () => {
    expect(byId(evaluateTargets({ ...base, deep: { ...ok, bestWallSeconds: 14.9 } }))['deep-ratio']).toBe(true);
    expect(byId(evaluateTargets({ ...base, deep: { ...ok, bestWallSeconds: 15.1 } }))['deep-ratio']).toBe(false);
  });

  it('fails a scan that did not complete, however fast', () => {
    expect(byId(evaluateTargets({ ...base, scan: { ...ok, bestWallSeconds: 0.3, completed: false } }))['scan-ratio']).toBe(false);
  });

  it('limits peak RSS to 250 MiB at 400 MB', () => {
    expect(byId(evaluateTargets({ ...base, scan: { ...ok, peakRssBytes: 251 * MiB } }))['scan-rss']).toBe(false);
  });

  it('limits peak RSS at 2 GB to 110% of the 400 MB run', () => {
    const big = { ...base, mailboxBytes: 2e9, referencePeakRss: { scan: 100 * MiB, deep: 100 * MiB } };
    expect(byId(evaluateTargets({ ...big, scan: { ...ok, peakRssBytes: 109 * MiB } }))['scan-rss']).toBe(true);
    expect(byId(evaluateTargets({ ...big, scan: { ...ok, peakRssBytes: 111 * MiB } }))['scan-rss']).toBe(false);
  });

  it('wants the first NDJSON line within a second', () => {
    expect(byId(evaluateTargets({ ...base, scan: { ...ok, firstLineSeconds: 1.5 } }))['first-line']).toBe(false);
    expect(byId(evaluateTargets({ ...base, scan: { ...ok, firstLineSeconds: null } }))['first-line']).toBe(false);
  });

  it('fails on any verdict difference between default and --deep, and cannot judge without verdicts', () => {
    expect(byId(evaluateTargets({ ...base, verdictDifferences: 1 }))['same-verdicts']).toBe(false);
    expect(byId(evaluateTargets({ ...base, verdictDifferences: null }))['same-verdicts']).toBeNull();
  });

  it('has no --deep targets with --skip-deep', () => {
    expect(Object.keys(byId(evaluateTargets({ ...base, deep: null })))).toEqual(['scan-ratio', 'scan-rss', 'first-line']);
  });
});

describe('verdicts from NDJSON output', () => {
  it('reads message verdicts and the summary line', async () => {
    const v = await readVerdicts(path.join(fixtures, 'scan-default-two-messages.ndjson'));
    expect(v.messages).toBe(2);
    expect(v.byMessage.get('box.mbox#2')).toBe('unrelated');
    expect(v.summary).not.toBeNull();
  });

  it('finds the message where default and --deep disagree', async () => {
    const a = await readVerdicts(path.join(fixtures, 'scan-default-two-messages.ndjson'));
    const b = await readVerdicts(path.join(fixtures, 'scan-deep-second-message-phishing.ndjson'));
    expect(compareVerdicts(a, b)).toEqual({ compared: 2, differing: 1, examples: [{ message: 'box.mbox#2', a: 'unrelated', b: 'phishing' }] });
    expect(compareVerdicts(a, a).differing).toBe(0);
  });

  it('counts verdicts per generated category, messages missing from the truth being ham', async () => {
    const v = await readVerdicts(path.join(fixtures, 'scan-default-two-messages.ndjson'));
    const table = await verdictsByCategory(v, path.join(fixtures, 'truth-first-message-amazon-genuine.ndjson'));
    expect(table).toEqual({ 'amazon-genuine': { genuine: 1 }, ham: { unrelated: 1 } });
  });
});

describe('CPU profile summary', () => {
  const profile = JSON.parse(fs.readFileSync(path.join(fixtures, 'two-functions-one-module.cpuprofile'), 'utf8')) as CpuProfile;

  it('adds up self time per function from the sampling intervals, merging call sites of one function', () => {
    const s = summarizeProfile(profile);
    expect(s.totalMs).toBeCloseTo(5);
    expect(s.functions.map((f) => [f.name, f.selfMs])).toEqual([['splitMbox', 3], ['decodeWords', 2]]);
    expect(s.functions[0].percent).toBeCloseTo(60);
  });

  it('counts inclusive time for a caller once per sample, including what it calls', () => {
    const inclusive = Object.fromEntries(summarizeProfile(profile).inclusive.map((e) => [e.name, e.selfMs]));
    // splitMbox runs 3 ms itself and calls decodeWords for 1 ms; decodeWords also runs 1 ms from the root
    expect(inclusive).toEqual({ splitMbox: 4, decodeWords: 2 });
  });

  it('names the module: npm package for dependencies, path from dist/ for ours', () => {
    expect(summarizeProfile(profile).modules.map((m) => m.name)).toEqual(['dist/input/mbox.js', 'libmime']);
    expect(moduleOf('file:///a/node_modules/@zone-eu/mailsplit/lib/x.js')).toBe('@zone-eu/mailsplit');
    expect(moduleOf('node:internal/streams/readable')).toBe('node:internal/streams/readable');
  });
});

describe('the whole run with a placeholder command', () => {
  it('generates the mailbox, measures it and reports the targets', async () => {
    const json = path.join(tmp, 'result.json');
    const result = await runBenchmark({ ...parseRunArgs(['--size', '1MB', '--runs', '1', '--cmd', 'cat {file}', '--skip-deep']), json }, path.join(tmp, 'bench'));
    expect(result.mailbox.messages).toBeGreaterThan(0);
    expect(result.scans.scan.completed).toBe(true);
    expect(result.scans.scan.stdoutBytes).toBe(result.mailbox.bytes);
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).targets.map((t: { id: string }) => t.id)).toEqual(['scan-ratio', 'scan-rss', 'first-line']);
    expect(result.mailbox.files).toBe(1);
    expect(formatResult(result)).toMatch(/plain read[\s\S]*scan --ndjson[\s\S]*(PASS|FAIL) {2}scan time \/ plain read/);
  });

  it('splits the mailbox into several files and passes them all to one command', async () => {
    const result = await runBenchmark(parseRunArgs(['--size', '1MB', '--runs', '1', '--files', '2', '--cmd', 'cat {file}', '--skip-deep']), path.join(tmp, 'bench'));
    expect(result.mailbox.paths).toHaveLength(2);
    expect(result.scans.scan.stdoutBytes).toBe(result.mailbox.bytes);
    expect(result.mailbox.bytes).toBeGreaterThanOrEqual(1_000_000);
  });
});
