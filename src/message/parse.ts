/**
 * The full parse, for messages that can matter. The light reader (light-parse.ts) gives what mailparser's
 * simpleParser with the fast options of docs/sources.md#design-notes gives, for the shapes it reproduces; mailparser
 * itself reads the rest. Then amzcheck's own text for matching. Where the result shows charset damage (U+FFFD
 * from a guessed UTF-8, ISO-2022-JP escapes left in), or mailparser fails, the light MIME walker re-reads the
 * parts with Japanese detection (docs/sources.md#japanese-charsets). Bad MIME never throws; it leaves parse notes.
 */
import type { Attachment as MailparserAttachment } from 'mailparser';
import type { RawMessage } from '../input/types.js';
import { decodeBody } from './charset.js';
import { parseHeaders } from './headers.js';
import { htmlToText } from './html-text.js';
import { MAX_HTML_LENGTH_TO_PARSE, MAX_KEPT_ATTACHMENT_BYTES, MAX_MAILPARSER_BYTES, MAX_TEXT_LENGTH, type MessageLimit } from './limits.js';
import { readLikeMailparser } from './light-parse.js';
import { mailparser } from './mailparser.js';
import { isTextLeaf, walkMime, type MimeLeaf } from './mime-walk.js';
import { normalizeText } from './text.js';
import { sniffContent } from './attachments/sniff.js';
import { readAttachments, type AttachmentRead } from './attachments/index.js';
import { findAttachedMessages, type AttachedPart } from './attached.js';
import type { Attachment, Message, MessageHeaders } from './types.js';

export const FAST_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  keepCidLinks: true,
  checksumAlgo: false,
  maxHtmlLengthToParse: MAX_HTML_LENGTH_TO_PARSE,
} as const;

/**
 * U+FFFD: bytes mailparser could not read as the (default) UTF-8; ESC: ISO-2022-JP nobody declared. Two
 * indexOf calls rather than a RegExp: on the one-byte strings most mail decodes to, V8 answers the U+FFFD
 * search without looking (it cannot occur) and finds ESC with a memchr-like scan.
 */
function showsCharsetDamage(text: string): boolean {
  return text.indexOf('\ufffd') !== -1 || text.indexOf('\x1b') !== -1;
}

interface Body {
  textParts: string[];
  htmlParts: string[];
  attachments: Attachment[];
}

/**
 * An attachment as the checks see it: its content is kept only for what they read (HTML and SVG pages,
 * attached messages, PDFs and images, recognised by content whatever the declared type: attachments/sniff.ts).
 */
function attachmentOf(contentType: string, filename: string | null, size: number, content: Buffer, notes: string[], limits: MessageLimit[]): Attachment {
  const kind = sniffContent(content);
  const keep =
    kind !== null || contentType === 'text/html' || contentType === 'message/rfc822' || (filename !== null && /\.html?$/i.test(filename));
  if (!keep) return { filename, contentType, size, content: null, kind };
  if (content.length <= MAX_KEPT_ATTACHMENT_BYTES) return { filename, contentType, size, content, kind };
  notes.push(`attachment ${filename ?? contentType} cut to ${MAX_KEPT_ATTACHMENT_BYTES} bytes`);
  reach(limits, 'attachment-bytes');
  return { filename, contentType, size, content: content.subarray(0, MAX_KEPT_ATTACHMENT_BYTES), kind };
}

function reach(limits: MessageLimit[], limit: MessageLimit): void {
  if (!limits.includes(limit)) limits.push(limit);
}

function fromMailparserAttachment(a: MailparserAttachment, notes: string[], limits: MessageLimit[]): Attachment {
  const contentType = (a.contentType || 'application/octet-stream').toLowerCase();
  const filename = a.filename ?? null;
  const content = Buffer.isBuffer(a.content) ? a.content : Buffer.alloc(0);
  return attachmentOf(contentType, filename, a.size ?? content.length, content, notes, limits);
}

function fromLeaves(leaves: readonly MimeLeaf[], notes: string[], withAttachments: boolean, limits: MessageLimit[]): Body {
  const body: Body = { textParts: [], htmlParts: [], attachments: [] };
  leaves.forEach((leaf, i) => {
    if (!isTextLeaf(leaf)) {
      if (withAttachments) body.attachments.push(attachmentOf(leaf.contentType, leaf.filename, leaf.body.length, leaf.body, notes, limits));
      return;
    }
    const { text, guessed } = decodeBody(leaf.body, leaf.charset);
    if (guessed) {
      const declared = leaf.charset ? `declared ${leaf.charset}` : 'no charset declared';
      notes.push(`part ${i + 1} (${leaf.contentType}, ${declared}) read as ${guessed}`);
    }
    const normalized = text.replace(/\r\n?/g, '\n');
    (leaf.contentType === 'text/html' ? body.htmlParts : body.textParts).push(normalized);
  });
  return body;
}

