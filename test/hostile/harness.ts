/**
 * What the hostile suite needs beyond vitest: the real CLI as a child process (with its peak memory), and the
 * library in a worker thread that can be killed when one input makes it hang. A synchronous hang (a regex
 * backtracking for hours) blocks the thread it runs in, so neither a Promise.race nor vitest's own timeout
 * could stop it in-process.
 *
 * Both run the compiled library, built here from the current src/ into a temp directory keyed by the
 * sources' hash (so the suite never tests a stale dist/ and never writes into the shared one).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export const REPO = resolve(import.meta.dirname, '../..');

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        hash.update(p);
        hash.update(readFileSync(p));
      }
    }
  };
  walk(join(REPO, 'src'));
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'bin/amzcheck.js']) hash.update(readFileSync(join(REPO, f)));
  hash.update(PROBE + WORKER);
  return hash.digest('hex').slice(0, 16);
}

// Written at exit by every child: its peak resident set size (KiB on Linux), the figure the tests bound.
const PROBE = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.AMZCHECK_RSS_FILE) writeFileSync(process.env.AMZCHECK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
`;

// The fuzz target: one input in, a short verdict on the report's shape out. Runs the compiled library.
const WORKER = `import { parentPort } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { analyzeMessage, scan } from './dist/index.js';

const VERDICTS = new Set(['phishing', 'suspicious', 'unverified', 'genuine', 'unrelated', 'error']);

function checkEntry(m) {
  if (!m || typeof m !== 'object') return 'entry is not an object';
  if (!VERDICTS.has(m.verdict)) return 'unknown verdict ' + m.verdict;
  if (m.verdict === 'error' && (typeof m.error !== 'string' || m.error.length === 0)) return 'error entry without a reason';
  if (m.verdict !== 'error' && m.error !== null) return 'analysed entry with an error';
  if (!Array.isArray(m.findings)) return 'findings is not an array';
  for (const f of m.findings) if (typeof f.title !== 'string' || typeof f.message !== 'string') return 'finding without text: ' + f.code;
  return null;
}

parentPort.on('message', async ({ id, mode, bytes }) => {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    let problem = null;
    let verdicts = [];
    if (mode === 'message') {
      const m = await analyzeMessage(input, { lang: id % 2 ? 'ja' : 'en' });
      problem = checkEntry(m);
      verdicts = [m.verdict];
    } else {
      const r = await scan(['-'], { stdin: Readable.from([input]), lang: 'en' });
      if (r.summary.messages !== r.messages.length) problem = 'summary count differs from the entries';
      if (r.messages.length === 0 && r.inputErrors.length === 0) problem = 'no message and no input error';
      for (const e of r.inputErrors) if (!e.reason) problem = 'input error without a reason';
      for (const m of r.messages) problem = problem ?? checkEntry(m);
      verdicts = r.messages.map((m) => m.verdict);
    }
    JSON.stringify({ verdicts });
    parentPort.postMessage({ id, problem, verdicts });
  } catch (error) {
    parentPort.postMessage({ id, problem: 'threw: ' + (error && error.stack ? error.stack : String(error)), verdicts: [] });
  }
});
`;

let built: string | null = null;

/** Build src/ into a temp directory (once per source state) and return that directory. */
export function buildForChildren(): string {
  if (built) return built;
  const dir = join(tmpdir(), `amzcheck-hostile-build-${sourceHash()}`);
  if (!existsSync(join(dir, 'ready'))) {
    const staging = `${dir}.${process.pid}.${Date.now()}`;
    mkdirSync(join(staging, 'bin'), { recursive: true });
    // tsc emits even when someone else's file has a type error (noEmitOnError is off): the suite tests what runs.
    spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(REPO, 'tsconfig.build.json'), '--outDir', join(staging, 'dist'), '--declaration', 'false', '--sourceMap', 'false'], {
      cwd: REPO,
      stdio: 'ignore',
    });
    if (!existsSync(join(staging, 'dist/cli/index.js'))) throw new Error('building src/ for the hostile suite failed');
    cpSync(join(REPO, 'bin/amzcheck.js'), join(staging, 'bin/amzcheck.js'));
    cpSync(join(REPO, 'package.json'), join(staging, 'package.json'));
    symlinkSync(join(REPO, 'node_modules'), join(staging, 'node_modules'), 'dir');
    writeFileSync(join(staging, 'rss-probe.mjs'), PROBE);
    writeFileSync(join(staging, 'analyze-worker.mjs'), WORKER);
    writeFileSync(join(staging, 'ready'), '');
    try {
      renameSync(staging, dir);
    } catch {
      // Another test file built the same sources at the same time; theirs is as good as ours.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  built = dir;
  return dir;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the child, in bytes. */
  peakRss: number;
  ms: number;
}

