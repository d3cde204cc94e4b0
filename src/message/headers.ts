/**
 * The header pass, run on every message of a mailbox: it must stay cheap. Only the fields MessageHeaders
 * names are decoded; all others are kept unfolded with their 8-bit bytes decoded.
 */
import type { RawMessage } from '../input/types.js';
import { bareAddress, parseAddresses } from './addresses.js';
import { decodeHeaderBytes } from './charset.js';
import { resolveMessageDate } from './dates.js';
import { parseDkimSignature } from './dkim.js';
import { decodeEncodedWordsOrKeep } from './encoded-words.js';
import { MessageParseError } from './errors.js';
import { parseGmailLabels } from './gmail-labels.js';
import { readHeaderBlock } from './header-block.js';
import type { HeaderField, MessageHeaders } from './types.js';

/** RFC 2047 encoded words decoded, including ISO-2022-JP split across words (libmime joins them first). */
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

/** Media type of a Content-Type value; RFC 2045 section 5.2 makes text/plain the default for a missing or broken one. */
function mediaType(value: string | null): string {
  if (value === null) return 'text/plain';
  const semi = value.indexOf(';');
  const type = (semi === -1 ? value : value.slice(0, semi)).trim().toLowerCase();
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : 'text/plain';
}

/**
 * Read the header block of a message. Throws MessageParseError only when there is not a single header field
 * (empty input, or bytes that are not mail).
 */
export function parseHeaders(raw: RawMessage): MessageHeaders {
  const block = readHeaderBlock(raw.bytes);
  if (block.fields.length === 0) {
    throw new MessageParseError(raw.bytes.length === 0 ? 'empty message' : 'no header fields at the start of the message');
  }
  const parseNotes = block.notes;
  // A plain-ASCII block decodes to itself, field by field (decodeHeaderBytes): one check instead of one a field.
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
