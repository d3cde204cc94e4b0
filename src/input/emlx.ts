/**
 * Apple Mail's message files (docs/sources.md#apple-mail-emlx), as found under ~/Library/Mail/V*\/<account>/
 * <mailbox>.mbox/<id>/Data/.../Messages/:
 *
 * - `N.emlx`: a line with the message's length in bytes, the RFC 5322 message itself (as received, LF line
 *   ends), then an XML property list of Apple Mail's own flags. Only the message is handed on.
 * - `N.partial.emlx`: the same, but Mail did not keep the content of some attachments in the file: each such
 *   MIME part keeps its header, with `X-Apple-Content-Length`, and an empty body, and its content (decoded)
 *   is in `../Attachments/N/<part number>/<file name>` beside the Messages folder when it was downloaded. The
 *   parts found there are put back (base64), and those that are not are listed in the envelope, so that the
 *   report says what could not be checked.
 *
 * Recognised by content (a line of digits, then a header field), whatever the file is called.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isFieldNameAt } from './from-line.js';
import { headerBlockEnd } from './header-block.js';

/** The length line is a decimal number, padded with spaces by some versions of Mail. */
const LENGTH_LINE = /^[ \t]*(\d{1,12})[ \t]*\r?\n/;
/** At most this many bytes of the head are looked at for the length line. */
const LENGTH_LINE_MAX_BYTES = 40;

/**
 * Does `head` start like an .emlx file: a length line, then a header field? Undefined while more bytes are
 * needed to decide (`final` false).
 */
export function looksLikeEmlx(head: Buffer, final: boolean): boolean | undefined {
  const first = head[0];
  if (first === undefined) return final ? false : undefined;
  if (!(first >= 0x30 && first <= 0x39) && first !== 0x20 && first !== 0x09) return false;
  const line = LENGTH_LINE.exec(head.toString('latin1', 0, Math.min(head.length, LENGTH_LINE_MAX_BYTES)));
  if (!line) return head.length < LENGTH_LINE_MAX_BYTES && !final && !head.includes(0x0a) ? undefined : false;
  return isFieldNameAt(head, line[0].length, final);
}

export interface EmlxMessage {
  /** The message without the length line and the property list. */
  bytes: Buffer;
  /** Where the message starts in the file (after the length line). */
  offset: number;
  /** Parts of a .partial.emlx whose content is neither in the file nor in its Attachments folder. */
  missingParts: string[];
  /** How many parts of a .partial.emlx were read back from its Attachments folder. */
  partsRestored: number;
}

/**
 * The message in an .emlx file, or the reason it cannot be read (a damaged file). `file` is the path of the
 * file (null for stdin), used to find the attachments of a .partial.emlx.
 */
export function readEmlx(bytes: Buffer, file: string | null): EmlxMessage | { error: string } {
  const line = LENGTH_LINE.exec(bytes.toString('latin1', 0, Math.min(bytes.length, LENGTH_LINE_MAX_BYTES)));
  if (!line) return { error: 'a damaged Apple Mail .emlx file: it does not start with the length of its message' };
  const offset = line[0].length;
  const declared = Number(line[1]);
  const available = bytes.length - offset;
  if (declared > available) {
    return {
      error: `a damaged Apple Mail .emlx file: its first line gives the message as ${declared} bytes, but only ${available} follow (cut short?)`,
    };
  }
  if (declared === 0) return { error: 'a damaged Apple Mail .emlx file: its first line gives the message as 0 bytes' };
  let message = bytes.subarray(offset, offset + declared);
  const partial = partialParts(message);
  if (partial.length === 0) return { bytes: message, offset, missingParts: [], partsRestored: 0 };
  const folder = file === null ? null : attachmentFolder(file);
  const missingParts: string[] = [];
  let partsRestored = 0;
  // From the last part to the first, so that the offsets of the parts still to do stay valid.
  for (const part of [...partial].reverse()) {
    const content = folder === null ? null : attachmentContent(folder, part.number);
    if (content === null) {
      missingParts.unshift(part.name ?? `part ${part.number}`);
      continue;
    }
    message = Buffer.concat([
      message.subarray(0, part.headerStart),
      Buffer.from(restoredHeader(message.toString('latin1', part.headerStart, part.bodyStart)), 'latin1'),
      Buffer.from(wrapBase64(content.toString('base64')), 'latin1'),
      message.subarray(part.bodyEnd),
    ]);
    partsRestored++;
  }
  return { bytes: message, offset, missingParts, partsRestored };
}

/** `.../Messages/123.partial.emlx` -> `.../Attachments/123`. */
function attachmentFolder(file: string): string | null {
  const name = path.basename(file);
  const id = /^(\d+)\.partial\.emlx$/i.exec(name)?.[1] ?? /^(\d+)\./.exec(name)?.[1];
  if (!id) return null;
  return path.join(path.dirname(path.dirname(file)), 'Attachments', id);
}

