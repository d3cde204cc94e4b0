#!/usr/bin/env node
// What the parts every scan must do cost on their own, against the plain read of the same file: the floor of
// this design on this machine (a tool for judging targets, not a target). In one process, one thread, on dist/:
//
//   1. read + split the mailbox into messages (the real reader);
//   2. + the header pass and the prefilter on every message (what decides which messages are candidates);
//   3. + the full parse of the candidates (the design's reference pipeline, docs/sources.md#design-notes: "header
// pass, then full
//      parse of the candidates", here with amzcheck's own parser);
//   4. read + split + the full parse of every message (what `--deep` does before any check).
//
// No checks, no report, no output. A scan that keeps its accuracy does all of this and more, so no tuning of
// the rest brings it below these ratios; two threads at best halve them, less their start-up.
//
//   node bench/floor.mjs [MAILBOX] [--runs N]      MAILBOX defaults to .bench/bench-400MB.mbox
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainRead } from './lib/measure.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (/** @type {string} */ p) => import(path.join(REPO, 'dist', p));

const args = process.argv.slice(2);
let file = path.join(REPO, '.bench', 'bench-400MB.mbox');
let runs = 2;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else file = args[i];
}

const { readInputs } = await dist('input/index.js');
const { parseHeaders, parseMessage } = await dist('message/index.js');
const { mightConcernAmazon } = await dist('pipeline/prefilter.js');

/** One pass over the mailbox doing the stages up to `depth`; returns seconds and counts. */
async function pass(/** @type {1 | 2 | 3 | 4} */ depth) {
  const started = process.hrtime.bigint();
  let messages = 0;
  let candidates = 0;
  for await (const event of readInputs([file], {})) {
    if (event.type !== 'message') continue;
    messages++;
    if (depth === 1) continue;
    if (depth === 4) {
      await parseMessage(event.message);
      continue;
    }
    const headers = parseHeaders(event.message);
    if (!mightConcernAmazon(event.message, headers)) continue;
    candidates++;
    if (depth === 3) await parseMessage(event.message, headers);
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, messages, candidates };
}

await plainRead(file); // into the page cache
let floor = Infinity;
for (let i = 0; i < Math.max(3, runs); i++) floor = Math.min(floor, (await plainRead(file)).seconds);

const stages = [
  [1, 'read + split'],
  [2, '+ header pass and prefilter, every message'],
  [3, '+ full parse of the candidates'],
  [4, 'read + split + full parse of every message (--deep)'],
];
const rows = [['plain read (4 MiB chunks)', floor.toFixed(3) + ' s', '1.0x', '']];
for (const [depth, label] of stages) {
  let best = null;
  for (let r = 0; r < runs; r++) {
    const result = await pass(/** @type {1 | 2 | 3 | 4} */ (depth));
    if (!best || result.seconds < best.seconds) best = result;
  }
  const note = depth === 1 || depth === 4 ? `${best.messages} messages` : `${best.candidates} candidates`;
  rows.push([String(label), best.seconds.toFixed(2) + ' s', (best.seconds / floor).toFixed(1) + 'x', note]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
process.stdout.write(`${path.relative(process.cwd(), file)}, one thread, best of ${runs} (in-process: Node's start-up not counted)\n`);
for (const r of rows) process.stdout.write(r.map((cell, c) => (c === 0 || c === 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd() + '\n');
