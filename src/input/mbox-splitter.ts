/**
 * A streaming mbox splitter over Buffers. It never decodes bodies to strings and keeps only the current
 * message in memory (as the list of chunk slices it arrived in), so memory is bounded by the largest message.
 *
 * Separator rule (docs/sources.md#mbox): a line starting with `From ` at the start of the data or
 * after a blank line, that either has the From_ date shape or is followed by a header field. mboxcl2
 * `Content-Length` is honoured only where it lands exactly on such a separator or on the end of the data
 * (jwz's rule): a body line that looks like a From_ line then does not split the message, and a lying
 * Content-Length changes nothing.
 *
 * The splitter is synchronous and push-based so that it can be fed by a file, stdin or a test in any chunking,
 * and give the same result. Unescaping and container flags are the caller's business (mbox.ts).
 */
import { FROM_LINE_MAX_BYTES, isFieldNameAt, looksLikeFromLine } from './from-line.js';
import { namedHeaderLines } from './header-block.js';

export type SplitEvent =
  | {
      kind: 'message';
      /** 1-based position in the data. */
      index: number;
      /** The From_ line without its line ending. */
      fromLine: string;
      /** Offset of the message's first byte (after the From_ line). */
      offset: number;
      /** Message bytes as stored (still mboxrd-escaped), without the blank line that ends it. */
      bytes: Buffer;
    }
  | { kind: 'too-large'; index: number; fromLine: string; offset: number; size: number }
  | { kind: 'empty'; index: number; fromLine: string; offset: number };

/** A From_ line found in the data. */
interface Separator {
  /** Offset of the `F` of `From `. */
  lineStart: number;
  /** Offset of the blank line before it (equal to lineStart at the start of the data). */
  blankStart: number;
  /** Offset just after the From_ line's `\n`. */
  bodyStart: number;
  line: string;
}

interface Piece {
  start: number;
  bytes: Buffer;
}

interface CurrentMessage {
  index: number;
  fromLine: string;
  offset: number;
  /** Content-Length target (where the message should end): undefined until looked at, null when unusable. */
  contentLengthEnd: number | null | undefined;
  /** Separators inside the Content-Length span, kept until the Content-Length is proved right or wrong. */
  heldSeparators: Separator[];
  /** Set once the message is known to exceed the size limit; its bytes are then counted, not kept. */
  tooLarge: boolean;
}

const NL_FROM = Buffer.from('\nFrom ');
const LF = 0x0a;
const CR = 0x0d;
/** Content-Length is looked for only in the first part of a header block. */
const HEADER_SCAN_MAX_BYTES = 256 * 1024;
const CONTENT_LENGTH_FIELD = ['content-length'];
export const CONTENT_LENGTH = /^content-length:[ \t]*(\d{1,15})[ \t]*\r?$/im;

export class MboxSplitter {
  private readonly maxMessageBytes: number;
  /** Copy what is kept of a chunk after push(): its buffer is reused by the reader (read-stream.ts). */
  private readonly copyRetained: boolean;
  private readonly out: SplitEvent[] = [];

  // Scanner state: `carry` holds a few undecided bytes (a possible From_ line cut by a chunk boundary).
  private carry: Buffer = Buffer.alloc(0);
  private carryStart = 0;
  /** The two bytes before `carry` (or -1 at the start of the data), for the blank-line test. */
  private before1 = -1;
  private before2 = -1;
  private sawFirstLine = false;

  // Assembler state: the pieces of the current message (and, while a Content-Length is unproved, beyond it).
  private pieces: Piece[] = [];
  private end = 0;
  private current: CurrentMessage | null = null;
  private count = 0;

  constructor(options: { maxMessageBytes: number; copyRetained?: boolean }) {
    this.maxMessageBytes = options.maxMessageBytes;
    this.copyRetained = options.copyRetained ?? false;
  }

  /**
   * Feed the next bytes; returns the events they completed. The caller must not change `chunk` afterwards,
   * unless the splitter was made with `copyRetained`: then only the returned events still point into it.
   */
  push(chunk: Buffer): SplitEvent[] {
    if (chunk.length > 0) this.scan(chunk, false);
    if (this.copyRetained) this.copyWhatPointsInto(chunk.buffer);
    return this.drain();
  }

