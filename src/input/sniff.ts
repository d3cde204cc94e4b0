/**
 * Is this an mbox, a single message, or not mail at all? Decided by content, never by file name: people save
 * mboxes as .txt and single messages with a From_ line on top (the SpamAssassin corpus does).
 */
import { FROM_LINE_MAX_BYTES, isFieldNameAt, looksLikeFromLine } from './from-line.js';
import { looksLikeEmlx } from './emlx.js';
import { headerBlockEnd } from './header-block.js';

export type ContentKind =
  | { kind: 'mbox' }
  | { kind: 'eml' }
  | { kind: 'empty' }
  /** Apple Mail's .emlx: a line with the message's length, the message, a property list (emlx.ts). */
  | { kind: 'emlx' }
  /** A Compound File: an Outlook .msg, or an Office 97 document (outlook-msg.ts tells them apart). */
  | { kind: 'compound-file' }
  | { kind: 'not-mail'; reason: string };

/** How many bytes are enough to decide when the header block has not ended by then. */
export const SNIFF_BYTES = 64 * 1024;

const FROM_ = Buffer.from('From ');
/** The signature of a Compound File (MS-CFB 2.2), the container of Outlook's .msg files. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Classify the first bytes of an input. Returns undefined when more bytes are needed (`complete` is false
 * and neither the first header block nor SNIFF_BYTES have been seen).
 */
export function sniffContent(head: Buffer, complete: boolean): ContentKind | undefined {
  if (head.length === 0) return complete ? { kind: 'empty' } : undefined;
  if (head.length >= COMPOUND_FILE.length && head.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE)) {
    return { kind: 'compound-file' };
  }
  const emlx = looksLikeEmlx(head, complete);
  if (emlx === undefined) return undefined;
  if (emlx) return { kind: 'emlx' };
  if (!complete && head.length < SNIFF_BYTES && headerBlockEnd(head) < 0) return undefined;

  let headerStart = 0;
  let kind: ContentKind;
  if (head.subarray(0, FROM_.length).equals(FROM_)) {
    const eol = head.indexOf(0x0a);
    const lineEnd = eol < 0 ? head.length : eol;
    const line = head.toString('latin1', 0, Math.min(lineEnd, FROM_LINE_MAX_BYTES + 1)).replace(/\r$/, '');
    if (!looksLikeFromLine(line) && !(eol >= 0 && isFieldNameAt(head, eol + 1, true))) {
      return { kind: 'not-mail', reason: 'not mail: the first line starts with "From " but is not an mbox From_ line' };
    }
    kind = { kind: 'mbox' };
    headerStart = lineEnd + 1;
  } else if (isFieldNameAt(head, 0, true)) {
    kind = { kind: 'eml' };
  } else if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    // Some editors save a UTF-8 byte order mark; a mail never starts with one. Say so, so the user can fix it.
    return { kind: 'not-mail', reason: 'not mail: it starts with a UTF-8 byte order mark (saved by an editor?); remove it and try again' };
  } else {
    return { kind: 'not-mail', reason: 'not mail: it starts with neither a header field nor an mbox From_ line' };
  }

  const header = head.subarray(headerStart);
  const end = headerBlockEnd(header);
  const block = header.subarray(0, end < 0 ? header.length : end);
  if (block.includes(0) && !mailWithNulBytes(block)) {
    return { kind: 'not-mail', reason: 'not mail: binary data (NUL bytes) in the header' };
  }
  return kind;
}

/**
 * A few NUL bytes in a header that is otherwise header fields are damaged mail, which mail servers read with
 * the NULs removed (message/damage.ts does the same): refusing it would hide the mail from every check. A
 * binary file that happens to start like a field name has NULs throughout and no second field line.
 */
function mailWithNulBytes(block: Uint8Array): boolean {
  let nuls = 0;
  for (let at = block.indexOf(0); at !== -1; at = block.indexOf(0, at + 1)) nuls++;
  if (nuls * MAX_NUL_SHARE > block.length) return false;
  const lines = Buffer.from(block.buffer, block.byteOffset, block.length).toString('latin1').replace(/\0/g, '').split(/\r\n|\r|\n/);
  let fields = 0;
  for (const line of lines) if (/^[\x21-\x39\x3b-\x7e]+:/.test(line) && ++fields >= 2) return true;
  return false;
}

/** At most one byte in this many of a header block may be NUL for it to be read as damaged mail. */
const MAX_NUL_SHARE = 10;
