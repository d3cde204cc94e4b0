/**
 * The cheap decision made for every message: can this mail concern Amazon at all? Only those messages get the
 * full MIME parse and the checks (docs/sources.md#design-notes: the header pass runs at ~730 MB/s, a full parse at
 * ~67 MB/s).
 *
 * It must never drop a message that matters (issue 9: default and --deep verdicts are equal, a test), so it
 * errs on the side of "yes": headers go through the same claim detector as the full analysis, and the body is
 * searched for the brand in every form and encoding we know, without a MIME parse: raw (7bit, 8bit and the
 * ASCII of quoted-printable), quoted-printable with its =XX forms, and decoded base64 of text parts; and in
 * what a reader sees of HTML that hides the brand from those (character references, hidden junk letters).
 */
import { isAscii } from 'node:buffer';
import type { RawMessage } from '../input/types.js';
import { headerBlockEnd } from '../input/header-block.js';
import type { MessageHeaders } from '../message/types.js';
import { headerClaims } from '../identity/index.js';
import { sniffContent, SNIFF_BASE64_CHARS, SNIFF_BASE64_SOURCE } from '../message/attachments/sniff.js';
import { decodeQuotedPrintableLikeLibqp } from '../message/light-parse.js';
import { BODY_NEEDLES_ASCII, BODY_NEEDLES_LATIN1, QP_NEEDLES_LATIN1 } from '../identity/brand-needles.js';
import { findAttachedMessages, looksLikeMail } from '../message/attached.js';
import { parseHeaders, readDamagedMail, MAX_ATTACHED_DEPTH } from '../message/index.js';

/**
 * True when the message may concern Amazon and must be analysed fully. `nesting`: 0 for a message of the
 * mailbox, 1 for a mail attached to it, and so on (the analysis judges attached mail as messages of their own,
 * src/pipeline/analyze.ts, and a carrier is at least what its attached mail is).
 */
export function mightConcernAmazon(raw: RawMessage, headers: MessageHeaders, nesting = 0): boolean {
  if (headerClaims(headers).related) return true;
  return searchBody(raw.bytes, true, headers.contentType.startsWith('multipart/') ? nesting : null);
}

/**
 * What the first pass decides for a message whose header pass ran: analyse it fully when its header pass
 * reached a limit (it did not see every header, so it cannot rule Amazon out) or when it may concern Amazon.
 */
export function firstPassSelects(raw: RawMessage, headers: MessageHeaders, nesting = 0): boolean {
  return headers.limitsReached.length > 0 || mightConcernAmazon(raw, headers, nesting);
}

/**
 * Whether one of the mails attached to this one (message/attached.ts) may concern Amazon, read as the analysis
 * reads them: damage repaired, then the same first pass, one level deeper. Only bodies that name a message type
 * or hold a base64 part that starts like a mail are walked (`gate`); the benchmark mailbox has none.
 */
function attachedMightMatter(bytes: Buffer, nesting: number): boolean {
  if (nesting >= MAX_ATTACHED_DEPTH) return false;
  for (const part of findAttachedMessages(bytes).parts) {
    const { bytes: repaired } = readDamagedMail(part.bytes);
    const raw: RawMessage = { bytes: repaired, location: ATTACHED_LOCATION, envelope: ATTACHED_ENVELOPE };
    let headers: MessageHeaders;
    try {
      headers = parseHeaders(raw);
    } catch {
      // Unreadable: an error entry, whose finding counts only in mail the rest of the first pass selects.
      continue;
    }
    if (firstPassSelects(raw, headers, nesting + 1)) return true;
  }
  return false;
}
const ATTACHED_LOCATION = { file: '', index: 0, offset: 0 };
const ATTACHED_ENVELOPE = { format: 'eml' as const };


/**
 * True when one of the base64 parts that are not text (their content offsets in `text`) holds a PDF, an HTML
 * page or an SVG, by its first bytes whatever its declared type (message/attachments/sniff.ts): their text
 * and links are read like the body's, so the mail goes to the full analysis as one whose body names Amazon
 * would (issue 21). Images are not: what they hold (QR codes) counts only in mail that its headers or text
 * already tie to Amazon, which the rest of the first pass selects.
 */
function holdsReadableDocument(text: string, binaryParts: readonly number[], mails?: { seen: boolean }): boolean {
  for (const start of binaryParts) {
    const encoded = text.slice(start, start + SNIFF_BASE64_SOURCE).replace(/[^A-Za-z0-9+/]/g, '');
    const decoded = decodeBase64(encoded.slice(0, SNIFF_BASE64_CHARS));
    const kind = sniffContent(decoded);
    if (kind === 'pdf' || kind === 'html' || kind === 'svg') return true;
    // A saved mail attached as application/octet-stream (message/attached.ts): noted for the attached walk.
    if (mails && kind === null && !mails.seen && looksLikeMail(decoded)) mails.seen = true;
  }
  return false;
}