interface MailparserResult {
  /** mailparser's text and HTML, or null when they show charset damage. */
  body: Body | null;
  attachments: Attachment[];
}

function mailparserResult(mailText: unknown, mailHtml: unknown, attachments: Attachment[]): MailparserResult {
  const text = typeof mailText === 'string' ? mailText : '';
  const html = typeof mailHtml === 'string' ? mailHtml : '';
  if (showsCharsetDamage(text) || showsCharsetDamage(html)) return { body: null, attachments };
  return {
    body: { textParts: text.trim() ? [text] : [], htmlParts: html.trim() ? [html] : [], attachments },
    attachments,
  };
}

/** The light reader's result in mailparser's place, or null when it leaves the message to mailparser. */
function withLightReader(bytes: Buffer, headers: MessageHeaders, notes: string[], limits: MessageLimit[]): MailparserResult | null {
  // The header pass's fields of the same bytes spare the light reader splitting them again.
  const mail = readLikeMailparser(bytes, { fields: headers.headers, limits: headers.limitsReached });
  if (mail === null) return null;
  const attachments = mail.attachments.map((a) => {
    const contentType = (a.contentType || 'application/octet-stream').toLowerCase();
    const filename = a.filename ?? null;
    return attachmentOf(contentType, filename, a.content.length, a.content, notes, limits);
  });
  return mailparserResult(mail.text, mail.html, attachments);
}

async function withMailparser(bytes: Buffer, notes: string[], limits: MessageLimit[]): Promise<MailparserResult | null> {
  try {
    // Loaded on first use (mailparser.ts): the light reader handles nearly every message.
    const mail = await mailparser().simpleParser(bytes, FAST_OPTIONS);
    const attachments = mail.attachments.map((a) => fromMailparserAttachment(a, notes, limits));
    return mailparserResult(mail.text, mail.html, attachments);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notes.push(`mailparser could not read the message (${reason}); read with the fallback MIME walker`);
    return null;
  }
}

/**
 * Parse a message fully. Pass the result of `parseHeaders` when the header pass already ran (of these same
 * bytes: the light reader takes the root header fields from it instead of splitting them again). Never throws for
 * bad MIME (what could be read is returned, with `parseNotes`); throws MessageParseError only when the
 * message has no header field at all.
 */
export async function parseMessage(raw: RawMessage, headers: MessageHeaders = parseHeaders(raw)): Promise<Message> {
  const notes = [...headers.parseNotes];
  const limits = [...headers.limitsReached];
  let parsed: MailparserResult | null = null;
  if (raw.bytes.length > MAX_MAILPARSER_BYTES) {
    notes.push(`message larger than ${MAX_MAILPARSER_BYTES} bytes; read with the fallback MIME walker`);
    reach(limits, 'mailparser-bytes');
  } else parsed = withLightReader(raw.bytes, headers, notes, limits) ?? (await withMailparser(raw.bytes, notes, limits));
  let body = parsed?.body;
  if (!body) {
    const walk = walkMime(raw.bytes);
    notes.push(...walk.notes);
    for (const l of walk.limits) reach(limits, l);
    // mailparser's attachment list (RFC 2231 names, uuencode) is the better one whenever it ran.
    body = fromLeaves(walk.leaves, notes, parsed === null, limits);
    if (parsed) body.attachments = parsed.attachments;
  }
  if (body.htmlParts.some((h) => h.length > MAX_HTML_LENGTH_TO_PARSE)) {
    notes.push(`an HTML part longer than ${MAX_HTML_LENGTH_TO_PARSE} characters was read only up to that length`);
    reach(limits, 'html-length');
  }
  // What attachments hold (PDF pages, QR codes): their text is read with the body's, as a reader sees it.
  const attachmentReads = await readAttachments(body.attachments);
  const pdfText = attachmentReads.flatMap((r) => r.pages.map((p) => p.text));
  const readable = [...body.textParts, ...body.htmlParts.map(htmlToText), ...pageTexts(body.attachments), ...pdfText].join('\n');
  const text = normalizeText(readable);
  if (text.length >= MAX_TEXT_LENGTH) {
    notes.push(`the text was read up to ${MAX_TEXT_LENGTH} characters`);
    reach(limits, 'text-length');
  }
  const attachedMessages = attachedMessagesOf(raw.bytes, headers, notes, limits);
  return messageOf(headers, raw, { notes, limits, textParts: body.textParts, htmlParts: body.htmlParts, text, attachments: body.attachments, attachmentReads, attachedMessages }, 'full');
}