/** Bound on the size of one attachment read back (the message size limit applies to the whole afterwards). */
const MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024;

/** The one file in `<folder>/<part number>/`, or null when there is none (not downloaded) or it cannot be read. */
function attachmentContent(folder: string, partNumber: string): Buffer | null {
  try {
    const dir = path.join(folder, partNumber);
    const files = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    for (const name of files) {
      const full = path.join(dir, name);
      const info = statSync(full);
      if (info.isFile() && info.size <= MAX_ATTACHMENT_BYTES) return readFileSync(full);
    }
  } catch {
    // No such folder: the attachment was not downloaded.
  }
  return null;
}

/** The part's header with its transfer encoding set to base64 (the content in Attachments is decoded). */
function restoredHeader(header: string): string {
  const eol = header.includes('\r\n') ? '\r\n' : '\n';
  const kept: string[] = [];
  let drop = false;
  for (const line of header.split(/\r?\n/)) {
    if (line === '') continue;
    // A folded line belongs to the field above it.
    if (!/^[ \t]/.test(line)) drop = /^(?:content-transfer-encoding|x-apple-content-length)[ \t]*:/i.test(line);
    if (!drop) kept.push(line);
  }
  kept.push('Content-Transfer-Encoding: base64');
  return kept.join(eol) + eol + eol;
}

function wrapBase64(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 76) out += text.slice(i, i + 76) + '\n';
  return out;
}

interface PartialPart {
  /** IMAP part number (RFC 3501 section 6.4.5): "2", "1.2". */
  number: string;
  /** The file name given in its header, if any. */
  name: string | null;
  headerStart: number;
  bodyStart: number;
  bodyEnd: number;
}

/** At most this many MIME parts and this depth are walked (a hostile message cannot make the walk costly). */
const MAX_PARTS = 1000;
const MAX_DEPTH = 20;

/** The parts of a message whose content Apple Mail left out (they carry X-Apple-Content-Length). */
function partialParts(message: Buffer): PartialPart[] {
  if (!/\nx-apple-content-length:/i.test(message.toString('latin1'))) return [];
  const out: PartialPart[] = [];
  const budget = { parts: MAX_PARTS };
  walkPart(message.toString('latin1'), 0, message.length, '', 0, out, budget);
  return out;
}

/** Walks the part at [start, end) of `text` (latin1, one char a byte), numbered `number` ('' for the message). */
function walkPart(text: string, start: number, end: number, number: string, depth: number, out: PartialPart[], budget: { parts: number }): void {
  if (--budget.parts < 0 || depth > MAX_DEPTH) return;
  const rel = headerBlockEnd(Buffer.from(text.slice(start, end), 'latin1'));
  const bodyStart = rel < 0 ? end : start + rel;
  const header = text.slice(start, bodyStart);
  const type = /(?:^|\n)content-type:[ \t]*([^;\s]+)((?:[^\n]|\n[ \t])*)/i.exec(header);
  const mediaType = type?.[1]?.toLowerCase() ?? 'text/plain';
  if (mediaType.startsWith('multipart/')) {
    const boundary = /boundary[ \t]*=[ \t]*(?:"([^"]+)"|([^;\s]+))/i.exec(type?.[2] ?? '');
    const marker = boundary ? `--${boundary[1] ?? boundary[2]}` : null;
    if (!marker) return;
    const children = childRanges(text, bodyStart, end, marker);
    children.forEach(([s, e], i) => walkPart(text, s, e, number ? `${number}.${i + 1}` : `${i + 1}`, depth + 1, out, budget));
    return;
  }
  if (!/(?:^|\n)x-apple-content-length:/i.test(header)) return;
  if (text.slice(bodyStart, end).trim() !== '') return; // the content is there after all
  const name = /(?:file)?name\*?[ \t]*=[ \t]*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  out.push({ number: number || '1', name: name ? (name[1] ?? name[2] ?? null) : null, headerStart: start, bodyStart, bodyEnd: end });
}

/** The ranges of the parts between `marker` lines in [start, end): each from after its marker line to the line break before the next. */
function childRanges(text: string, start: number, end: number, marker: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let partStart = -1;
  let at = start;
  while (at < end) {
    const found = text.indexOf(marker, at);
    if (found < 0 || found >= end) break;
    const lineStart = found === start || text[found - 1] === '\n';
    if (!lineStart) {
      at = found + marker.length;
      continue;
    }
    if (partStart >= 0) {
      // The line break before the marker belongs to the marker (RFC 2046 section 5.1.1).
      let partEnd = found;
      if (text[partEnd - 1] === '\n') partEnd--;
      if (text[partEnd - 1] === '\r') partEnd--;
      ranges.push([partStart, Math.max(partStart, partEnd)]);
    }
    if (text.startsWith('--', found + marker.length)) return ranges; // the close delimiter
    const eol = text.indexOf('\n', found);
    if (eol < 0 || eol >= end) break;
    partStart = eol + 1;
    at = partStart;
  }
  return ranges;
}