/** bodyMightMatter's second half alone, for tests: does a base64 part that is not text hold a PDF, HTML or SVG? */
export function carriesReadableDocument(bytes: Buffer): boolean {
  if (bytes.length > MAX_SCAN) return true;
  const text = bytes.toString('latin1');
  const binaryParts: number[] = [];
  encodedTextParts(bytes, text, binaryParts);
  return holdsReadableDocument(text, binaryParts);
}

// A message larger than this is not searched: it goes to the full analysis, whose own limits are reported
// (message.not-fully-read). Searching only part of it could drop a mail that matters, and such large mails
// are rare (attachments), so the cost of analysing them is small.
const MAX_SCAN = 8 * 1024 * 1024;

/** Search the body, and the content of base64 / quoted-printable text parts, for brand needles. */
export function bodyMentionsBrand(bytes: Buffer): boolean {
  return searchBody(bytes, false, null);
}

/** bodyMentionsBrand, or a PDF, HTML or SVG attachment (holdsReadableDocument), found in one walk over the parts. */
export function bodyMightMatter(bytes: Buffer): boolean {
  return searchBody(bytes, true, null);
}

/**
 * `attachedAt`: the nesting of this message when its attached mails are to be searched too (a multipart
 * message), else null.
 */
function searchBody(bytes: Buffer, documents: boolean, attachedAt: number | null): boolean {
  if (bytes.length > MAX_SCAN) return true;
  const text = bytes.toString('latin1');
  // The top-level headers were judged by the claim detector; base64 there would be noise (DKIM b=, ARC).
  const bodyStart = headerBlockEnd(bytes);
  if (bodyStart < 0) return false;
  const binaryParts: number[] | undefined = documents ? [] : undefined;
  const facts: PartFacts = { holdsMail: false };
  const parts = encodedTextParts(bytes, text, binaryParts, facts);
  if (isAscii(bytes.subarray(bodyStart))) {
    if (asciiBodyOutsideQuotedPrintable(text, bodyStart, parts)) return true;
  } else if (BODY_NEEDLES_LATIN1.test(bodyStart === 0 ? text : text.slice(bodyStart))) return true;
  // A base64 part is decoded once for both searches (the needles and the markup), a quoted-printable one
  // searched encoded for the needles (QP_NEEDLES_LATIN1) and decoded only for the markup, below.
  for (const part of parts) if (encodedPartMentionsBrand(text, part)) return true;
  // What a reader sees of HTML can hold the brand where the bytes do not: written as character references
  // (&#65;mazon), or cut by hidden junk (A<span style="font-size:0">XQ7</span>mazon). The full parse reads
  // both (its text is what a reader sees), so the first pass must too; only bodies with such markup pay.
  if (markupMentionsBrand(bodyStart === 0 ? text : text.slice(bodyStart))) return true;
  for (const part of parts) if (part.encoding === 'quoted-printable' && markupMentionsBrand(decodedQuotedPrintable(bytes, part))) return true;
  if (binaryParts === undefined) return false;
  const mails = { seen: false };
  if (holdsReadableDocument(text, binaryParts, attachedAt === null ? undefined : mails)) return true;
  // Mail attached to this mail is judged as a message of its own, and the carrier is at least what it is: a
  // part typed as a mail, a digest, or a base64 part that starts like one sends the first pass into them.
  if (attachedAt === null || !(facts.holdsMail || mails.seen)) return false;
  return attachedMightMatter(bytes, attachedAt);
}

/**
 * True when `latin1` may hold markup that hides the brand from the byte search: a numeric character reference
 * ("&#"), or a style that hides an element (font-size:0, display:none, visibility:hidden, mso-hide:all). Every
 * body goes through this, so it looks for the cheap part first: each ":" (with a hiding value after it) and
 * then the property before it; one case-insensitive regular expression with the four alternatives took five
 * times as long on the benchmark mailbox (60 MB: ~130 -> ~30 ms). It is only a gate: HIDDEN_STYLE decides.
 */
