/**
 * Every limit of docs/limits.md, reached on purpose: what lies beyond is reported (a finding or an error
 * entry), never skipped in silence.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, readInputs, type InputEvent } from '../../src/index.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../src/input/index.js';
import {
  MAX_HEADER_BLOCK_BYTES,
  MAX_HEADER_FIELDS,
  MAX_HEADER_VALUE_LENGTH,
  MAX_HTML_LENGTH_TO_PARSE,
  MAX_KEPT_ATTACHMENT_BYTES,
  MAX_MAILPARSER_BYTES,
  MAX_MIME_DEPTH,
  MAX_MIME_PARTS,
  MAX_TEXT_LENGTH,
} from '../../src/message/limits.js';
import { MAX_LINKS_PER_MESSAGE } from '../../src/checks/links/index.js';
import type { MessageReport } from '../../src/report/model.js';

const AMAZON = 'From: "Amazon.co.jp" <account-update@amazon.co.jp>\r\nTo: hanako@example.jp\r\nDate: Mon, 23 Nov 2026 10:00:00 +0900\r\n';
// Bytes that are not UTF-8 in a part that says UTF-8: mailparser's text then shows U+FFFD and the light MIME
// walker re-reads the message, which is where the MIME depth and part limits apply.
const NOT_UTF8 = Buffer.from([0x82, 0xa0, 0x82, 0xa2]).toString('latin1');

function limitsOf(report: MessageReport): string[] {
  const f = report.findings.find((x) => x.code === 'message.not-fully-read');
  return f ? [...(f.evidence.limits as readonly string[])] : [];
}

const analyze = (text: string) => analyzeMessage(Buffer.from(text, 'latin1'), { lang: 'en' });

async function events(bytes: Buffer, maxMessageBytes: number): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  for await (const e of readInputs(['-'], { stdin: Readable.from([bytes]), maxMessageBytes })) out.push(e);
  return out;
}

describe('input limits', () => {
  it('has a default message size limit of 512 MiB', () => {
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(512 * 1024 * 1024);
  });

  it('reports a single message above the size limit as a message error with its size', async () => {
    const [e] = await events(Buffer.from(`${AMAZON}Subject: big\r\n\r\n${'x'.repeat(5_000)}`), 1_000);
    expect(e).toMatchObject({ type: 'message-error', reason: expect.stringMatching(/too large: \d+ bytes, the limit is 1000 bytes/) });
  });

  it('reports an mbox message above the size limit and still reads the messages after it', async () => {
    const mbox = `From a@b Mon Nov 23 10:00:00 2026\nSubject: big\n\n${'x'.repeat(5_000)}\n\nFrom a@b Mon Nov 23 10:00:01 2026\nSubject: small\n\nok\n`;
    const found = await events(Buffer.from(mbox), 1_000);
    expect(found.map((e) => e.type)).toEqual(['message-error', 'message']);
  });
});

describe('message limits (finding message.not-fully-read)', () => {
  it('reports a header block without an end within MAX_HEADER_BLOCK_BYTES, keeping the start of the cut line', async () => {
    const r = await analyze(`${AMAZON}Subject: ${'Amazon '.repeat(MAX_HEADER_BLOCK_BYTES / 7 + 10)}\r\n\r\nbody`);
    expect(limitsOf(r)).toContain('header-block-bytes');
    expect(r.subject?.startsWith('Amazon Amazon')).toBe(true);
  });

  it('reports more than MAX_HEADER_FIELDS header fields', async () => {
    const pad = Array.from({ length: MAX_HEADER_FIELDS + 5 }, (_, i) => `X-Pad-${i}: x\r\n`).join('');
    const r = await analyze(`${AMAZON}${pad}Subject: after the padding\r\n\r\nbody`);
    expect(limitsOf(r)).toEqual(['header-fields']);
  });

  it('reports a header value longer than MAX_HEADER_VALUE_LENGTH', async () => {
    const r = await analyze(`${AMAZON}Subject: ${'a'.repeat(MAX_HEADER_VALUE_LENGTH + 10)}\r\n\r\nbody`);
    expect(limitsOf(r)).toEqual(['header-value-length']);
  });

  it('reports MIME nesting deeper than MAX_MIME_DEPTH', async () => {
    const depth = MAX_MIME_DEPTH + 3;
    let body = `Content-Type: text/plain; charset=utf-8\r\n\r\n${NOT_UTF8} innermost\r\n`;
    for (let i = depth - 1; i >= 0; i--) body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}--b${i}--\r\n`;
    const r = await analyze(`${AMAZON}Subject: nested\r\nMIME-Version: 1.0\r\n${body}`);
    expect(limitsOf(r)).toContain('mime-depth');
  });

  it('reports more than MAX_MIME_PARTS parts', async () => {
    const parts = Array.from({ length: MAX_MIME_PARTS + 5 }, (_, i) => `--p\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${NOT_UTF8} ${i}\r\n`).join('');
    const r = await analyze(`${AMAZON}Subject: parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n${parts}--p--\r\n`);
    expect(limitsOf(r)).toContain('mime-parts');
  });

  it('reports text longer than MAX_TEXT_LENGTH', async () => {
    const line = 'Your order has shipped and will arrive soon.\r\n';
    const r = await analyze(`${AMAZON}Subject: long\r\n\r\n${line.repeat(Math.ceil((MAX_TEXT_LENGTH * 1.2) / line.length))}`);
    expect(limitsOf(r)).toEqual(['text-length']);
  });

  it('reports an HTML part longer than MAX_HTML_LENGTH_TO_PARSE', async () => {
    const html = `<p>${'x'.repeat(MAX_HTML_LENGTH_TO_PARSE + 10)}</p>`;
    const r = await analyze(`${AMAZON}Subject: html\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
    expect(limitsOf(r)).toContain('html-length');
  });

  it('reports an HTML attachment larger than MAX_KEPT_ATTACHMENT_BYTES', async () => {
    const page = `<form action="https://evil.example/">${'x'.repeat(MAX_KEPT_ATTACHMENT_BYTES + 10)}</form>`;
    const r = await analyze(
      `${AMAZON}Subject: attached\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="a"\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n--a\r\nContent-Type: text/html; name="login.html"\r\nContent-Disposition: attachment; filename="login.html"\r\n\r\n${page}\r\n--a--\r\n`,
    );
    expect(limitsOf(r)).toContain('attachment-bytes');
  });

  it('reads a message larger than MAX_MAILPARSER_BYTES with the light walker and says so', async () => {
    const filler = 'QUFB'.repeat(19).concat('\r\n').repeat(Math.ceil(MAX_MAILPARSER_BYTES / 78) + 10);
    const r = await analyze(
      `${AMAZON}Subject: big\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="h"\r\n\r\n--h\r\nContent-Type: text/plain\r\n\r\nhttps://amazon-verify.example/signin\r\n--h\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${filler}--h--\r\n`,
    );
    expect(limitsOf(r)).toEqual(['mailparser-bytes']);
    expect(r.verdict).not.toBe('error');
  });

  it('makes an unauthenticated mail that presents itself as Amazon suspicious when a limit was reached', async () => {
    const bytes = readFileSync(new URL('../../fixtures/hostile/amazon-claim-1200-header-fields.eml', import.meta.url));
    const r = await analyzeMessage(bytes, { lang: 'en' });
    expect(limitsOf(r)).toEqual(['header-fields']);
    expect(['suspicious', 'phishing']).toContain(r.verdict);
  });

  it('sends a message whose header pass reached a limit to the full analysis, not to "unrelated"', async () => {
    const pad = Array.from({ length: MAX_HEADER_FIELDS + 5 }, (_, i) => `X-Pad-${i}: x\r\n`).join('');
    const r = await analyze(`From: someone@example.com\r\n${pad}Subject: hidden after the padding: Amazon\r\n\r\nhello`);
    expect(r.depth).toBe('full');
    expect(limitsOf(r)).toEqual(['header-fields']);
  });
});

describe('link limits', () => {
  it(`judges the first ${MAX_LINKS_PER_MESSAGE} links and reports the rest with links.too-many-links`, async () => {
    const links = Array.from({ length: MAX_LINKS_PER_MESSAGE + 10 }, (_, i) => `<a href="https://example.com/${i}">x</a>`).join('\n');
    const r = await analyze(`${AMAZON}Subject: links\r\nContent-Type: text/html\r\n\r\n${links}`);
    expect(r.findings.find((f) => f.code === 'links.too-many-links')?.evidence).toEqual({ limit: MAX_LINKS_PER_MESSAGE });
  });
});
