/**
 * Outlook .msg files (MS-OXMSG: a Compound File of MAPI properties), what classic Outlook saves and drags out,
 * read with @kenjiuno/msgreader (docs/sources.md#outlook-msg) and rebuilt as an RFC 5322 message for the
 * pipeline:
 *
 * - the header is the transport headers Outlook kept as it received the mail (PidTagTransportMessageHeaders:
 *   Received, Authentication-Results, DKIM-Signature, From... as the receiving server saw them), less the
 *   fields that describe the original body's MIME structure, which is rebuilt;
 * - without transport headers (a draft, a message composed or saved by a program, some Exchange exports) the
 *   header is made from the properties (From, To, Cc, Subject, Date, Message-ID) and the envelope says so:
 *   there is then nothing that shows how the mail was delivered, nor any authentication result to read;
 * - the body: the plain text (PidTagBody) and the HTML (PidTagHtml / PidTagBodyHtml) as UTF-8 parts, the
 *   attached files as base64 parts with their names and types, attached Outlook items rebuilt the same way
 *   as message/rfc822 parts.
 *
 * The body is rebuilt, not the bytes as sent: a DKIM signature over it cannot be re-verified (--online); the
 * receiver's results in the transport headers are what counts (docs/authentication.md).
 */
import { createRequire } from 'node:module';
import type { FieldsData } from '@kenjiuno/msgreader';
import { compoundFileProblem } from './compound-file.js';

export type OutlookMsgResult =
  | { kind: 'message'; bytes: Buffer; transportHeaders: boolean }
  /** A Compound File that is not an Outlook mail (a Word or Excel 97 document, an Outlook contact). */
  | { kind: 'not-mail'; reason: string }
  | { kind: 'damaged'; reason: string };

// A CommonJS package whose class is its `default` export: required as CommonJS, so that every loader (Node's
// ESM interop, a bundler, vitest) hands over the same module object.
const MsgReader = (createRequire(import.meta.url)('@kenjiuno/msgreader') as typeof import('@kenjiuno/msgreader')).default;
type MsgReader = InstanceType<typeof MsgReader>;

/** Attached messages are rebuilt to this depth; deeper ones are kept as .msg attachments. */
const MAX_NESTED = 3;
/** At most this many attachments of one message are rebuilt. */
const MAX_ATTACHMENTS = 100;

/** Header fields of the transport headers that describe the original body, which is replaced. */
const BODY_FIELDS = /^(?:content-type|content-transfer-encoding|content-length|content-disposition|content-id|content-description)$/i;

