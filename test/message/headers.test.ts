import { describe, expect, it } from 'vitest';
import { MAX_HEADER_FIELDS, MAX_HEADER_VALUE_LENGTH, MessageParseError, parseHeaders } from '../../src/message/index.js';
import { rawFixture, rawFromBytes, rawMail } from './helpers.js';

describe('parseHeaders: Japanese subjects and names', () => {
  it('joins ISO-2022-JP cut mid-sequence across two encoded words', () => {
    const h = parseHeaders(rawFixture('iso2022jp-subject-split-across-words.eml'));
    expect(h.subject).toBe('Amazon.co.jp ご注文の確認 #123-4567890');
  });

  it('detects raw 8-bit Shift_JIS in Subject and in the From display name', () => {
    const h = parseHeaders(rawFixture('shift-jis-raw-8bit-subject.eml'));
    expect(h.subject).toBe('【重要】アカウントを利用制限しています');
    expect(h.from).toEqual([{ name: 'アマゾン', address: 'info@example.com', domain: 'example.com' }]);
    expect(h.fromHeader).toBe('アマゾン <info@example.com>');
  });

  it('detects raw 8-bit EUC-JP in Subject', () => {
    const h = parseHeaders(rawFixture('euc-jp-raw-8bit-subject.eml'));
    expect(h.subject).toBe('お支払い方法の情報を更新してください');
  });

  it('reads raw 8-bit UTF-8 as UTF-8', () => {
    const h = parseHeaders(rawMail(['From: a@example.com', 'Subject: アカウントの確認 — Größe']));
    expect(h.subject).toBe('アカウントの確認 — Größe');
  });

  it('reads raw 8-bit Latin-1 that is not Japanese as windows-1252', () => {
    const bytes = Buffer.from('From: a@example.com\r\nSubject: Ihr Gutschein für Größe M\r\n\r\nx', 'latin1');
    expect(parseHeaders(rawFromBytes(bytes)).subject).toBe('Ihr Gutschein für Größe M');
  });

  it('decodes an encoded-word display name in Reply-To', () => {
    const h = parseHeaders(rawFixture('dkim-signed-reply-to-gmail-labels.eml'));
    expect(h.replyTo).toEqual([{ name: 'アマゾンサポート', address: 'support@amazon.co.jp', domain: 'amazon.co.jp' }]);
    expect(h.subject).toBe('Amazon.co.jp ご注文の確認');
  });
});

describe('parseHeaders: addresses', () => {
  it('keeps a quoted pseudo-address in From and gives it no domain', () => {
    const h = parseHeaders(rawFixture('quoted-pseudo-address-from.eml'));
    expect(h.from).toEqual([{ name: '', address: '"no-reply@Amazon.de"', domain: null }]);
    expect(h.fromHeader).toBe('<"no-reply@Amazon.de">');
  });

  it('lists both mailboxes of a From with two', () => {
    const h = parseHeaders(rawFixture('two-mailboxes-in-from.eml'));
    expect(h.from.map((a) => a.domain)).toEqual(['amazon.com', 'amaz0n-support.example']);
    expect(h.from[1].name).toBe('Support');
  });

  it('notes a second From field and keeps the addresses of both', () => {
    const h = parseHeaders(rawMail(['From: a@amazon.com', 'From: b@evil.example', 'Subject: x']));
    expect(h.from.map((a) => a.address)).toEqual(['a@amazon.com', 'b@evil.example']);
    expect(h.parseNotes.join('\n')).toContain('2 From header fields');
  });

  it('lower-cases the domain and drops a trailing dot, keeping the address as written', () => {
    const h = parseHeaders(rawMail(['From: Amazon <Account-Update@Amazon.CO.JP.>', 'Subject: x']));
    expect(h.from[0]).toEqual({ name: 'Amazon', address: 'Account-Update@Amazon.CO.JP.', domain: 'amazon.co.jp' });
  });

  it('keeps a punycode domain in its ASCII form', () => {
    const h = parseHeaders(rawMail(['From: Amazon <a@xn--mazon-3ve.com>', 'Subject: x']));
    expect(h.from[0].domain).toBe('xn--mazon-3ve.com');
  });

  it('takes the domain after the last unquoted @ of a quoted local part', () => {
    const h = parseHeaders(rawMail(['From: "amazon.co.jp" <"support@amazon.co.jp"@evil.example>', 'Subject: x']));
    expect(h.from[0].domain).toBe('evil.example');
  });

  it('flattens group syntax in To and reads every recipient', () => {
    const h = parseHeaders(rawMail(['From: a@example.com', 'To: Friends: x@example.com, y@example.org;, z@example.net']));
    expect(h.to.map((a) => a.address)).toEqual(['x@example.com', 'y@example.org', 'z@example.net']);
  });

  it('reads Sender, Delivered-To and X-Original-To (lower-cased, once each) and Return-Path', () => {
    const h = parseHeaders(rawFixture('dkim-signed-reply-to-gmail-labels.eml'));
    expect(h.sender.map((a) => a.address)).toEqual(['bounces@amazon.co.jp']);
    expect(h.to.map((a) => a.address)).toEqual(['taro@example.jp', 'hanako@example.jp']);
    expect(h.deliveredTo).toEqual(['taro@example.jp', 'taro+amazon@example.jp']);
    expect(h.returnPath).toBe('0101019abc-bounces@amazonses.com');
    expect(h.messageId).toBe('<0101019abc.1234@email.amazonses.com>');
  });

  it('gives the null reverse-path <> as an empty Return-Path', () => {
    expect(parseHeaders(rawMail(['Return-Path: <>', 'From: a@example.com'])).returnPath).toBe('');
  });
});

