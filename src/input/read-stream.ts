/**
 * Read one byte stream (a file or stdin): sniff what it is, then hand on one message or split an mbox,
 * holding at most one message in memory.
 */
import { getSystemErrorMap } from 'node:util';
import { mboxInputEvent, tooLargeReason } from './mbox.js';
import { MboxSplitter } from './mbox-splitter.js';
import { readEmlx } from './emlx.js';
import { readOutlookMsg } from './outlook-msg.js';
import { sniffContent, type ContentKind } from './sniff.js';
import type { ContainerFormat, Envelope, InputEvent, InputOptions, RawMessage } from './types.js';

export interface StreamSource {
  /** The name used in locations and errors: the path, or `-` for stdin. */
  file: string;
  /** The format to report for a single message (`eml`, `maildir`, `stdin-eml`). */
  singleFormat: ContainerFormat;
  mboxFormat: ContainerFormat;
  /** The reason given when the stream has no bytes at all. */
  emptyReason: string;
  /** The file's size when known (from stat): a single message is then read into one buffer of that size. */
  sizeHint?: number;
  /** Found in a folder (not named by the user): a file that is not mail is skipped and counted, not an error. */
  inFolder?: boolean;
}

export type StreamOptions = InputOptions & { maxMessageBytes: number };

export async function* readMailStream(
  chunks: AsyncIterable<Buffer | string>,
  source: StreamSource,
  options: StreamOptions,
): AsyncGenerator<InputEvent> {
  const iterator = chunks[Symbol.asyncIterator]();
  const next = async (): Promise<Buffer | undefined> => {
    const r = await iterator.next();
    return r.done ? undefined : typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
  };
  // With transientViews a chunk's buffer is read into again two chunks later: what is kept longer than one
  // chunk is copied (the chunks kept for the sniff, a single message's parts, what the splitter holds).
  const transient = options.transientViews === true;
  const keep = (chunk: Buffer): Buffer => (transient ? Buffer.from(chunk) : chunk);
  try {
    const head: Buffer[] = [];
    let kind: ContentKind | undefined;
    let ended = false;
    while (!kind) {
      kind = sniffContent(head.length === 1 ? head[0] : Buffer.concat(head), ended);
      if (kind) break;
      const chunk = await next();
      if (chunk === undefined) ended = true;
      else if (chunk.length > 0) head.push(keep(chunk));
    }
    switch (kind.kind) {
      case 'empty':
        if (source.inFolder) yield { type: 'skipped-file', path: source.file, reason: 'empty' };
        else yield { type: 'input-error', path: source.file, reason: source.emptyReason };
        return;
      case 'not-mail':
        yield notMail(source, kind.reason);
        return;
      case 'eml':
      case 'emlx':
      case 'compound-file': {
        const nextKept = async () => {
          const chunk = await next();
          return chunk === undefined ? undefined : keep(chunk);
        };
        const read = await readSingleMessage(head, ended ? async () => undefined : nextKept, source, options);
        // A single message is handed on as it is; an .emlx or .msg file is read whole, then unwrapped.
        yield kind.kind === 'eml' || read.type !== 'message' ? read : unwrapSavedMessage(kind.kind, read.message, source, options);
        return;
      }
      case 'mbox': {
        const splitter = new MboxSplitter({ maxMessageBytes: options.maxMessageBytes, copyRetained: transient });
        const toInput = (e: Parameters<typeof mboxInputEvent>[0]) =>
          mboxInputEvent(e, source.file, source.mboxFormat, options);
        for (const chunk of head) for (const e of splitter.push(chunk)) yield toInput(e);
        if (!ended) {
          for (let chunk = await next(); chunk !== undefined; chunk = await next()) {
            for (const e of splitter.push(chunk)) yield toInput(e);
          }
        }
        for (const e of splitter.finish()) yield toInput(e);
        return;
      }
    }
  } catch (error) {
    yield { type: 'input-error', path: source.file, reason: osErrorReason(error) };
  } finally {
    await iterator.return?.();
  }
}

