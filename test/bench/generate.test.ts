import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { BURST, ensureMailbox, generateMailbox, parseSize, sizeLabel, type Truth, type TruthLine } from '../../bench/generate.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'amzcheck-bench-gen-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const truthLines = (mbox: string): TruthLine[] =>
  fs.readFileSync(`${mbox}.truth.ndjson`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as TruthLine);

/** Splits a Takeout mbox the simple way (From_ line at file start or after a blank line) and unescapes mboxrd. */
function messagesOf(mbox: string): { fromLine: string; raw: Buffer }[] {
  const text = fs.readFileSync(mbox).toString('latin1');
  const starts: number[] = text.startsWith('From ') ? [0] : [];
  for (let p = text.indexOf('\n\nFrom '); p !== -1; p = text.indexOf('\n\nFrom ', p + 2)) starts.push(p + 2);
  return starts.map((start, i) => {
    const chunk = text.slice(start, starts[i + 1] ?? text.length);
    const nl = chunk.indexOf('\n');
    return { fromLine: chunk.slice(0, nl), raw: Buffer.from(chunk.slice(nl + 1).replace(/^>(>*From )/gm, '$1'), 'latin1') };
  });
}

describe('mailbox size and determinism', () => {
  it('gives the same bytes for the same size and seed', () => {
    generateMailbox({ bytes: 300_000, seed: 7, out: path.join(tmp, 'a.mbox') });
    generateMailbox({ bytes: 300_000, seed: 7, out: path.join(tmp, 'b.mbox') });
    expect(sha(path.join(tmp, 'a.mbox'))).toBe(sha(path.join(tmp, 'b.mbox')));
  });

  it('gives different bytes for another seed', () => {
    generateMailbox({ bytes: 300_000, seed: 8, out: path.join(tmp, 'c.mbox') });
    generateMailbox({ bytes: 300_000, seed: 9, out: path.join(tmp, 'd.mbox') });
    expect(sha(path.join(tmp, 'c.mbox'))).not.toBe(sha(path.join(tmp, 'd.mbox')));
  });

  it('stops at the first message boundary past the requested size', () => {
    const out = path.join(tmp, 'size.mbox');
    const truth = generateMailbox({ bytes: 1_000_000, seed: 1, out });
    const size = fs.statSync(out).size;
    expect(truth.bytes).toBe(size);
    expect(size).toBeGreaterThanOrEqual(1_000_000);
    // the largest message is a 100 KB attachment in base64 plus headers and text
    expect(size - 1_000_000).toBeLessThan(200_000);
  });

  it('leaves no partial files behind', () => {
    generateMailbox({ bytes: 100_000, seed: 1, out: path.join(tmp, 'clean', 'box.mbox') });
    expect(fs.readdirSync(path.join(tmp, 'clean')).sort()).toEqual(['box.mbox', 'box.mbox.truth.json', 'box.mbox.truth.ndjson']);
  });
});

