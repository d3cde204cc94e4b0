#!/usr/bin/env node
/**
 * Writes fixtures/formats/: Outlook .msg and Apple Mail .emlx files made from the project's own .eml fixtures,
 * so that a test can compare what amzcheck says about the same mail in each format.
 *
 * The .msg files are Compound Files (MS-CFB) written with the burner of @kenjiuno/msgreader (the library that
 * reads them), holding the MAPI properties Outlook writes for a received mail (MS-OXMSG 2.1 - 2.4): the
 * message class, subject, sender, recipients, submit time, Message-ID, the plain and HTML bodies, attachments,
 * and PidTagTransportMessageHeaders (the header block as received) unless a fixture is meant to lack it.
 * The .emlx files follow Apple Mail's layout: the length line, the message, the property list.
 *
 *   node scripts/gen-format-fixtures.mjs
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { burn } from '@kenjiuno/msgreader/lib/Burner.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'fixtures', 'formats');
const ROOT = 5;
const DIRECTORY = 1;
const DOCUMENT = 2;

// PT_* property types (MS-OXCDATA 2.11.1).
const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_SYSTIME = 0x0040;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;

const utf16 = (s) => Buffer.from(`${s}`, 'utf16le');

/** A property: id, type, value (string, Buffer, number, Date, boolean). */
const prop = (id, type, value) => ({ id, type, value });

/**
 * The streams of one property object (message, recipient, attachment): a __substg1.0_ stream per variable
 * property, and __properties_version1.0 with every property (MS-OXMSG 2.4), `headerBytes` of header first.
 */
function propertyStreams(props, headerBytes, counts = {}) {
  const streams = [];
  const entries = [];
  for (const p of props) {
    const tag = ((p.id << 16) | p.type) >>> 0;
    const entry = Buffer.alloc(16);
    entry.writeUInt32LE(tag, 0);
    entry.writeUInt32LE(0x6, 4); // readable, writable
    if (p.type === PT_UNICODE || p.type === PT_BINARY) {
      const data = p.type === PT_UNICODE ? utf16(p.value) : Buffer.from(p.value);
      const name = `__substg1.0_${tag.toString(16).toUpperCase().padStart(8, '0')}`;
      streams.push({ name, data });
      entry.writeUInt32LE(data.length + (p.type === PT_UNICODE ? 2 : 0), 8);
    } else if (p.type === PT_SYSTIME) {
      // FILETIME: 100 ns intervals since 1601-01-01.
      const ft = BigInt(p.value.getTime()) * 10000n + 116444736000000000n;
      entry.writeBigUInt64LE(ft, 8);
    } else if (p.type === PT_LONG) entry.writeInt32LE(p.value, 8);
    else if (p.type === PT_BOOLEAN) entry.writeUInt16LE(p.value ? 1 : 0, 8);
    entries.push(entry);
  }
  const header = Buffer.alloc(headerBytes);
  if (headerBytes >= 24) {
    header.writeUInt32LE(counts.recipients ?? 0, 8);
    header.writeUInt32LE(counts.attachments ?? 0, 12);
    header.writeUInt32LE(counts.recipients ?? 0, 16);
    header.writeUInt32LE(counts.attachments ?? 0, 20);
  }
  streams.push({ name: '__properties_version1.0', data: Buffer.concat([header, ...entries]) });
  return streams;
}

/** A Compound File from a tree of { name, children } storages and { name, data } streams. */
function compoundFile(children) {
  const entries = [{ name: 'Root Entry', type: ROOT, length: 0, children: [] }];
  const add = (node) => {
    const index = entries.length;
    if (node.children) {
      const entry = { name: node.name, type: DIRECTORY, length: 0, children: [] };
      entries.push(entry);
      for (const c of node.children) entry.children.push(add(c));
    } else {
      const data = node.data;
      // A copy that owns its ArrayBuffer: the burner reads `.buffer` from offset 0, and small Buffers share a pool.
      entries.push({ name: node.name, type: DOCUMENT, length: data.length, binaryProvider: () => new Uint8Array(data) });
    }
    return index;
  };
  for (const c of children) entries[0].children.push(add(c));
  return Buffer.from(burn(entries));
}