function notMail(source: StreamSource, reason: string): InputEvent {
  return source.inFolder ? { type: 'skipped-file', path: source.file, reason: 'not-mail' } : { type: 'input-error', path: source.file, reason };
}

/**
 * The message inside an Apple Mail .emlx or an Outlook .msg file. A damaged file is a message-error at its
 * location, with the reason; a Compound File that is not an Outlook mail is not mail.
 */
function unwrapSavedMessage(kind: 'emlx' | 'compound-file', raw: RawMessage, source: StreamSource, options: StreamOptions): InputEvent {
  const location = raw.location;
  if (kind === 'emlx') {
    const emlx = readEmlx(raw.bytes, source.file === '-' ? null : source.file);
    if ('error' in emlx) return { type: 'message-error', location, reason: emlx.error };
    const envelope: Envelope = { format: 'emlx' };
    if (emlx.missingParts.length > 0) envelope.missingAttachments = emlx.missingParts;
    if (emlx.bytes.length > options.maxMessageBytes) return { type: 'message-error', location, reason: tooLargeReason(emlx.bytes.length, options.maxMessageBytes) };
    return { type: 'message', message: { bytes: emlx.bytes, location: { ...location, offset: emlx.offset }, envelope } };
  }
  const msg = readOutlookMsg(raw.bytes);
  switch (msg.kind) {
    case 'not-mail':
      return notMail(source, msg.reason);
    case 'damaged':
      return { type: 'message-error', location, reason: msg.reason };
    case 'message':
      if (msg.bytes.length > options.maxMessageBytes) return { type: 'message-error', location, reason: tooLargeReason(msg.bytes.length, options.maxMessageBytes) };
      return { type: 'message', message: { bytes: msg.bytes, location, envelope: { format: 'outlook-msg', outlookTransportHeaders: msg.transportHeaders } } };
  }
}

async function readSingleMessage(
  head: Buffer[],
  next: () => Promise<Buffer | undefined>,
  source: StreamSource,
  options: StreamOptions,
): Promise<Extract<InputEvent, { type: 'message' | 'message-error' }>> {
  const location = { file: source.file, index: 1, offset: 0 };
  let parts = head;
  let size = head.reduce((n, b) => n + b.length, 0);
  // A file's size is known: its bytes go straight into one buffer of that size. Collecting chunks and joining
  // them at the end held a 300 MB message twice (test/hostile/pathological: peak RSS of the child).
  const hint = source.sizeHint !== undefined && source.sizeHint <= options.maxMessageBytes ? source.sizeHint : -1;
  const whole = hint > size ? Buffer.allocUnsafe(hint) : null;
  if (whole) {
    let at = 0;
    for (const b of head) at += b.copy(whole, at);
    parts = [];
  }
  for (let chunk = await next(); chunk !== undefined; chunk = await next()) {
    if (whole && size + chunk.length <= whole.length) {
      chunk.copy(whole, size);
      size += chunk.length;
      continue;
    }
    if (whole && parts.length === 0) parts.push(whole.subarray(0, size)); // the file grew while being read
    size += chunk.length;
    // Past the limit the bytes are only counted, so a huge file costs no memory.
    if (size > options.maxMessageBytes) parts = [];
    else parts.push(chunk);
  }
  if (size > options.maxMessageBytes) {
    return { type: 'message-error', location, reason: tooLargeReason(size, options.maxMessageBytes) };
  }
  if (whole && parts.length === 0) {
    return { type: 'message', message: { bytes: whole.subarray(0, size), location, envelope: { format: source.singleFormat } } };
  }
  const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
  return { type: 'message', message: { bytes, location, envelope: { format: source.singleFormat } } };
}

/** The operating system's own wording ("no such file or directory"), without Node's code and syscall. */
export function osErrorReason(error: unknown): string {
  const errno = (error as NodeJS.ErrnoException | null)?.errno;
  if (typeof errno === 'number') {
    const known = getSystemErrorMap().get(errno);
    if (known) return known[1];
  }
  return error instanceof Error ? error.message : String(error);
}
