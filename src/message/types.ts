/**
 * The one model of a mail that every check reads. Built in two steps (docs/sources.md#design-notes): a cheap
 * header pass for every message (`MessageHeaders`), and a full MIME parse (`Message`) only for messages that can
 * matter, or for all of them with --deep.
 */
import type { Location, Envelope } from '../input/types.js';
import type { MessageLimit } from './limits.js';
import type { ContentKind } from './attachments/sniff.js';
import type { AttachmentRead } from './attachments/index.js';
import type { AttachedPart } from './attached.js';

export interface Address {
  /** Display name, decoded (RFC 2047 and 8-bit fallbacks), as written: not normalised. */
  name: string;
  /** The addr-spec as written (may be malformed, e.g. a quoted pseudo-address). */
  address: string;
  /** Lower-cased domain part after the last `@`, trailing dot removed; null when there is none. */
  domain: string | null;
}

/** One header field in message order (index 0 is the topmost, i.e. the last one added in transit). */
export interface HeaderField {
  /** Lower-cased field name. */
  name: string;
  /** Unfolded value; 8-bit bytes decoded as UTF-8, or by Japanese charset detection when that fails. */
  value: string;
}

/** Tags of one DKIM-Signature header (RFC 6376 section 3.5), as written. */
export interface DkimSignature {
  /** Signing domain (d=), lower-cased. */
  domain: string;
  selector: string;
  /** Agent or user identifier (i=), if present. */
  identity: string | null;
  algorithm: string | null;
  /** The header fields the signature covers (h=), lower-cased. */
  signedHeaders: string[];
  /** Signature time (t=) as a Date, if present and sane. */
  signedAt: Date | null;
  /** The full unfolded header value. */
  raw: string;
}

export type DateSource = 'date-header' | 'received' | 'from-line' | 'none';

/** Why the Date header was not used as the message date (null when it was). */
export type DateHeaderIssue = 'missing' | 'unparseable' | 'before-1990' | 'future';

export interface MessageDate {
  /** The best date we have for the message, or null. */
  value: Date | null;
  source: DateSource;
  /** The Date header as written, when there was one (also when it was rejected). */
  header: string | null;
  /** The Date header as parsed, also when it was rejected as before 1990 or in the future; null if unparseable. */
  headerDate: Date | null;
  headerIssue: DateHeaderIssue | null;
  /** The time stamp of the topmost Received header that has a readable one: when the provider got the mail. */
  receivedDate: Date | null;
  /** True when `value` came from text without a time zone and was read as UTC. */
  zoneAssumed: boolean;
}

export interface MessageHeaders {
  headers: HeaderField[];
  /** Decoded Subject ("" when absent). */
  subject: string;
  /** The From header, decoded, as written (null when absent). */
  fromHeader: string | null;
  from: Address[];
  replyTo: Address[];
  sender: Address[];
  to: Address[];
  /** Addresses from Delivered-To / X-Original-To, lower-cased: who the mail was actually delivered to. */
  deliveredTo: string[];
  /** The Return-Path address without brackets (null when absent; "" for the null sender `<>`). */
  returnPath: string | null;
  /** The Message-ID as written, angle brackets included (null when absent). */
  messageId: string | null;
  date: MessageDate;
  dkimSignatures: DkimSignature[];
  /** Gmail Takeout labels (X-Gmail-Labels), or null when the header is absent. */
  gmailLabels: string[] | null;
  /** Lower-cased top-level Content-Type media type, e.g. "multipart/alternative" ("text/plain" when absent). */
  contentType: string;
  /** Problems met while parsing that did not stop it (e.g. undeclared charset guessed, a limit reached). */
  parseNotes: string[];
  /** The limits (limits.ts) that stopped the parse reading all of the message; each is also in parseNotes. */
  limitsReached: MessageLimit[];
}

export interface Attachment {
  filename: string | null;
  contentType: string;
  size: number;
  /** Content kept only for kinds a check reads (HTML and SVG, nested messages, PDFs, images); otherwise null. */
  content: Buffer | null;
  /** What the content is, by its first bytes, whatever the declared type (attachments/sniff.ts); null: none of those. */
  kind: ContentKind | null;
}

export interface Message extends MessageHeaders {
  location: Location;
  envelope: Envelope;
  /** The message bytes exactly as read (needed to re-verify DKIM). */
  raw: Buffer;
  /**
   * Decoded text/plain content, as written. mailparser joins the inline plain parts of a message into one
   * entry; when the charset fallback re-reads the message, each part is its own entry.
   */
  textParts: string[];
  /** Decoded text/html content, as written (for link extraction); joined like `textParts`. */
  htmlParts: string[];
  /**
   * All readable text for matching: plain parts and HTML reduced to visible text (scripts, styles and
   * CSS-hidden elements dropped), NFKC-normalised, zero-width characters removed, blanks collapsed, one line
   * per line of text, at most MAX_TEXT_LENGTH characters.
   */
  text: string;
  attachments: Attachment[];
  /** What was read inside PDF, image, HTML and SVG attachments (attachments/index.ts); their text is in `text`. */
  attachmentReads: AttachmentRead[];
  /** Mail attached to this mail (message/rfc822 and the like, attached.ts), analysed as messages of their own. */
  attachedMessages: AttachedPart[];
  /** 'headers' when only the header pass ran; 'full' after the MIME parse. */
  depth: 'headers' | 'full';
}
