/**
 * The input stage (design.md): paths and stdin in, a stream of raw messages with stable locations out.
 * Files are sniffed by content (mbox or single message); directories are searched for Maildirs, Apple Mail
 * exports and mail files. Problems are events in the stream, never exceptions, so one bad file does not stop
 * a scan.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { findMailFiles } from './directory.js';
import { osErrorReason, readMailStream, type StreamOptions } from './read-stream.js';
import type { InputEvent, InputOptions } from './types.js';

export type * from './types.js';
export { looksLikeFromLine, parseFromLineDate } from './from-line.js';

/** Default limit for one message: larger mail is reported, not read (a real message is rarely above 50 MB). */
export const DEFAULT_MAX_MESSAGE_BYTES = 512 * 1024 * 1024;
/**
 * Large reads keep the per-chunk cost negligible (tech.md measured 4 MiB chunks at 1.8 GB/s); 1 MiB reads
 * as fast and lowered the peak RSS of a 400 MB scan by ~25 MB (freed 4 MiB buffers were kept by malloc).
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
      yield* readFile(given, false, chunkBytes, streamOptions, info.isFile() ? info.size : undefined);
      continue;
    }

    const found = await findMailFiles(given);
    if (found.length === 0) {
      yield { type: 'input-error', path: given, reason: 'no mail found in directory' };
      continue;
    }
    for (const entry of found) {
      if (entry.kind === 'error') yield { type: 'input-error', path: entry.path, reason: entry.reason };
      else yield* readFile(entry.path, entry.inMaildir, chunkBytes, streamOptions);
    }
  }
}

const stdinSource = { file: '-', singleFormat: 'stdin-eml', mboxFormat: 'stdin-mbox', emptyReason: 'empty input' } as const;

function readFile(file: string, inMaildir: boolean, chunkBytes: number, options: StreamOptions, sizeHint?: number): AsyncGenerator<InputEvent> {
  const chunks = options.transientViews ? reusedBufferChunks(file, chunkBytes) : (createReadStream(file, { flags: 'r', highWaterMark: chunkBytes }) as AsyncIterable<Buffer>);
  return readMailStream(
    chunks,
    { file, singleFormat: inMaildir ? 'maildir' : 'eml', mboxFormat: 'mbox', emptyReason: 'empty file', sizeHint },
    options,
  );
}

/**
 * A file's bytes in chunks read into the same two buffers in turn (for `transientViews`): a chunk is valid
 * until the next one after it is read. The reader (read-stream.ts) asks for the next chunk only when every
 * event of the one before has been taken, and the mbox splitter copies what it keeps of a chunk
 * (MboxSplitter's `copyRetained`), so only the consumer's promise (copy each message at once) is needed.
 */
async function* reusedBufferChunks(file: string, chunkBytes: number): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffers = [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
    for (let turn = 0; ; turn ^= 1) {
      const buffer = buffers[turn]!;
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
