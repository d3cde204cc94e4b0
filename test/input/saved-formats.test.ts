/**
 * Apple Mail .emlx / .partial.emlx and Outlook .msg files (issue 22, item 3): read as a single file, found by
 * content in a folder among other formats, damaged ones reported with their location and reason. The
 * fixtures are made from the project's own .eml fixtures by scripts/gen-format-fixtures.mjs, so each test
 * can compare the verdict on the same mail in each format.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizeReason, scan } from '../../src/index.js';
import { readEmlx } from '../../src/input/emlx.js';
import { readOutlookMsg } from '../../src/input/outlook-msg.js';
import { parseMessage, parseHeaders } from '../../src/message/index.js';
import { collect, messagesOf } from './helpers.js';

const FORMATS = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));
const AUTH = fileURLToPath(new URL('../../fixtures/auth/', import.meta.url));
const at = (name: string) => path.join(FORMATS, name);

const GENUINE_EML = path.join(AUTH, 'gmail-dmarc-pass-amazon-co-jp.eml');
const PHISHING_EML = path.join(AUTH, 'gmail-dmarc-fail-amazon-co-jp-with-forged-lower-results.eml');

async function verdictsOf(paths: string[]) {
  return scan(paths, { lang: 'en', deep: true });
}

/** The genuine and the phishing fixture in another format get the verdict and findings of their .eml. */
async function expectSameAsEml(genuine: string, phishing: string): Promise<void> {
  const report = await verdictsOf([at(genuine), GENUINE_EML, at(phishing), PHISHING_EML]);
  const [a, b, c, d] = report.messages;
  expect([a!.verdict, c!.verdict]).toEqual(['genuine', 'phishing']);
  for (const [mine, eml] of [[a!, b!], [c!, d!]] as const) {
    expect(mine.verdict).toBe(eml.verdict);
    expect(mine.findings.map((f) => f.code)).toEqual(eml.findings.map((f) => f.code));
  }
}

