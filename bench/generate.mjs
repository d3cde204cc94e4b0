#!/usr/bin/env node
// Deterministic synthetic mailbox for the benchmark (issue 9): a Gmail-Takeout-style mboxrd file with a known
// mix of genuine Amazon mail, Amazon phishing, security-code mails (one planted burst) and ordinary mail.
// Same --size and --seed give the same bytes. It streams to disk, so memory stays flat at any size.
//
//   node bench/generate.mjs [--size 400MB] [--seed 1] [--out PATH] [--crlf]
//
// Writes PATH and PATH.truth.json (counts per category, the burst) and PATH.truth.ndjson (one line for every
// message that is not plain ham: index, byte offset, Message-ID, category, kind), and prints the counts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from './lib/random.mjs';
import { MIX, burstPasswordReset } from './lib/kinds.mjs';
import { renderMessage } from './lib/render.mjs';

/** Bumped whenever the output for a given size and seed changes, so cached mailboxes are regenerated. */
export const GENERATOR_VERSION = 'amzcheck-bench-mbox/4';
export const DEFAULT_SIZE = '400MB';
export const MAX_BYTES = 2e9;
export const OWNER = 'taro.yamada@gmail.com';

/**
 * Every mailbox spans the same years whatever its size, so that no Date lies in the future (a reader may
 * rightly flag that): the mean gap between messages shrinks as the size grows.
 */
const FIRST_DATE = Date.UTC(2019, 0, 1);
const SPAN_MS = Date.UTC(2024, 6, 1) - FIRST_DATE;
/**
 * A little below the mean message size of this generator's mix (12.6-13.8 KB measured from 20MB to 2GB), so
 * that even a mailbox with smaller messages than usual ends well before today.
 */
const MEAN_MESSAGE_BYTES = 12_500;

/** Security-code mails are kept at least this far apart, so that the planted burst is the only one. */
const CODE_SPACING_MS = 36 * 3600_000;
/** The burst: 8 Japanese password-reset codes within 15 minutes, a little past the middle of the file. */
export const BURST = { count: 8, maxGapSeconds: 110, minGapSeconds: 60, atFraction: 0.55 };

/**
 * "400MB", "2GB", "1.5GB", "500KB", "123456" (bytes). Decimal units, like the MB/s the benchmark reports.
 * @param {string} text
 * @returns {number}
 */
export function parseSize(text) {
  const m = /^(\d{1,6}(?:\.\d{1,3})?) ?([KMG]?B?)$/i.exec(String(text).trim());
  if (!m) throw new Error(`cannot read size "${text}" (use e.g. 400MB or 2GB)`);
  const unit = m[2].toUpperCase().replace('B', '');
  const factor = unit === 'K' ? 1e3 : unit === 'M' ? 1e6 : unit === 'G' ? 1e9 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  if (bytes < 1e4) throw new Error(`size ${text} is too small (at least 10KB)`);
  if (bytes > MAX_BYTES) throw new Error(`size ${text} is above the 2GB maximum`);
  return bytes;
}

/** A size label for file names: 400000000 -> "400MB". */
export function sizeLabel(/** @type {number} */ bytes) {
  if (bytes % 1e9 === 0) return `${bytes / 1e9}GB`;
  if (bytes % 1e6 === 0) return `${bytes / 1e6}MB`;
  if (bytes % 1e3 === 0) return `${bytes / 1e3}KB`;
  return `${bytes}B`;
}

/** Where the cached mailbox for a size and seed lives (.bench/ is git-ignored). */
export function defaultMailboxPath(/** @type {number} */ bytes, seed = 1, root = process.cwd()) {
  return path.join(root, '.bench', `bench-${sizeLabel(bytes)}${seed === 1 ? '' : `-seed${seed}`}.mbox`);
}

/**
 * @typedef {object} Truth
 * @property {string} generator
 * @property {number} seed
 * @property {number} targetBytes
 * @property {number} bytes
 * @property {number} messages
 * @property {boolean} crlf
 * @property {string} owner
 * @property {Record<string, number>} categories
 * @property {Record<string, number>} kinds          "category/kind" -> count
 * @property {Record<string, number>} phishingTechniques
 * @property {Record<string, number>} languages
 * @property {Record<string, number>} charsets
 * @property {Record<string, number>} transferEncodings  messages having at least one part in that encoding
 * @property {number} html
 * @property {number} multipart
 * @property {number} attachments
 * @property {number} mboxrdEscapedLines
 * @property {{recipient: string, kind: string, lang: string, count: number, first: string, last: string, spanSeconds: number, indexes: number[]}} burst
 * @property {number} securityCodeSpacingHours
 * @property {string} firstDate
 * @property {string} lastDate
 */

const bump = (/** @type {Record<string, number>} */ o, /** @type {string} */ k) => { o[k] = (o[k] ?? 0) + 1; };