describe('parseHeaders: DKIM, Gmail labels, Content-Type', () => {
  const h = parseHeaders(rawFixture('dkim-signed-reply-to-gmail-labels.eml'));

  it('reads the tags of every DKIM-Signature with d= and s=, unfolded', () => {
    expect(h.dkimSignatures).toHaveLength(2);
    const [own, ses] = h.dkimSignatures;
    expect(own).toMatchObject({
      domain: 'amazon.co.jp',
      selector: 'rjd3tdl2ezl5mcmqbvcq3k7ttcqgtrxr',
      identity: '@amazon.co.jp',
      algorithm: 'rsa-sha256',
      signedHeaders: ['date', 'from', 'to', 'message-id', 'subject', 'mime-version', 'content-type'],
    });
    expect(own.signedAt?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(own.raw).toContain('d=Amazon.co.jp');
    expect(ses.domain).toBe('amazonses.com');
    expect(ses.identity).toBeNull();
  });

  it('skips a DKIM-Signature without d= or s= and says so', () => {
    expect(h.parseNotes).toContain('a DKIM-Signature without d= or s= was ignored');
  });

  it('reads X-Gmail-Labels as CSV with quoted labels', () => {
    expect(h.gmailLabels).toEqual(['Inbox', 'Category Updates', 'Opened', 'Amazon, orders']);
  });

  it('gives null labels when the header is absent', () => {
    expect(parseHeaders(rawFixture('two-mailboxes-in-from.eml')).gmailLabels).toBeNull();
  });

  it('lower-cases the Content-Type media type and defaults to text/plain', () => {
    expect(h.contentType).toBe('multipart/alternative');
    expect(parseHeaders(rawMail(['From: a@example.com'])).contentType).toBe('text/plain');
    expect(parseHeaders(rawMail(['From: a@example.com', 'Content-Type: garbage'])).contentType).toBe('text/plain');
  });
});

describe('parseHeaders: header block', () => {
  it('keeps every field in order with lower-cased names and unfolded values', () => {
    const h = parseHeaders(rawFixture('date-unparseable-falls-back-to-received.eml'));
    expect(h.headers.map((f) => f.name).slice(0, 3)).toEqual(['received', 'received', 'date']);
    expect(h.headers[0].value).toBe(
      'from mail.example.net (mail.example.net [192.0.2.10])\tby mx.example.jp (Postfix) with ESMTPS id 4Abc123\tfor <taro@example.jp>; Tue, 24 Nov 2026 03:15:42 +0000 (UTC)',
    );
  });

  it('reads LF and CRLF mail alike', () => {
    const lines = ['From: "A" <a@example.com>', 'Subject: same', ' folded', 'Date: Mon, 23 Nov 2026 10:00:00 +0000'];
    const lf = parseHeaders(rawMail(lines, 'body', '\n'));
    const crlf = parseHeaders(rawMail(lines, 'body', '\r\n'));
    expect(lf).toEqual(crlf);
    expect(lf.subject).toBe('same folded');
  });

  it('does not read body lines as headers', () => {
    const h = parseHeaders(rawMail(['From: a@example.com', 'Subject: real'], 'Subject: fake\r\n'));
    expect(h.subject).toBe('real');
  });

  it('reads a message that is all headers and no body', () => {
    expect(parseHeaders(rawFromBytes(Buffer.from('From: a@example.com\nSubject: only'))).subject).toBe('only');
  });

  it(`considers at most ${MAX_HEADER_FIELDS} fields and says so`, () => {
    const many = Array.from({ length: MAX_HEADER_FIELDS + 50 }, (_, i) => `X-Filler-${i}: ${i}`);
    const h = parseHeaders(rawMail([...many, 'Subject: after the cap']));
    expect(h.headers).toHaveLength(MAX_HEADER_FIELDS);
    expect(h.subject).toBe('');
    expect(h.parseNotes.join('\n')).toContain(`more than ${MAX_HEADER_FIELDS} header fields`);
  });

  it(`cuts a value longer than ${MAX_HEADER_VALUE_LENGTH} characters and says so`, () => {
    const h = parseHeaders(rawMail(['From: a@example.com', 'Subject: ' + 'A'.repeat(MAX_HEADER_VALUE_LENGTH * 3)]));
    expect(h.subject).toHaveLength(MAX_HEADER_VALUE_LENGTH);
    expect(h.parseNotes.join('\n')).toContain('header subject longer than');
  });

  it('throws MessageParseError for an empty message', () => {
    expect(() => parseHeaders(rawFromBytes(Buffer.alloc(0)))).toThrow(MessageParseError);
  });

  it('throws MessageParseError when the message starts with a blank line (no header block)', () => {
    expect(() => parseHeaders(rawFromBytes(Buffer.from('\r\nFrom: a@example.com\r\n')))).toThrow(/no header fields/);
  });

  it('throws MessageParseError for bytes that are not mail', () => {
    expect(() => parseHeaders(rawFromBytes(Buffer.from([0, 1, 2, 0xff, 0x0a, 0x41])))).toThrow(MessageParseError);
  });
});
