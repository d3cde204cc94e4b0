// How the benchmark measures: the physical floor (a plain streaming read of the file) and a spawned command
// (wall time, peak RSS, when its first and last output lines arrive).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';

/**
 * The plain streaming read: 4 MiB chunks, counting bytes, nothing else (the reference read of docs/sources.md#mbox
 * without the From_ search). This is what no mbox reader on this machine can beat.
 * @param {string} file
 * @returns {Promise<{seconds: number, bytes: number}>}
 */
export async function plainRead(file) {
  const started = process.hrtime.bigint();
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 << 20 })) bytes += chunk.length;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes };
}

/** GNU time writes the child's peak RSS (%M, KiB) to a file of our choosing, out of the child's stderr. */
export const GNU_TIME = '/usr/bin/time';
export function hasGnuTime() {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} CommandRun
 * @property {number} wallSeconds        spawn to exit, as seen by the parent
 * @property {number | null} peakRssBytes
 * @property {'gnu-time' | 'proc-vmhwm' | 'none'} rssSource
 * @property {number | null} exitCode
 * @property {string | null} signal
 * @property {number | null} firstLineSeconds  when the first complete stdout line arrived, from spawn
 * @property {number | null} lastLineSeconds
 * @property {number} lines
 * @property {number} stdoutBytes
 * @property {string} stderrTail          the last 2 KB of the command's stderr, for error reports
 */

/**
 * Runs argv[0] with the rest as arguments. stdout comes through a pipe so the parent can time the first line;
 * it is written to `stdoutFile` when given, else discarded. Peak RSS comes from GNU time when available, else
 * from /proc/<pid>/status VmHWM (the kernel's own high-water mark) polled every 50 ms; the last reading before
 * exit is a lower bound at worst.
 * @param {string[]} argv
 * @param {{stdoutFile?: string, env?: NodeJS.ProcessEnv, useGnuTime?: boolean}} [options]
 * @returns {Promise<CommandRun>}
 */
export function runCommand(argv, options = {}) {
  const useGnuTime = options.useGnuTime ?? hasGnuTime();
  const timeFile = useGnuTime ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'amzcheck-bench-')), 'time') : null;
  const full = timeFile ? [GNU_TIME, '-f', '%M', '-o', timeFile, ...argv] : argv;
  const sink = options.stdoutFile ? fs.createWriteStream(options.stdoutFile) : null;

  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - started) / 1e9;
    const child = spawn(full[0], full.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
    /** @type {number | null} */
    let firstLineSeconds = null;
    /** @type {number | null} */
    let lastLineSeconds = null;
    let lines = 0;
    let stdoutBytes = 0;
    let stderrTail = '';
    let hwmKiB = 0;
    /** @type {NodeJS.Timeout | null} */
    let poll = null;
    if (!timeFile && child.pid !== undefined && process.platform === 'linux') {
      const statusFile = `/proc/${child.pid}/status`;
      const readHwm = () => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(statusFile, 'latin1'));
          if (m) hwmKiB = Math.max(hwmKiB, Number(m[1]));
        } catch {
          // the process has just exited
        }
      };
      readHwm();
      poll = setInterval(readHwm, 50);
    }
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      stdoutBytes += chunk.length;
      let at = chunk.indexOf(10);
      if (at !== -1) {
        const now = since();
        if (firstLineSeconds === null) firstLineSeconds = now;
        lastLineSeconds = now;
        while (at !== -1) {
          lines++;
          at = chunk.indexOf(10, at + 1);
        }
      }
      if (sink && !sink.write(chunk)) {
        child.stdout.pause();
        sink.once('drain', () => child.stdout.resume());
      }
    });
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2048);
    });
    child.on('error', (err) => {
      if (poll) clearInterval(poll);
      reject(err);
    });
    child.on('close', (code, signal) => {
      const wallSeconds = since();
      if (poll) clearInterval(poll);
      /** @type {number | null} */
      let peakRssBytes = hwmKiB > 0 ? hwmKiB * 1024 : null;
      /** @type {CommandRun['rssSource']} */
      let rssSource = hwmKiB > 0 ? 'proc-vmhwm' : 'none';
      if (timeFile) {
        // GNU time prints "Command exited with non-zero status N" before the format line.
        const text = fs.readFileSync(timeFile, 'utf8').trim().split('\n');
        const kib = Number(text[text.length - 1]);
        if (Number.isFinite(kib) && kib > 0) {
          peakRssBytes = kib * 1024;
          rssSource = 'gnu-time';
        }
        fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
      }
      const done = () => resolve({ wallSeconds, peakRssBytes, rssSource, exitCode: code, signal, firstLineSeconds, lastLineSeconds, lines, stdoutBytes, stderrTail });
      if (sink) sink.end(done);
      else done();
    });
  });
}

/** min, median and max of a list of numbers (nulls ignored). */
export function spread(/** @type {(number | null)[]} */ values) {
  const v = /** @type {number[]} */ (values.filter((x) => x !== null && Number.isFinite(x))).sort((a, b) => a - b);
  if (v.length === 0) return { min: null, median: null, max: null };
  const mid = Math.floor(v.length / 2);
  return { min: v[0], median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, max: v[v.length - 1] };
}