  /** The pieces of the unfinished message (and the undecided tail) that lie in `memory`, copied out of it. */
  private copyWhatPointsInto(memory: ArrayBufferLike): void {
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i]!;
      if (piece.bytes.buffer === memory) this.pieces[i] = { start: piece.start, bytes: Buffer.from(piece.bytes) };
    }
    if (this.carry.buffer === memory) this.carry = Buffer.from(this.carry);
  }

  /** No more data: returns the remaining events. */
  finish(): SplitEvent[] {
    this.scan(Buffer.alloc(0), true);
    if (this.current) this.resolveContentLengthAtEnd();
    if (this.current) this.closeMessage(this.endWithoutFinalBlankLine());
    return this.drain();
  }

  private drain(): SplitEvent[] {
    return this.out.splice(0, this.out.length);
  }

  // ---- scanner: finds separators, passes every byte on in order ----

  private scan(chunk: Buffer, final: boolean): void {
    const buf = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const base = this.carryStart;
    let passed = 0; // bytes of buf already handed to the assembler
    let pos = 0;
    let keepFrom = buf.length; // where the undecided tail starts

    if (!this.sawFirstLine) {
      if (buf.length === 0) return;
      // The caller checked that the data starts with a From_ line (sniff.ts).
      const eol = buf.indexOf(LF);
      if (eol < 0 && !final && buf.length <= FROM_LINE_MAX_BYTES) {
        this.carry = buf;
        return;
      }
      const lineEnd = eol < 0 ? buf.length : eol;
      this.sawFirstLine = true;
      this.separator({ lineStart: base, blankStart: base, bodyStart: base + Math.min(lineEnd + 1, buf.length), line: lineText(buf, 0, Math.min(lineEnd, FROM_LINE_MAX_BYTES)) });
      pos = lineEnd;
    }

    for (;;) {
      const nl = buf.indexOf(NL_FROM, pos);
      if (nl < 0) {
        if (!final) keepFrom = Math.max(pos, partialSeparatorStart(buf));
        break;
      }
      pos = nl + 1;
      const b1 = nl >= 1 ? buf[nl - 1] : this.before1;
      const b2 = nl >= 2 ? buf[nl - 2] : nl === 1 ? this.before1 : this.before2;
      if (!(b1 === LF || (b1 === CR && b2 === LF))) continue;

      const lineStart = nl + 1;
      const eol = buf.indexOf(LF, lineStart);
      const lineEnd = eol < 0 ? buf.length : eol;
      if (lineEnd - lineStart > FROM_LINE_MAX_BYTES) continue;
      if (eol < 0 && !final) {
        keepFrom = nl;
        break;
      }
      const line = lineText(buf, lineStart, lineEnd);
      let isSeparator: boolean | undefined = looksLikeFromLine(line);
      if (!isSeparator) isSeparator = eol >= 0 && isFieldNameAt(buf, eol + 1, final);
      if (isSeparator === undefined) {
        keepFrom = nl;
        break;
      }
      if (!isSeparator) continue;

      this.data(base + passed, buf.subarray(passed, lineStart));
      passed = lineStart;
      this.separator({
        lineStart: base + lineStart,
        blankStart: base + (b1 === CR ? nl - 1 : nl),
        bodyStart: base + Math.min(lineEnd + 1, buf.length),
        line,
      });
    }

    this.data(base + passed, buf.subarray(passed, keepFrom));
    // Copy the small tail so that the big chunk it came from can be freed.
    this.carry = Buffer.from(buf.subarray(keepFrom));
    this.carryStart = base + keepFrom;
    const byteBefore = (i: number): number => (i >= 0 ? buf[i] : i === -1 ? this.before1 : this.before2);
    [this.before1, this.before2] = [byteBefore(keepFrom - 1), byteBefore(keepFrom - 2)];
  }

  // ---- assembler: turns bytes and separators into messages ----

  private data(start: number, bytes: Buffer): void {
    if (bytes.length === 0) return;
    const current = this.current;
    this.end = start + bytes.length;
    if (current?.tooLarge) return;
    this.pieces.push({ start, bytes });
    if (current && typeof current.contentLengthEnd === 'number' && this.end > current.contentLengthEnd + 2) {
      // The data went past the Content-Length target without a separator there: the header lied.
      this.rejectContentLength();
    }
    this.checkSize();
  }

  private checkSize(): void {
    const current = this.current;
    if (!current || current.tooLarge || typeof current.contentLengthEnd === 'number') return;
    // +2: the blank line that ends a message is not part of it.
    if (this.end - current.offset > this.maxMessageBytes + 2) {
      current.tooLarge = true;
      this.pieces = [];
    }
  }

  private separator(sep: Separator): void {
    const current = this.current;
    if (current && !current.tooLarge) {
      if (current.contentLengthEnd === undefined) current.contentLengthEnd = this.contentLengthEnd(current);
      const target = current.contentLengthEnd;
      if (typeof target === 'number') {
        if (sep.lineStart === target || sep.blankStart === target) {
          current.heldSeparators = [];
        } else if (sep.lineStart < target) {
          current.heldSeparators.push(sep);
          return;
        } else {
          this.rejectContentLength();
          this.separator(sep);
          return;
        }
      }
    }
    if (current) this.closeMessage(sep.blankStart);
    this.openMessage(sep);
  }

  private openMessage(sep: Separator): void {
    this.current = {
      index: ++this.count,
      fromLine: sep.line,
      offset: sep.bodyStart,
      contentLengthEnd: undefined,
      heldSeparators: [],
      tooLarge: false,
    };
    this.dropBefore(sep.bodyStart);
  }

  /** Content-Length was wrong: split at the separators it had hidden, as if it had not been there. */
  private rejectContentLength(): void {
    const current = this.current;
    if (!current) return;
    const held = current.heldSeparators;
    current.contentLengthEnd = null;
    current.heldSeparators = [];
    for (const sep of held) this.separator(sep);
    const next = this.current;
    if (next && typeof next.contentLengthEnd === 'number' && this.end > next.contentLengthEnd + 2) {
      this.rejectContentLength();
    }
    this.checkSize();
  }

  /** A message ends with a blank line (RFC 4155); at the end of the data it may or may not be there. */
  private endWithoutFinalBlankLine(): number {
    const end = this.end;
    if (this.byteAt(end - 1) !== LF) return end;
    if (this.byteAt(end - 2) === LF) return end - 1;
    if (this.byteAt(end - 2) === CR && this.byteAt(end - 3) === LF) return end - 2;
    return end;
  }

  private resolveContentLengthAtEnd(): void {
    const current = this.current;
    if (!current || typeof current.contentLengthEnd !== 'number') return;
    const target = current.contentLengthEnd;
    const rest = this.end - target;
    const landsOnEnd = rest === 0 || (rest === 1 && this.byteAt(target) === LF) || (rest === 2 && this.byteAt(target) === CR && this.byteAt(target + 1) === LF);
    if (landsOnEnd) current.heldSeparators = [];
    else this.rejectContentLength();
  }

  /** Where the current message should end according to its Content-Length header, or null. */
  private contentLengthEnd(current: CurrentMessage): number | null {
    const head = this.bytesBetween(current.offset, Math.min(this.end, current.offset + HEADER_SCAN_MAX_BYTES));
    // Only the Content-Length lines are turned into text (the same match as on the whole block: namedHeaderLines).
    const { end: headerEnd, lines } = namedHeaderLines(head, head.length, CONTENT_LENGTH_FIELD);
    if (headerEnd < 0) return null;
    const match = CONTENT_LENGTH.exec(lines === null ? head.toString('latin1', 0, headerEnd) : lines.join('\n'));
    if (!match) return null;
    const target = current.offset + headerEnd + Number(match[1]);
    // A Content-Length beyond the size limit is not followed: the message would be refused anyway, and
    // following it would mean holding that much data to find out whether it lies.
    if (target + 2 - current.offset > this.maxMessageBytes) return null;
    return target;
  }

  private closeMessage(end: number): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    const { index, fromLine, offset } = current;
    if (current.tooLarge) {
      this.out.push({ kind: 'too-large', index, fromLine, offset, size: end - offset });
      this.pieces = [];
      return;
    }
    const bytes = this.bytesBetween(offset, end);
    this.dropBefore(end);
    if (bytes.length > this.maxMessageBytes) {
      this.out.push({ kind: 'too-large', index, fromLine, offset, size: bytes.length });
    } else if (bytes.length === 0) {
      this.out.push({ kind: 'empty', index, fromLine, offset });
    } else {
      this.out.push({ kind: 'message', index, fromLine, offset, bytes });
    }
  }

  /** The bytes in [from, to) of the kept pieces, without copying when they lie in one piece. */
  private bytesBetween(from: number, to: number): Buffer {
    const parts: Buffer[] = [];
    for (const piece of this.pieces) {
      const pieceEnd = piece.start + piece.bytes.length;
      if (pieceEnd <= from) continue;
      if (piece.start >= to) break;
      parts.push(piece.bytes.subarray(Math.max(0, from - piece.start), Math.min(piece.bytes.length, to - piece.start)));
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  private byteAt(at: number): number {
    for (const piece of this.pieces) {
      if (at >= piece.start && at < piece.start + piece.bytes.length) return piece.bytes[at - piece.start];
    }
    return -1;
  }

  private dropBefore(at: number): void {
    let drop = 0;
    while (drop < this.pieces.length && this.pieces[drop].start + this.pieces[drop].bytes.length <= at) drop++;
    if (drop > 0) this.pieces.splice(0, drop);
    const first = this.pieces[0];
    if (first && first.start < at) this.pieces[0] = { start: at, bytes: first.bytes.subarray(at - first.start) };
  }
}

function lineText(buf: Buffer, start: number, end: number): string {
  const stop = end > start && buf[end - 1] === CR ? end - 1 : end;
  return buf.toString('latin1', start, stop);
}

/** Where a suffix of `buf` that could be the start of `\nFrom ` begins (buf.length when there is none). */
function partialSeparatorStart(buf: Buffer): number {
  const from = Math.max(0, buf.length - (NL_FROM.length - 1));
  const nl = buf.indexOf(LF, from);
  if (nl < 0) return buf.length;
  for (let i = nl; i < buf.length; i++) {
    if (buf[i] === LF && NL_FROM.subarray(0, buf.length - i).equals(buf.subarray(i))) return i;
  }
  return buf.length;
}

