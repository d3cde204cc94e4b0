import { createWriteStream, type WriteStream } from 'node:fs';
/**
 * stdout for the CLI. Writes respect back-pressure, so a slow reader (| less) never makes output pile up in
 * memory, and a reader that goes away (| head) ends the program quietly instead of crashing on EPIPE.
 */

let closedByReader = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') {
    // The reader has gone (`amzcheck scan … | head`): nothing more can be shown; stop as a pipeline expects.
    closedByReader = true;
    process.exit(process.exitCode ?? 0);
  }
  throw err;
});

let file: WriteStream | null = null;

/** --output FILE: the report goes to this file (created or replaced) instead of stdout. */
export async function openOutput(path: string): Promise<void> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  file = stream;
}

/** Where the report goes: the --output file, else stdout. */
export function outputStream(): NodeJS.WriteStream {
  return (file ?? process.stdout) as NodeJS.WriteStream;
}

export async function closeOutput(): Promise<void> {
  const f = file;
  file = null;
  if (f) await new Promise<void>((resolve, reject) => f.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export function writeOut(text: string): Promise<void> {
  if (text.length === 0 || (!file && closedByReader)) return Promise.resolve();
  const target = file ?? process.stdout;
  return new Promise((resolve) => {
    if (target.write(text)) resolve();
    else target.once('drain', resolve);
  });
}

/**
 * NDJSON lines gathered into larger writes: one write per line costs more than the analysis of an unrelated
 * message. The first line goes out at once, then at least every `intervalMs`: on the next line after that
 * time, or by a timer when no next line comes (the input stalls: a pipe whose writer pauses, a slow disk), so
 * a consumer reading line by line sees each result within `intervalMs` of its analysis, whatever the input does.
 */
export class LineBuffer {
  private lines: string[] = [];
  private bytes = 0;
  private lastFlush = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly maxBytes = 256 * 1024,
    private readonly intervalMs = 100,
    private readonly write: (text: string) => Promise<void> = writeOut,
  ) {}

  /** Adds a line; returns a promise to await only when the lines went out (most calls return nothing to wait for). */
  push(line: string): Promise<void> | undefined {
    this.lines.push(line);
    this.bytes += line.length;
    const now = Date.now();
    if (this.lastFlush === 0 || this.bytes >= this.maxBytes || now - this.lastFlush >= this.intervalMs) return this.flush(now);
    // One timer per interval, not per line: it fires only if no later line flushed the buffer first.
    if (this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, this.intervalMs - (now - this.lastFlush));
      // The buffer never keeps the process alive on its own: the scan's end flushes what is left.
      this.timer.unref();
    }
    return undefined;
  }

  async flush(now = Date.now()): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.lastFlush = now;
    if (this.lines.length === 0) return;
    const text = this.lines.join('');
    this.lines = [];
    this.bytes = 0;
    await this.write(text);
  }
}
