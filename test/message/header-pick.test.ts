/**
 * The header pass reads only the fields it needs (pickFields) and splits the list of all fields when it is
 * first read. These check pickFields against splitFields, and parseHeaders against the version that split
 * every field first (kept below verbatim), on generated blocks and on every real message.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { pickFields, readHeaderBlock, splitFields, wantedNames } from '../../src/message/header-block.js';
import { parseHeaders } from '../../src/message/headers.js';
import { bareAddress, parseAddresses } from '../../src/message/addresses.js';
import { decodeHeaderBytes } from '../../src/message/charset.js';
import { resolveMessageDate } from '../../src/message/dates.js';
import { parseDkimSignature } from '../../src/message/dkim.js';
import { decodeEncodedWordsOrKeep } from '../../src/message/encoded-words.js';
import { MessageParseError } from '../../src/message/errors.js';
import { parseGmailLabels } from '../../src/message/gmail-labels.js';
import { MAX_HEADER_FIELDS, MAX_HEADER_VALUE_LENGTH } from '../../src/message/limits.js';
import type { HeaderField, MessageHeaders } from '../../src/message/types.js';
import type { RawMessage } from '../../src/input/types.js';
import { realMessages } from '../pipeline/real-messages.js';

// ---- the reference: parseHeaders before the change (commit 863e912), verbatim ----
const decodeWords = decodeEncodedWordsOrKeep;
function valuesOf(headers: readonly HeaderField[], name: string): string[] {
  const out: string[] = [];
  for (const h of headers) if (h.name === name) out.push(h.value);
  return out;
}
function firstOf(headers: readonly HeaderField[], name: string): string | null {
  for (const h of headers) if (h.name === name) return h.value;
  return null;
}
function mediaType(value: string | null): string {
  if (value === null) return 'text/plain';
  const semi = value.indexOf(';');
  const type = (semi === -1 ? value : value.slice(0, semi)).trim().toLowerCase();
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : 'text/plain';
}
function oldParseHeaders(raw: RawMessage): MessageHeaders {
  const block = readHeaderBlock(raw.bytes);
  if (block.fields.length === 0) {
    throw new MessageParseError(raw.bytes.length === 0 ? 'empty message' : 'no header fields at the start of the message');
  }
  const parseNotes = block.notes;
  const headers: HeaderField[] = block.plainAscii
    ? block.fields
    : block.fields.map((f) => ({ name: f.name, value: decodeHeaderBytes(f.value) }));
  const fromValues = valuesOf(headers, 'from');
  if (fromValues.length > 1) parseNotes.push(`${fromValues.length} From header fields (RFC 5322 allows one)`);
  const fromHeader = fromValues.length > 0 ? decodeWords(fromValues[0]) : null;
  const deliveredTo: string[] = [];
  for (const h of headers) {
    if (h.name !== 'delivered-to' && h.name !== 'x-original-to') continue;
    const a = bareAddress(h.value).toLowerCase();
    if (a && !deliveredTo.includes(a)) deliveredTo.push(a);
  }
  const returnPath = firstOf(headers, 'return-path');
  const messageId = firstOf(headers, 'message-id');
  const dkimSignatures = [];
  for (const v of valuesOf(headers, 'dkim-signature')) {
    const sig = parseDkimSignature(v);
    if (sig) dkimSignatures.push(sig);
    else parseNotes.push('a DKIM-Signature without d= or s= was ignored');
  }
  const labels = firstOf(headers, 'x-gmail-labels');
  return {
    headers,
    subject: decodeWords(firstOf(headers, 'subject') ?? ''),
    fromHeader,
    from: parseAddresses(fromValues),
    replyTo: parseAddresses(valuesOf(headers, 'reply-to')),
    sender: parseAddresses(valuesOf(headers, 'sender')),
    to: parseAddresses(valuesOf(headers, 'to')),
    deliveredTo,
    returnPath: returnPath === null ? null : bareAddress(returnPath),
    messageId: messageId === null ? null : messageId.trim() || null,
    date: resolveMessageDate(firstOf(headers, 'date'), valuesOf(headers, 'received'), raw.envelope.fromLineDate),
    dkimSignatures,
    gmailLabels: labels === null ? null : parseGmailLabels(labels),
    contentType: mediaType(firstOf(headers, 'content-type')),
    parseNotes,
    limitsReached: block.limits,
  };
}
// ---- end of the reference ----

const WANTED = ['from', 'subject', 'x-original-to', 'dkim-signature', 'to'];
const W = wantedNames(WANTED);

/** What pickFields must return, from the whole split. */
function pickedBySplit(block: string) {
  const notes: string[] = [];
  const fields = splitFields(block, notes);
  const ids: number[] = [];
  const values: string[] = [];
  for (const f of fields) {
    const id = WANTED.indexOf(f.name);
    if (id !== -1) {
      ids.push(id);
      values.push(f.value);
    }
  }
  const skippedNote = notes.find((n) => n.includes('were not header fields'));
  return { ids, values, skipped: skippedNote ? parseInt(skippedNote, 10) : 0, anyField: fields.length > 0 };
}

