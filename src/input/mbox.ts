/**
 * From splitter events to input events: mboxrd unescaping, container flags (Takeout chats, Thunderbird
 * deletions) and the From_ line date.
 */
import { containerSkipReason } from './container-flags.js';
import { parseFromLineDate } from './from-line.js';
import { headerText, namedHeaderLines } from './header-block.js';
import type { SplitEvent } from './mbox-splitter.js';
import { unescapeMboxrd } from './mboxrd.js';
import type { ContainerFormat, Envelope, InputEvent, InputOptions } from './types.js';

/** Container flags sit near the top of the header; reading further would only cost time. */
const FLAG_HEADER_BYTES = 64 * 1024;
/** The fields containerSkipReason reads (container-flags.ts). */
const CONTAINER_FLAG_FIELDS = ['x-mozilla-status', 'x-gmail-labels'];

export function mboxInputEvent(
  event: SplitEvent,
  file: string,
  format: ContainerFormat,
  options: InputOptions & { maxMessageBytes: number },
): InputEvent {
  const location = { file, index: event.index, offset: event.offset };
  switch (event.kind) {
    case 'too-large':
      return { type: 'message-error', location, reason: tooLargeReason(event.size, options.maxMessageBytes) };
    case 'empty':
      return { type: 'message-error', location, reason: 'empty message: a From_ line with nothing after it' };
    case 'message': {
      const skip = containerSkipReason(containerFlagText(event.bytes), options);
      if (skip) return { type: 'skipped', location, reason: skip };
      const envelope: Envelope = { format, fromLine: event.fromLine };
      const fromLineDate = parseFromLineDate(event.fromLine);
      if (fromLineDate) envelope.fromLineDate = fromLineDate;
      const bytes = options.mboxo ? event.bytes : unescapeMboxrd(event.bytes);
      return { type: 'message', message: { bytes: options.transientViews ? bytes : ownBytes(bytes), location, envelope } };
    }
  }
}

/**
 * The text containerSkipReason reads: the header block, or (the same answer, see namedHeaderLines) only its
 * X-Mozilla-Status and X-Gmail-Labels lines, which spares a string of the whole block and two RegExp passes
 * over it on every message.
 */
function containerFlagText(bytes: Buffer): string {
  const { lines } = namedHeaderLines(bytes, FLAG_HEADER_BYTES, CONTAINER_FLAG_FIELDS);
  return lines === null ? headerText(bytes, FLAG_HEADER_BYTES) : lines.join('\n');
}

export function tooLargeReason(size: number, limit: number): string {
  return `message too large: ${size} bytes, the limit is ${limit} bytes`;
}

/**
 * A message cut out of a large read chunk would keep the whole chunk alive for as long as anyone holds it;
 * copy it unless it is most of its chunk.
 */
function ownBytes(bytes: Buffer): Buffer {
  return bytes.buffer.byteLength > 2 * bytes.length + 4096 ? Buffer.from(bytes) : bytes;
}
