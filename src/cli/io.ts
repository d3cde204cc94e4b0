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

export function writeOut(text: string): Promise<void> {
  if (closedByReader || text.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/**
 * NDJSON lines gathered into larger writes: one write per line costs more than the analysis of an unrelated
 * message. The first line goes out at once, then at least every `intervalMs` while the scan goes on, so
 * results still stream.
 */
export class LineBuffer {
  private lines: string[] = [];
  private bytes = 0;
  private lastFlush = 0;

  constructor(
    private readonly maxBytes = 256 * 1024,
    private readonly intervalMs = 100,
  ) {}

  /** Adds a line; returns a promise to await only when the lines went out (most calls return nothing to wait for). */
  push(line: string): Promise<void> | undefined {
    this.lines.push(line);
    this.bytes += line.length;
    const now = Date.now();
    if (this.lastFlush === 0 || this.bytes >= this.maxBytes || now - this.lastFlush >= this.intervalMs) return this.flush(now);
    return undefined;
  }

  async flush(now = Date.now()): Promise<void> {
    this.lastFlush = now;
    if (this.lines.length === 0) return;
    const text = this.lines.join('');
    this.lines = [];
    this.bytes = 0;
    await writeOut(text);
  }
}
