/**
 * The cheap first step on every message: find the end of the header block with Buffer.indexOf, read it as
 * latin1 once (so every byte survives for later charset decisions), unfold and split the fields.
 */
import { MAX_HEADER_BLOCK_BYTES, MAX_HEADER_FIELDS, MAX_HEADER_VALUE_LENGTH, type MessageLimit } from './limits.js';

export interface RawHeaderField {
  /** Lower-cased field name. */
  name: string;
  /** Unfolded value, one char per byte (latin1), not yet charset-decoded. */
  value: string;
}

export interface HeaderBlock {
  fields: RawHeaderField[];
  /** Offset of the first body byte (bytes.length when there is no body). */
  bodyOffset: number;
  notes: string[];
  /** The limits this header block reached. */
  limits: MessageLimit[];
}

// RFC 5322 section 2.2: a field name is printable US-ASCII except colon. Trailing blanks before the colon
// are the obsolete form of section 4.5 and are still seen ("Subject :").
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Offset just past the line break that ends the header block, and the body offset; -1 when not found. */
function findBlankLine(bytes: Buffer, limit: number): { headerEnd: number; bodyOffset: number } | null {
  if (bytes[0] === 0x0a) return { headerEnd: 0, bodyOffset: 1 };
  if (bytes[0] === 0x0d && bytes[1] === 0x0a) return { headerEnd: 0, bodyOffset: 2 };
  const window = bytes.length > limit ? bytes.subarray(0, limit) : bytes;
  const lf = window.indexOf('\n\n');
  // "\n\r\n" also finds CRLF mail's "\r\n\r\n" and mixed line endings.
  const crlf = window.indexOf('\n\r\n', 0, 'latin1');
  if (lf === -1 && crlf === -1) return null;
  if (crlf === -1 || (lf !== -1 && lf < crlf)) return { headerEnd: lf + 1, bodyOffset: lf + 2 };
  return { headerEnd: crlf + 1, bodyOffset: crlf + 3 };
}

export function readHeaderBlock(bytes: Buffer): HeaderBlock {
  const notes: string[] = [];
  const limits: MessageLimit[] = [];
  let headerEnd: number;
  let bodyOffset: number;
  const blank = findBlankLine(bytes, MAX_HEADER_BLOCK_BYTES);
  if (blank) {
    ({ headerEnd, bodyOffset } = blank);
  } else if (bytes.length <= MAX_HEADER_BLOCK_BYTES) {
    headerEnd = bodyOffset = bytes.length;
  } else {
    // Cut at the limit itself, not at the last line break before it: a single 50 MB Subject line would
    // otherwise vanish whole and the mail would show no subject at all (test/hostile/pathological).
    headerEnd = bodyOffset = MAX_HEADER_BLOCK_BYTES;
    notes.push(`no end of the header block within ${MAX_HEADER_BLOCK_BYTES} bytes; the rest was not read as headers`);
    limits.push('header-block-bytes');
  }
  return { fields: splitFields(bytes.toString('latin1', 0, headerEnd), notes, limits), bodyOffset, notes, limits };
}

/** Unfold (RFC 5322 section 2.2.3: remove the line break, keep the blank) and split into fields. */
export function splitFields(block: string, notes: string[] = [], limits: MessageLimit[] = []): RawHeaderField[] {
  const fields: RawHeaderField[] = [];
  let name = '';
  let parts: string[] = [];
  let length = 0;
  let skipped = 0;
  let capped = false;
  const flush = () => {
    if (!name) return;
    let value = parts.join('').trim();
    if (value.length > MAX_HEADER_VALUE_LENGTH) {
      value = value.slice(0, MAX_HEADER_VALUE_LENGTH);
      notes.push(`header ${name} longer than ${MAX_HEADER_VALUE_LENGTH} characters was cut`);
      if (!limits.includes('header-value-length')) limits.push('header-value-length');
    }
    fields.push({ name, value });
    name = '';
  };
  let pos = 0;
  while (pos < block.length) {
    let nl = block.indexOf('\n', pos);
    if (nl === -1) nl = block.length;
    const line = block.charCodeAt(nl - 1) === 0x0d ? block.slice(pos, nl - 1) : block.slice(pos, nl);
    pos = nl + 1;
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (name && length <= MAX_HEADER_VALUE_LENGTH) {
        parts.push(line);
        length += line.length;
      }
      continue;
    }
    flush();
    if (fields.length >= MAX_HEADER_FIELDS) {
      capped = true;
      break;
    }
    const colon = line.indexOf(':');
    const fieldName = colon > 0 ? line.slice(0, colon).trimEnd() : '';
    if (!FIELD_NAME.test(fieldName)) {
      if (line.length > 0) skipped++;
      continue;
    }
    name = fieldName.toLowerCase();
    const value = line.slice(colon + 1);
    parts = [value];
    length = value.length;
  }
  flush();
  if (capped) {
    notes.push(`more than ${MAX_HEADER_FIELDS} header fields; the rest were ignored`);
    limits.push('header-fields');
  }
  if (skipped > 0) notes.push(`${skipped} line(s) in the header block were not header fields and were skipped`);
  return fields;
}
