/**
 * A bound that stopped amzcheck reading all of a message. Every one reached is listed in the message's
 * `limitsReached` and reported as the finding message.not-fully-read: a limit is never a silent skip.
 */
export type MessageLimit =
  | 'header-block-bytes'
  | 'header-fields'
  | 'header-value-length'
  | 'mime-depth'
  | 'mime-parts'
  | 'text-length'
  | 'html-length'
  | 'attachment-bytes'
  | 'mailparser-bytes'
  | 'attached-messages'
  | 'attached-depth';

/**
 * Bounds on the work one message can cause. Mail is hostile input and a mailbox can hold 100,000 messages,
 * so every loop over header fields, MIME parts or text has a cap. Hitting a cap is never an error: what lies
 * beyond is ignored and the message gets a parse note saying so.
 */

/** Header fields considered per header block. Real mail has 20-80; 1,000 leaves room for long relay chains. */
export const MAX_HEADER_FIELDS = 1_000;

/** Characters of one unfolded header value kept and decoded (64 KiB). A To: with thousands of recipients fits. */
export const MAX_HEADER_VALUE_LENGTH = 64 * 1024;

/** Bytes searched for the blank line that ends the header block (1 MiB); beyond it the rest is treated as body. */
export const MAX_HEADER_BLOCK_BYTES = 1024 * 1024;

/** Characters of `Message.text` (1 MB): enough for any real notification, bounded for regex checks. */
export const MAX_TEXT_LENGTH = 1_000_000;

/** Characters of one HTML part reduced to text (2 MB, as mailparser's own `maxHtmlLengthToParse`). */
export const MAX_HTML_LENGTH_TO_PARSE = 2_000_000;

/** Bytes of attachment content kept for the kinds checks read (HTML attachments, nested messages): 5 MiB. */
export const MAX_KEPT_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Nesting depth of multiparts the fallback MIME walker descends into. */
export const MAX_MIME_DEPTH = 10;

/** Leaf parts the fallback MIME walker collects. */
export const MAX_MIME_PARTS = 500;

/**
 * Messages larger than this (32 MiB) are read by the light MIME walker instead of mailparser. mailparser's
 * peak memory is about six times the message (measured: +590 MB for a 100 MB message with one base64
 * attachment, test/hostile/pathological); the walker's is about two.
 */
export const MAX_MAILPARSER_BYTES = 32 * 1024 * 1024;

/** Bytes of one PDF attachment read (10 MiB); a larger one is reported, not read. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;
/** Bytes all Flate streams of one PDF may inflate to (64 MiB), checked before PDF.js reads it: bombs are reported. */
export const MAX_PDF_INFLATED_BYTES = 64 * 1024 * 1024;
/** Pages of one PDF read (a phishing PDF has one or two; an invoice a few). */
export const MAX_PDF_PAGES = 20;
/** Characters of text kept from one PDF. */
export const MAX_PDF_TEXT = 200_000;
/** Links (annotations, URI actions) kept from one PDF. */
export const MAX_PDF_LINKS = 200;
/** Milliseconds after which no further page of a PDF is started (a page already started runs to its end). */
export const MAX_PDF_MS = 5_000;
/** PDF and image attachments read per message. */
export const MAX_ATTACHMENTS_READ = 10;
/** Pixels of one image decoded to look for a QR code (4,000 x 4,000); larger images are reported, not decoded. */
export const MAX_IMAGE_PIXELS = 16_000_000;
/** Bytes of one image attachment decoded (5 MiB). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/**
 * Messages attached to one message (message/rfc822, message/global, a mail saved as .eml) that are analysed as
 * messages of their own (attached.ts); the rest are reported (`attached-messages`), not analysed. A forward
 * or a report of phishing carries one; a digest a few dozen.
 */
export const MAX_ATTACHED_MESSAGES = 10;
/**
 * Levels of attached messages analysed: a mail attached to a mail attached to a mail. A message at this depth
 * is analysed, the messages attached to it are not (`attached-depth`).
 */
export const MAX_ATTACHED_DEPTH = 3;
