/**
 * The full parse without mailparser: what `simpleParser` (with parse.ts's fast options) returns as `text`,
 * `html` and `attachments`, computed from one pass of the light MIME walker over the message buffer. mailparser
 * streams every message through @zone-eu/mailsplit, libqp/libbase64 stream decoders and libmime decode
 * streams (about 70% of the parse time of a candidate); this reads the same structure with Buffer.indexOf and
 * decodes each part once.
 *
 * It reproduces mailparser 3.14 / mailsplit rule by rule (each rule names its origin below), and returns null,
 * so that parse.ts asks mailparser itself, for every shape whose handling it does not reproduce:
 * - message/rfc822 parts that mailsplit parses as embedded messages (Content-Disposition: inline, 7/8-bit):
 *   mailparser adds their From/Subject/Date as text and walks their parts;
 * - multipart/digest (the walker's default part type there differs from mailsplit's);
 * - MIME headers with 8-bit bytes or comments, a Content-Type without a value, a nested multipart reusing an
 *   ancestor's boundary, a part whose header block ends without a line break, and anything past the walker's
 *   limits (mailsplit fails at 1,000 nodes or 1 MiB of part header, and mailparser's error decides the notes).
 * What mailparser does not do either needs no fallback: it does not undo x-uuencode, BinHex or TNEF (mailsplit
 * transfer-decodes base64 and quoted-printable only), and RFC 2231 parameters (continuations, charsets) are
 * decoded by libmime.parseHeaderValue, which this file calls the same way mailsplit does.
 * test/message/light-parse.test.ts compares the two on every fixture and corpus file and on generated mail.
 */
import { isAscii } from 'node:buffer';
import { extname } from 'node:path';
import libmime from 'libmime';
import { memoizeString } from '../util/memo.js';
import { decodeLikeLibmime } from './charset.js';
import { findBlankLine, readHeaderBlock, type HeaderBlock, type RawHeaderField } from './header-block.js';
import { headerBlockEnd } from '../input/header-block.js';
import { MAX_HEADER_BLOCK_BYTES, MAX_MIME_DEPTH, MAX_MIME_PARTS, type MessageLimit } from './limits.js';
import { multipartParts, type MultipartPart } from './mime-walk.js';

export interface LightAttachment {
  /** As mailparser's attachment.filename (undefined when it has none). */
  filename: string | undefined;
  /** As mailparser's attachment.contentType (lower-cased media type, refined from the file name for octet-stream). */
  contentType: string;
  /** The transfer-decoded content. */
  content: Buffer;
}

/** The fields of simpleParser's result that parse.ts reads. */
export interface LightParse {
  /** mail.text: the inline text parts joined, or undefined when there is none. */
  text: string | undefined;
  /** mail.html: the inline HTML parts joined, or undefined when there is none. */
  html: string | undefined;
  attachments: LightAttachment[];
}

/** mailparser's textTypes (keepDeliveryStatus off): the types that are text unless marked as attachments. */
const TEXT_TYPES = new Set(['text/plain', 'text/html', 'message/delivery-status']);
/** Charset labels mailparser does not decode (it reads the bytes as UTF-8), compared without punctuation. */
const UTF8_LABELS = new Set(['ascii', 'usascii', 'utf8']);
/** mailsplit's MAX_CHILD_NODES: more nodes make mailparser fail; stay well below and let mailparser decide. */
const MAX_NODES = 900;

interface TextNode {
  kind: 'plain' | 'html';
  /** An ancestor is multipart/alternative (mailparser's `alternative` flag). */
  inAlternative: boolean;
  root: boolean;
  /** node.textContent; '' is skipped by mailparser like a missing one. */
  content: string;
}

class Unsupported extends Error {}

function firstField(fields: readonly RawHeaderField[], name: string): string | null {
  for (const f of fields) if (f.name === name) return f.value;
  return null;
}

/**
 * A MIME header value as mailsplit's Headers.getFirst gives it. The walker's value is unfolded latin1; for
 * 7-bit values without comments it equals mailsplit's (folding whitespace aside, which parseHeaderValue trims
 * around ";" and "=").
 */
function mimeField(fields: readonly RawHeaderField[], name: string): string | null {
  const value = firstField(fields, name);
  if (value === null) return null;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]|\(/.test(value)) throw new Unsupported();
  return value.trim();
}

