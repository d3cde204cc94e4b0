/**
 * The cheap first step on every message: find the end of the header block with Buffer.indexOf, read it as
 * latin1 once (so every byte survives for later charset decisions), unfold and split the fields.
 */
import { isAscii } from 'node:buffer';
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
  /**
   * True when the block has no 8-bit byte and no ESC: then no field value needs charset decoding
   * (charset.ts decodeHeaderBytes returns such a value unchanged), and the header pass skips it per field.
   */
  plainAscii: boolean;
}

// RFC 5322 section 2.2: a field name is printable US-ASCII except colon. Trailing blanks before the colon
// are the obsolete form of section 4.5 and are still seen ("Subject :").
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Offset just past the line break that ends the header block, and the body offset; null when not found. */
export function findBlankLine(bytes: Buffer, limit: number): { headerEnd: number; bodyOffset: number } | null {
  if (bytes[0] === 0x0a) return { headerEnd: 0, bodyOffset: 1 };
  if (bytes[0] === 0x0d && bytes[1] === 0x0a) return { headerEnd: 0, bodyOffset: 2 };
  const window = bytes.length > limit ? bytes.subarray(0, limit) : bytes;
  // The first LF followed by LF or by CR LF: where the earlier of "\n\n" and "\n\r\n" starts ("\n\r\n" also
  // finds CRLF mail's "\r\n\r\n" and mixed line endings), the whole pattern inside the window. Stepping from
  // line break to line break (a memchr each) stops at the end of the header block; two string searches
  // did the same but the one for the pattern the mail does not use ran through the whole message (about
  // 2.9 -> 1.5 µs a message). Property test against the two searches: test/message/header-block-fast.test.ts.
  for (let nl = window.indexOf(0x0a); nl !== -1; nl = window.indexOf(0x0a, nl + 1)) {
    const next = window[nl + 1];
    if (next === 0x0a) return { headerEnd: nl + 1, bodyOffset: nl + 2 };
    if (next === 0x0d && window[nl + 2] === 0x0a) return { headerEnd: nl + 1, bodyOffset: nl + 3 };
  }
  return null;
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
  const head = bytes.subarray(0, headerEnd);
  const plainAscii = isAscii(head) && head.indexOf(0x1b) === -1;
  return { fields: splitFields(bytes.toString('latin1', 0, headerEnd), notes, limits), bodyOffset, notes, limits, plainAscii };
}

/**
 * Unfold (RFC 5322 section 2.2.3: remove the line break, keep the blank) and split into fields. Runs on every
 * message, so it works on offsets into `block` and appends continuation lines to one string instead of
 * slicing every line and joining arrays of parts.
 */
export function splitFields(block: string, notes: string[] = [], limits: MessageLimit[] = []): RawHeaderField[] {
  const fields: RawHeaderField[] = [];
  let name = '';
  /** The unfolded value so far, not yet trimmed. */
  let value = '';
  let skipped = 0;
  let capped = false;
  const flush = () => {
    if (!name) return;
    let trimmed = value.trim();
    if (trimmed.length > MAX_HEADER_VALUE_LENGTH) {
      trimmed = trimmed.slice(0, MAX_HEADER_VALUE_LENGTH);
      notes.push(`header ${name} longer than ${MAX_HEADER_VALUE_LENGTH} characters was cut`);
      if (!limits.includes('header-value-length')) limits.push('header-value-length');
    }
    fields.push({ name, value: trimmed });
    name = '';
  };
  let nextColon = -2;
  let pos = 0;
  while (pos < block.length) {
    let nl = block.indexOf('\n', pos);
    if (nl === -1) nl = block.length;
    const lineStart = pos;
    // The line is [lineStart, lineEnd): without its LF, and without the CR of a CRLF.
    const lineEnd = nl > lineStart && block.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    pos = nl + 1;
    const first = lineEnd > lineStart ? block.charCodeAt(lineStart) : -1;
    if (first === 0x20 || first === 0x09) {
      // Once past the cap, further continuation lines are dropped (the value is cut in flush anyway).
      if (name && value.length <= MAX_HEADER_VALUE_LENGTH) value += block.slice(lineStart, lineEnd);
      continue;
    }
    flush();
    if (fields.length >= MAX_HEADER_FIELDS) {
      capped = true;
      break;
    }
    // The first colon at or after lineStart. A colon found for an earlier line that lies beyond this line's
    // start is that one already: searching again from every line would make a block of colon-less lines
    // quadratic.
    if (nextColon !== -1 && nextColon < lineStart) nextColon = block.indexOf(':', lineStart);
    const colon = nextColon;
    const fieldName = colon > lineStart && colon < lineEnd ? block.slice(lineStart, colon).trimEnd() : '';
    if (!FIELD_NAME.test(fieldName)) {
      if (lineEnd > lineStart) skipped++;
      continue;
    }
    name = fieldName.toLowerCase();
    value = block.slice(colon + 1, lineEnd);
  }
  flush();
  if (capped) {
    notes.push(`more than ${MAX_HEADER_FIELDS} header fields; the rest were ignored`);
    limits.push('header-fields');
  }
  if (skipped > 0) notes.push(`${skipped} line(s) in the header block were not header fields and were skipped`);
  return fields;
}