export interface CliRunOptions {
  env?: Record<string, string | undefined>;
  stdin?: Buffer | string;
  /** Kill the child after this long (the test then fails on `code`). */
  timeoutMs?: number;
  /** Extra node flags, e.g. `--import` of a script that makes networking throw. */
  nodeArgs?: string[];
  /** Do not keep stdout (a million NDJSON lines); count its lines instead. */
  countLinesOnly?: boolean;
}

/** Run `amzcheck <args>` as a child process of the built sources. */
export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun & { stdoutLines: number }> {
  const dir = buildForChildren();
  const rssFile = join(dir, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', join(dir, 'rss-probe.mjs'), ...(options.nodeArgs ?? []), join(dir, 'bin/amzcheck.js'), ...args],
    {
      cwd: REPO,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', LANG: 'C', ...options.env, AMZCHECK_RSS_FILE: rssFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const out: Buffer[] = [];
  let lines = 0;
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => {
    if (options.countLinesOnly) {
      for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) lines++;
    } else out.push(b);
  });
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {});
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      let peakRss = 0;
      if (existsSync(rssFile)) {
        peakRss = Number(readFileSync(rssFile, 'utf8')) * 1024;
        rmSync(rssFile, { force: true });
      }
      const stdout = Buffer.concat(out).toString('utf8');
      if (!options.countLinesOnly) lines = stdout.split('\n').length - 1;
      done({ code, stdout, stderr: Buffer.concat(err).toString('utf8'), peakRss, ms: performance.now() - started, stdoutLines: lines });
    });
  });
}

export interface FuzzOutcome {
  /** What is wrong with the report, or null when it is well-formed. */
  problem: string | null;
  verdicts: string[];
}

/**
 * The library in a worker thread, one input at a time. An input that takes longer than `timeoutMs` is a
 * hang: the worker is terminated (whatever it was doing) and a fresh one serves the next input.
 */
export class FuzzTarget {
  private worker: Worker | null = null;
  private next = 0;

  constructor(private readonly timeoutMs: number) {}

  private start(): Worker {
    const w = new Worker(join(buildForChildren(), 'analyze-worker.mjs'), { env: { ...process.env, TZ: 'UTC' } });
    w.unref();
    this.worker = w;
    return w;
  }

  run(mode: 'message' | 'scan', bytes: Buffer): Promise<FuzzOutcome> {
    const w = this.worker ?? this.start();
    const id = this.next++;
    return new Promise((done) => {
      const finish = (outcome: FuzzOutcome) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        done(outcome);
      };
      const onMessage = (m: { id: number } & FuzzOutcome) => {
        if (m.id === id) finish({ problem: m.problem, verdicts: m.verdicts });
      };
      const onError = (e: Error) => {
        this.worker = null;
        finish({ problem: `worker crashed: ${e.stack ?? e.message}`, verdicts: [] });
      };
      const timer = setTimeout(() => {
        this.worker = null;
        void w.terminate();
        finish({ problem: `no answer within ${this.timeoutMs} ms (hang)`, verdicts: [] });
      }, this.timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage({ id, mode, bytes: new Uint8Array(bytes) });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** The seed of every property in the suite: FUZZ_SEED, or a fixed default so CI runs are reproducible. */
export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  const seed = given !== undefined && given !== '' ? Number(given) : 20_261_124;
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${given}`);
  return seed;
}
