/**
 * Mail attached to a mail (issue 21, item 4): a `message/rfc822` part, as forwarding "as attachment" and
 * report-phishing tools send it, `message/global` (RFC 6532, the same with UTF-8 headers), the parts of a
 * `multipart/digest` (whose default type is message/rfc822), and a mail saved as a file and attached as
 * `application/octet-stream` (or under a `.eml` name) whose content is a mail. Each is analysed as a message of
 * its own (src/pipeline/analyze.ts); this module only finds them, with where they sit in the carrier.
 *
 * The walk reads the MIME structure of the raw bytes, not mailparser's result: mailparser parses an inline
 * message/rfc822 part as part of the carrier (its text joins the carrier's) and lists no attachment for it.
 * It does not descend into an attached message: the messages attached to that one are found when it is
 * analysed, so nesting is bounded by the analysis (MAX_ATTACHED_DEPTH).
 */
import { readHeaderBlock } from './header-block.js';
import { SNIFF_BASE64_CHARS, SNIFF_BASE64_SOURCE } from './attachments/sniff.js';
import { field, multipartParts, structured, transferDecode } from './mime-walk.js';
import libmime from 'libmime';
import { MAX_ATTACHED_MESSAGES, MAX_KEPT_ATTACHMENT_BYTES, MAX_MIME_DEPTH, MAX_MIME_PARTS } from './limits.js';

export interface AttachedPart {
  /** The MIME part number as IMAP numbers parts (RFC 3501 section 6.4.5): "2", "1.3". */
  part: string;
  /** The file name as written (bounded), or null. */
  filename: string | null;
  /** The declared media type, lower-cased ("message/rfc822" for a digest part without a Content-Type). */
  contentType: string;
  /** The attached message, its transfer encoding undone, at most MAX_KEPT_ATTACHMENT_BYTES. */
  bytes: Buffer;
  /** True when `bytes` was cut at MAX_KEPT_ATTACHMENT_BYTES. */
  cut: boolean;
}

export interface AttachedParts {
  parts: AttachedPart[];
  /** Attached messages beyond MAX_ATTACHED_MESSAGES, found and not kept. */
  notKept: number;
}

/** Declared types whose content is a mail. */
const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);

/** Field names that make the first lines of a part a mail header rather than text that starts with a colon. */
const MAIL_FIELDS = /^(?:from|to|subject|date|received|return-path|message-id|mime-version|delivered-to|reply-to|dkim-signature|authentication-results|x-[a-z0-9-]{1,40})[ \t]*:/i;

/**
 * True when `bytes` starts like a mail: its first lines are header fields, at least two of them from the
 * fields every mail has (From, Subject, Date, Received...), before the first blank line. Used for parts declared
 * as application/octet-stream: a saved .eml attached by a mail client that does not know the type.
 */
export function looksLikeMail(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  // A line cut at the window's end is not judged.
  if (bytes.length > 2048) head = head.slice(0, head.lastIndexOf('\n') + 1);
  let known = 0;
  let lines = 0;
  for (const line of head.split(/\r?\n/)) {
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\t') continue;
    if (!/^[\x21-\x39\x3b-\x7e]{1,76}[ \t]*:/.test(line)) return false;
    if (MAIL_FIELDS.test(line)) known++;
    if (++lines >= 40 || known >= 2) break;
  }
  return known >= 2;
}

/**
 * The first bytes of a base64 part, decoded as the first pass decodes them to sniff a part
 * (src/pipeline/prefilter.ts holdsReadableDocument, the same window from attachments/sniff.ts), so that both
 * make the same looksLikeMail decision.
 */
export function mailStartOfBase64(body: Buffer): Buffer {
  const encoded = body.toString('latin1', 0, Math.min(body.length, SNIFF_BASE64_SOURCE)).replace(/[^A-Za-z0-9+/]/g, '');
  return Buffer.from(encoded.slice(0, SNIFF_BASE64_CHARS), 'base64');
}

/** The attached messages of a message, in MIME order, at most MAX_ATTACHED_MESSAGES; never throws. */
export function findAttachedMessages(bytes: Buffer): AttachedParts {
  const out: AttachedParts = { parts: [], notKept: 0 };
  let leaves = 0;
  const visit = (entity: Buffer, part: string, depth: number, defaultType: string) => {
    if (++leaves > MAX_MIME_PARTS) return;
    const block = readHeaderBlock(entity);
    const body = block.fields.length === 0 && block.bodyOffset === entity.length ? entity : entity.subarray(block.bodyOffset);
    const type = structured(field(block.fields, 'content-type'));
    const contentType = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type.value) ? type.value : defaultType;
    if (contentType.startsWith('multipart/') && type.params.boundary) {
      if (depth >= MAX_MIME_DEPTH) return;
      const childDefault = contentType === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      multipartParts(body, type.params.boundary).forEach((p, i) => visit(p.entity, part ? `${part}.${i + 1}` : String(i + 1), depth + 1, childDefault));
      return;
    }
    // The root of the carrier is the carrier itself, not an attachment.
    if (depth === 0) return;
    const disposition = structured(field(block.fields, 'content-disposition'));
    const encoding = (field(block.fields, 'content-transfer-encoding') ?? '').trim().toLowerCase();
    const rawName = disposition.params.filename || type.params.name;
    const filename = rawName ? decodedName(rawName) : null;
    // A mail saved as a file and attached in base64 under another type (application/octet-stream, a .eml name
    // the sender's program did not know): recognised by content, as the first pass sniffs such parts.
    const declaredMessage = MESSAGE_TYPES.has(contentType);
    if (!declaredMessage && (encoding !== 'base64' || contentType.startsWith('text/') || !looksLikeMail(mailStartOfBase64(body)))) return;
    if (out.parts.length >= MAX_ATTACHED_MESSAGES) {
      out.notKept++;
      return;
    }
    const decoded = transferDecode(body, encoding);
    const cut = decoded.length > MAX_KEPT_ATTACHMENT_BYTES;
    out.parts.push({ part: part || '1', filename, contentType, bytes: cut ? decoded.subarray(0, MAX_KEPT_ATTACHMENT_BYTES) : decoded, cut });
  };
  try {
    visit(bytes, '', 0, 'text/plain');
  } catch {
    // Hostile structure: what was found so far is kept.
  }
  return out;
}

function decodedName(name: string): string {
  try {
    return libmime.decodeWords(name).slice(0, 200);
  } catch {
    return name.slice(0, 200);
  }
}
