import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHeaders, parseMessage } from '../../src/message/index.js';
import { rawFromBytes } from './helpers.js';

/** The header block of a file, as text (up to the first blank line). */
function headerBlockOf(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/**
 * Messages of an mbox, split at "From " lines at the start or after a blank line. Only good enough for this
 * test (the input stage owns real mbox reading); the From_ line itself is dropped.
 */
function mboxMessages(bytes: Buffer): Buffer[] {
  const text = bytes.toString('latin1');
  const starts: number[] = [];
  for (let at = text.startsWith('From ') ? 0 : text.indexOf('\n\nFrom '); at !== -1; at = text.indexOf('\n\nFrom ', at + 1)) {
    starts.push(at === 0 ? 0 : at + 2);
  }
  return starts.map((start, i) => {
    const body = bytes.subarray(start, starts[i + 1] ?? bytes.length);
    return body.subarray(body.indexOf(0x0a) + 1);
  });
}

function emlFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(CORPUS, dir.name))) if (f.endsWith('.eml')) out.push(join(dir.name, f));
  }
  return out.sort();
}

describe.skipIf(!existsSync(CORPUS))('real mail in shared/corpus', () => {
  const files = existsSync(CORPUS) ? emlFiles() : [];

  it('has mail to read', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s: header pass and full parse do not throw', async (file) => {
    const raw = rawFromBytes(readFileSync(join(CORPUS, file)), {}, file);
    const headers = parseHeaders(raw);
    expect(headers.headers.length).toBeGreaterThan(3);
    const m = await parseMessage(raw, headers);
    expect(m.depth).toBe('full');
    expect(m.text).not.toMatch(/[\u200b\u200c\u200d\ufeff]/);
  });

  const mboxes = existsSync(CORPUS) ? readdirSync(join(CORPUS, 'mbox')).filter((f) => f.endsWith('.mbox')) : [];
  it.each(mboxes)('mbox/%s: every message parses, dated and without U+FFFD in its text', async (file) => {
    const messages = mboxMessages(readFileSync(join(CORPUS, 'mbox', file)));
    expect(messages.length).toBeGreaterThan(10);
    for (const bytes of messages) {
      const raw = rawFromBytes(bytes, { format: 'mbox' }, file);
      const headers = parseHeaders(raw);
      const m = await parseMessage(raw, headers);
      expect(headers.date.value).not.toBeNull();
      expect(m.text).not.toContain('\ufffd');
    }
  });

  it('keeps the quoted pseudo-address of phishing_pot sample-6326 without a domain', () => {
    const h = parseHeaders(rawFromBytes(readFileSync(join(CORPUS, 'amazon-phish/pp-sample-6326.eml'))));
    expect(h.from[0].domain).toBeNull();
    expect(h.from[0].address.toLowerCase()).toContain('no-reply@amazon.de');
  });

  // A copy saved without its transport headers (amazon-unverifiable/mp-amazon-shipped-it.eml has neither Date nor
  // Received) has nothing to date it by: no date is the right answer there, and inventing one would be wrong.
  it('gives every corpus mail a date from its own headers, unless it has neither Date nor Received', () => {
    const undated = files.filter((f) => parseHeaders(rawFromBytes(readFileSync(join(CORPUS, f)))).date.value === null);
    const withoutDateOrReceived = (f: string) => !/^(date|received):/im.test(headerBlockOf(readFileSync(join(CORPUS, f))));
    expect(undated.filter((f) => !withoutDateOrReceived(f))).toEqual([]);
  });
});