/** Field names in any case, with the obsolete blanks before the colon, and lines that are not fields. */
const name = fc.oneof(
  fc.constantFrom(...WANTED, 'From', 'FROM', 'SuBjEcT', 'X-Original-To', 'DKIM-Signature', 'TO', 'Received', 'X-From', 'Fro', 'Froms'),
  fc.constantFrom('From ', 'Subject\t', 'To\x0b', 'From\xa0', 'From\x85', 'Sub ject', 'Fr\xf6m', ''),
);
const value = fc.oneof(
  fc.constantFrom(' A <a@b.example>', ' hi: there', '', ' =?UTF-8?B?5pel5pys?=', '  x  ', ' \xa0y\xa0'),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 20 }).map((b) => Buffer.from(b).toString('latin1')),
);
const line = fc.oneof(
  fc.tuple(name, value).map(([n, v]) => `${n}:${v}`),
  fc.constantFrom(' folded', '\tfolded too', '', 'no colon', ':no name', '  ', 'To:a\r', 'x\ry: z'),
  fc.string({ maxLength: 20 }),
);
const block = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol) + (lines.length % 2 ? eol : ''));

describe('pickFields', () => {
  test('gives the values splitFields gives for the wanted names, the skipped lines and whether there is a field', () => {
    fc.assert(fc.property(block, (b) => {
      expect(pickFields(b, W)).toEqual(pickedBySplit(b));
    }), { numRuns: 10_000 });
  });

  test('hands over the blocks where splitFields could reach a limit, and only those', () => {
    const long = `Subject: ${'x'.repeat(MAX_HEADER_VALUE_LENGTH)}\nTo: a\n`;
    const atLength = `Subject: ${'x'.repeat(MAX_HEADER_VALUE_LENGTH - 'Subject: \n'.length)}\n`;
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `X-${i}: ${i}`).join('\n') + '\nFrom: a\n';
    expect(pickFields(long, W)).toBeNull();
    expect(pickFields(atLength, W)).toEqual(pickedBySplit(atLength));
    expect(pickFields(fields(MAX_HEADER_FIELDS + 3), W)).toBeNull();
    expect(pickFields(fields(MAX_HEADER_FIELDS - 1), W)).toEqual(pickedBySplit(fields(MAX_HEADER_FIELDS - 1)));
    expect(pickFields(fields(MAX_HEADER_FIELDS), W)).toBeNull(); // the 1,001st field is cut
  });

  test('only lower-case names can be wanted', () => {
    expect(() => wantedNames(['From'])).toThrow();
  });
});

/** parseHeaders and the reference agree: the same entries, keys in the same order, the same error. */
function expectSameHeaderPass(raw: RawMessage): void {
  let expected: MessageHeaders | Error;
  try {
    expected = oldParseHeaders(raw);
  } catch (err) {
    expected = err as Error;
  }
  if (expected instanceof Error) {
    expect(() => parseHeaders(raw)).toThrow(expected.message);
    return;
  }
  const h = parseHeaders(raw);
  expect(Object.keys(h)).toEqual(Object.keys(expected));
  expect({ ...h }).toStrictEqual(expected);
}