describe('an 8 MB mailbox', () => {
  const out = path.join(tmp, 'mix.mbox');
  let truth: Truth;
  let messages: { fromLine: string; raw: Buffer }[];
  let lines: TruthLine[];
  beforeAll(() => {
    truth = generateMailbox({ bytes: 8_000_000, seed: 3, out });
    messages = messagesOf(out);
    lines = truthLines(out);
  });

  it('has one Gmail Takeout From_ line per message and no unescaped From_ line in a body', () => {
    expect(messages).toHaveLength(truth.messages);
    const takeout = /^From \d{19}@xxx (Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} \+0000 \d{4}$/;
    for (const m of messages) expect(m.fromLine).toMatch(takeout);
    const fromLines = fs.readFileSync(out, 'latin1').split('\n').filter((l) => l.startsWith('From '));
    expect(fromLines).toHaveLength(truth.messages);
  });

  it('counts every message in exactly one category', () => {
    const sum = Object.values(truth.categories).reduce((a, b) => a + b, 0);
    expect(sum).toBe(truth.messages);
    const listed = lines.length;
    expect(listed).toBe(truth.messages - (truth.categories.ham ?? 0));
  });

  it('has the realistic mix: Amazon, phishing, codes, ham, Japanese charsets, HTML, attachments, both encodings', () => {
    for (const c of ['amazon-genuine', 'amazon-phishing', 'amazon-security-code', 'ham-mentions-amazon', 'ham']) {
      expect(truth.categories[c], c).toBeGreaterThan(0);
    }
    for (const cs of ['UTF-8', 'ISO-2022-JP', 'Shift_JIS', 'EUC-JP']) expect(truth.charsets[cs], cs).toBeGreaterThan(0);
    for (const cte of ['base64', 'quoted-printable', '7bit', '8bit']) expect(truth.transferEncodings[cte], cte).toBeGreaterThan(0);
    for (const t of ['spoofed-from', 'lookalike-domain', 'display-name', 'credential-link']) expect(truth.phishingTechniques[t], t).toBeGreaterThan(0);
    expect(truth.html).toBeGreaterThan(0);
    expect(truth.multipart).toBeGreaterThan(0);
    expect(truth.attachments).toBeGreaterThan(0);
    expect(truth.mboxrdEscapedLines).toBeGreaterThan(0);
    const amazonLooking = lines.filter((l) => l.category.startsWith('amazon-')).length / truth.messages;
    expect(amazonLooking).toBeGreaterThan(0.08);
    expect(amazonLooking).toBeLessThan(0.25);
  });

  it('plants one burst of 8 Japanese password-reset codes within 15 minutes', () => {
    const burst = lines.filter((l) => l.burst);
    expect(burst).toHaveLength(BURST.count);
    expect(burst.every((l) => l.category === 'amazon-security-code' && l.kind === 'password-reset' && l.lang === 'ja')).toBe(true);
    const times = burst.map((l) => Date.parse(l.date));
    expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(15 * 60_000);
    expect(burst.map((l) => l.index)).toEqual(truth.burst.indexes);
  });

  it('keeps every other security-code mail at least a day away from the previous one, so the burst is the only one', () => {
    const codeLike = lines
      .filter((l) => !l.burst && (l.category.endsWith('security-code') || l.kind === 'fake-sign-in-alert'))
      .map((l) => Date.parse(l.date));
    const burstStart = Date.parse(truth.burst.first);
    const burstEnd = Date.parse(truth.burst.last);
    const all = [...codeLike, burstStart].sort((a, b) => a - b);
    for (let i = 1; i < all.length; i++) expect(all[i] - all[i - 1]).toBeGreaterThanOrEqual(24 * 3600_000);
    for (const t of codeLike) expect(Math.abs(t - burstEnd)).toBeGreaterThanOrEqual(24 * 3600_000);
  });

  it('writes messages that mailparser reads: senders, codes and Japanese text as the truth says', async () => {
    const byIndex = new Map(lines.map((l) => [l.index, l]));
    let japanese = 0;
    for (let i = 0; i < messages.length; i++) {
      const parsed = await simpleParser(messages[i].raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
      const from = parsed.from?.value[0]?.address ?? '';
      const body = `${parsed.subject ?? ''}\n${parsed.text ?? ''}\n${typeof parsed.html === 'string' ? parsed.html : ''}`;
      expect(body, `message ${i + 1}`).not.toContain('\uFFFD');
      if (/[\u3040-\u30ff]/.test(body)) japanese++;
      const t = byIndex.get(i + 1);
      if (!t) continue;
      expect(parsed.messageId).toBe(`<${t.messageId}>`);
      if (t.category === 'amazon-genuine' || t.category === 'amazon-security-code') expect(from).toMatch(/@amazon\.(co\.jp|com)$/);
      if (t.code) expect(body).toContain(t.code);
    }
    expect(japanese).toBeGreaterThan(messages.length / 4);
  });

  it('records Gmail authentication results that match the category', () => {
    const byIndex = new Map(lines.map((l) => [l.index, l]));
    for (let i = 0; i < messages.length; i++) {
      const t = byIndex.get(i + 1);
      if (!t) continue;
      const head = messages[i].raw.subarray(0, messages[i].raw.indexOf('\n\n')).toString('latin1').replace(/\n[ \t]+/g, ' ');
      const ar = /^Authentication-Results: (.*)$/m.exec(head)?.[1] ?? '';
      expect(ar.startsWith('mx.google.com;')).toBe(true);
      if (t.category === 'amazon-genuine' || t.category === 'amazon-security-code') {
        expect(ar).toMatch(/dmarc=pass \S+ \S+ \S+ header\.from=amazon\.(co\.jp|com)/);
        expect(head).toMatch(/^Received: from a\d+-\d+\.smtp-out\.[a-z0-9.-]*amazonses\.com/m);
      }
      if (t.technique === 'spoofed-from') expect(ar).toMatch(/dmarc=fail .* header\.from=amazon\.co\.jp/);
    }
  });

  it('quotes body lines that start with "From " the mboxrd way, and they unescape to the original text', () => {
    const text = messages.map((m) => m.raw.toString('latin1')).join('\n');
    expect(text).toMatch(/\nFrom the desk of /);
    expect(text).toMatch(/\n>From an earlier message\n>>From an even earlier one\n/);
  });
});

describe('options', () => {
  it('writes CRLF line ends with --crlf', () => {
    const out = path.join(tmp, 'crlf.mbox');
    generateMailbox({ bytes: 200_000, seed: 1, out, crlf: true });
    const text = fs.readFileSync(out, 'latin1');
    expect(text.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
  });

  it('reads sizes in decimal units up to 2GB', () => {
    expect(parseSize('400MB')).toBe(400e6);
    expect(parseSize('2GB')).toBe(2e9);
    expect(parseSize('1.5GB')).toBe(1.5e9);
    expect(parseSize('500KB')).toBe(500e3);
    expect(() => parseSize('3GB')).toThrow(/2GB/);
    expect(() => parseSize('lots')).toThrow();
    expect(sizeLabel(400e6)).toBe('400MB');
    expect(sizeLabel(2e9)).toBe('2GB');
  });

  it('reuses a cached mailbox for the same size and seed, and regenerates for another seed', () => {
    const out = path.join(tmp, 'cache.mbox');
    expect(ensureMailbox({ bytes: 100_000, seed: 1, out }).generated).toBe(true);
    expect(ensureMailbox({ bytes: 100_000, seed: 1, out }).generated).toBe(false);
    expect(ensureMailbox({ bytes: 100_000, seed: 2, out }).generated).toBe(true);
  });

  it('regenerates a cached mailbox whose size no longer matches its truth file', () => {
    const out = path.join(tmp, 'truncated.mbox');
    ensureMailbox({ bytes: 100_000, seed: 1, out });
    fs.truncateSync(out, 5_000);
    expect(ensureMailbox({ bytes: 100_000, seed: 1, out }).generated).toBe(true);
  });
});
