/**
 * A light MIME walker, used only where mailparser cannot be trusted: parts whose charset is missing or wrong
 * (mailparser reads them as UTF-8 and loses Shift_JIS bytes, or leaves ISO-2022-JP escapes in the text), and
 * messages mailparser rejects. It keeps the transfer-decoded bytes of every leaf so the charset can be
 * decided from them. Bounded in depth and part count (limits.ts).
 */
import libmime from 'libmime';
import { decodeHeaderBytes } from './charset.js';
import { readHeaderBlock, type RawHeaderField } from './header-block.js';
import { MAX_MIME_DEPTH, MAX_MIME_PARTS, type MessageLimit } from './limits.js';

export interface MimeLeaf {
  /** Lower-cased media type ("text/plain" when absent, RFC 2045 section 5.2). */
  contentType: string;
  /** The charset parameter as written, or null. */
  charset: string | null;
  /** Lower-cased Content-Disposition type, or null. */
  disposition: string | null;
  filename: string | null;
  /** The body with its Content-Transfer-Encoding undone. */
  body: Buffer;
}

export interface MimeWalk {
  leaves: MimeLeaf[];
  notes: string[];
  limits: MessageLimit[];
}

export function field(fields: readonly RawHeaderField[], name: string): string | null {
  for (const f of fields) if (f.name === name) return decodeHeaderBytes(f.value);
  return null;
}

