/**
 * The cheap first step on every message: find the end of the header block with Buffer.indexOf, read it as
 * latin1 once (so every byte survives for later charset decisions), unfold and split the fields.
 */
import { isAscii } from 'node:buffer';
import { headerBlockEnd } from '../input/header-block.js';
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

/**
 * Offset just past the line break that ends the header block, and the body offset; null when not found.
 * Where the block ends is input/header-block.ts headerBlockEnd's answer (the one reference): the body starts
 * after the blank line (LF, or CR LF), and the header ends before it.
 */
export function findBlankLine(bytes: Buffer, limit: number): { headerEnd: number; bodyOffset: number } | null {
  const bodyOffset = headerBlockEnd(bytes, limit);
  if (bodyOffset < 0) return null;
  // A blank line at offset 0 leaves an empty header; else the byte before the body's first is the blank line's LF.
  return { headerEnd: bodyOffset >= 2 && bytes[bodyOffset - 2] === 0x0d ? bodyOffset - 2 : bodyOffset - 1, bodyOffset };
}

/** The header block as latin1 text, before the field split: readHeaderBlock without `fields`. */
export interface HeaderBlockText {
  /** The block up to and including the line break before the blank line, one char per byte. */
  text: string;
  bodyOffset: number;
  notes: string[];
  limits: MessageLimit[];
  plainAscii: boolean;
}

/** Find the end of the header block and read it as latin1; the fields are split by splitFields or pickFields. */
export function readHeaderBlockText(bytes: Buffer): HeaderBlockText {
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
  return { text: bytes.toString('latin1', 0, headerEnd), bodyOffset, notes, limits, plainAscii };
}

export function readHeaderBlock(bytes: Buffer): HeaderBlock {
  const { text, bodyOffset, notes, limits, plainAscii } = readHeaderBlockText(bytes);
  return { fields: splitFields(text, notes, limits), bodyOffset, notes, limits, plainAscii };
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
  if (skipped > 0) notes.push(skippedLinesNote(skipped));
  return fields;
}

export function skippedLinesNote(skipped: number): string {
  return `${skipped} line(s) in the header block were not header fields and were skipped`;
}

/**
 * The values of a few named fields, in block order, as splitFields gives them (unfolded, trimmed, latin1),
 * without building the list of all fields: the header pass of every message reads about a dozen names out
 * of 20-80 fields, and splitting all of them (a lower-cased name, a value string and an object per field)
 * was a third of its time plus the collector's work. `ids[k]` is the index in `names` of the field whose value
 * is `values[k]`.
 */
export interface PickedFields {
  ids: number[];
  values: string[];
  /** Lines that were not header fields (splitFields' note counts them). */
  skipped: number;
  /** Whether the block has at least one header field. */
  anyField: boolean;
}

/** Names by length, for pickFields: a field name is compared only with the wanted names of its length. */
export type WantedNames = readonly (readonly { name: string; id: number }[] | undefined)[];

/** The table pickFields reads `names` (lower-case field names) from. */
export function wantedNames(names: readonly string[]): WantedNames {
  // sameNameIgnoringCase is exact for these chars only.
  for (const name of names) if (!/^[a-z-]+$/.test(name)) throw new Error(`not a lower-case field name: ${name}`);
  const byLength: { name: string; id: number }[][] = [];
  names.forEach((name, id) => (byLength[name.length] ??= []).push({ name, id }));
  return byLength;
}

/** The chars String#trim and #trimEnd remove that a latin1 string can hold. */
function isTrimmedBlank(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0;
}

/**
 * pickFields reads the fields exactly as splitFields does (the same lines, continuation rules, colon search,
 * name check and trimming; test/message/header-pick.test.ts compares both on generated blocks and every real
 * message), but compares each field name with the wanted ones in place, char by char, and builds a value
 * only for a wanted field. It returns null when the block could reach a limit of splitFields (a value longer
 * than MAX_HEADER_VALUE_LENGTH, which needs a block at least that long, or more than MAX_HEADER_FIELDS
 * fields): the caller then splits all fields, which writes the notes of those limits.
 */
export function pickFields(block: string, wanted: WantedNames): PickedFields | null {
  if (block.length > MAX_HEADER_VALUE_LENGTH) return null;
  const ids: number[] = [];
  const values: string[] = [];
  let fieldCount = 0;
  let skipped = 0;
  /** The wanted field being read (-1: none, or a field nobody wants), and its unfolded value so far. */
  let id = -1;
  let inField = false;
  let value = '';
  let nextColon = -2;
  let pos = 0;
  while (pos < block.length) {
    let nl = block.indexOf('\n', pos);
    if (nl === -1) nl = block.length;
    const lineStart = pos;
    const lineEnd = nl > lineStart && block.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    pos = nl + 1;
    const first = lineEnd > lineStart ? block.charCodeAt(lineStart) : -1;
    if (first === 0x20 || first === 0x09) {
      // Within the length bound above, splitFields appends every continuation line to an open field.
      if (id !== -1) value += block.slice(lineStart, lineEnd);
      continue;
    }
    if (id !== -1) {
      ids.push(id);
      values.push(value.trim());
      id = -1;
    }
    if (inField) {
      fieldCount++;
      inField = false;
    }
    if (fieldCount >= MAX_HEADER_FIELDS) return null;
    if (nextColon !== -1 && nextColon < lineStart) nextColon = block.indexOf(':', lineStart);
    const colon = nextColon;
    // The name is block.slice(lineStart, colon).trimEnd(), and FIELD_NAME accepts it when it is not empty and
    // every char is printable ASCII (it holds no colon: the colon is the first one of the line).
    let nameEnd = colon > lineStart && colon < lineEnd ? colon : lineStart;
    while (nameEnd > lineStart && isTrimmedBlank(block.charCodeAt(nameEnd - 1))) nameEnd--;
    let valid = nameEnd > lineStart;
    for (let i = lineStart; valid && i < nameEnd; i++) {
      const c = block.charCodeAt(i);
      if (c < 0x21 || c > 0x7e) valid = false;
    }
    if (!valid) {
      if (lineEnd > lineStart) skipped++;
      continue;
    }
    inField = true;
    const candidates = wanted[nameEnd - lineStart];
    if (candidates === undefined) continue;
    for (const candidate of candidates) {
      if (sameNameIgnoringCase(block, lineStart, candidate.name)) {
        id = candidate.id;
        value = block.slice(colon + 1, lineEnd);
        break;
      }
    }
  }
  if (id !== -1) {
    ids.push(id);
    values.push(value.trim());
  }
  return { ids, values, skipped, anyField: inField || fieldCount > 0 };
}

/**
 * Whether the printable-ASCII name at `start` lower-cased is `lower` (a lower-case name of the same length).
 * c | 0x20 is c lower-cased for A-Z; for the other printable chars it equals a lower-case letter or "-" only
 * when c is that char itself, so this is name.toLowerCase() === lower for the names FIELD_NAME accepts.
 */
function sameNameIgnoringCase(block: string, start: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((block.charCodeAt(start + i) | 0x20) !== lower.charCodeAt(i)) return false;
  return true;
}
