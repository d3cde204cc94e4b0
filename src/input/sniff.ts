/**
 * Is this an mbox, a single message, or not mail at all? Decided by content, never by file name: people save
 * mboxes as .txt and single messages with a From_ line on top (the SpamAssassin corpus does).
 */
import { FROM_LINE_MAX_BYTES, isFieldNameAt, looksLikeFromLine } from './from-line.js';
import { headerBlockEnd } from './header-block.js';

export type ContentKind =
  | { kind: 'mbox' }
  | { kind: 'eml' }
  | { kind: 'empty' }
  | { kind: 'not-mail'; reason: string };

/** How many bytes are enough to decide when the header block has not ended by then. */
export const SNIFF_BYTES = 64 * 1024;

const FROM_ = Buffer.from('From ');

/**
 * Classify the first bytes of an input. Returns undefined when more bytes are needed (`complete` is false
 * and neither the first header block nor SNIFF_BYTES have been seen).
 */
export function sniffContent(head: Buffer, complete: boolean): ContentKind | undefined {
  if (head.length === 0) return complete ? { kind: 'empty' } : undefined;
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
  if (header.subarray(0, end < 0 ? header.length : end).includes(0)) {
    return { kind: 'not-mail', reason: 'not mail: binary data (NUL bytes) in the header' };
  }
  return kind;
}