/** The mail attached to this one (attached.ts), with the limits it reached; only bodies that may hold one are walked. */
function attachedMessagesOf(bytes: Buffer, headers: MessageHeaders, notes: string[], limits: MessageLimit[]): AttachedPart[] {
  // Only a multipart mail has parts; the walk reads part headers and views of the bytes, and decodes only the
  // parts it keeps (a text search of the body first would copy a 100 MB message into a string).
  if (!headers.contentType.startsWith('multipart/')) return [];
  const found = findAttachedMessages(bytes);
  if (found.notKept > 0) {
    notes.push(`${found.notKept} more attached messages were not analysed`);
    reach(limits, 'attached-messages');
  }
  for (const p of found.parts) {
    if (!p.cut) continue;
    notes.push(`attached message ${p.filename ?? p.part} cut to ${MAX_KEPT_ATTACHMENT_BYTES} bytes`);
    reach(limits, 'attachment-bytes');
  }
  return found.parts;
}

/** The visible text of HTML and SVG attachments recognised by content (a fake sign-in page's words). */
function pageTexts(attachments: readonly Attachment[]): string[] {
  const out: string[] = [];
  for (const a of attachments) {
    if (!a.content || (a.kind !== 'html' && a.kind !== 'svg')) continue;
    const markup = new TextDecoder('utf-8').decode(a.content.subarray(0, MAX_HTML_LENGTH_TO_PARSE));
    // htmlToText drops <svg> elements (pictures in a mail); an SVG file's words are what it shows.
    out.push(htmlToText(a.kind === 'svg' ? markup.replace(/<(\/?)svg\b/gi, '<$1div') : markup));
  }
  return out;
}

/** A Message from the header pass alone, for messages that need no full parse (depth 'headers'). */
export function messageFromHeaders(raw: RawMessage, headers: MessageHeaders = parseHeaders(raw)): Message {
  const content = { notes: [...headers.parseNotes], limits: [...headers.limitsReached], textParts: [], htmlParts: [], text: '', attachments: [], attachmentReads: [], attachedMessages: [] };
  return messageOf(headers, raw, content, 'headers');
}

interface MessageContent {
  notes: string[];
  limits: MessageLimit[];
  textParts: string[];
  htmlParts: string[];
  text: string;
  attachments: Attachment[];
  attachmentReads: AttachmentRead[];
  attachedMessages: AttachedPart[];
}

/**
 * The Message: the header pass's fields, then the rest. Written out field by field, in the order of
 * `{ ...headers, parseNotes, ..., depth }` which it replaces: V8 gives an object made by a spread and then
 * extended with new properties a map of its own, property by property (10-20 µs per message measured in
 * one process, most of the time the parse spent outside decoding and HTML), where a literal takes well
 * under one. `satisfies` makes the compiler reject this literal when MessageHeaders or Message gains a
 * field (optional ones included) that is not listed here.
 */
function messageOf(headers: MessageHeaders, raw: RawMessage, content: MessageContent, depth: Message['depth']): Message {
  return {
    headers: headers.headers,
    subject: headers.subject,
    fromHeader: headers.fromHeader,
    from: headers.from,
    replyTo: headers.replyTo,
    sender: headers.sender,
    to: headers.to,
    deliveredTo: headers.deliveredTo,
    returnPath: headers.returnPath,
    messageId: headers.messageId,
    date: headers.date,
    dkimSignatures: headers.dkimSignatures,
    gmailLabels: headers.gmailLabels,
    contentType: headers.contentType,
    parseNotes: content.notes,
    limitsReached: content.limits,
    location: raw.location,
    envelope: raw.envelope,
    raw: raw.bytes,
    textParts: content.textParts,
    htmlParts: content.htmlParts,
    text: content.text,
    attachments: content.attachments,
    attachmentReads: content.attachmentReads,
    attachedMessages: content.attachedMessages,
    depth,
  } satisfies Record<keyof Message, unknown>;
}
