/**
 * A one-line progress indicator on stderr, shown only when stderr is a terminal and the scan takes more than a
 * second (small inputs print nothing extra). Never on stdout, so it cannot mix with the report. It shows the
 * messages and bytes read so far, and the percentage when the total is known (every input a regular file).
 */
import { statSync } from 'node:fs';
import {
  CLI_TEXT,
  type Lang,
} from '../api.js';

export class Progress {
  private count = 0;
  private shown = false;
  private readonly started = Date.now();
  private last = 0;
  /** How far each file has been read: the offset of the last message seen in it. */
  private readonly offsets = new Map<string, number>();
  private done = 0;
  private currentFile = '';

  private constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly lang: Lang,
    private readonly total: number | null,
  ) {}

  static start(stream: NodeJS.WriteStream, lang: Lang = 'en', paths: readonly string[] = []): Progress | null {
    return stream.isTTY ? new Progress(stream, lang, totalBytes(paths)) : null;
  }

  tick(file: string, offset = 0): void {
    this.count++;
    if (file !== this.currentFile) {
      // The file before is read to its end.
      if (this.currentFile) this.done += fileSize(this.currentFile) ?? this.offsets.get(this.currentFile) ?? 0;
      this.currentFile = file;
    }
    this.offsets.set(file, offset);
    const now = Date.now();
    if (now - this.started < 1000 || now - this.last < 200) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\x1b[2K${this.line(file)}`);
  }

  /** The text of the line (without the terminal's control sequences). */
  line(file: string): string {
    const bytes = this.done + (this.offsets.get(file) ?? 0);
    const percent = this.total && this.total > 0 ? Math.min(99, Math.floor((bytes / this.total) * 100)) : null;
    const name = file.length > 30 ? '…' + file.slice(-29) : file;
    return CLI_TEXT[this.lang].progress(this.count, formatBytes(bytes), percent, name.replace(/[\p{Cc}\p{Cf}]/gu, '?'));
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}

function fileSize(path: string): number | null {
  try {
    const st = statSync(path);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}

/** The bytes to read, when every input is a regular file; null when a folder or stdin makes it unknown. */
function totalBytes(paths: readonly string[]): number | null {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return null;
    const size = fileSize(p);
    if (size === null) return null;
    total += size;
  }
  return total;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