export function mayHideBrand(latin1: string): boolean {
  if (latin1.includes('&#')) return true;
  for (let colon = latin1.indexOf(':'); colon >= 0; colon = latin1.indexOf(':', colon + 1)) {
    HIDING_VALUE.lastIndex = colon + 1;
    if (HIDING_VALUE.test(latin1) && HIDING_PROPERTY.test(latin1.slice(Math.max(0, colon - 16), colon))) return true;
  }
  return false;
}
const HIDING_VALUE = /\s{0,3}(?:0|none|hidden|all)/iy;
const HIDING_PROPERTY = /(?:font-size|display|visibility|mso-hide)\s{0,3}$/i;
/**
 * An element with only text inside (its attributes in group 2): removed when its style hides it, which puts
 * junk between the letters of a word. Every quantifier is bounded and none is nested; each try stops at the
 * next "<", so the search is linear.
 */
const TEXT_ELEMENT = /<([a-z][a-z0-9]{0,9})\b([^<>]{0,2000})>[^<]{0,400}<\/\1\s{0,3}>/gi;
const HIDDEN_STYLE = /font-size:\s{0,3}0(?![.0-9]{0,8}[1-9])|display:\s{0,3}none|visibility:\s{0,3}hidden|mso-hide:\s{0,3}all/i;
const TAG = /<[^<>]{0,2000}>/g;
const NUMERIC_REFERENCE = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi;

/**
 * The brand in what a reader sees of `latin1` (bytes as latin1, UTF-8 or another charset): hidden elements and
 * tags removed, numeric character references replaced by the UTF-8 bytes of their character, then the byte
 * needles. Text without such markup is not searched again (the needles already saw it).
 */
export function markupMentionsBrand(latin1: string): boolean {
  if (!mayHideBrand(latin1)) return false;
  const seen = latin1
    .replace(TEXT_ELEMENT, (element: string, _name: string, attributes: string) => (HIDDEN_STYLE.test(attributes) ? '' : element))
    .replace(TAG, '')
    .replace(NUMERIC_REFERENCE, (ref: string, hex: string | undefined, dec: string | undefined) => {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? Buffer.from(String.fromCodePoint(code), 'utf8').toString('latin1') : ref;
    });
  return BODY_NEEDLES_LATIN1.test(seen);
}

/**
 * The decoded bytes of a quoted-printable text part, as latin1, as the full parse decodes them (like libqp).
 * Every such part of every message comes here, so the decoder writes into the reused scratch buffer: a string-replace decoder of quoted-printable made the first pass 3.6x slower on the
 * benchmark mailbox (60 MB: 270 -> 971 ms), this one adds ~10%.
 */
function decodedQuotedPrintable(bytes: Buffer, part: EncodedPart): string {
  const encoded = bytes.subarray(part.start, part.end);
  if (encoded.length > SCRATCH_BYTES) return decodeQuotedPrintableLikeLibqp(encoded).toString('latin1');
  scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
  return decodeQuotedPrintableLikeLibqp(encoded, scratch).toString('latin1');
}

/**
 * BODY_NEEDLES_ASCII on an ASCII body, without the content of the quoted-printable text parts, which
 * encodedPartMentionsBrand searches anyway (on a QP-heavy mailbox that is a third of the body text). The
 * answer of the whole search is the same: no ASCII needle holds "=", CR or LF, so a match cannot straddle
 * the edge of such a part (its content starts after a line break and ends at one or at the end of the
 * text) and survives the removal of soft line breaks ("=" LF or "=" CR LF) inside it, and every ASCII
 * needle is also one of QP_NEEDLES_LATIN1. test/pipeline/prefilter-fast.test.ts compares with the plain search.
 */
function asciiBodyOutsideQuotedPrintable(text: string, bodyStart: number, parts: readonly EncodedPart[]): boolean {
  let from = bodyStart;
  for (const part of parts) {
    if (part.encoding !== 'quoted-printable') continue;
    if (part.start > from && BODY_NEEDLES_ASCII.test(text.slice(from, part.start))) return true;
    from = part.end;
  }
  return BODY_NEEDLES_ASCII.test(from === 0 ? text : text.slice(from));
}

// The value may be folded onto the next line ("Content-Transfer-Encoding:" CRLF " base64"), as the full parse reads it.
// The second alternative finds the Content-Type of a part that holds a mail (message/attached.ts) in the same
// pass: a separate search of every multipart body cost as much as this one.
const CTE = /^content-(?:transfer-encoding:[ \t]*(?:\r?\n[ \t]+)?(base64|quoted-printable)[ \t]*\r?$|type[ \t]*:[ \t]*(?:\r?\n[ \t]+)?(?:message\/(?:rfc822|global)|multipart\/digest))/gim;
/** The types whose parts hold a mail (message/attached.ts). */
const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);
const CONTENT_TYPE = /content-type:[ \t]*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)/gi;

