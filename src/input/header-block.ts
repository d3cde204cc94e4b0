/**
 * Just enough header reading for the input stage: where the header block ends, and the value of a field.
 * Full header parsing is the message stage's job.
 */

const LF = 0x0a;
const CR = 0x0d;

/**
 * Offset just after the blank line that ends the header block (RFC 5322 section 2.1), or -1 if not found:
 * the first LF followed by LF or by CR LF (which also finds CRLF mail's CR LF CR LF and mixed line endings),
 * the whole pattern within the first `limit` bytes; a block that starts with its blank line (LF or CR LF at
 * offset 0) is empty. Steps from line break to line break (a memchr each), so it stops at the end of the
 * header block instead of searching the whole message for a pattern the mail does not use.
 *
 * The one reference for where a header block ends: the message stage (message/header-block.ts), the
 * prefilter (pipeline/prefilter.ts) and the MIME walk read it from here. namedHeaderLines below has its own
 * walk for speed; test/input/header-lines.test.ts proves it ends the block at the same offset.
 */
export function headerBlockEnd(bytes: Uint8Array, limit = bytes.length): number {
  const end = Math.min(limit, bytes.length);
  if (end > 0 && bytes[0] === LF) return 1;
  if (end > 1 && bytes[0] === CR && bytes[1] === LF) return 2;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  let from = 0;
  for (;;) {
    const nl = buf.indexOf(LF, from);
    if (nl < 0 || nl + 1 >= end) return -1;
    if (buf[nl + 1] === LF) return nl + 2;
    if (buf[nl + 1] === CR && nl + 2 < end && buf[nl + 2] === LF) return nl + 3;
    from = nl + 1;
  }
}

/** The header block as a latin1 string (one char a byte), at most `limit` bytes; the whole head if it has no end. */
export function headerText(bytes: Buffer, limit: number): string {
  const end = headerBlockEnd(bytes, limit);
  return bytes.toString('latin1', 0, end < 0 ? Math.min(limit, bytes.length) : end);
}

/** What namedHeaderLines found: the block's end as headerBlockEnd gives it, and the lines asked for. */
export interface NamedHeaderLines {
  /** headerBlockEnd(bytes, limit): just after the blank line that ends the block, or -1. */
  end: number;
  /**
   * The lines of headerText(bytes, limit) that start with one of the names followed by ":" (ASCII case
   * ignored), each with the continuation lines that follow it, in order and without their final LF; null
   * when that text holds a CR (then use the text itself).
   */
  lines: string[] | null;
}

/**
 * One walk over the header lines for the few fields the input stage reads (Content-Length, the container
 * flags), instead of turning the whole block into a string and running a multi-line RegExp over it once per
 * field (about 2.5 µs a message on the main thread). A RegExp anchored with ^ and $ under the m flag that
 * starts with one of `names` and reads no further than its line and the continuation lines after it
 * matches `lines.join('\n')` exactly where it matches headerText(bytes, limit): without CR, lines are cut at
 * LF only, as ^ and $ see them, the lines it can start on are all there in order, each with what it can read
 * after it, and a joined line is followed by LF and then a line that does not start with a blank. With a CR
 * (CRLF mail, a lone CR, which ^ and $ also treat as a line break) the caller reads the text as before.
 * test/input/header-lines.test.ts compares both readings.
 */
export function namedHeaderLines(bytes: Uint8Array, limit: number, names: readonly string[]): NamedHeaderLines {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length));
  const lines: string[] = [];
  let end = -1;
  let start = 0;
  while (start < buf.length) {
    let nl = buf.indexOf(LF, start);
    if (nl === start) {
      // An empty line: LF LF (or an LF at offset 0), where headerBlockEnd stops when there is no CR.
      end = nl + 1;
      break;
    }
    if (nl === -1) nl = buf.length;
    if (startsWithName(buf, start, nl, names)) {
      // Take the continuation lines (LF then blank) with it; they cannot start a field themselves.
      let stop = nl;
      while (stop + 1 < buf.length && (buf[stop + 1] === SP || buf[stop + 1] === TAB)) {
        stop = buf.indexOf(LF, stop + 1);
        if (stop === -1) stop = buf.length;
      }
      lines.push(buf.toString('latin1', start, stop));
      nl = stop;
    }
    start = nl + 1;
  }
  // A CR anywhere in the text: headerBlockEnd also ends the block at LF CR LF, and ^ $ see lines after a CR.
  const textEnd = end === -1 ? buf.length : end;
  if (buf.subarray(0, textEnd).indexOf(CR) !== -1) return { end: headerBlockEnd(bytes, limit), lines: null };
  return { end, lines };
}

const SP = 0x20;
const TAB = 0x09;

/** Does the line [start, lineEnd) start with one of `names` (lower-case ASCII) and ":", ASCII case ignored? */
function startsWithName(buf: Buffer, start: number, lineEnd: number, names: readonly string[]): boolean {
  for (const name of names) {
    if (start + name.length >= lineEnd || buf[start + name.length] !== 0x3a) continue;
    let i = 0;
    while (i < name.length && lowerAscii(buf[start + i]) === name.charCodeAt(i)) i++;
    if (i === name.length) return true;
  }
  return false;
}

/** The byte's lower-case ASCII letter when it is an upper-case one (only A-Z fold, as /i does on latin1 text). */
function lowerAscii(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
}
