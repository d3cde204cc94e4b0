/**
 * The prefilter's body search takes shortcuts (the ASCII-only needles on ASCII text); these properties check
 * that it still decides exactly as the plain search it replaced, kept below as the reference.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import libqp from 'libqp';
import { BODY_NEEDLES_ASCII, BODY_NEEDLES_LATIN1, QP_NEEDLES_LATIN1 } from '../../src/identity/brand-needles.js';
import { bodyMentionsBrand, decodeBase64, markupMentionsBrand } from '../../src/pipeline/prefilter.js';
import { caseInsensitiveKey } from '../../src/identity/brand-needles.js';
import { realMessages } from './real-messages.js';
import { headerBlockEnd } from '../../src/input/header-block.js';

// ---- the reference: the body search before the shortcuts (commit acc8fa7), verbatim ----
const MAX_SCAN = 8 * 1024 * 1024;

/** Search the body, and the content of base64 / quoted-printable text parts, for brand needles. */
function oldBodyMentionsBrand(bytes: Buffer): boolean {
  if (bytes.length > MAX_SCAN) return true;
  const text = bytes.toString('latin1');
  // The top-level headers were judged by the claim detector; base64 there would be noise (DKIM b=, ARC).
  const bodyStart = headerEnd(text, 0);
  if (bodyStart < 0) return false;
  if (BODY_NEEDLES_LATIN1.test(bodyStart === 0 ? text : text.slice(bodyStart))) return true;
  return encodedTextPartsMentionBrand(text) || markupReference(text, bodyStart);
}

// Since issue 20 the search also reads folded Content-Transfer-Encoding headers and what a reader sees of HTML
// (markupMentionsBrand, tested on its own in prefilter-markup.test.ts): the plain form of that addition.
const CTE = /^content-transfer-encoding:[ \t]*(?:\r?\n[ \t]+)?(base64|quoted-printable)[ \t]*\r?$/gim;

function markupReference(text: string, bodyStart: number): boolean {
  if (markupMentionsBrand(text.slice(bodyStart))) return true;
  CTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CTE.exec(text)) !== null) {
    const start = headerEnd(text, m.index);
    if (start < 0) break;
    let end = text.indexOf('\n--', start);
    if (end === -1) end = text.length;
    CTE.lastIndex = end;
    if (!isTextPart(text, m.index)) continue;
    const encoded = text.slice(start, end);
    const decoded =
      m[1]!.toLowerCase() === 'base64'
        ? Buffer.from(encoded, 'base64').toString('latin1')
        : libqp.decode(Buffer.from(encoded, 'latin1')).toString('latin1'); // as the full parse decodes it
    if (markupMentionsBrand(decoded)) return true;
  }
  return false;
}
const CONTENT_TYPE = /content-type:[ \t]*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)/gi;

function encodedTextPartsMentionBrand(text: string): boolean {
  CTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CTE.exec(text)) !== null) {
    const bodyStart = headerEnd(text, m.index);
    if (bodyStart < 0) break;
    let end = text.indexOf('\n--', bodyStart);
    if (end === -1) end = text.length;
    CTE.lastIndex = end;
    // Only text parts can carry the words: binary attachments are skipped, not decoded.
    if (!isTextPart(text, m.index)) continue;
    const encoded = text.slice(bodyStart, end);
    const found =
      m[1]!.toLowerCase() === 'base64'
        ? BODY_NEEDLES_LATIN1.test(Buffer.from(encoded, 'base64').toString('latin1'))
        : QP_NEEDLES_LATIN1.test(encoded.replace(/=\r?\n/g, ''));
    if (found) return true;
  }
  return false;
}

/** The Content-Type of the part whose header holds the CTE line at `at`: the nearest one above it, in the same header block. */
function isTextPart(text: string, at: number): boolean {
  const from = Math.max(0, at - 1024);
  const window = text.slice(from, at);
  const blank = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n\r\n'));
  const headerPart = blank >= 0 ? window.slice(blank) : window;
  let type: string | null = null;
  CONTENT_TYPE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTENT_TYPE.exec(headerPart)) !== null) type = m[1]!.toLowerCase();
  // Content-Type may also follow the CTE line; read the header block below it too.
  if (type === null) {
    const end = headerEnd(text, at);
    const below = text.slice(at, end < 0 ? at + 1024 : Math.min(end, at + 1024));
    CONTENT_TYPE.lastIndex = 0;
    const n = CONTENT_TYPE.exec(below);
    type = n ? n[1]!.toLowerCase() : 'text/plain'; // RFC 2045: no Content-Type means text/plain
  }
  return type.startsWith('text/') || type === 'message/rfc822';
}

