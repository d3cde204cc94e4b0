/**
 * The input stage (docs/sources.md#design-notes): paths and stdin in, a stream of raw messages with stable
 * locations out. Files are sniffed by content (mbox or single message), also in directories, where every file
 * is read or skipped with its reason (Maildirs, Apple Mail and Thunderbird folders, mail saved under any name). Problems are events in the stream, never exceptions, so one bad file does not
 * stop a scan.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { findMailFiles } from './directory.js';
import { osErrorReason, readMailStream, type StreamOptions } from './read-stream.js';
import type { InputEvent, InputOptions } from './types.js';

export type * from './types.js';
export { looksLikeFromLine, parseFromLineDate } from './from-line.js';

/** Default limit for one message: larger mail is reported, not read (a real message is rarely above 50 MB). */
export const DEFAULT_MAX_MESSAGE_BYTES = 512 * 1024 * 1024;
/**
 * Large reads keep the per-chunk cost negligible (4 MiB chunks measured at 1.8 GB/s, docs/sources.md#mbox); 1 MiB
 * reads as fast and lowered the peak RSS of a 400 MB scan by ~25 MB (freed 4 MiB buffers were kept by malloc).
 */
const READ_CHUNK_BYTES = 1024 * 1024;

export interface ReadInputsOptions extends InputOptions {
  /** The stream read for the path `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Bytes per read from files; only tests and benchmarks need to change it. */
  readChunkBytes?: number;
}

/**
 * Every message in `paths` in order, as events. `-` is stdin. Input files are only ever opened for reading.
 */
export async function* readInputs(paths: string[], options: ReadInputsOptions = {}): AsyncGenerator<InputEvent> {
  const streamOptions: StreamOptions = {
    includeDeleted: options.includeDeleted ?? false,
    mboxo: options.mboxo ?? false,
    maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    transientViews: options.transientViews ?? false,
  };
  const chunkBytes = options.readChunkBytes ?? READ_CHUNK_BYTES;
  const buffers: ReadBuffers | null = streamOptions.transientViews ? [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)] : null;
  let stdinRead = false;

  for (const given of paths) {
    if (given === '-') {
      if (stdinRead) {
        yield { type: 'input-error', path: '-', reason: 'stdin was already read' };
        continue;
      }
      stdinRead = true;
      const stdin = options.stdin ?? process.stdin;
      yield* readMailStream(stdin as AsyncIterable<Buffer | string>, stdinSource, streamOptions);
      continue;
    }

    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(given);
    } catch (error) {
      yield { type: 'input-error', path: given, reason: osErrorReason(error) };
      continue;
    }
    if (!info.isDirectory()) {
      const regular = info.isFile();
      yield* readFile({ path: given, inMaildir: false, regular, sizeHint: regular ? info.size : undefined }, chunkBytes, streamOptions, buffers);
      continue;
    }

    // Every file of the folder is read or accounted for: mail is recognised by its content, whatever its name,
    // and what is not mail is a `skipped-file` event with the reason.
    let mail = 0;
    for (const entry of await findMailFiles(given)) {
      if (entry.kind === 'error') yield { type: 'input-error', path: entry.path, reason: entry.reason };
      else if (entry.kind === 'skipped') yield { type: 'skipped-file', path: entry.path, reason: entry.reason };
      else {
        for await (const ev of readFile({ path: entry.path, inMaildir: entry.inMaildir, regular: true, inFolder: true }, chunkBytes, streamOptions, buffers)) {
          if (ev.type === 'message' || ev.type === 'message-error' || ev.type === 'skipped') mail++;
          yield ev;
        }
      }
    }
    if (mail === 0) yield { type: 'input-error', path: given, reason: 'no mail found in directory' };
  }
}

const stdinSource = { file: '-', singleFormat: 'stdin-eml', mboxFormat: 'stdin-mbox', emptyReason: 'empty input' } as const;

/**
 * The two buffers a scan with `transientViews` reads its files into, allocated once per scan (not per file:
 * a Maildir is thousands of files). Within a file they alternate, so that a chunk stays intact while the next
 * is read (read-stream.ts); the next file starts only after the last event of the one before was taken.
 */
type ReadBuffers = [Buffer, Buffer];

interface FileToRead {
  path: string;
  inMaildir: boolean;
  /** Known to be a regular file (a FIFO must not be opened synchronously: that waits for a writer). */
  regular: boolean;
  /** Its size, from stat, when known. */
  sizeHint?: number;
  /** Found in a folder: a file that is not mail is skipped, not an error. */
  inFolder?: boolean;
}

function readFile({ path: file, inMaildir, regular, sizeHint, inFolder }: FileToRead, chunkBytes: number, options: StreamOptions, buffers: ReadBuffers | null): AsyncGenerator<InputEvent> {
  return readMailStream(
    fileChunks(file, regular, chunkBytes, buffers),
    { file, singleFormat: inMaildir ? 'maildir' : 'eml', mboxFormat: 'mbox', emptyReason: 'empty file', sizeHint, inFolder },
    options,
  );
}

/**
 * A file's bytes in chunks. A regular file smaller than one chunk is read at once, synchronously: a Maildir
 * or a folder of .eml files holds thousands of small files, and each asynchronous read (open, stat, read,
 * close, each a trip through libuv's thread pool) cost ~230 µs a file here, against ~13 µs read
 * synchronously: more than the analysis of most messages (docs/performance.md, fifth round). Larger files,
 * and anything that is not a regular file, are streamed.
 */
async function* fileChunks(file: string, regular: boolean, chunkBytes: number, buffers: ReadBuffers | null): AsyncGenerator<Buffer> {
  const whole = regular ? readSmallFile(file, chunkBytes, buffers?.[0]) : null;
  if (whole) yield whole;
  else if (buffers) yield* reusedBufferChunks(file, buffers);
  else yield* createReadStream(file, { flags: 'r', highWaterMark: chunkBytes }) as AsyncIterable<Buffer>;
}

/**
 * The whole file when it is a regular file of fewer than `maxBytes` bytes (read into `into` when given), else
 * null. A file that grew past the limit since its size was read is also null, and gets streamed from the start.
 */
function readSmallFile(file: string, maxBytes: number, into?: Buffer): Buffer | null {
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size >= maxBytes) return null;
    // One byte more than the size, so that a file that grew in between is seen to have grown.
    const buffer = into ?? Buffer.allocUnsafe(info.size + 1);
    const room = Math.min(buffer.length, maxBytes);
    let length = 0;
    for (let n = -1; n !== 0 && length < room; length += n) n = readSync(fd, buffer, length, room - length, null);
    return length < room ? buffer.subarray(0, length) : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's bytes in chunks read into the scan's two buffers in turn (for `transientViews`): a chunk is valid
 * until the next one after it is read. The reader (read-stream.ts) asks for the next chunk only when every
 * event of the one before has been taken, and the mbox splitter copies what it keeps of a chunk
 * (MboxSplitter's `copyRetained`), so only the consumer's promise (copy each message at once) is needed.
 */
async function* reusedBufferChunks(file: string, buffers: ReadBuffers): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  try {
    for (let turn = 0; ; turn ^= 1) {
      const buffer = buffers[turn]!;
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
