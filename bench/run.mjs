#!/usr/bin/env node
// `npm run bench`: how fast `amzcheck scan --ndjson` reads a whole mailbox export, against the physical floor
// of this machine measured in the same run on the same file (issue 9). A benchmark, not a test: the exit code
// is 0 when a target is missed; the table says FAIL. See bench/README.md.
//
//   node bench/run.mjs [--size 400MB] [--seed 1] [--runs 3] [--skip-deep] [--json PATH] [--profile]
//                      [--files N] [--cmd 'cat {file}'] [--deep-cmd '...'] [--mailbox PATH] [--crlf]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SIZE, ensureMailbox, formatTruth, parseSize, sizeLabel } from './generate.mjs';
import { hasGnuTime, plainRead, runCommand, spread } from './lib/measure.mjs';
import { evaluateTargets, LIMITS } from './lib/targets.mjs';
import { compareVerdicts, readVerdicts, verdictsByCategory } from './lib/verdicts.mjs';
import { formatProfileEntries, summarizeProfile } from './lib/cpuprofile.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where mailboxes, outputs and results go (git-ignored). */
export const DEFAULT_BENCH_DIR = path.join(REPO, '.bench');
const CLI = path.join(REPO, 'bin', 'amzcheck.js');

/**
 * @typedef {object} RunOptions
 * @property {string} size
 * @property {number} seed
 * @property {number} runs
 * @property {boolean} skipDeep
 * @property {string | undefined} json
 * @property {string | undefined} cmd
 * @property {string | undefined} deepCmd
 * @property {string | undefined} mailbox
 * @property {boolean} crlf
 * @property {boolean} profile
 * @property {number} files   split the mailbox into this many files, scanned in one call
 */

/** @param {string[]} argv @returns {RunOptions} */
export function parseRunArgs(argv) {
  /** @type {RunOptions} */
  const o = { size: DEFAULT_SIZE, seed: 1, runs: 3, skipDeep: false, json: undefined, cmd: undefined, deepCmd: undefined, mailbox: undefined, crlf: false, profile: false, files: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--size') o.size = value();
    else if (a === '--seed') o.seed = Number.parseInt(value(), 10);
    else if (a === '--runs') o.runs = Number.parseInt(value(), 10);
    else if (a === '--skip-deep') o.skipDeep = true;
    else if (a === '--json') o.json = value();
    else if (a === '--cmd') o.cmd = value();
    else if (a === '--deep-cmd') o.deepCmd = value();
    else if (a === '--mailbox') o.mailbox = value();
    else if (a === '--crlf') o.crlf = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--files') o.files = Number.parseInt(value(), 10);
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isSafeInteger(o.seed)) throw new Error('--seed must be an integer');
  if (!Number.isSafeInteger(o.runs) || o.runs < 1 || o.runs > 20) throw new Error('--runs must be between 1 and 20');
  if (!Number.isSafeInteger(o.files) || o.files < 1 || o.files > 16) throw new Error('--files must be between 1 and 16');
  if (o.files > 1 && o.mailbox) throw new Error('--files and --mailbox cannot be combined');
  parseSize(o.size);
  return o;
}

/**
 * A command template as argv: whitespace-separated words (no shell quoting), the word `{file}` replaced by
 * the mailbox path(s), or the paths appended when the template has no `{file}`.
 * @param {string} template
 * @param {string | string[]} files
 */
export function commandFromTemplate(template, files) {
  const paths = Array.isArray(files) ? files : [files];
  const words = template.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error('empty command');
  return words.includes('{file}') ? words.flatMap((w) => (w === '{file}' ? paths : [w])) : [...words, ...paths];
}

/** The commands to measure: the real CLI unless --cmd says otherwise. */
function commandsFor(/** @type {RunOptions} */ o, /** @type {string[]} */ file) {
  if (o.cmd) {
    return {
      scan: commandFromTemplate(o.cmd, file),
      deep: o.skipDeep || !o.deepCmd ? null : commandFromTemplate(o.deepCmd, file),
    };
  }
  const scan = [process.execPath, CLI, 'scan', '--ndjson', ...file];
  return { scan, deep: o.skipDeep ? null : [...scan, '--deep'] };
}

