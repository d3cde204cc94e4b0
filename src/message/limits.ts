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
  | 'mailparser-bytes';

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
