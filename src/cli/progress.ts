/**
 * A one-line progress indicator on stderr, shown only when stderr is a terminal and the scan takes more than a
 * second (small inputs print nothing extra). Never on stdout, so it cannot mix with the report.
 */
export class Progress {
  private count = 0;
  private shown = false;
  private readonly started = Date.now();
  private last = 0;

  private constructor(private readonly stream: NodeJS.WriteStream) {}

  static start(stream: NodeJS.WriteStream): Progress | null {
    return stream.isTTY ? new Progress(stream) : null;
  }

  tick(file: string): void {
    this.count++;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.last < 200) return;
    this.last = now;
    this.shown = true;
    const name = file.length > 40 ? '…' + file.slice(-39) : file;
    this.stream.write(`\r\x1b[2K${this.count} messages… ${name.replace(/[\p{Cc}\p{Cf}]/gu, '?')}`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