/**
 * Writes the mailbox and its truth files. Synchronous writes of 8 MiB batches: flat memory, and the fastest
 * way to put bytes on disk from one thread.
 * @param {{bytes: number, seed?: number, out: string, crlf?: boolean, log?: (line: string) => void}} options
 * @returns {Truth}
 */
export function generateMailbox({ bytes: targetBytes, seed = 1, out, crlf = false, log }) {
  const rng = createRandom(seed);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Written under a temporary name and renamed at the end, so an interrupted run never leaves a file that
  // looks complete to the cache.
  const partial = `${out}.partial`;
  const fd = fs.openSync(partial, 'w');
  const truthLines = fs.openSync(`${partial}.truth.ndjson`, 'w');
  /** @type {Buffer[]} */
  let batch = [];
  let batchBytes = 0;
  const flush = () => {
    if (batchBytes === 0) return;
    fs.writeSync(fd, Buffer.concat(batch, batchBytes));
    batch = [];
    batchBytes = 0;
  };
  /** @type {string[]} */
  let truthBatch = [];

  const totalWeight = MIX.reduce((s, m) => s + m.weight, 0);
  const quietMix = MIX.filter((m) => !m.securityCode);
  const quietWeight = quietMix.reduce((s, m) => s + m.weight, 0);
  const pickFrom = (/** @type {typeof MIX} */ mix, /** @type {number} */ total) => {
    let r = rng.next() * total;
    for (const m of mix) if ((r -= m.weight) < 0) return m;
    return mix[mix.length - 1];
  };

  /** @type {Truth} */
  const truth = {
    generator: GENERATOR_VERSION, seed, targetBytes, bytes: 0, messages: 0, crlf, owner: OWNER,
    categories: {}, kinds: {}, phishingTechniques: {}, languages: {}, charsets: {}, transferEncodings: {},
    html: 0, multipart: 0, attachments: 0, mboxrdEscapedLines: 0,
    burst: { recipient: OWNER, kind: 'password-reset', lang: 'ja', count: 0, first: '', last: '', spanSeconds: 0, indexes: [] },
    securityCodeSpacingHours: CODE_SPACING_MS / 3600_000, firstDate: '', lastDate: '',
  };

  let time = FIRST_DATE;
  const meanGapSeconds = SPAN_MS / 1000 / Math.max(1, targetBytes / MEAN_MESSAGE_BYTES);
  const maxGapSeconds = Math.max(20, Math.round(2 * meanGapSeconds) - 10);
  let lastCodeTime = -Infinity;
  let burstPlanted = false;
  let offset = 0;
  let lastLogged = 0;
  const started = Date.now();

  /** @param {import('./lib/kinds.mjs').MailSpec} spec @param {boolean} inBurst */
  const emit = (spec, inBurst) => {
    const index = truth.messages; // 0-based here, 1-based in Location
    const date = new Date(time);
    const rendered = renderMessage(spec, { rng, date, index, owner: OWNER });
    let wire = rendered.bytes;
    if (crlf) wire = Buffer.from(wire.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    const fromLineEnd = wire.indexOf(10) + 1;
    if (spec.category !== 'ham') {
      truthBatch.push(JSON.stringify({
        index: index + 1, offset: offset + fromLineEnd, messageId: rendered.messageId, date: date.toISOString(),
        category: spec.category, kind: spec.kind, lang: spec.lang,
        ...(spec.technique ? { technique: spec.technique } : {}), ...(spec.code ? { code: spec.code } : {}),
        ...(inBurst ? { burst: true } : {}),
      }));
    }
    batch.push(wire);
    batchBytes += wire.length;
    offset += wire.length;
    if (batchBytes >= 8 << 20) {
      flush();
      fs.writeSync(truthLines, truthBatch.join('\n') + (truthBatch.length ? '\n' : ''));
      truthBatch = [];
      if (log && offset - lastLogged >= 100e6) {
        lastLogged = offset;
        log(`  ${(offset / 1e6).toFixed(0)} MB, ${truth.messages} messages`);
      }
    }
    truth.messages++;
    bump(truth.categories, spec.category);
    bump(truth.kinds, `${spec.category}/${spec.kind}`);
    if (spec.technique) bump(truth.phishingTechniques, spec.technique);
    bump(truth.languages, spec.lang);
    bump(truth.charsets, spec.charset);
    for (const c of rendered.cte) bump(truth.transferEncodings, c);
    if (rendered.html) truth.html++;
    if (rendered.multipart) truth.multipart++;
    if (rendered.attachment) truth.attachments++;
    truth.mboxrdEscapedLines += rendered.escapedFromLines;
    if (!truth.firstDate) truth.firstDate = date.toISOString();
    truth.lastDate = date.toISOString();
  };

  while (offset < targetBytes) {
    time += rng.int(10, maxGapSeconds) * 1000;
    if (!burstPlanted && offset >= targetBytes * BURST.atFraction) {
      burstPlanted = true;
      if (time - lastCodeTime < CODE_SPACING_MS) time = lastCodeTime + CODE_SPACING_MS;
      const first = time;
      for (let k = 0; k < BURST.count; k++) {
        if (k > 0) time += rng.int(BURST.minGapSeconds, BURST.maxGapSeconds) * 1000;
        truth.burst.indexes.push(truth.messages + 1);
        emit(burstPasswordReset({ rng, date: new Date(time), index: truth.messages, owner: OWNER }), true);
      }
      truth.burst.count = BURST.count;
      truth.burst.first = new Date(first).toISOString();
      truth.burst.last = new Date(time).toISOString();
      truth.burst.spanSeconds = (time - first) / 1000;
      lastCodeTime = time;
      continue;
    }
    let choice = pickFrom(MIX, totalWeight);
    if (choice.securityCode) {
      if (time - lastCodeTime < CODE_SPACING_MS) choice = pickFrom(quietMix, quietWeight);
      else lastCodeTime = time;
    }
    emit(choice.kind({ rng, date: new Date(time), index: truth.messages, owner: OWNER }), false);
  }
  flush();
  fs.writeSync(truthLines, truthBatch.join('\n') + (truthBatch.length ? '\n' : ''));
  fs.closeSync(fd);
  fs.closeSync(truthLines);
  truth.bytes = offset;
  fs.writeFileSync(`${out}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
  fs.renameSync(`${partial}.truth.ndjson`, `${out}.truth.ndjson`);
  fs.renameSync(partial, out);
  if (log) log(`  wrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return truth;
}

/**
 * The cached mailbox for these options, generated if missing or made by another generator version.
 * @param {{bytes: number, seed?: number, out?: string, crlf?: boolean, log?: (line: string) => void}} options
 * @returns {{path: string, truth: Truth, generated: boolean}}
 */
export function ensureMailbox({ bytes, seed = 1, out, crlf = false, log }) {
  const file = out ?? defaultMailboxPath(bytes, seed);
  try {
    /** @type {Truth} */
    const truth = JSON.parse(fs.readFileSync(`${file}.truth.json`, 'utf8'));
    const stat = fs.statSync(file);
    if (truth.generator === GENERATOR_VERSION && truth.seed === seed && truth.targetBytes === bytes && truth.crlf === crlf && stat.size === truth.bytes) {
      return { path: file, truth, generated: false };
    }
  } catch {
    // not there yet, or unreadable: generate
  }
  if (log) log(`generating ${file} (${sizeLabel(bytes)}, seed ${seed})`);
  return { path: file, truth: generateMailbox({ bytes, seed, out: file, crlf, log }), generated: true };
}

/** Prints the counts a reader of the benchmark needs, one per line. */
export function formatTruth(/** @type {Truth} */ t) {
  const lines = [
    `${t.messages} messages, ${(t.bytes / 1e6).toFixed(1)} MB, seed ${t.seed}${t.crlf ? ', CRLF' : ''}, ${t.firstDate.slice(0, 10)} .. ${t.lastDate.slice(0, 10)}`,
    `categories: ${Object.entries(t.categories).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `phishing techniques: ${Object.entries(t.phishingTechniques).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `charsets: ${Object.entries(t.charsets).map(([k, v]) => `${k} ${v}`).join(', ')}; encodings: ${Object.entries(t.transferEncodings).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `html ${t.html}, multipart ${t.multipart}, attachments ${t.attachments}, mboxrd-escaped lines ${t.mboxrdEscapedLines}`,
    `burst: ${t.burst.count} ${t.burst.lang} ${t.burst.kind} codes to ${t.burst.recipient} within ${(t.burst.spanSeconds / 60).toFixed(1)} min from ${t.burst.first} (messages ${t.burst.indexes[0]}..${t.burst.indexes[t.burst.indexes.length - 1]})`,
  ];
  return lines.join('\n');
}

/** @param {string[]} argv */
export function parseGenerateArgs(argv) {
  const opts = { size: DEFAULT_SIZE, seed: 1, out: /** @type {string | undefined} */ (undefined), crlf: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--size') opts.size = value();
    else if (a === '--seed') opts.seed = Number.parseInt(value(), 10);
    else if (a === '--out') opts.out = value();
    else if (a === '--crlf') opts.crlf = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isSafeInteger(opts.seed)) throw new Error('--seed must be an integer');
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseGenerateArgs(process.argv.slice(2));
    const bytes = parseSize(opts.size);
    const out = opts.out ?? defaultMailboxPath(bytes, opts.seed);
    const truth = generateMailbox({ bytes, seed: opts.seed, out, crlf: opts.crlf, log: (l) => process.stderr.write(l + '\n') });
    process.stdout.write(formatTruth(truth) + '\n');
  } catch (err) {
    process.stderr.write(`generate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