describe('parseHeaders reads the fields it needs as the full split did', () => {
  let messages: RawMessage[] = [];
  beforeAll(async () => {
    messages = await realMessages();
  });

  test('on every fixture and corpus message', () => {
    expect(messages.length).toBeGreaterThan(100);
    for (const raw of messages) expectSameHeaderPass(raw);
  });

  test('on generated messages, 8-bit and ISO-2022-JP bytes included', () => {
    const header = fc.oneof(
      fc.constantFrom(
        'From: Amazon <no-reply@amazon.co.jp>', 'from: a@b.example', 'Reply-To: "X" <x@y.example>', 'Sender: s@t.example',
        'To: a@b.example, c@d.example', 'Delivered-To: Me@Example.com', 'X-Original-To: <me@example.com>',
        'Return-Path: <bounce@x.example>', 'Message-ID: <1@x>', 'Message-ID:   ', 'Date: Mon, 23 Nov 2026 10:00:00 +0900',
        'Date: garbage', 'Received: from x by y; Mon, 23 Nov 2026 01:00:00 +0000', 'Received: by z;\n Tue, 24 Nov 2026 01:00:00 +0000',
        'DKIM-Signature: v=1; a=rsa-sha256; d=Amazon.com.; s=sel; h=From:To; t=1700000000; bh=x; b=y',
        'DKIM-Signature: v=1; s=only', 'X-Gmail-Labels: Inbox,"Category ""Promo""",=?UTF-8?B?5pel5pys?=',
        'Subject: =?ISO-2022-JP?B?GyRCJTIlaSUkJWAbKEI=?=', 'Subject: Gr\xf6\xdfe \x1b$B%"%^%>%s\x1b(B', 'Content-Type: Text/HTML; charset=x',
        'Content-Type: broken', ' continued', 'not a field', 'From: =?UTF-8?B?44Ki44Oe44K+44Oz?= <x@y.example>',
      ),
      fc.tuple(name, value).map(([n, v]) => `${n}:${v}`),
    );
    const message = fc
      .tuple(fc.array(header, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('\n\nbody', '', '\r\n\r\nbody\n'))
      .map(([lines, eol, rest]) => Buffer.from(lines.join(eol) + rest, 'latin1'));
    const envelope = fc.constantFrom<RawMessage['envelope']>({ format: 'eml' }, { format: 'mbox', fromLineDate: new Date('2026-11-20T00:00:00Z') });
    fc.assert(fc.property(message, envelope, (bytes, env) => {
      expectSameHeaderPass({ bytes, location: { file: 'x.eml', index: 1, offset: 0 }, envelope: env });
    }), { numRuns: 3000 });
  });

  test('at the limits, where the whole block is split', () => {
    const raw = (s: string): RawMessage => ({ bytes: Buffer.from(s, 'latin1'), location: { file: 'x', index: 1, offset: 0 }, envelope: { format: 'eml' } });
    const many = Array.from({ length: MAX_HEADER_FIELDS + 5 }, (_, i) => (i === 3 ? 'From: a@b.example' : `X-${i}: ${i}`)).join('\n');
    expectSameHeaderPass(raw(`Subject: ${'x'.repeat(MAX_HEADER_VALUE_LENGTH + 10)}\nFrom: a@b.example\n\nbody`));
    expectSameHeaderPass(raw(`${many}\n\nbody`));
    expectSameHeaderPass(raw(`From: a@b.example\n${'y'.repeat(2 * 1024 * 1024)}`));
    expectSameHeaderPass(raw(''));
    expectSameHeaderPass(raw('no header here\n\nbody'));
  });

  test('the field list is split once, and can be replaced like a data property', () => {
    const h = parseHeaders({ bytes: Buffer.from('From: a@b.example\nX-A: 1\n\nbody'), location: { file: 'x', index: 1, offset: 0 }, envelope: { format: 'eml' } });
    expect(h.headers).toBe(h.headers);
    expect(h.headers).toEqual([{ name: 'from', value: 'a@b.example' }, { name: 'x-a', value: '1' }]);
    h.headers = [];
    expect(h.headers).toEqual([]);
  });
});