export function structured(value: string | null): { value: string; params: Record<string, string> } {
  if (value === null) return { value: '', params: {} };
  try {
    const parsed = libmime.parseHeaderValue(value);
    return { value: String(parsed.value ?? '').trim().toLowerCase(), params: parsed.params as Record<string, string> };
  } catch {
    return { value: value.split(';')[0].trim().toLowerCase(), params: {} };
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Quoted-printable (RFC 2045 section 6.7), lenient: a broken "=" sequence is kept as written. */
export function decodeQuotedPrintable(input: Buffer): Buffer {
  const out = Buffer.allocUnsafe(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c !== 0x3d /* = */) {
      out[n++] = c;
      continue;
    }
    // Soft line break: "=" followed by optional blanks and a line break.
    let j = i + 1;
    while (j < input.length && (input[j] === 0x20 || input[j] === 0x09)) j++;
    if (input[j] === 0x0a) {
      i = j;
      continue;
    }
    if (input[j] === 0x0d && input[j + 1] === 0x0a) {
      i = j + 1;
      continue;
    }
    const hi = hexValue(input[i + 1]);
    const lo = hexValue(input[i + 2]);
    if (hi >= 0 && lo >= 0) {
      out[n++] = (hi << 4) | lo;
      i += 2;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

const BASE64_SLICE = 4 * 1024 * 1024;

function isBase64Char(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

/**
 * Base64 decoded slice by slice: decoding through one string of the whole body held the body a second time
 * (a 300 MB attachment cost 300 MB of string on top of the message; test/hostile/pathological). Each slice
 * ends on a whole 4-character quantum, so the result equals a decode of the whole.
 */
function decodeBase64(body: Buffer): Buffer {
  if (body.length <= BASE64_SLICE) return Buffer.from(body.toString('latin1'), 'base64');
  const out = Buffer.allocUnsafe(Math.ceil((body.length * 3) / 4));
  let written = 0;
  let start = 0;
  while (start < body.length) {
    let end = Math.min(body.length, start + BASE64_SLICE);
    if (end < body.length) {
      let chars = 0;
      for (let i = start; i < end; i++) if (isBase64Char(body[i])) chars++;
      // Move the end back over the characters of an incomplete quantum; they start the next slice.
      for (let extra = chars % 4; extra > 0 && end > start; end--) if (isBase64Char(body[end - 1])) extra--;
    }
    written += Buffer.from(body.toString('latin1', start, end), 'base64').copy(out, written);
    start = end;
  }
  return out.subarray(0, written);
}

export function transferDecode(body: Buffer, encoding: string): Buffer {
  switch (encoding) {
    case 'base64':
      return decodeBase64(body);
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

/**
 * Length of the delimiter line for `delimiter` ("--" + boundary) starting at `at`, as @zone-eu/mailsplit (the
 * splitter under mailparser) recognises it: the delimiter, an optional "--" (closing), blanks, CRs and a LF.
 * Returns 0 when the line is not a delimiter line; `closing` tells the two kinds apart. A line at the end of
 * the input without a line break counts only as a closing delimiter (mailsplit's compareBoundary). The exact
 * match matters: a prefix match would take the delimiter of a nested boundary such as "b_2" for "b".
 */
function delimiterLine(body: Buffer, at: number, delimiter: Buffer): { end: number; closing: boolean } | null {
  let i = at + delimiter.length;
  let closing = false;
  if (body[i] === 0x2d) {
    if (body[i + 1] !== 0x2d) return null;
    closing = true;
    i += 2;
  }
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09)) i++;
  if (i === body.length && !closing) return null;
  while (i < body.length && body[i] === 0x0d) i++;
  if (i < body.length) {
    if (body[i] !== 0x0a) return null;
    i++;
  }
  // mailsplit bounds a delimiter line at the boundary plus 1,004 bytes ("--" twice, 998 blanks, CR LF).
  if (i - at > delimiter.length - 2 + 1004) return null;
  return { end: i, closing };
}

/** One part of a multipart body, with what mailsplit needs to know about its end. */
export interface MultipartPart {
  /** The part: from after a delimiter line to before the line break that precedes the next one. */
  entity: Buffer;
  /** The line break taken off the end of the part ("\r\n", "\n" or empty at the end of the input). */
  lineBreak: Buffer;
  /** True when a (non-closing) delimiter line follows the part. */
  beforeDelimiter: boolean;
}

/** The parts between boundary delimiter lines (RFC 2046 section 5.1.1); preamble and epilogue dropped. */
export function multipartParts(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from('--' + boundary, 'latin1');
  const parts: MultipartPart[] = [];
  let partStart = -1;
  let from = 0;
  while (from < body.length) {
    const at = body.indexOf(delimiter, from);
    if (at === -1) break;
    from = at + delimiter.length;
    if (at !== 0 && body[at - 1] !== 0x0a) continue;
    const line = delimiterLine(body, at, delimiter);
    if (line === null) continue;
    if (partStart !== -1) {
      let end = at - 1; // the line break before the delimiter belongs to it
      if (end > partStart && body[end - 1] === 0x0d) end--;
      end = Math.max(partStart, end);
      parts.push({ entity: body.subarray(partStart, end), lineBreak: body.subarray(end, at), beforeDelimiter: !line.closing });
    }
    if (line.closing) return parts;
    partStart = from = line.end;
  }
  // No closing delimiter: keep what follows the last one (truncated mail still has readable parts).
  if (partStart !== -1 && partStart < body.length) {
    parts.push({ entity: body.subarray(partStart), lineBreak: body.subarray(body.length), beforeDelimiter: false });
  }
  return parts;
}

export function walkMime(bytes: Buffer): MimeWalk {
  const leaves: MimeLeaf[] = [];
  const notes: string[] = [];
  let partsCapped = false;
  let depthCapped = false;
  const visit = (entity: Buffer, depth: number, defaultType: string) => {
    if (leaves.length >= MAX_MIME_PARTS) {
      partsCapped = true;
      return;
    }
    const block = readHeaderBlock(entity);
    const fields = block.fields;
    // A part with no header fields and no blank line is all body.
    const body = fields.length === 0 && block.bodyOffset === entity.length ? entity : entity.subarray(block.bodyOffset);
    const type = structured(field(fields, 'content-type'));
    const contentType = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type.value) ? type.value : defaultType;
    if (contentType.startsWith('multipart/') && type.params.boundary) {
      if (depth >= MAX_MIME_DEPTH) {
        depthCapped = true;
        return;
      }
      // RFC 2046 section 5.1.5: inside multipart/digest the default type is message/rfc822.
      const childDefault = contentType === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      for (const part of multipartParts(body, type.params.boundary)) visit(part.entity, depth + 1, childDefault);
      return;
    }
    const disposition = structured(field(fields, 'content-disposition'));
    const encoding = (field(fields, 'content-transfer-encoding') ?? '').trim().toLowerCase();
    const name = disposition.params.filename || type.params.name;
    leaves.push({
      contentType,
      charset: type.params.charset?.trim() || null,
      disposition: disposition.value || null,
      filename: name ? libmime.decodeWords(name) : null,
      body: transferDecode(body, encoding),
    });
  };
  visit(bytes, 0, 'text/plain');
  const limits: MessageLimit[] = [];
  if (partsCapped) {
    notes.push(`more than ${MAX_MIME_PARTS} MIME parts; the rest were not read`);
    limits.push('mime-parts');
  }
  if (depthCapped) {
    notes.push(`MIME nesting deeper than ${MAX_MIME_DEPTH} levels was not read`);
    limits.push('mime-depth');
  }
  return { leaves, notes, limits };
}

/** True for a leaf a mail client shows as the message text rather than as an attachment. */
export function isTextLeaf(leaf: MimeLeaf): boolean {
  return (leaf.contentType === 'text/plain' || leaf.contentType === 'text/html') && leaf.disposition !== 'attachment';
}