/**
 * readHeaderBlock(entity). It used to be given only the bytes up to the first LF LF, found with one search
 * over the entity, because readHeaderBlock searched for LF LF and LF CR LF through the whole input; it now
 * steps from line break to line break and stops at the end of the header block, and that search over the
 * whole part (in CRLF mail, where LF LF never comes, every byte of every part) was the larger cost.
 * test/message/light-parse-header-block.test.ts compares the two.
 */
export function readEntityHeaderBlock(entity: Buffer): HeaderBlock {
  return readHeaderBlock(entity);
}

/**
 * The message's own header block as the header pass read it (parse.ts passes MessageHeaders' `headers` and
 * `limitsReached` of the same bytes): parseHeaders keeps readHeaderBlock's fields as they are when the block
 * is plain ASCII (no 8-bit byte, no ESC), and its limits always.
 */
export interface RootHeaderFields {
  fields: readonly RawHeaderField[];
  limits: readonly MessageLimit[];
}

/**
 * readHeaderBlock(bytes)'s fields, body offset and limits without splitting the fields again when the header
 * pass already did: the block's end is found as readHeaderBlock finds it (the earlier of LF LF and LF CR LF
 * within the first 1 MiB; with neither, the whole input up to 1 MiB is header), and when that block is plain
 * ASCII the header pass's fields are readHeaderBlock's. Otherwise (8-bit or ESC bytes: the header pass decoded
 * the values) the block is read again. test/message/light-parse-header-block.test.ts compares both.
 */
export function rootHeaderBlock(bytes: Buffer, root: RootHeaderFields): Pick<HeaderBlock, 'fields' | 'bodyOffset' | 'limits'> {
  // With no blank line in the first MAX_HEADER_BLOCK_BYTES, all of them are header (readHeaderBlock's rule).
  const blank = findBlankLine(bytes, MAX_HEADER_BLOCK_BYTES);
  const headerEnd = blank ? blank.headerEnd : Math.min(bytes.length, MAX_HEADER_BLOCK_BYTES);
  const bodyOffset = blank ? blank.bodyOffset : headerEnd;
  const head = bytes.subarray(0, headerEnd);
  if (!isAscii(head) || head.indexOf(0x1b) !== -1) {
    const block = readEntityHeaderBlock(bytes);
    return { fields: block.fields, bodyOffset: block.bodyOffset, limits: block.limits };
  }
  return { fields: root.fields as RawHeaderField[], bodyOffset, limits: root.limits as MessageLimit[] };
}

/** The entity has a header block ended by an empty line (or starts with one). */
function hasBlankLine(entity: Buffer): boolean {
  return headerBlockEnd(entity) !== -1;
}

/**
 * libmime.parseHeaderValue(value, { stripComments: true }), as mailsplit calls it, remembered: the
 * Content-Type and Content-Disposition values of parts repeat from message to message ("text/html;
 * charset=UTF-8"), and each call costs about a microsecond. A pure function of the string; the result is
 * only read, never changed.
 */
const parsedMimeValue = memoizeString((value: string) => libmime.parseHeaderValue(value, { stripComments: true }), 512);

function decodeWordsOrKeep(value: string): string {
  try {
    return libmime.decodeWords(value);
  } catch {
    return value;
  }
}

/**
 * Quoted-printable exactly as libqp.decode (what libqp's Decoder applies to a whole part). libqp works in two
 * passes over a string: (1) drop blanks before a CR, a LF or the end, then soft line breaks ("=" before LF,
 * CRLF or the end); (2) decode =XX escapes over the joined text, left to right, so an escape may be split by a
 * soft break ("=4=\n1" is "A"). This does both in one pass over the bytes: a byte is copied unless pass 1
 * drops it, and an "=" that pass 1 keeps is decoded with the next two bytes pass 1 keeps (`nextKeptByte`);
 * those are almost always the two bytes right after it, since a hex digit is neither a blank nor an "=".
 * test/message/transfer-decode.test.ts compares it with libqp.decode on generated input.
 */