/** The encoded content of a text part: text.slice(start, end), from after its header to the next boundary line. */
interface EncodedPart {
  encoding: 'base64' | 'quoted-printable';
  start: number;
  end: number;
}

/** Set by encodedTextParts: a part's Content-Type says it holds a mail, or the body is a digest. */
interface PartFacts {
  holdsMail: boolean;
}

/** The base64 and quoted-printable parts whose content can carry the words, in order (`text` is `bytes` as latin1). */
function encodedTextParts(bytes: Buffer, text: string, binaryParts?: number[], facts?: PartFacts): EncodedPart[] {
  const parts: EncodedPart[] = [];
  CTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CTE.exec(text)) !== null) {
    if (m[1] === undefined) {
      // A Content-Type of a mail (or a digest) above the top header's end: only the body's count.
      if (facts) facts.holdsMail = true;
      continue;
    }
    const bodyStart = headerEnd(bytes, m.index);
    if (bodyStart < 0) break;
    let end = text.indexOf('\n--', bodyStart);
    if (end === -1) end = text.length;
    CTE.lastIndex = end;
    // Only text parts can carry the words: binary attachments are skipped, not decoded.
    const type = partType(bytes, text, m.index);
    // The Content-Type may follow the CTE line, which the skip above passes over.
    if (facts && MESSAGE_TYPES.has(type)) facts.holdsMail = true;
    if (!type.startsWith('text/') && type !== 'message/rfc822') {
      // With `binaryParts`: the content offsets of the base64 parts that are not text.
      if (binaryParts && m[1]!.length === 6) binaryParts.push(bodyStart);
      continue;
    }
    parts.push({ encoding: m[1]!.toLowerCase() === 'base64' ? 'base64' : 'quoted-printable', start: bodyStart, end });
  }
  return parts;
}

function encodedPartMentionsBrand(text: string, part: EncodedPart): boolean {
  const encoded = text.slice(part.start, part.end);
  return part.encoding === 'base64' ? base64MentionsBrand(encoded) : QP_NEEDLES_LATIN1.test(encoded.replace(/=\r?\n/g, ''));
}

/** The brand needles to search these bytes (as latin1 text) with: the cheaper ASCII set gives the same answer on ASCII. */
function bodyNeedlesFor(bytes: Uint8Array): RegExp {
  return isAscii(bytes) ? BODY_NEEDLES_ASCII : BODY_NEEDLES_LATIN1;
}

/** The brand in a base64 text part: in its decoded bytes or in what a reader sees of them (markupMentionsBrand). */
function base64MentionsBrand(encoded: string): boolean {
  const decoded = decodeBase64(encoded);
  const latin1 = decoded.toString('latin1');
  return bodyNeedlesFor(decoded).test(latin1) || markupMentionsBrand(latin1);
}

// Base64 text parts are decoded into one reused buffer instead of a new one each (Buffer.from allocates an
// ArrayBuffer outside the heap for anything above 4 KiB, which adds to the collector's work on every
// message). Parts larger than it still get their own buffer, so it never holds more than this.
const SCRATCH_BYTES = 256 * 1024;
let scratch: Buffer | null = null;

/**
 * The bytes of base64 text, as Buffer.from(encoded, 'base64') gives them: that function sizes a buffer with
 * Buffer.byteLength(encoded, 'base64'), writes the decoded bytes into it with the same decoder as
 * Buffer#write and keeps the bytes written; here the buffer is the scratch one when it is large enough.
 * The result is only valid until the next call. Test: test/pipeline/prefilter-fast.test.ts.
 */
export function decodeBase64(encoded: string): Buffer {
  const room = Buffer.byteLength(encoded, 'base64');
  if (room > SCRATCH_BYTES) return Buffer.from(encoded, 'base64');
  scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
  return scratch.subarray(0, scratch.write(encoded, 0, room, 'base64'));
}

/** The Content-Type of the part whose header holds the CTE line at `at`: the nearest one above it, in the same header block. */
function partType(bytes: Buffer, text: string, at: number): string {
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
    const end = headerEnd(bytes, at);
    const below = text.slice(at, end < 0 ? at + 1024 : Math.min(end, at + 1024));
    CONTENT_TYPE.lastIndex = 0;
    const n = CONTENT_TYPE.exec(below);
    type = n ? n[1]!.toLowerCase() : 'text/plain'; // RFC 2045: no Content-Type means text/plain
  }
  return type;
}

/** Index just after the blank line that ends the header block starting at `from` (input/header-block.ts), or -1. */
function headerEnd(bytes: Buffer, from: number): number {
  const end = headerBlockEnd(bytes.subarray(from));
  return end < 0 ? -1 : from + end;
}
