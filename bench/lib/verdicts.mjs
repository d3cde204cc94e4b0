// Reading the scan's NDJSON output back: per-message verdicts, to check that the cheap first pass drops
// nothing (default and --deep must agree) and to set the verdicts against the generator's truth.
import fs from 'node:fs';
import readline from 'node:readline';

/**
 * @typedef {object} ScanVerdicts
 * @property {Map<string, string>} byMessage   "file#index" -> verdict
 * @property {Map<number, string>} byIndex     index -> verdict (for a single-file scan, to join with the truth)
 * @property {number} messages
 * @property {number} unreadableLines
 * @property {Record<string, unknown> | null} summary  the final `type: "summary"` line
 */

/** @param {string} ndjsonFile @returns {Promise<ScanVerdicts>} */
export async function readVerdicts(ndjsonFile) {
  /** @type {ScanVerdicts} */
  const out = { byMessage: new Map(), byIndex: new Map(), messages: 0, unreadableLines: 0, summary: null };
  const lines = readline.createInterface({ input: fs.createReadStream(ndjsonFile), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    let row;
    try {
      row = JSON.parse(line);
    } catch {
      out.unreadableLines++;
      continue;
    }
    if (row.type === 'message' && row.location) {
      out.messages++;
      out.byMessage.set(`${row.location.file}#${row.location.index}`, String(row.verdict));
      out.byIndex.set(Number(row.location.index), String(row.verdict));
    } else if (row.type === 'summary') {
      out.summary = row;
    }
  }
  return out;
}

/**
 * Where two scans of the same input disagree.
 * @param {ScanVerdicts} a
 * @param {ScanVerdicts} b
 */
export function compareVerdicts(a, b) {
  /** @type {{message: string, a: string | undefined, b: string | undefined}[]} */
  const differences = [];
  const keys = new Set([...a.byMessage.keys(), ...b.byMessage.keys()]);
  for (const key of keys) {
    const va = a.byMessage.get(key);
    const vb = b.byMessage.get(key);
    if (va !== vb) differences.push({ message: key, a: va, b: vb });
  }
  return { compared: keys.size, differing: differences.length, examples: differences.slice(0, 10) };
}

/**
 * For every truth category, how many messages got which verdict. Messages absent from the truth file are
 * plain ham (the generator lists only the others).
 * @param {ScanVerdicts} verdicts
 * @param {string} truthNdjsonFile
 * @returns {Promise<Record<string, Record<string, number>>>}
 */
export async function verdictsByCategory(verdicts, truthNdjsonFile) {
  /** @type {Map<number, string>} */
  const category = new Map();
  const lines = readline.createInterface({ input: fs.createReadStream(truthNdjsonFile), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const row = JSON.parse(line);
    category.set(row.index, row.kind === 'password-reset' && row.burst ? `${row.category} (burst)` : row.category);
  }
  /** @type {Record<string, Record<string, number>>} */
  const table = {};
  for (const [index, verdict] of verdicts.byIndex) {
    const c = category.get(index) ?? 'ham';
    table[c] ??= {};
    table[c][verdict] = (table[c][verdict] ?? 0) + 1;
  }
  return table;
}
