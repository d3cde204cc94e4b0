/**
 * Just enough header reading for the input stage: where the header block ends, and the value of a field.
 * Full header parsing is the message stage's job.
 */

const LF = 0x0a;
const CR = 0x0d;

const LF_LF = Buffer.from('\n\n');
const LF_CRLF = Buffer.from('\n\r\n');

/**
 * Offset just after the blank line that ends the header block (RFC 5322 section 2.1), or -1 if not found:
 * the first LF followed by LF or CRLF. Two memmem searches instead of a loop over every line; the CRLF one
 * only up to the LF-LF hit, so an LF-only message is not searched to the limit twice.
 */
export function headerBlockEnd(bytes: Uint8Array, limit = bytes.length): number {
  const end = Math.min(limit, bytes.length);
  if (end > 0 && bytes[0] === LF) return 1;
  if (end > 1 && bytes[0] === CR && bytes[1] === LF) return 2;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  const lfLf = buf.indexOf(LF_LF);
  const crlfWindow = lfLf < 0 ? buf : buf.subarray(0, lfLf + 2);
  const lfCrlf = crlfWindow.indexOf(LF_CRLF);
  if (lfCrlf >= 0) return lfCrlf + 3;
  return lfLf >= 0 ? lfLf + 2 : -1;
}

/** The header block as a latin1 string (one char a byte), at most `limit` bytes; the whole head if it has no end. */
export function headerText(bytes: Buffer, limit: number): string {
  const end = headerBlockEnd(bytes, limit);
  return bytes.toString('latin1', 0, end < 0 ? Math.min(limit, bytes.length) : end);
}