/** Warns when dist/ is missing or older than src/: the benchmark would measure old code. */
function checkBuild() {
  const entry = path.join(REPO, 'dist', 'cli', 'index.js');
  if (!fs.existsSync(entry)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  const built = fs.statSync(entry).mtimeMs;
  let newest = 0;
  const walk = (/** @type {string} */ dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(REPO, 'src'));
  if (newest > built) process.stderr.write('warning: src/ is newer than dist/: run `npm run build` to measure the current code\n');
}

const fmtS = (/** @type {number | null} */ s) => (s === null ? '-' : `${s.toFixed(2)} s`);
const fmtMiB = (/** @type {number | null} */ b) => (b === null ? '-' : `${(b / 1024 / 1024).toFixed(0)} MiB`);
const int = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-US');

/**
 * Runs one command `runs` times and sums it up.
 * @param {string} label
 * @param {string[]} argv
 * @param {number} runs
 * @param {string} stdoutFile
 * @param {{bytes: number, messages: number}} mailbox
 */
async function measureScan(label, argv, runs, stdoutFile, mailbox) {
  const results = [];
  for (let r = 0; r < runs; r++) {
    process.stderr.write(`  ${label}: run ${r + 1}/${runs}...`);
    const run = await runCommand(argv, { stdoutFile });
    results.push(run);
    process.stderr.write(` ${run.wallSeconds.toFixed(2)} s, exit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''}\n`);
    if (run.exitCode !== 0 && run.exitCode !== 1) {
      process.stderr.write(`  ${label} failed; its stderr ends with:\n${run.stderrTail.replace(/^/gm, '    ')}\n`);
      break;
    }
  }
  const wall = spread(results.map((r) => r.wallSeconds));
  const best = /** @type {number} */ (wall.min);
  const completed = results.length === runs && results.every((r) => r.exitCode === 0 || r.exitCode === 1);
  return {
    command: argv,
    runs: results,
    completed,
    wallSeconds: wall,
    MBps: mailbox.bytes / 1e6 / best,
    messagesPerSecond: mailbox.messages / best,
    peakRssBytes: spread(results.map((r) => r.peakRssBytes)).max,
    rssSource: results[0]?.rssSource ?? 'none',
    firstLineSeconds: spread(results.map((r) => r.firstLineSeconds)).median,
    lastLineSeconds: spread(results.map((r) => r.lastLineSeconds)).median,
    lines: results[results.length - 1]?.lines ?? 0,
    stdoutBytes: results[results.length - 1]?.stdoutBytes ?? 0,
    output: stdoutFile,
  };
}

/**
 * One V8 CPU profile of the command (node only), summarised. The CLI's scan runs in one thread for it
 * (`--jobs 1`): with worker threads each thread writes its own profile, and the main thread's is mostly idle.
 */
async function profileScan(/** @type {string[]} */ argv, /** @type {string} */ name, /** @type {string} */ benchDir) {
  if (path.basename(argv[0]) !== path.basename(process.execPath)) return null;
  if (argv[1] === CLI && !argv.includes('--jobs')) argv = [...argv.slice(0, 3), '--jobs', '1', ...argv.slice(3)];
  const dir = path.join(benchDir, 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  const file = `${name}.cpuprofile`;
  fs.rmSync(path.join(dir, file), { force: true });
  await runCommand([argv[0], '--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${file}`, ...argv.slice(1)], { useGnuTime: false });
  const profilePath = path.join(dir, file);
  if (!fs.existsSync(profilePath)) return null;
  return { file: profilePath, ...summarizeProfile(JSON.parse(fs.readFileSync(profilePath, 'utf8')), 40) };
}

/**
 * @param {RunOptions} o
 * @param {string} [benchDir] where the mailbox, the scan outputs and the results go
 */
export async function runBenchmark(o, benchDir = DEFAULT_BENCH_DIR) {
  const BENCH_DIR = benchDir;
  const bytes = parseSize(o.size);
  const label = sizeLabel(bytes);
  const suffix = o.seed === 1 ? '' : `-seed${o.seed}`;
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  if (!o.cmd) checkBuild();

  const genStarted = Date.now();
  const log = (/** @type {string} */ l) => process.stderr.write(l + '\n');
  const crlf = o.crlf ? '-crlf' : '';
  // With --files N the same total is split into N mailboxes with their own seeds, scanned in one call.
  const boxes = o.mailbox
    ? [{ path: o.mailbox, truth: null, generated: false }]
    : o.files === 1
      ? [ensureMailbox({ bytes, seed: o.seed, crlf: o.crlf, out: path.join(BENCH_DIR, `bench-${label}${suffix}${crlf}.mbox`), log })]
      : Array.from({ length: o.files }, (_, k) => ensureMailbox({
        bytes: Math.round(bytes / o.files), seed: o.seed * 1000 + k + 1, crlf: o.crlf,
        out: path.join(BENCH_DIR, `bench-${label}${suffix}${crlf}-${k + 1}of${o.files}.mbox`), log,
      }));
  const box = boxes[0];
  const paths = boxes.map((b) => b.path);
  const mailboxBytes = paths.reduce((sum, p) => sum + fs.statSync(p).size, 0);
  const messages = boxes.reduce((sum, b) => sum + (b.truth?.messages ?? 0), 0);
  const generated = boxes.some((b) => b.generated);
  process.stderr.write(`mailbox ${paths.join(' ')}: ${(mailboxBytes / 1e6).toFixed(1)} MB, ${messages || '?'} messages${generated ? ` (generated in ${((Date.now() - genStarted) / 1000).toFixed(1)} s)` : ' (cached)'}\n`);
  if (box.truth && boxes.length === 1) process.stderr.write(formatTruth(box.truth).replace(/^/gm, '  ') + '\n');

  // The floor: best of at least 3 plain reads (of every file, one after the other), after one read that
  // warms the page cache.
  const readAll = async () => {
    let seconds = 0;
    for (const p of paths) seconds += (await plainRead(p)).seconds;
    return seconds;
  };
  await readAll();
  const reads = [];
  for (let r = 0; r < Math.max(3, o.runs); r++) reads.push(await readAll());
  const floor = /** @type {number} */ (spread(reads).min);

  const commands = commandsFor(o, paths);
  const tag = `${label}${suffix}${crlf}${o.files > 1 ? `-${o.files}files` : ''}`;
  const mailbox = { bytes: mailboxBytes, messages };
  const scan = await measureScan('scan', commands.scan, o.runs, path.join(BENCH_DIR, `scan-${tag}.ndjson`), mailbox);
  const deep = commands.deep ? await measureScan('scan --deep', commands.deep, o.runs, path.join(BENCH_DIR, `scan-${tag}-deep.ndjson`), mailbox) : null;

  // Verdicts, only when the output is amzcheck NDJSON.
  const scanVerdicts = scan.completed ? await readVerdicts(scan.output) : null;
  const deepVerdicts = deep?.completed ? await readVerdicts(deep.output) : null;
  const comparison = scanVerdicts && deepVerdicts && scanVerdicts.messages > 0 ? compareVerdicts(scanVerdicts, deepVerdicts) : null;
  const truthLines = `${box.path}.truth.ndjson`;
  const byCategory = scanVerdicts && scanVerdicts.messages > 0 && boxes.length === 1 && box.truth && fs.existsSync(truthLines)
    ? { scan: await verdictsByCategory(scanVerdicts, truthLines), deep: deepVerdicts ? await verdictsByCategory(deepVerdicts, truthLines) : null }
    : null;

  /** @type {{scan: number | null, deep: number | null} | null} */
  let reference = null;
  const referenceFile = path.join(BENCH_DIR, `results-${sizeLabel(LIMITS.referenceBytes)}${suffix}.json`);
  if (bytes > LIMITS.referenceBytes && !o.crlf && fs.existsSync(referenceFile)) {
    const ref = JSON.parse(fs.readFileSync(referenceFile, 'utf8'));
    reference = { scan: ref.scans?.scan?.peakRssBytes ?? null, deep: ref.scans?.deep?.peakRssBytes ?? null };
  }
  // The real CLI has completed only if it wrote its summary line; a placeholder command has no such line.
  const summary = (/** @type {Awaited<ReturnType<typeof measureScan>>} */ s, /** @type {Awaited<ReturnType<typeof readVerdicts>> | null} */ v) => ({
    bestWallSeconds: s.wallSeconds.min, peakRssBytes: s.peakRssBytes, firstLineSeconds: s.firstLineSeconds,
    completed: s.completed && (o.cmd !== undefined || (v !== null && v.summary !== null)),
  });
  const targets = evaluateTargets({
    mailboxBytes: bytes, plainReadSeconds: floor, scan: summary(scan, scanVerdicts), deep: deep ? summary(deep, deepVerdicts) : null,
    verdictDifferences: comparison ? comparison.differing : null, referencePeakRss: reference,
  });

  const profiles = o.profile
    ? { scan: await profileScan(commands.scan, `scan-${tag}`, BENCH_DIR), deep: commands.deep ? await profileScan(commands.deep, `scan-${tag}-deep`, BENCH_DIR) : null }
    : null;

  const jsonPath = path.join(BENCH_DIR, `results-${tag}.json`);
  const result = {
    benchmark: 'amzcheck scan --ndjson',
    date: new Date().toISOString(),
    machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memoryBytes: os.totalmem(), gnuTime: hasGnuTime() },
    mailbox: { paths, bytes: mailboxBytes, messages, seed: o.seed, size: label, files: paths.length, crlf: o.crlf, generated, truth: boxes.length === 1 ? box.truth : boxes.map((b) => b.truth) },
    plainRead: { runsSeconds: reads, bestSeconds: floor, MBps: mailboxBytes / 1e6 / floor },
    scans: { scan, deep },
    verdicts: { scanVsDeep: comparison, byCategory },
    targets,
    resultFile: o.cmd ? o.json ?? null : jsonPath,
    profiles: profiles && {
      scan: profiles.scan,
      deep: profiles.deep,
    },
  };
  // A run with a placeholder command must not become the 400MB reference of the real CLI.
  if (!o.cmd) fs.writeFileSync(jsonPath, JSON.stringify(result, null, 2) + '\n');
  if (o.json) fs.writeFileSync(o.json, JSON.stringify(result, null, 2) + '\n');
  return result;
}

/** The table printed to stdout. */
export function formatResult(/** @type {Awaited<ReturnType<typeof runBenchmark>>} */ r) {
  const out = [];
  const m = r.mailbox;
  out.push(`amzcheck benchmark: ${(m.bytes / 1e6).toFixed(1)} MB, ${m.messages ? int(m.messages) : '?'} messages (seed ${m.seed}${m.files > 1 ? `, ${m.files} files` : ''}${m.crlf ? ', CRLF' : ''}), Node ${r.machine.node}, ${r.machine.cpus} CPUs`);
  out.push('');
  const head = ['', 'wall best', 'median', 'MB/s', 'msg/s', 'peak RSS', 'first line', 'x read'];
  const rows = [head];
  rows.push(['plain read (4 MiB chunks)', fmtS(r.plainRead.bestSeconds), fmtS(spread(r.plainRead.runsSeconds).median), int(r.plainRead.MBps), '-', '-', '-', '1.0x']);
  for (const [name, s] of /** @type {const} */ ([['scan --ndjson', r.scans.scan], ['scan --ndjson --deep', r.scans.deep]])) {
    if (!s) continue;
    const best = s.wallSeconds.min;
    rows.push([
      name + (s.completed ? '' : ' (FAILED)'), fmtS(best), fmtS(s.wallSeconds.median), int(s.MBps), m.messages ? int(s.messagesPerSecond) : '-',
      fmtMiB(s.peakRssBytes), fmtS(s.firstLineSeconds), best === null ? '-' : `${(best / r.plainRead.bestSeconds).toFixed(1)}x`,
    ]);
  }
  const widths = head.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) out.push(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  out.push('');
  out.push('targets');
  for (const t of r.targets) {
    const status = t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL';
    out.push(`  ${status}  ${t.description.padEnd(44)} ${t.value.padStart(16)}   limit ${t.limit}${t.note ? `  (${t.note})` : ''}`);
  }
  if (r.verdicts.byCategory) {
    out.push('');
    out.push('verdicts by generated category (default scan)');
    for (const [category, counts] of Object.entries(r.verdicts.byCategory.scan).sort()) {
      out.push(`  ${category.padEnd(34)} ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([v, n]) => `${v} ${int(n)}`).join(', ')}`);
    }
  }
  if (r.verdicts.scanVsDeep && r.verdicts.scanVsDeep.differing > 0) {
    out.push('');
    out.push(`default vs --deep: ${r.verdicts.scanVsDeep.differing} of ${r.verdicts.scanVsDeep.compared} messages differ, e.g.`);
    for (const d of r.verdicts.scanVsDeep.examples) out.push(`  ${d.message}: ${d.a} vs ${d.b}`);
  }
  if (r.profiles) {
    for (const [name, p] of Object.entries(r.profiles)) {
      if (!p) continue;
      out.push('');
      out.push(`cpu profile of ${name} (${p.file}), top self time of ${p.totalMs.toFixed(0)} ms:`);
      out.push(formatProfileEntries(p.functions.slice(0, 20)));
      out.push(`  by module:`);
      out.push(formatProfileEntries(p.modules.slice(0, 12), false));
      out.push(`  inclusive (time spent in and under):`);
      out.push(formatProfileEntries(p.inclusive.slice(0, 20)));
    }
  }
  out.push('');
  if (r.resultFile) out.push(`results written to ${path.relative(process.cwd(), r.resultFile) || r.resultFile}`);
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseRunArgs(process.argv.slice(2));
    const result = await runBenchmark(opts);
    process.stdout.write(formatResult(result) + '\n');
  } catch (err) {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
