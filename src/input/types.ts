/**
 * What the input stage hands to the rest of the pipeline: the bytes of one message and where they came from.
 * Nothing here is parsed beyond finding message boundaries.
 */

/** Where a message lives, stable across runs so a user can find it again. */
export interface Location {
  /** The path as the user gave it (or found under a directory they gave); `-` for stdin. */
  file: string;
  /** 1-based position of the message inside `file` (always 1 for a single .eml). */
  index: number;
  /** Byte offset of the message's first byte (after the mbox From_ line) in `file`. */
  offset: number;
}

/** `emlx`: an Apple Mail .emlx or .partial.emlx file; `outlook-msg`: an Outlook .msg file, rebuilt (outlook-msg.ts). */
export type ContainerFormat = 'eml' | 'mbox' | 'maildir' | 'stdin-eml' | 'stdin-mbox' | 'emlx' | 'outlook-msg';

/** Facts the container (mbox From_ line, Maildir, Takeout, Thunderbird) tells about a message. */
export interface Envelope {
  format: ContainerFormat;
  /** The mbox From_ line without its line ending, if there was one. */
  fromLine?: string;
  /** The date written in the From_ line, if it parses. Thunderbird writes local time without a zone. */
  fromLineDate?: Date;
  /**
   * An Outlook .msg only: whether it kept the transport headers (PidTagTransportMessageHeaders). Without them
   * the header was made from the item's properties: no Received or Authentication-Results to read.
   */
  outlookTransportHeaders?: boolean;
  /** An Apple Mail .partial.emlx only: the attachments (names, else part numbers) whose content is not on disk. */
  missingAttachments?: string[];
}

export interface RawMessage {
  /** The message bytes, mboxrd-unescaped, line endings as stored. */
  bytes: Buffer;
  location: Location;
  envelope: Envelope;
}

export type SkipReason = 'deleted' | 'chat';

/**
 * Why a file found in a folder was not read as mail. Files are recognised by their content, not their name:
 * - `not-mail`: its first bytes are neither a header field nor an mbox From_ line (a picture, a document);
 * - `empty`: it has no bytes;
 * - `apple-mail-attachment`: a file in the Attachments folder of an Apple Mail mailbox, read with its
 *   .partial.emlx message (emlx.ts), not on its own;
 * - `hidden`: a dotfile or dot-folder (.DS_Store, .git), not opened (Maildir++ folders such as .Junk are read);
 * - `in-delivery`: a Maildir's tmp/ folder, which holds deliveries still being written.
 * A path the user gave by name is never skipped: the same problems make it an `input-error`.
 */
export type SkippedFileReason = 'not-mail' | 'empty' | 'apple-mail-attachment' | 'hidden' | 'in-delivery';
export const SKIPPED_FILE_REASONS: readonly SkippedFileReason[] = ['not-mail', 'empty', 'apple-mail-attachment', 'hidden', 'in-delivery'];

/** One item of the input stream: a message, a message skipped on purpose, or a problem. */
export type InputEvent =
  | { type: 'message'; message: RawMessage }
  | { type: 'skipped'; location: Location; reason: SkipReason }
  /** A message that was found but cannot be handed on (e.g. it exceeds a size limit). */
  | { type: 'message-error'; location: Location; reason: string }
  /** A path that cannot be read at all (missing, unreadable, no mail in a directory). */
  | { type: 'input-error'; path: string; reason: string }
  /** A file inside a folder that is not mail, with the reason: accounted for, not an error. */
  | { type: 'skipped-file'; path: string; reason: SkippedFileReason };

export interface InputOptions {
  /** Keep messages Thunderbird marked deleted (X-Mozilla-Status 0x0008). Default false. */
  includeDeleted?: boolean;
  /** Treat mbox files as mboxo (do not unescape `>From `). Default false: mboxrd unescaping. */
  mboxo?: boolean;
  /** A larger message becomes a `message-error` and is not held in memory. Default 512 MiB. */
  maxMessageBytes?: number;
  /**
   * Hand messages out as views of the file's read buffers, which are reused: a message's bytes are valid only
   * until the next event is asked for. Only for a consumer that copies or drops each message at once (the
   * parallel scan copies it into a worker's buffer). Reading a file then allocates no buffer per chunk: fresh
   * 1 MiB chunks lived until the main thread's next garbage collection (~20 MB of a 400 MB scan's peak RSS).
   * Stdin is read as usual. Default false: every message owns its bytes.
   */
  transientViews?: boolean;
}