const hex8 = (n) => n.toString(16).toUpperCase().padStart(8, '0');

/** The storages and streams of an Outlook mail item made from a parsed .eml. */
function msgItem(parsed, headerBlock, { transportHeaders = true, messageClass = 'IPM.Note', topLevel = true } = {}) {
  const from = parsed.from?.value?.[0] ?? {};
  const props = [
    prop(0x001a, PT_UNICODE, messageClass),
    prop(0x0037, PT_UNICODE, parsed.subject ?? ''),
    prop(0x0c1a, PT_UNICODE, from.name || from.address || ''),
    prop(0x0c1e, PT_UNICODE, 'SMTP'),
    prop(0x0c1f, PT_UNICODE, from.address ?? ''),
    prop(0x5d01, PT_UNICODE, from.address ?? ''),
    prop(0x5d02, PT_UNICODE, from.address ?? ''),
    prop(0x3fde, PT_LONG, 65001),
  ];
  if (parsed.date) props.push(prop(0x0039, PT_SYSTIME, parsed.date), prop(0x0e06, PT_SYSTIME, parsed.date));
  if (parsed.messageId) props.push(prop(0x1035, PT_UNICODE, parsed.messageId));
  if (parsed.text) props.push(prop(0x1000, PT_UNICODE, parsed.text));
  if (parsed.html) props.push(prop(0x1013, PT_BINARY, Buffer.from(parsed.html, 'utf8')));
  if (transportHeaders) props.push(prop(0x007d, PT_UNICODE, headerBlock));
  const recipients = [];
  for (const [type, list] of [
    [1, parsed.to?.value ?? []],
    [2, parsed.cc?.value ?? []],
  ]) {
    for (const r of list) {
      recipients.push({
        name: `__recip_version1.0_#${hex8(recipients.length)}`,
        children: propertyStreams(
          [
            prop(0x0c15, PT_LONG, type),
            prop(0x3001, PT_UNICODE, r.name || r.address),
            prop(0x3002, PT_UNICODE, 'SMTP'),
            prop(0x3003, PT_UNICODE, r.address),
            prop(0x39fe, PT_UNICODE, r.address),
          ],
          8,
        ),
      });
    }
  }
  const attachments = (parsed.attachments ?? []).map((a, i) => ({
    name: `__attach_version1.0_#${hex8(i)}`,
    children: propertyStreams(
      [
        prop(0x3705, PT_LONG, 1), // ATTACH_BY_VALUE
        prop(0x3707, PT_UNICODE, a.filename ?? `attachment-${i + 1}`),
        prop(0x3704, PT_UNICODE, a.filename ?? `attachment-${i + 1}`),
        prop(0x3703, PT_UNICODE, path.extname(a.filename ?? '')),
        prop(0x370e, PT_UNICODE, a.contentType),
        prop(0x3701, PT_BINARY, a.content),
      ],
      8,
    ),
  }));
  return [...propertyStreams(props, topLevel ? 32 : 24, { recipients: recipients.length, attachments: attachments.length }), ...recipients, ...attachments];
}

async function fromEml(file) {
  const bytes = readFileSync(path.join(root, file));
  const end = bytes.indexOf('\n\n') >= 0 ? bytes.indexOf('\n\n') + 1 : bytes.indexOf('\r\n\r\n') + 2;
  return { bytes, headerBlock: bytes.subarray(0, end).toString('utf8'), parsed: await simpleParser(bytes) };
}