/**
 * Index just after the blank line that ends the header block starting at `from`, or -1. Not verbatim: the
 * reference searched for the earlier of LF LF and CR LF CR LF; since issue 18 the end of a header block has one
 * definition for every stage (input/header-block.ts headerBlockEnd, which also ends a block at LF CR LF and at a
 * blank first line), and the shortcuts are compared with the plain search under that definition.
 */
function headerEnd(text: string, from: number): number {
  const end = headerBlockEnd(Buffer.from(text.slice(from), 'latin1'));
  return end < 0 ? -1 : from + end;
}
// ---- end of the reference ----

const latin1 = (bytes: number[]) => Buffer.from(bytes).toString('latin1');
const NEEDLE_TEXTS = BODY_NEEDLES_LATIN1.source
  .split('|')
  .map((alt) => alt.replace(/\[ \.\]\{1,3\}/g, ' ').replace(/\[o0\]/g, 'o').replace(/\\(.)/g, '$1'));

/** Text made of pieces likely to produce matches and near-misses: needles, their fragments, random bytes. */
const piece = fc.oneof(
  fc.constantFrom(...NEEDLE_TEXTS),
  fc.constantFrom(...NEEDLE_TEXTS).map((n) => n.slice(0, Math.max(1, n.length - 1))),
  fc.constantFrom(...NEEDLE_TEXTS).map((n) => n.toUpperCase()),
  fc.constantFrom('a', 'm', 'z', 'o', 'n', 'A', 'Z', ' ', '.', '\n', '\r\n', '%', '#', '=', 'ama', 'a. m', 'AmaZ0'),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }).map(latin1),
  fc.array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength: 12 }).map(latin1),
);
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
const asciiText = text.map((t) => t.replace(/[^\x00-\x7f]/g, (c) => String.fromCharCode(c.charCodeAt(0) & 0x7f)));

describe('BODY_NEEDLES_ASCII', () => {
  test('holds only the all-ASCII alternatives of BODY_NEEDLES_LATIN1, the others each have a char above 0x7f', () => {
    const all = BODY_NEEDLES_LATIN1.source.split('|');
    const ascii = BODY_NEEDLES_ASCII.source.split('|');
    expect(ascii).toEqual(all.filter((a) => !/[^\x00-\x7f]/.test(a)));
    expect(ascii.length).toBeGreaterThan(4);
    expect(BODY_NEEDLES_ASCII.flags).toBe(BODY_NEEDLES_LATIN1.flags);
  });

  test('answers as BODY_NEEDLES_LATIN1 on ASCII text', () => {
    fc.assert(fc.property(asciiText, (t) => {
      expect(BODY_NEEDLES_ASCII.test(t)).toBe(BODY_NEEDLES_LATIN1.test(t));
    }), { numRuns: 3000 });
  });

  test('no char above 0x7f folds to ASCII under /i (why the dropped alternatives cannot match ASCII text)', () => {
    for (let c = 0x80; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      for (let a = 0; a < 0x80; a++) expect(new RegExp(ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), 'i').test(String.fromCharCode(a))).toBe(false);
    }
  });
});

describe('bodyMentionsBrand decides as the plain search', () => {
  const header = fc.constantFrom('Subject: x\n\n', 'Subject: x\r\n\r\n', 'From: a@b.example\nContent-Type: text/plain\n\n', '');
  const part = fc.record({
    type: fc.constantFrom('text/plain', 'text/html', 'image/png', 'application/octet-stream', 'message/rfc822', null),
    cte: fc.constantFrom('base64', 'quoted-printable', 'Base64', '7bit', null),
    body: text,
    eol: fc.constantFrom('\n', '\r\n'),
  });
  const encode = (p: { type: string | null; cte: string | null; body: string; eol: string }) => {
    let body = p.body;
    if (p.cte?.toLowerCase() === 'base64') body = Buffer.from(p.body, 'latin1').toString('base64').replace(/.{1,76}/g, `$&${p.eol}`);
    if (p.cte === 'quoted-printable') body = p.body.replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/.{70}/g, `$&=${p.eol}`);
    const lines = [p.type ? `Content-Type: ${p.type}` : '', p.cte ? `Content-Transfer-Encoding: ${p.cte}` : ''].filter(Boolean);
    return `--b${p.eol}${lines.join(p.eol)}${p.eol}${p.eol}${body}${p.eol}`;
  };
  const message = fc.tuple(header, text, fc.array(part, { maxLength: 4 })).map(([h, pre, parts]) => Buffer.from(h + pre + '\n' + parts.map(encode).join('') + '--b--\n', 'latin1'));

  test('on generated multipart messages', () => {
    const seen = new Set<boolean>();
    fc.assert(fc.property(message, (bytes) => {
      const expected = oldBodyMentionsBrand(bytes);
      seen.add(expected);
      expect(bodyMentionsBrand(bytes)).toBe(expected);
    }), { numRuns: 3000 });
    expect([...seen].sort()).toEqual([false, true]); // the generator reaches both answers
  });

  test('on raw bytes', () => {
    const raw = fc.array(fc.oneof(text, fc.constant('\n\n'), fc.constant('Content-Transfer-Encoding: base64\n')), { maxLength: 6 }).map((p) => Buffer.from(p.join(''), 'latin1'));
    fc.assert(fc.property(raw, (bytes) => {
      expect(bodyMentionsBrand(bytes)).toBe(oldBodyMentionsBrand(bytes));
    }), { numRuns: 3000 });
  });

  test('finds a needle hidden in a base64 text part, ASCII and not', () => {
    for (const needle of ['Amazon', 'アマゾン']) {
      const b64 = Buffer.from(`Hello ${needle} here`, 'utf8').toString('base64');
      const bytes = Buffer.from(`Subject: x\n\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${b64}\n--b--\n`);
      expect(bodyMentionsBrand(bytes)).toBe(true);
      expect(oldBodyMentionsBrand(bytes)).toBe(true);
    }
  });
});

