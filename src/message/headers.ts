/**
 * The header pass, run on every message of a mailbox: it must stay cheap. Only the fields MessageHeaders
 * names are read and decoded; the list of all fields (`headers`, which only the full analysis reads) is
 * split when first read.
 */
import type { RawMessage } from '../input/types.js';
import { bareAddress, parseAddresses } from './addresses.js';
import { decodeHeaderBytes } from './charset.js';
import { resolveMessageDate } from './dates.js';
import { parseDkimSignature } from './dkim.js';
import { decodeEncodedWordsOrKeep } from './encoded-words.js';
import { MessageParseError } from './errors.js';
import { parseGmailLabels } from './gmail-labels.js';
import { pickFields, readHeaderBlockText, skippedLinesNote, splitFields, wantedNames, type RawHeaderField } from './header-block.js';
import type { MessageLimit } from './limits.js';
import type { Address, DkimSignature, HeaderField, MessageDate, MessageHeaders } from './types.js';

/** RFC 2047 encoded words decoded, including ISO-2022-JP split across words (libmime joins them first). */
const decodeWords = decodeEncodedWordsOrKeep;

/** Media type of a Content-Type value; RFC 2045 section 5.2 makes text/plain the default for a missing or broken one. */
function mediaType(value: string | null): string {
  if (value === null) return 'text/plain';
  const semi = value.indexOf(';');
  const type = (semi === -1 ? value : value.slice(0, semi)).trim().toLowerCase();
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : 'text/plain';
}

// The fields the header pass reads, by their index in this list.
const FROM = 0;
const REPLY_TO = 1;
const SENDER = 2;
const TO = 3;
const DELIVERED_TO = 4;
const X_ORIGINAL_TO = 5;
const RETURN_PATH = 6;
const MESSAGE_ID = 7;
const DATE = 8;
const RECEIVED = 9;
const DKIM_SIGNATURE = 10;
const X_GMAIL_LABELS = 11;
const SUBJECT = 12;
const CONTENT_TYPE = 13;
const READ_NAMES = [
  'from', 'reply-to', 'sender', 'to', 'delivered-to', 'x-original-to', 'return-path', 'message-id', 'date', 'received',
  'dkim-signature', 'x-gmail-labels', 'subject', 'content-type',
];
const READ_BY_LENGTH = wantedNames(READ_NAMES);
const READ_ID = new Map(READ_NAMES.map((name, id) => [name, id]));

/** Charset-decoded fields: a plain-ASCII block decodes to itself, field by field (decodeHeaderBytes). */
function decodedFields(fields: RawHeaderField[], plainAscii: boolean): HeaderField[] {
  return plainAscii ? fields : fields.map((f) => ({ name: f.name, value: decodeHeaderBytes(f.value) }));
}

/**
 * `headers` is an own, enumerable accessor, so the object still behaves as the plain MessageHeaders it
 * replaces (a spread copies the field list, keys in the same order: test/message/parse-message.test.ts), while
 * the fields are split only when someone reads it. One descriptor with one getter for every object: V8 then
 * keeps a single fast map for them (about 0.15 µs an object), where a getter in an object literal makes each
 * object a dictionary with a closure of its own (about 0.8 µs, and slower reads after).
 */
class HeaderPass implements MessageHeaders {
  // Declared, not initialised: the constructor defines them, `headers` first, in the order of MessageHeaders.
  declare headers: HeaderField[];
  declare subject: string;
  declare fromHeader: string | null;
  declare from: Address[];
  declare replyTo: Address[];
  declare sender: Address[];
  declare to: Address[];
  declare deliveredTo: string[];
  declare returnPath: string | null;
  declare messageId: string | null;
  declare date: MessageDate;
  declare dkimSignatures: DkimSignature[];
  declare gmailLabels: string[] | null;
  declare contentType: string;
  declare parseNotes: string[];
  declare limitsReached: MessageLimit[];
  /** The header block as latin1 text, and whether it is plain ASCII: what the field list is split from. */
  #block: string;
  #plainAscii: boolean;
  #fields: HeaderField[] | null;

  static readonly #fieldList: PropertyDescriptor = {
    get(this: HeaderPass): HeaderField[] {
      // Within pickFields' bounds splitFields reaches no limit, so its notes and limits are the ones the
      // header pass already has.
      return (this.#fields ??= decodedFields(splitFields(this.#block), this.#plainAscii));
    },
    set(this: HeaderPass, fields: HeaderField[]) {
      this.#fields = fields;
    },
    enumerable: true,
    configurable: true,
  };