export function readOutlookMsg(bytes: Buffer): OutlookMsgResult {
  const problem = compoundFileProblem(bytes);
  if (problem) return { kind: 'damaged', reason: `a damaged Outlook .msg file: ${problem}` };
  let reader: MsgReader;
  let fields: FieldsData;
  try {
    reader = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    fields = reader.getFileData();
  } catch (error) {
    return { kind: 'damaged', reason: `a damaged Outlook .msg file: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (fields.error) return { kind: 'damaged', reason: `a damaged Outlook .msg file: ${fields.error}` };
  const messageClass = fields.messageClass ?? '';
  if (fields.dataType !== 'msg' || (messageClass !== '' && !/^(?:IPM\.Note|REPORT\.IPM\.Note)(?:\.|$)/i.test(messageClass))) {
    return {
      kind: 'not-mail',
      reason: messageClass
        ? `not mail: an Outlook item of class ${clean(messageClass).slice(0, 60)}, not a message`
        : 'not mail: a Compound File (an Office document?), not an Outlook message',
    };
  }
  try {
    const built = rebuild(reader, fields, 0);
    return { kind: 'message', bytes: Buffer.from(built.text, 'utf8'), transportHeaders: built.transportHeaders };
  } catch (error) {
    return { kind: 'damaged', reason: `a damaged Outlook .msg file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface Built {
  text: string;
  transportHeaders: boolean;
}

function rebuild(reader: MsgReader, fields: FieldsData, depth: number): Built {
  const transport = transportHeaderLines(fields.headers);
  const header = transport ?? headerFromProperties(fields);
  if (!header.some((l) => /^mime-version:/i.test(l))) header.push('MIME-Version: 1.0');
  const bodies: string[] = [];
  if (fields.body) bodies.push(textPart('text/plain', fields.body));
  const html = htmlOf(fields);
  if (html) bodies.push(textPart('text/html', html));
  const attachments = (fields.attachments ?? []).slice(0, MAX_ATTACHMENTS).flatMap((a) => attachmentPart(reader, a, depth));
  let body: string;
  if (bodies.length + attachments.length === 0) body = textPart('text/plain', '');
  else if (attachments.length === 0 && bodies.length === 1) body = bodies[0]!;
  else {
    const inner = bodies.length > 1 ? multipart('alternative', bodies, depth, 'a') : bodies;
    body = multipart('mixed', [...inner, ...attachments], depth, 'm')[0]!;
  }
  return { text: `${header.join('\r\n')}\r\n${body}`, transportHeaders: transport !== null };
}

/** The transport headers as header lines without the body's fields, or null when the .msg has none. */
function transportHeaderLines(headers: string | undefined): string[] | null {
  if (!headers || !/^[!-9;-~]+:/m.test(headers)) return null;
  const block = headers.replace(/\r\n|\r/g, '\n').split(/\n\n/)[0]!;
  const out: string[] = [];
  let keep = true;
  for (const line of block.split('\n')) {
    if (line === '') continue;
    if (/^[ \t]/.test(line)) {
      if (keep && out.length > 0) out.push(line);
      continue;
    }
    const name = /^([^:\s]+):/.exec(line)?.[1];
    keep = name !== undefined && !BODY_FIELDS.test(name);
    if (keep) out.push(line);
  }
  return out.some((l) => /^[^ \t]/.test(l)) ? out : null;
}

/** A header made from the message's properties, for a .msg without transport headers. */
function headerFromProperties(fields: FieldsData): string[] {
  const out: string[] = [];
  const fromAddress = smtpAddress(fields.sentRepresentingSmtpAddress) ?? smtpAddress(fields.senderSmtpAddress) ?? smtpAddress(fields.senderEmail);
  if (fields.senderName || fromAddress) out.push(`From: ${mailbox(fields.senderName, fromAddress)}`);
  for (const kind of ['to', 'cc'] as const) {
    const list = (fields.recipients ?? []).filter((r) => r.recipType === kind);
    if (list.length > 0) out.push(`${kind === 'to' ? 'To' : 'Cc'}: ${list.map((r) => mailbox(r.name, smtpAddress(r.smtpAddress) ?? smtpAddress(r.email))).join(', ')}`);
  }
  if (fields.subject !== undefined) out.push(`Subject: ${clean(fields.subject)}`);
  const date = dateOf(fields.clientSubmitTime) ?? dateOf(fields.messageDeliveryTime) ?? dateOf(fields.creationTime);
  if (date) out.push(`Date: ${date.toUTCString().replace('GMT', '+0000')}`);
  if (fields.messageId) out.push(`Message-ID: ${clean(fields.messageId)}`);
  return out;
}

function smtpAddress(value: string | undefined): string | null {
  const v = value?.trim();
  return v && /^[^\s@<>"]+@[^\s@<>"]+$/.test(v) ? v : null;
}

function mailbox(name: string | undefined, address: string | null): string {
  const display = name ? clean(name) : '';
  if (!address) return display ? `"${display.replace(/["\\]/g, '\\$&')}" <>` : '<>';
  if (!display || display === address) return `<${address}>`;
  return `"${display.replace(/["\\]/g, '\\$&')}" <${address}>`;
}

function dateOf(value: string | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A property value on one header line: no line breaks or other control characters. */
function clean(value: string): string {
  return value.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
}

/** The HTML body: PidTagBodyHtml as text, or PidTagHtml as bytes in the message's code page. */
function htmlOf(fields: FieldsData): string | null {
  if (fields.bodyHtml) return fields.bodyHtml;
  if (!fields.html || fields.html.length === 0) return null;
  const bytes = Buffer.from(fields.html);
  const codepage = fields.internetCodepage ?? fields.messageCodepage;
  // UTF-8 (65001) and ASCII are the usual; other code pages are named in a meta tag the HTML parse reads.
  return codepage === undefined || codepage === 65001 || codepage === 20127 ? bytes.toString('utf8') : bytes.toString('latin1');
}

function textPart(type: 'text/plain' | 'text/html', text: string): string {
  return `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(text, 'utf8'))}`;
}

function attachmentPart(reader: MsgReader, a: FieldsData, depth: number): string[] {
  const name = clean(a.fileName ?? a.fileNameShort ?? a.name ?? '').replace(/["\\]/g, '_');
  const disposition = `Content-Disposition: attachment${name ? `; filename="${name}"` : ''}`;
  if (a.innerMsgContent && a.innerMsgContentFields && depth < MAX_NESTED) {
    const inner = rebuild(reader, a.innerMsgContentFields, depth + 1);
    return [`Content-Type: message/rfc822\r\n${disposition}\r\n\r\n${inner.text}`];
  }
  let content: Uint8Array;
  try {
    content = reader.getAttachment(a).content;
  } catch {
    return []; // an attachment whose stream cannot be read: the rest of the message still can
  }
  const type = a.attachMimeTag && /^[\w.+-]+\/[\w.+-]+$/.test(a.attachMimeTag) ? a.attachMimeTag : 'application/octet-stream';
  return [`Content-Type: ${type}${name ? `; name="${name}"` : ''}\r\n${disposition}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(content))}`];
}

/** Parts joined under a boundary no part contains (base64 has no '=' followed by '_'). */
function multipart(subtype: 'mixed' | 'alternative', parts: string[], depth: number, tag: string): string[] {
  let boundary = `=_amzcheck_msg_${tag}${depth}`;
  for (let n = 0; parts.some((p) => p.includes(boundary)); n++) boundary = `=_amzcheck_msg_${tag}${depth}_${n}`;
  const body = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('');
  return [`Content-Type: multipart/${subtype}; boundary="${boundary}"\r\n\r\n${body}--${boundary}--\r\n`];
}

function base64Lines(bytes: Buffer): string {
  const text = bytes.toString('base64');
  let out = '';
  for (let i = 0; i < text.length; i += 76) out += `${text.slice(i, i + 76)}\r\n`;
  return out;
}