/** An .emlx file: the length line, the message with LF line ends (as Apple Mail stores it), the property list. */
function emlx(message, lengthOverride) {
  const lf = Buffer.from(message.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
  const plist =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
    '<plist version="1.0">\n<dict>\n\t<key>date-received</key>\n\t<integer>1795543202</integer>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n';
  return Buffer.concat([Buffer.from(`${lengthOverride ?? lf.length}      \n`), lf, Buffer.from(plist)]);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const write = (name, data) => {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  writeFileSync(path.join(out, name), data);
};

const genuine = await fromEml('fixtures/auth/gmail-dmarc-pass-amazon-co-jp.eml');
const phishing = await fromEml('fixtures/auth/gmail-dmarc-fail-amazon-co-jp-with-forged-lower-results.eml');
const withReceipt = { ...genuine.parsed, attachments: [{ filename: 'receipt.txt', contentType: 'text/plain', content: Buffer.from('Order #249-1234567-1234567\n') }] };

write('outlook-gmail-dmarc-pass-amazon-co-jp.msg', compoundFile(msgItem(withReceipt, genuine.headerBlock)));
write('outlook-no-transport-headers-amazon-co-jp.msg', compoundFile(msgItem(genuine.parsed, genuine.headerBlock, { transportHeaders: false })));
write('outlook-gmail-dmarc-fail-amazon-co-jp.msg', compoundFile(msgItem(phishing.parsed, phishing.headerBlock)));
// An Outlook contact card: a .msg that is not mail.
write('outlook-contact-not-a-message.msg', compoundFile(propertyStreams([prop(0x001a, PT_UNICODE, 'IPM.Contact'), prop(0x3001, PT_UNICODE, 'Hanako Yamada')], 32)));

// Damaged .msg files: cut in the middle, and a directory sector chain that loops back on itself.
const good = readFileSync(path.join(out, 'outlook-gmail-dmarc-pass-amazon-co-jp.msg'));
write('damaged-outlook-cut-short.msg', good.subarray(0, 1536));
const looping = Buffer.from(good);
{
  const dirStart = looping.readInt32LE(0x30);
  const fatSector = looping.readInt32LE(0x4c);
  looping.writeInt32LE(dirStart, (fatSector + 1) * 512 + 4 * dirStart); // the directory's next sector is itself
}
write('damaged-outlook-directory-chain-loops.msg', looping);

write('apple-mail-gmail-dmarc-pass-amazon-co-jp.emlx', emlx(genuine.bytes));
write('apple-mail-gmail-dmarc-fail-amazon-co-jp.emlx', emlx(phishing.bytes));
write('damaged-apple-mail-length-beyond-end.emlx', emlx(genuine.bytes, genuine.bytes.length + 5000));

// A .partial.emlx as Apple Mail keeps it: two attachments left out of the file, one of them downloaded into
// Attachments/<message>/<part>/, the other not.
const partialMessage = [
  'Received: from mail.example.net (mail.example.net [192.0.2.10]) by mx.example.org; Mon, 23 Nov 2026 10:00:02 +0000',
  'From: Hanako <hanako@example.net>',
  'To: taro@example.org',
  'Subject: Photos and the invoice',
  'Date: Mon, 23 Nov 2026 10:00:00 +0000',
  'Message-ID: <partial-1@example.net>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Here are the photos and the invoice.',
  '--b1',
  'Content-Type: text/html; charset=utf-8; name="invoice.html"',
  'Content-Disposition: attachment; filename="invoice.html"',
  'Content-Transfer-Encoding: base64',
  'X-Apple-Content-Length: 120',
  '',
  '',
  '--b1',
  'Content-Type: application/pdf; name="photos.pdf"',
  'Content-Disposition: attachment; filename="photos.pdf"',
  'Content-Transfer-Encoding: base64',
  'X-Apple-Content-Length: 52000',
  '',
  '',
  '--b1--',
  '',
].join('\n');
const store = 'apple-mail-store/INBOX.mbox/2B1F4C1E-0000-4000-8000-000000000001/Data';
write(`${store}/Messages/1234.partial.emlx`, emlx(Buffer.from(partialMessage)));
write(`${store}/Attachments/1234/2/invoice.html`, '<html><body><p>Invoice 2026-11 <a href="https://example.net/invoice/2026-11">view</a></p></body></html>\n');
write(`${store}/Messages/1235.emlx`, emlx(genuine.bytes));

console.log(`wrote ${out}`);
