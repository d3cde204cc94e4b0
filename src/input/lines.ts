/**
 * The line on which a message starts in its file (1-based): the line after an mbox From_ line, line 1 of a
 * single message. The scan counts no lines (that would be a pass over every byte of a large mailbox); they are
 * counted afterwards, only for the locations asked about (the messages that give a SARIF result), by reading
 * each file once up to the last offset asked for. A file that is gone or shorter than an offset gives no line;
 * so does stdin after its first byte, which cannot be read again.
 */
import { createReadStream } from 'node:fs';
import type { Location } from './types.js';

/** The start line of a location, or undefined when it cannot be known. */
export type LineLookup = (location: Location) => number | undefined;

const LF = 0x0a;

export async function startLines(locations: Iterable<Location>): Promise<LineLookup> {
  const wanted = new Map<string, Set<number>>();
  for (const { file, offset } of locations) {
    if (offset === 0 || file === '-') continue;
    let set = wanted.get(file);
    if (!set) wanted.set(file, (set = new Set()));
    set.add(offset);
  }
  const found = new Map<string, Map<number, number>>();
  for (const [file, offsets] of wanted) found.set(file, await linesAt(file, [...offsets].sort((a, b) => a - b)));
  return ({ file, offset }) => (offset === 0 ? 1 : found.get(file)?.get(offset));
}

/** The 1-based line of each byte offset (sorted ascending) in `file`: one more than the line feeds before it. */
async function linesAt(file: string, offsets: readonly number[]): Promise<Map<number, number>> {
  const lines = new Map<number, number>();
  let next = 0; // the next offset to place
  let feeds = 0; // line feeds before `at`
  let at = 0; // file offset of the current chunk's first byte
  try {
    for await (const chunk of createReadStream(file, { end: offsets.at(-1)! - 1, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      const end = at + chunk.length;
      let pos = 0; // counted up to here within the chunk
      while (next < offsets.length && offsets[next]! <= end) {
        const stop = offsets[next]! - at;
        feeds += countFeeds(chunk, pos, stop);
        pos = stop;
        lines.set(offsets[next]!, feeds + 1);
        next++;
      }
      feeds += countFeeds(chunk, pos, chunk.length);
      at = end;
    }
  } catch {
    // Gone or unreadable since the scan: the offsets not reached get no line.
  }
  return lines;
}

function countFeeds(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(LF, from); i >= 0 && i < to; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}
