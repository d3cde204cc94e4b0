#!/usr/bin/env node
// Summarises a V8 CPU profile: `node bench/profile.mjs .bench/profiles/scan-400MB.cpuprofile [top=25]`.
// Make one with `node --cpu-prof --cpu-prof-dir=.bench/profiles bin/amzcheck.js scan --ndjson FILE > /dev/null`
// or with `npm run bench -- --profile`.
import fs from 'node:fs';
import { formatProfileEntries, summarizeProfile } from './lib/cpuprofile.mjs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile.mjs FILE.cpuprofile [top]\n');
  process.exit(2);
}
const top = Number.parseInt(topArg ?? '25', 10);
const s = summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')), top);
process.stdout.write(`${file}: ${s.totalMs.toFixed(0)} ms sampled\n\nself time by function:\n${formatProfileEntries(s.functions)}\n\n`);
process.stdout.write(`self time by module:\n${formatProfileEntries(s.modules, false)}\n\ninclusive time (in and under):\n${formatProfileEntries(s.inclusive)}\n`);