describe('Apple Mail .emlx', () => {
  it('hands on the message between the length line and the property list, at its offset in the file', async () => {
    const file = at('apple-mail-gmail-dmarc-pass-amazon-co-jp.emlx');
    const [m] = messagesOf(await collect([file]));
    const bytes = readFileSync(file);
    const firstLine = bytes.indexOf(0x0a) + 1;
    expect(m!.envelope.format).toBe('emlx');
    expect(m!.location).toEqual({ file, index: 1, offset: firstLine });
    expect(m!.bytes.length).toBe(Number(bytes.toString('latin1', 0, firstLine).trim()));
    expect(m!.bytes.toString('latin1')).not.toContain('<plist');
    expect(m!.bytes.toString('latin1').startsWith('Delivered-To:')).toBe(true);
  });

  it('gives the verdict the same mail gets as .eml (genuine and phishing)', async () => {
    await expectSameAsEml('apple-mail-gmail-dmarc-pass-amazon-co-jp.emlx', 'apple-mail-gmail-dmarc-fail-amazon-co-jp.emlx');
  });

  it('puts back the attachments of a .partial.emlx found in Attachments/, and lists those not downloaded', async () => {
    const store = at('apple-mail-store');
    const file = path.join(store, 'INBOX.mbox/2B1F4C1E-0000-4000-8000-000000000001/Data/Messages/1234.partial.emlx');
    const [m] = messagesOf(await collect([file]));
    expect(m!.envelope).toEqual({ format: 'emlx', missingAttachments: ['photos.pdf'] });
    const msg = await parseMessage(m!, parseHeaders(m!));
    const invoice = msg.attachments.find((a) => a.filename === 'invoice.html');
    expect(invoice?.content?.toString('utf8')).toContain('https://example.net/invoice/2026-11');
    const report = await verdictsOf([file]);
    const finding = report.messages[0]!.findings.find((f) => f.code === 'message.attachments-not-downloaded');
    expect(finding?.evidence).toEqual({ attachments: ['photos.pdf'] });
    expect(finding?.message).toContain('photos.pdf');
  });

  it('reads a .partial.emlx on its own (no Attachments folder) with every left-out part listed', () => {
    const bytes = readFileSync(path.join(at('apple-mail-store'), 'INBOX.mbox/2B1F4C1E-0000-4000-8000-000000000001/Data/Messages/1234.partial.emlx'));
    const read = readEmlx(bytes, null);
    expect(read).toMatchObject({ missingParts: ['invoice.html', 'photos.pdf'], partsRestored: 0 });
  });

  it('reports a damaged .emlx (its length line promises more than the file holds) with location and reason', async () => {
    const file = at('damaged-apple-mail-length-beyond-end.emlx');
    const events = await collect([file]);
    expect(events).toEqual([
      {
        type: 'message-error',
        location: { file, index: 1, offset: 0 },
        reason: expect.stringMatching(/^a damaged Apple Mail \.emlx file: its first line gives the message as \d+ bytes, but only \d+ follow/),
      },
    ]);
  });

  it('is recognised by its content: a length line then a header field, whatever the name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'amzcheck-emlx-'));
    try {
      copyFileSync(at('apple-mail-gmail-dmarc-pass-amazon-co-jp.emlx'), path.join(dir, '12345'));
      // Digits on the first line and then no header: not mail, as before.
      writeFileSync(path.join(dir, 'numbers.txt'), '512\n<?xml version="1.0"?>\n');
      const events = await collect([dir]);
      expect(messagesOf(events).map((m) => m.envelope.format)).toEqual(['emlx']);
      expect(events.filter((e) => e.type === 'skipped-file')).toEqual([{ type: 'skipped-file', path: path.join(dir, 'numbers.txt'), reason: 'not-mail' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Outlook .msg', () => {
  it('rebuilds the message from the transport headers it kept, with its bodies and attachments', async () => {
    const file = at('outlook-gmail-dmarc-pass-amazon-co-jp.msg');
    const [m] = messagesOf(await collect([file]));
    expect(m!.envelope).toEqual({ format: 'outlook-msg', outlookTransportHeaders: true });
    expect(m!.location).toEqual({ file, index: 1, offset: 0 });
    const msg = await parseMessage(m!, parseHeaders(m!));
    const original = readFileSync(GENUINE_EML, 'latin1');
    // Every Received and Authentication-Results line of the original is there, in order.
    const fields = (text: string) => text.split(/\r?\n\r?\n/)[0]!.match(/^(?:Received|Authentication-Results):/gim);
    expect(fields(m!.bytes.toString('latin1'))).toEqual(fields(original));
    expect(msg.subject).toBe('ご注文商品を発送しました');
    expect(msg.attachments.map((a) => [a.filename, a.contentType])).toEqual([['receipt.txt', 'text/plain']]);
    expect(msg.text).toContain('ご注文の商品を発送しました。');
  });

  it('gives the verdict the same mail gets as .eml (genuine and phishing)', async () => {
    await expectSameAsEml('outlook-gmail-dmarc-pass-amazon-co-jp.msg', 'outlook-gmail-dmarc-fail-amazon-co-jp.msg');
  });

  it('without transport headers: never genuine, and the report says what the .msg cannot prove (en, ja)', async () => {
    const file = at('outlook-no-transport-headers-amazon-co-jp.msg');
    const [m] = messagesOf(await collect([file]));
    expect(m!.envelope).toEqual({ format: 'outlook-msg', outlookTransportHeaders: false });
    const header = m!.bytes.toString('utf8').split('\r\n\r\n')[0]!;
    expect(header).not.toMatch(/^(?:Received|Authentication-Results):/im);
    expect(header).toMatch(/^From: .*@amazon\.co\.jp>?$/m);
    for (const lang of ['en', 'ja'] as const) {
      const entry = (await scan([file], { lang })).messages[0]!;
      expect(entry.verdict).toBe('unverified');
      const copy = entry.findings.find((f) => f.code === 'auth.copy-without-delivery-headers');
      expect(copy?.evidence).toMatchObject({ savedAs: 'outlook-msg' });
      expect(copy?.message).toMatch(lang === 'en' ? /Outlook \.msg file did not keep the mail's transport headers/ : /Outlook の \.msg ファイルには、配信時に付く配送ヘッダー/);
    }
    // The same mail as .eml with its headers is genuine: only the lost headers make the difference.
    expect((await scan([GENUINE_EML], { lang: 'en' })).messages[0]!.verdict).toBe('genuine');
  });

  it('reports a damaged .msg with its location and the structure that is broken, without throwing', async () => {
    for (const [name, reason] of [
      ['damaged-outlook-cut-short.msg', /^a damaged Outlook \.msg file: .*outside the file/],
      ['damaged-outlook-directory-chain-loops.msg', /^a damaged Outlook \.msg file: the sector chain of the directory loops back/],
    ] as const) {
      const file = at(name);
      expect(await collect([file]), name).toEqual([{ type: 'message-error', location: { file, index: 1, offset: 0 }, reason: expect.stringMatching(reason) }]);
      const report = await scan([file], { lang: 'ja' });
      expect(report.messages[0]).toMatchObject({ verdict: 'error', location: { file, index: 1, offset: 0 } });
      // The JSON keeps the reason as the input stage wrote it; the human report words it in Japanese.
      expect(localizeReason(report.messages[0]!.error!, 'ja')).toMatch(/^壊れた Outlook の \.msg ファイルのため読み取れません（詳細: /);
    }
  });

  it('an Outlook item that is not a mail (a contact) or another Compound File is not mail', async () => {
    expect(readOutlookMsg(readFileSync(at('outlook-contact-not-a-message.msg')))).toEqual({
      kind: 'not-mail',
      reason: 'not mail: an Outlook item of class IPM.Contact, not a message',
    });
    const file = at('outlook-contact-not-a-message.msg');
    expect(await collect([file])).toEqual([{ type: 'input-error', path: file, reason: 'not mail: an Outlook item of class IPM.Contact, not a message' }]);
  });
});

describe('a folder with every format', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'amzcheck-formats-'));
    cpSync(at('apple-mail-store'), path.join(dir, 'Mail'), { recursive: true });
    copyFileSync(at('outlook-gmail-dmarc-fail-amazon-co-jp.msg'), path.join(dir, 'Your account.msg'));
    copyFileSync(at('outlook-contact-not-a-message.msg'), path.join(dir, 'contact.msg'));
    copyFileSync(at('damaged-outlook-directory-chain-loops.msg'), path.join(dir, 'broken.msg'));
    copyFileSync(GENUINE_EML, path.join(dir, 'order.eml'));
    copyFileSync(fileURLToPath(new URL('../../fixtures/input/apple-mail-export.mbox/mbox', import.meta.url)), path.join(dir, 'saved.txt'));
    writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
    writeFileSync(path.join(dir, 'empty.eml'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each mail by its content and accounts for every other file, as before for real non-mail', async () => {
    const events = await collect([dir]);
    const rel = (p: string) => path.relative(dir, p);
    expect(messagesOf(events).map((m) => [rel(m.location.file), m.envelope.format])).toEqual([
      [path.join('Mail/INBOX.mbox/2B1F4C1E-0000-4000-8000-000000000001/Data/Messages/1234.partial.emlx'), 'emlx'],
      [path.join('Mail/INBOX.mbox/2B1F4C1E-0000-4000-8000-000000000001/Data/Messages/1235.emlx'), 'emlx'],
      ['Your account.msg', 'outlook-msg'],
      ['order.eml', 'eml'],
      ['saved.txt', 'mbox'],
      ['saved.txt', 'mbox'],
    ]);
    expect(events.filter((e) => e.type === 'message-error').map((e) => e.type === 'message-error' && [rel(e.location.file), e.reason.split(':')[0]])).toEqual([
      ['broken.msg', 'a damaged Outlook .msg file'],
    ]);
    expect(events.filter((e) => e.type === 'skipped-file').map((e) => e.type === 'skipped-file' && [rel(e.path), e.reason])).toEqual([
      [path.join('Mail/INBOX.mbox/2B1F4C1E-0000-4000-8000-000000000001/Data/Attachments/1234/2/invoice.html'), 'apple-mail-attachment'],
      ['contact.msg', 'not-mail'],
      ['empty.eml', 'empty'],
      ['photo.jpg', 'not-mail'],
    ]);
    expect(events.filter((e) => e.type === 'input-error')).toEqual([]);
  });

  it('scans it: the phishing .msg is found, the damaged one is an error entry, skipped files are counted', async () => {
    const report = await scan([dir], { lang: 'en' });
    const byFile = Object.fromEntries(report.messages.map((m) => [`${path.relative(dir, m.location.file)}#${m.location.index}`, m.verdict]));
    expect(byFile['Your account.msg#1']).toBe('phishing');
    expect(byFile['broken.msg#1']).toBe('error');
    expect(byFile['order.eml#1']).toBe('genuine');
    expect(report.summary.skipped.files).toBe(4);
    expect(report.overall.status).not.toBe('clean');
  });
});