export function decodeQuotedPrintableLikeLibqp(input: Buffer, scratch?: Buffer): Buffer {
  const len = input.length;
  // The output is never longer than the input; a caller done with it at once may lend a buffer to write into.
  const out = scratch !== undefined && scratch.length >= len ? scratch : Buffer.allocUnsafe(len);
  let n = 0;
  // One loop whose common case, a byte that is neither "=" nor a blank, is one test and one copy: V8 runs
  // this about twice as fast as a loop that looks at blanks before "=" (measured on the benchmark mailbox's
  // quoted-printable parts: ~250 -> ~450 MB/s). Copying runs found with Buffer.indexOf was slower: most
  // runs between two "=" are a few dozen bytes, shorter than the cost of the native calls.
  for (let i = 0; i < len; i++) {
    const c = input[i];
    if (c !== 0x3d) {
      if (c === 0x20 || c === 0x09) {
        // A run of blanks: dropped when a line break or the end follows it, copied otherwise.
        let j = i + 1;
        while (j < len && (input[j] === 0x20 || input[j] === 0x09)) j++;
        if (j === len || input[j] === 0x0a || input[j] === 0x0d) {
          i = j - 1;
          continue;
        }
        while (i < j - 1) out[n++] = input[i++];
      }
      out[n++] = input[i];
      continue;
    }
    // The common "=" first: "=" LF and "=" CR LF are soft line breaks, "=" and two hex digits an escape
    // (softBreakEnd says the same of them: a hex digit is neither a blank nor a line break).
    const next = i + 1 < len ? input[i + 1] : -1;
    if (next === 0x0a) {
      i++;
      continue;
    }
    if (next === 0x0d && i + 2 < len && input[i + 2] === 0x0a) {
      i += 2;
      continue;
    }
    if (i + 2 < len) {
      const hi = hexValue(next);
      const lo = hexValue(input[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    const soft = softBreakEnd(input, i);
    if (soft !== -1) {
      i = soft - 1;
      continue;
    }
    // An "=" pass 1 keeps and not followed by two hex digits: an escape when the next two kept bytes are.
    const first = nextKeptByte(input, i + 1);
    const second = first < len ? nextKeptByte(input, first + 1) : len;
    if (second < len) {
      const hi = hexValue(input[first]);
      const lo = hexValue(input[second]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i = second;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

/**
 * The end of the soft line break at `at`, or -1 when the "=" there is not one. libqp first drops blanks
 * before a CR, a LF or the end, then "=" before LF, CRLF or the end; so in the bytes: "=", blanks, then LF,
 * the end, or CR, blanks, LF ("=\r\t\n" is a soft break once the tab is gone).
 */
function softBreakEnd(input: Buffer, at: number): number {
  const len = input.length;
  let j = at + 1;
  while (j < len && (input[j] === 0x20 || input[j] === 0x09)) j++;
  if (j === len) return len;
  if (input[j] === 0x0a) return j + 1;
  if (input[j] !== 0x0d) return -1;
  j++;
  while (j < len && (input[j] === 0x20 || input[j] === 0x09)) j++;
  return j < len && input[j] === 0x0a ? j + 1 : -1;
}

/**
 * Index of the first byte at or after `from` that libqp's pass 1 keeps, or input.length. `from` may fall
 * inside a run of blanks: the rest of a run ends where the run ends, so it is dropped exactly when the run is.
 */
function nextKeptByte(input: Buffer, from: number): number {
  const len = input.length;
  let i = from;
  while (i < len) {
    const c = input[i];
    if (c === 0x20 || c === 0x09) {
      let j = i + 1;
      while (j < len && (input[j] === 0x20 || input[j] === 0x09)) j++;
      if (j === len || input[j] === 0x0a || input[j] === 0x0d) {
        i = j;
        continue;
      }
      return i;
    }
    if (c === 0x3d) {
      const soft = softBreakEnd(input, i);
      if (soft !== -1) {
        i = soft;
        continue;
      }
    }
    return i;
  }
  return len;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Base64 exactly as libbase64's Decoder: characters outside A-Z a-z 0-9 + / = dropped, then when padding
 * stands before more data (mailers that pad every line), each "="-separated segment decoded on its own, since
 * Buffer.from stops at the first padding character.
 */
export function decodeBase64LikeLibbase64(input: Buffer): Buffer {
  // The common shape, base64 padded at the end only: Node's decoder passes over every byte outside the
  // base64 alphabet (line breaks, blanks, 8-bit junk) as libbase64 strips them, but for "-" and "_", which it
  // reads as URL-safe base64, and it stops at the first "=". Without those, the copy of the text minus the
  // bytes outside the alphabet is not needed. Three memchr-like searches decide it. Proven equal by
  // test/message/transfer-decode.test.ts against libbase64's Decoder.
  if (input.indexOf(0x2d) === -1 && input.indexOf(0x5f) === -1) {
    const pad = input.indexOf(0x3d);
    if (pad < 0 || !/[A-Za-z0-9+/]/.test(input.toString('latin1', pad))) return Buffer.from(input.toString('latin1'), 'base64');
  }
  let s = input.toString('latin1');
  if (/[^A-Za-z0-9+/=]/.test(s)) s = s.replace(/[^A-Za-z0-9+/=]+/g, '');
  const pad = s.indexOf('=');
  if (pad < 0 || !/[A-Za-z0-9+/]/.test(s.slice(pad))) return Buffer.from(s, 'base64');
  const out = Buffer.alloc(Math.floor((s.length * 3) / 4));
  let length = 0;
  let start = 0;
  while (start <= s.length) {
    let end = s.indexOf('=', start);
    if (end < 0) end = s.length;
    if (end > start) length += out.write(s.substring(start, end), length, 'base64');
    start = end + 1;
  }
  return Buffer.from(out.subarray(0, length));
}

/**
 * Quoted-printable text parts are decoded into this buffer rather than a new one each: textContent turns the
 * bytes into a string at once, and nothing keeps them (attachments, whose bytes are kept, get their own).
 * Fewer large short-lived buffers is less work for the garbage collector. Parts larger than the cap get their
 * own buffer, so the scratch never holds more than SCRATCH_CAP bytes.
 */
const SCRATCH_CAP = 1024 * 1024;
let scratch = Buffer.allocUnsafe(64 * 1024);

function transferDecode(body: Buffer, encoding: string, transient: boolean): Buffer {
  if (encoding === 'base64') return decodeBase64LikeLibbase64(body);
  if (encoding !== 'quoted-printable') return body;
  if (!transient || body.length > SCRATCH_CAP) return decodeQuotedPrintableLikeLibqp(body);
  if (scratch.length < body.length) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_CAP, Math.max(body.length, scratch.length * 2)));
  return decodeQuotedPrintableLikeLibqp(body, scratch);
}

/**
 * A text part's content as mailparser's node.textContent: flowed text undone (text/plain only), the charset
 * decoded by libmime (createDecodeStream gives what decode() gives for the whole input), the result passed
 * through UTF-8 (which turns lone surrogates into U+FFFD), CRLF to LF.
 */
function textContent(bytes: Buffer, charset: string | false, flowed: boolean, delSp: boolean): string {
  let data = bytes;
  if (flowed && data.length > 0) data = Buffer.from(libmime.decodeFlowed(data.toString('binary'), delSp), 'binary');
  const label = charset || 'utf-8';
  let text: string;
  if (UTF8_LABELS.has(label.toLowerCase().replace(/[^a-z0-9]+/g, ''))) text = data.toString('utf8');
  else {
    text = decodeLikeLibmime(data, label);
    // Only a lone surrogate changes in the UTF-8 round trip; skip the copy for text without surrogates.
    if (/[\ud800-\udfff]/.test(text)) text = Buffer.from(text, 'utf8').toString('utf8');
  }
  // Without a CR the replace would give the text back as it is.
  return text.indexOf('\r') === -1 ? text : text.replace(/\r?\n/g, '\n');
}

/**
 * simpleParser's text, html and attachments for `bytes`, or null when the message has a shape this reader
 * leaves to mailparser (see the file comment).
 */
export function readLikeMailparser(bytes: Buffer, rootHeader?: RootHeaderFields): LightParse | null {
  const textNodes: TextNode[] = [];
  const attachments: LightAttachment[] = [];
  let hasText = false;
  let hasHtml = false;
  let nodes = 0;
  let leaves = 0;

  const visit = (entity: Buffer, depth: number, inAlternative: boolean, boundaries: readonly string[], part: MultipartPart | null) => {
    if (++nodes > MAX_NODES || depth > MAX_MIME_DEPTH) throw new Unsupported();
    const root = depth === 0;
    const block = root && rootHeader ? rootHeaderBlock(entity, rootHeader) : readEntityHeaderBlock(entity);
    if (block.limits.length > 0) throw new Unsupported();
    // mailsplit drops a part whose header block is not ended by a line break before the next delimiter.
    if (!root && block.bodyOffset === entity.length && entity.length > 0 && entity[entity.length - 1] !== 0x0a) throw new Unsupported();
    const fields = block.fields;
    let body = entity.subarray(block.bodyOffset);
    // mailsplit quirk: a part body that is one empty line, followed by a delimiter (not the closing one), keeps
    // that line break (trimBodyLineEnd leaves nothing, and the untrimmed line is pushed).
    if (part?.beforeDelimiter && body.length === 0 && hasBlankLine(entity)) body = part.lineBreak;

    // mailsplit MimeNode.parseHeaders, rule by rule.
    const disposition = parsedMimeValue(mimeField(fields, 'content-disposition') ?? '');
    let contentHeader = mimeField(fields, 'content-type');
    if (contentHeader === null) {
      const filename = disposition.params.filename;
      const extension = filename ? extname(filename).replace(/^\./, '') : '';
      if (extension) contentHeader = libmime.detectMimeType(extension) || null;
      if (!contentHeader) contentHeader = /^attachment$/i.test(disposition.value) ? 'application/octet-stream' : 'text/plain';
    }
    const type = parsedMimeValue(contentHeader);
    const encoding = (mimeField(fields, 'content-transfer-encoding') ?? '').toLowerCase().trim();
    const contentType = (type.value || '').toLowerCase().trim();
    if (!contentType || contentType === 'multipart/digest') throw new Unsupported();
    const charset: string | false = type.params.charset || false;
    let dispositionType = (disposition.value || '').toLowerCase().trim();
    if (dispositionType) dispositionType = decodeWordsOrKeep(dispositionType);
    let filename: string = disposition.params.filename || type.params.name || '';
    if (filename) {
      const decoded = disposition.params.filename ? disposition.decodedParams.includes('filename') : type.decodedParams.includes('name');
      if (!decoded) filename = decodeWordsOrKeep(filename);
    }
    const flowed = contentType === 'text/plain' && (type.params.format ?? '').toLowerCase().trim() === 'flowed';
    const delSp = flowed && (type.params.delsp ?? '').toLowerCase().trim() === 'yes';
    const slash = contentType.indexOf('/');
    const isMultipart = contentType.slice(0, slash) === 'multipart' && slash + 1 < contentType.length;

    if (isMultipart) {
      const boundary = (type.params.boundary || '').trimEnd();
      // mailsplit: a boundary with a non-ASCII character counts as none; without one the body is not split.
      if (!boundary || Buffer.byteLength(boundary) !== boundary.length) return;
      // mailsplit matches a part's own boundary before its ancestors'; the walker splits outside in.
      if (boundaries.includes(boundary)) throw new Unsupported();
      const childAlternative = inAlternative || contentType === 'multipart/alternative';
      const inner = [...boundaries, boundary];
      for (const child of multipartParts(body, boundary)) visit(child.entity, depth + 1, childAlternative, inner, child);
      return;
    }
    if (contentType === 'message/rfc822' && (!encoding || ['7bit', '8bit', 'binary'].includes(encoding)) && dispositionType === 'inline') {
      throw new Unsupported(); // mailsplit parses it as an embedded message
    }
    if (++leaves > MAX_MIME_PARTS) throw new Unsupported();

    // mailparser createNode: the disposition and whether the node is an attachment.
    let nodeDisposition = dispositionType && dispositionType !== 'attachment' && dispositionType !== 'inline' ? 'attachment' : dispositionType;
    if (!nodeDisposition && !TEXT_TYPES.has(contentType)) nodeDisposition = 'attachment';
    else nodeDisposition = nodeDisposition || 'inline';
    const isAttachment = !TEXT_TYPES.has(contentType) || nodeDisposition !== 'inline';
    // A text part's bytes are only read by textContent below, before the next part is decoded.
    const content = transferDecode(body, encoding, !isAttachment);
    if (isAttachment) {
      const attachmentType =
        contentType === 'application/octet-stream' && filename ? libmime.detectMimeType(filename) || 'application/octet-stream' : contentType;
      attachments.push({ filename: filename || undefined, contentType: attachmentType, content });
      return;
    }
    const kind = contentType === 'text/html' ? 'html' : 'plain';
    if (kind === 'html') hasHtml = true;
    else hasText = true;
    textNodes.push({ kind, inAlternative, root, content: textContent(content, charset, flowed, delSp) });
  };

  try {
    visit(bytes, 0, false, [], null);
  } catch {
    // Unsupported, or anything unexpected in hostile input: mailparser reads it, as it did before.
    return null;
  }

  // mailparser getTextContent (skipHtmlToText, skipTextToHtml: the converted forms are empty strings).
  const text: string[] = [];
  const html: string[] = [];
  for (const node of textNodes) {
    if (!node.content) continue;
    if (node.kind === 'plain') {
      text.push(node.content);
      if (!node.inAlternative && hasHtml) html.push('');
    } else {
      if ((!node.inAlternative && hasText) || (node.root && !hasText)) text.push('');
      html.push(node.content);
    }
  }
  return {
    text: text.length ? text.join('\n') : undefined,
    html: html.length ? html.join('<br/>\n') : undefined,
    attachments,
  };
}
