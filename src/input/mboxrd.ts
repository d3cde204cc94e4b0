/**
 * mboxrd quoting (RFC 4155, "mboxrd"): writers add one `>` to every line matching `^>*From `, so readers
 * remove one `>` from every line matching `^>+From `. This is lossless for mboxrd; for mboxo files (which only
 * quote `From `) it turns a genuine `>From ` back into `From `, which is why `mboxo` turns it off.
 */

const GT = 0x3e;
const FROM = Buffer.from('From ');
const QUOTED_FROM = Buffer.from('>From ');
const NL_GT = Buffer.from('\n>');

export function unescapeMboxrd(bytes: Buffer): Buffer {
  // Every quoted line contains `>From `; most messages have none, and one memmem pass tells.
  if (bytes.indexOf(QUOTED_FROM) < 0) return bytes;
  const keep: Buffer[] = [];
  let copied = 0;
  let lineStart = 0;
  while (lineStart < bytes.length) {
    if (bytes[lineStart] === GT && isQuotedFromLine(bytes, lineStart)) {
      keep.push(bytes.subarray(copied, lineStart));
      copied = lineStart + 1;
    }
    const nextQuoted = bytes.indexOf(NL_GT, lineStart);
    if (nextQuoted < 0) break;
    lineStart = nextQuoted + 1;
  }
  if (copied === 0) return bytes;
  keep.push(bytes.subarray(copied));
  return Buffer.concat(keep);
}

function isQuotedFromLine(bytes: Buffer, lineStart: number): boolean {
  let i = lineStart;
  while (i < bytes.length && bytes[i] === GT) i++;
  if (i + FROM.length > bytes.length) return false;
  for (let k = 0; k < FROM.length; k++) if (bytes[i + k] !== FROM[k]) return false;
  return true;
}

