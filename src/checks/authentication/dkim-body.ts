/**
 * The one DKIM fact that needs no DNS: whether the body still hashes to the signature's bh= value
 * (RFC 6376 section 3.7). A mismatch means the body changed after signing. Canonicalisation reads every line
 * end as CRLF, so a CRLF-signed mail stored with LF line endings still matches (docs/sources.md#mailauth-offline,
 * verified in our tests); mboxrd ">From " unescaping is done by the input stage before this runs.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { findBlankLine, readHeaderBlock } from '../../message/header-block.js';
import { MAX_HEADER_BLOCK_BYTES } from '../../message/limits.js';
import type { HeaderField } from '../../message/types.js';

export interface DkimBodyCheck {
  /** d= of the signature, lower-cased. */
  domain: string;
  selector: string;
  algorithm: string | null;
  /** True when the body hash computed now equals the signed bh= value. */
  bodyIntact: boolean;
  /** bh= as signed. */
  signedBodyHash: string | null;
  /** The body hash of the body as it is now. */
  currentBodyHash: string | null;
}

/**
 * Our own body hash (RFC 6376 3.4.3, 3.4.4, 3.7), not mailauth's verifier: it needs no key and no header
 * canonicalisation, and it is about ten times cheaper per message (measured on the benchmark mailbox:
 * mailauth's dkimVerify was the largest cost of the authentication check). A test compares it with mailauth on
 * signed messages. Line endings are read as CRLF whatever the storage (mbox files hold LF), as mailauth does.
 */
export async function checkDkimBodies(raw: Buffer, headers?: readonly HeaderField[]): Promise<DkimBodyCheck[]> {
  const { signatures, bodyOffset } = signedParts(raw, headers);
  if (signatures.length === 0) return [];
  const body = raw.subarray(bodyOffset).toString('latin1');
  const canonical = new Map<string, string>();
  // Signatures of one mail usually share canonicalisation and algorithm (Amazon signs with its own domain and
  // amazonses.com): the same bytes hashed the same way give the same hash, so each distinct input is hashed once.
  const hashes = new Map<string, string>();
  const out: DkimBodyCheck[] = [];
  for (const sig of signatures) {
    const tags = parseTagList(sig.value);
    const domain = tags.get('d')?.toLowerCase();
    if (!domain) continue;
    const bodyCanon = (tags.get('c') ?? 'simple/simple').toLowerCase().split('/')[1] === 'relaxed' ? 'relaxed' : 'simple';
    let text = canonical.get(bodyCanon);
    if (text === undefined) {
      text = bodyCanon === 'relaxed' ? relaxedBody(body) : simpleBody(body);
      canonical.set(bodyCanon, text);
    }
    const length = tags.has('l') ? Number.parseInt(tags.get('l')!, 10) : NaN;
    const bounded = Number.isFinite(length) && length >= 0;
    if (bounded) text = text.slice(0, length);
    const algorithm = tags.get('a')?.toLowerCase() ?? null;
    const hash = algorithm?.endsWith('sha1') ? 'sha1' : 'sha256';
    // The hashed text is determined by the canonicalisation and the length actually applied.
    const key = `${bodyCanon} ${hash} ${bounded ? length : 'all'}`;
    let current = hashes.get(key);
    if (current === undefined) {
      current = createHash(hash).update(text, 'latin1').digest('base64');
      hashes.set(key, current);
    }
    const signed = tags.get('bh') ?? null;
    out.push({
      domain,
      selector: tags.get('s') ?? '',
      algorithm,
      bodyIntact: signed !== null && signed === current,
      signedBodyHash: signed,
      currentBodyHash: current,
    });
  }
  return out;
}

/**
 * The DKIM-Signature fields as written (latin1, unfolded) and where the body starts. `headers`, when given,
 * must be the header fields the header pass read from `raw` (Message.headers): for a header block of plain
 * ASCII without ESC the header pass keeps readHeaderBlock's fields as they are (headers.ts, plainAscii), so
 * they are the fields read here, and only the end of the block needs finding, not a second split of every
 * field (~12 µs a candidate). Any other block is read again. test/authentication/dkim-canonical.test.ts
 * compares both ways on the fixtures and the corpus.
 */
function signedParts(raw: Buffer, headers: readonly HeaderField[] | undefined): { signatures: readonly HeaderField[]; bodyOffset: number } {
  if (headers) {
    const blank = findBlankLine(raw, MAX_HEADER_BLOCK_BYTES);
    const head = blank ? raw.subarray(0, blank.headerEnd) : null;
    if (blank && head && isAscii(head) && head.indexOf(0x1b) === -1) {
      return { signatures: headers.filter((f) => f.name === 'dkim-signature'), bodyOffset: blank.bodyOffset };
    }
  }
  const block = readHeaderBlock(raw);
  return { signatures: block.fields.filter((f) => f.name === 'dkim-signature'), bodyOffset: block.bodyOffset };
}

/** The tags read here; the others (b=, h= ... the long ones) are skipped without stripping their white space. */
type ReadTag = 'd' | 'c' | 'l' | 'a' | 'bh' | 's';
const READ_TAGS: ReadonlySet<string> = new Set<ReadTag>(['d', 'c', 'l', 'a', 'bh', 's']);

/**
 * DKIM tag=value list (RFC 6376 3.2), the tags in READ_TAGS only (the type keeps a read of another tag from
 * compiling); folding white space inside values (base64) is removed. The first occurrence of a name wins.
 */
function parseTagList(value: string): Map<ReadTag, string> {
  const tags = new Map<ReadTag, string>();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (READ_TAGS.has(name) && !tags.has(name as ReadTag)) tags.set(name as ReadTag, part.slice(eq + 1).replace(/\s+/g, ''));
  }
  return tags;
}

/**
 * Simple body canonicalisation: CRLF line ends, trailing empty lines removed, and one final CRLF.
 *
 * An mbox stores mail with bare LF line ends and no CR at all: there every line end is one "\n", so
 * splitting at /\r?\n/ and joining with CRLF is replacing each "\n" with "\r\n", and the trailing empty lines
 * are the trailing CRLFs of that text. One string replacement does it without an array of lines (about half
 * the cost). Bodies with a CR anywhere take the line-by-line way. test/authentication/dkim-canonical.test.ts
 * compares the two on generated bodies.
 */
export function simpleBody(body: string): string {
  if (body.indexOf('\r') !== -1) return simpleBodyByLines(body);
  const crlf = body.replaceAll('\n', '\r\n');
  let end = crlf.length;
  while (end >= 2 && crlf.charCodeAt(end - 1) === 0x0a && crlf.charCodeAt(end - 2) === 0x0d) end -= 2;
  if (end === 0) return '\r\n';
  // Mostly the body ends in exactly one line break: it is its own canonical form, without a copy to cut it off
  // and another to put it back (node:crypto would flatten that concatenation once more).
  if (end === crlf.length - 2) return crlf;
  return (end === crlf.length ? crlf : crlf.slice(0, end)) + '\r\n';
}

/** simpleBody line by line, for any body: the definition the fast path is checked against. */
export function simpleBodyByLines(body: string): string {
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '\r\n' : lines.join('\r\n') + '\r\n';
}

/** Relaxed: also white space runs to one space, none at line ends; an empty body stays empty. */
function relaxedBody(body: string): string {
  const lines = body.split(/\r?\n/).map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '' : lines.join('\r\n') + '\r\n';
}
