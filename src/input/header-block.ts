/**
 * Just enough header reading for the input stage: where the header block ends, and the value of a field.
 * Full header parsing is the message stage's job.
 */

const LF = 0x0a;
const CR = 0x0d;

/** Offset just after the blank line that ends the header block (RFC 5322 section 2.1), or -1 if not found. */
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
