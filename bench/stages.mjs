#!/usr/bin/env node
// Where a scan's time goes, stage by stage, in one process (a tool for optimising, not a target): reads a
// mailbox with the real reader, then times each stage of the pipeline on the same messages, several rounds,
// and prints microseconds per message for each stage. Measures dist/ (run `npm run build` first).
//
//   node bench/stages.mjs [MAILBOX] [--limit MB] [--rounds N] [--deep]
//
// MAILBOX defaults to .bench/bench-400MB.mbox (made by `npm run bench`); --limit reads only its first MB.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (/** @type {string} */ p) => import(path.join(REPO, 'dist', p));

const args = process.argv.slice(2);
let file = path.join(REPO, '.bench', 'bench-400MB.mbox');
let limitMB = 60;
let rounds = 3;
let deep = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--limit') limitMB = Number(args[++i]);
  else if (a === '--rounds') rounds = Number(args[++i]);
  else if (a === '--deep') deep = true;
  else file = a;
}

const { readInputs } = await dist('input/index.js');
const { parseHeaders, parseMessage } = await dist('message/index.js');
const { mightConcernAmazon } = await dist('pipeline/prefilter.js');
const { analyzeRawMessage } = await dist('pipeline/analyze.js');
const { ndjsonMessageLine } = await dist('report/format/json.js');

/** @type {any[]} */
const raws = [];
let bytes = 0;
let t = performance.now();
for await (const ev of readInputs([file], {})) {
  if (ev.type !== 'message') continue;
  raws.push(ev.message);
  bytes += ev.message.bytes.length;
  if (bytes > limitMB * 1e6) break;
}
const readMs = performance.now() - t;
console.log(`${raws.length} messages, ${(bytes / 1e6).toFixed(1)} MB, read+split ${(readMs * 1000 / raws.length).toFixed(1)} µs/msg`);

const options = { lang: 'en', deep };
/** @type {Record<string, number[]>} */
const times = {};
const rec = (/** @type {string} */ k, /** @type {number} */ ms) => (times[k] ??= []).push(ms);

let candidateCount = 0;
for (let r = 0; r < rounds; r++) {
  t = performance.now();
  const headers = raws.map((raw) => parseHeaders(raw));
  rec('header pass', performance.now() - t);

  t = performance.now();
  const candidates = deep ? raws.map((_, i) => i) : [];
  if (!deep) headers.forEach((h, i) => { if (mightConcernAmazon(raws[i], h)) candidates.push(i); });
  rec('prefilter', performance.now() - t);
  candidateCount = candidates.length;
  if (r === 0) console.log(`${candidates.length} candidates (${(100 * candidates.length / raws.length).toFixed(1)}%)`);

  t = performance.now();
  for (const i of candidates) await parseMessage(raws[i], headers[i]);
  rec('parse candidates', performance.now() - t);

  t = performance.now();
  const reports = [];
  for (const raw of raws) reports.push((await analyzeRawMessage(raw, options)).report);
  rec('whole analyse (all msgs)', performance.now() - t);

  t = performance.now();
  let out = 0;
  for (const rep of reports) out += ndjsonMessageLine(rep).length;
  rec('ndjson lines', performance.now() - t);
  if (r === 0) console.log(`ndjson ${(out / 1e6).toFixed(1)} MB`);
}
const best = (/** @type {string} */ k) => Math.min(...times[k]);
for (const k of Object.keys(times)) {
  console.log(`${k.padEnd(28)} ${best(k).toFixed(0).padStart(7)} ms  ${(best(k) * 1000 / raws.length).toFixed(1).padStart(7)} µs/msg`);
}
// The analysis after the parse, per candidate: what the whole run costs beyond header pass, prefilter and parse.
const checks = best('whole analyse (all msgs)') - best('header pass') - best('prefilter') - best('parse candidates');
const n = Math.max(1, candidateCount);
console.log(`per candidate: parse ${(best('parse candidates') * 1000 / n).toFixed(0)} µs, checks+report ${(checks * 1000 / n).toFixed(0)} µs`);