describe('an ASCII body is searched raw without its quoted-printable text parts', () => {
  test('why that is the same answer: no ASCII needle holds "=", CR or LF, and each is a quoted-printable needle', () => {
    const asciiAlternatives = BODY_NEEDLES_ASCII.source.split('|');
    for (const alternative of asciiAlternatives) expect(alternative).not.toMatch(/[=\r\n]|\\[sSrnWDd]|\[\^/);
    // Nor a dot outside a class (it would match "="): the classes are [ .] and [o0].
    for (const alternative of asciiAlternatives) expect(alternative.replace(/\[[^\]]*\]/g, '')).not.toMatch(/(?<!\\)\./);
    const qp = new Set(QP_NEEDLES_LATIN1.source.split('|').map(caseInsensitiveKey));
    for (const alternative of asciiAlternatives) expect(qp.has(caseInsensitiveKey(alternative))).toBe(true);
  });

  test('quoted-printable parts with needles in, around and across their edges', () => {
    const qpPart = fc.record({
      before: text,
      inside: text,
      eol: fc.constantFrom('\n', '\r\n'),
      type: fc.constantFrom('text/plain', 'image/png', null),
    }).map(({ before, inside, eol, type }) => {
      const encoded = inside.replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/.{7}/g, `$&=${eol}`);
      return `${before.replace(/[\x80-\xff]/g, 'x')}${eol}--b${eol}${type ? `Content-Type: ${type}${eol}` : ''}Content-Transfer-Encoding: quoted-printable${eol}${eol}${encoded}${eol}`;
    });
    const message = fc.tuple(fc.array(qpPart, { minLength: 1, maxLength: 4 }), text).map(([parts, tail]) =>
      Buffer.from('Subject: x\n\n' + parts.join('') + tail.replace(/[\x80-\xff]/g, 'y') + '\n--b--\n', 'latin1'),
    );
    const seen = new Set<boolean>();
    fc.assert(fc.property(message, (bytes) => {
      const expected = oldBodyMentionsBrand(bytes);
      seen.add(expected);
      expect(bodyMentionsBrand(bytes)).toBe(expected);
    }), { numRuns: 3000 });
    expect([...seen].sort()).toEqual([false, true]);
  });

  test('every fixture and corpus message', async () => {
    const messages = await realMessages();
    expect(messages.length).toBeGreaterThan(100);
    for (const raw of messages) expect(bodyMentionsBrand(raw.bytes)).toBe(oldBodyMentionsBrand(raw.bytes));
  });
});

describe('decodeBase64 (into a reused buffer) gives the bytes of Buffer.from(s, "base64")', () => {
  const b64char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \r\n\t.*é');
  test('on generated text: valid, padded in the middle, url-safe, with blanks and junk', () => {
    fc.assert(fc.property(fc.oneof(
      fc.array(b64char, { maxLength: 200 }).map((a) => a.join('')),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64').replace(/.{1,76}/g, '$&\r\n')),
    ), (s) => {
      expect(Buffer.compare(decodeBase64(s), Buffer.from(s, 'base64'))).toBe(0);
    }), { numRuns: 5000 });
  });

  test('around the size of the reused buffer', () => {
    for (const bytes of [256 * 1024 - 3, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 256 * 1024 + 4]) {
      const s = Buffer.alloc(bytes, 0xa5).toString('base64');
      for (const text of [s, s + '=', s + 'QQ', s.slice(0, -1)]) expect(Buffer.compare(decodeBase64(text), Buffer.from(text, 'base64'))).toBe(0);
    }
  });
});