  constructor(block: string, plainAscii: boolean, fields: HeaderField[] | null, read: FieldsRead, raw: RawMessage, notes: string[], limits: MessageLimit[]) {
    this.#block = block;
    this.#plainAscii = plainAscii;
    this.#fields = fields;
    Object.defineProperty(this, 'headers', HeaderPass.#fieldList);
    if (read.from.length > 1) notes.push(`${read.from.length} From header fields (RFC 5322 allows one)`);
    const dkimSignatures: DkimSignature[] = [];
    for (const v of read.dkim) {
      const sig = parseDkimSignature(v);
      if (sig) dkimSignatures.push(sig);
      else notes.push('a DKIM-Signature without d= or s= was ignored');
    }
    // The properties in the order of the object literal this class replaced (the order of MessageHeaders).
    this.subject = decodeWords(read.subject ?? '');
    this.fromHeader = read.from.length > 0 ? decodeWords(read.from[0]) : null;
    this.from = parseAddresses(read.from);
    this.replyTo = parseAddresses(read.replyTo);
    this.sender = parseAddresses(read.sender);
    this.to = parseAddresses(read.to);
    this.deliveredTo = read.deliveredTo;
    this.returnPath = read.returnPath === null ? null : bareAddress(read.returnPath);
    this.messageId = read.messageId === null ? null : read.messageId.trim() || null;
    this.date = resolveMessageDate(read.date, read.received, raw.envelope.fromLineDate);
    this.dkimSignatures = dkimSignatures;
    this.gmailLabels = read.labels === null ? null : parseGmailLabels(read.labels);
    this.contentType = mediaType(read.contentType);
    this.parseNotes = notes;
    this.limitsReached = limits;
  }
}

/** The values of the fields the header pass reads, charset-decoded: every one of a repeated field, or the first. */
interface FieldsRead {
  from: string[];
  replyTo: string[];
  sender: string[];
  to: string[];
  /** Delivered-To and X-Original-To addresses, lower-cased, each once, in block order. */
  deliveredTo: string[];
  returnPath: string | null;
  messageId: string | null;
  date: string | null;
  received: string[];
  dkim: string[];
  labels: string | null;
  subject: string | null;
  contentType: string | null;
}

function readFields(ids: readonly number[], values: readonly string[], decode: boolean): FieldsRead {
  const read: FieldsRead = {
    from: [], replyTo: [], sender: [], to: [], deliveredTo: [], returnPath: null, messageId: null, date: null,
    received: [], dkim: [], labels: null, subject: null, contentType: null,
  };
  for (let k = 0; k < ids.length; k++) {
    const value = decode ? decodeHeaderBytes(values[k]) : values[k];
    switch (ids[k]) {
      case FROM: read.from.push(value); break;
      case REPLY_TO: read.replyTo.push(value); break;
      case SENDER: read.sender.push(value); break;
      case TO: read.to.push(value); break;
      case DELIVERED_TO:
      case X_ORIGINAL_TO: {
        const a = bareAddress(value).toLowerCase();
        if (a && !read.deliveredTo.includes(a)) read.deliveredTo.push(a);
        break;
      }
      case RETURN_PATH: read.returnPath ??= value; break;
      case MESSAGE_ID: read.messageId ??= value; break;
      case DATE: read.date ??= value; break;
      case RECEIVED: read.received.push(value); break;
      case DKIM_SIGNATURE: read.dkim.push(value); break;
      case X_GMAIL_LABELS: read.labels ??= value; break;
      case SUBJECT: read.subject ??= value; break;
      case CONTENT_TYPE: read.contentType ??= value; break;
    }
  }
  return read;
}

/**
 * Read the header block of a message. Throws MessageParseError only when there is not a single header field
 * (empty input, or bytes that are not mail).
 */
export function parseHeaders(raw: RawMessage): MessageHeaders {
  const block = readHeaderBlockText(raw.bytes);
  const picked = pickFields(block.text, READ_BY_LENGTH);
  if (picked !== null) {
    if (!picked.anyField) throw noFields(raw);
    if (picked.skipped > 0) block.notes.push(skippedLinesNote(picked.skipped));
    const read = readFields(picked.ids, picked.values, !block.plainAscii);
    return new HeaderPass(block.text, block.plainAscii, null, read, raw, block.notes, block.limits);
  }
  // A block that may reach a limit of the field split (rare: 64 KiB of header, or 1,000 fields) is split whole,
  // which writes the notes and limits of what it cut.
  const fields = decodedFields(splitFields(block.text, block.notes, block.limits), block.plainAscii);
  if (fields.length === 0) throw noFields(raw);
  const ids: number[] = [];
  const values: string[] = [];
  for (const f of fields) {
    const id = READ_ID.get(f.name);
    if (id === undefined) continue;
    ids.push(id);
    values.push(f.value);
  }
  return new HeaderPass(block.text, block.plainAscii, fields, readFields(ids, values, false), raw, block.notes, block.limits);
}

function noFields(raw: RawMessage): MessageParseError {
  return new MessageParseError(raw.bytes.length === 0 ? 'empty message' : 'no header fields at the start of the message');
}
