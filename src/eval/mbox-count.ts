/**
 * A second, deliberately simple mbox splitter, so the evaluation can check that amzcheck accounts for every
 * message without trusting amzcheck's own splitter (src/input/mbox-splitter.ts). It follows the same
 * separator rule (docs/sources.md#mbox, RFC 4155 as practised): a line starting with `From ` at the start of the
 * data or right after a blank line, that either carries a time (the From_ date) or is followed by a header field.
 * It reads the whole file at once and ignores mboxcl2 Content-Length, which is fine for a test corpus and would not
 * be for a user's 2 GB mailbox.
 */
import libmime from 'libmime';

export interface MboxEntry {
  /** 1-based position in the file. */
  index: number;
  /** Byte offset of the first byte after the From_ line (what amzcheck reports as `location.offset`). */
  offset: number;
  /** The From and Subject headers, encoded-words decoded; empty when absent. */
  from: string;
  subject: string;
}

/** Longer lines are body text, not From_ lines (RFC 5322 caps a line at 998 characters). */
const MAX_LINE = 1000;
/** Only the start of a header block is read for From and Subject. */
const MAX_HEADER_BLOCK = 64 * 1024;
const MAX_HEADER_VALUE = 2000;
// A time such as 19:52 or 19:52:09, as one space-separated token of a From_ line.
const TIME_TOKEN = /^\d{1,2}:\d{2}(?::\d{2})?$/;
// RFC 5322 section 3.6.8 field-name followed by a colon; the class excludes ':' so there is no backtracking.
const FIELD_NAME = /^[!-9;-~]{1,200}:/;

/** Every message of an mbox file, found by the separator rule above. */
export function splitMboxForEval(bytes: Buffer): MboxEntry[] {
  // latin1 maps every byte to one UTF-16 unit, so string offsets are byte offsets.
  const text = bytes.toString('latin1');
  const entries: MboxEntry[] = [];
  let lineStart = 0;
  let previousLineBlank = true; // the start of the data counts as "after a blank line"
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const next = newline < 0 ? text.length : newline + 1;
    const lineEnd = newline < 0 ? text.length : newline;
    if (previousLineBlank && text.startsWith('From ', lineStart) && lineEnd - lineStart <= MAX_LINE) {
      const line = stripCr(text.slice(lineStart, lineEnd));
      if (hasFromLineTime(line) || startsWithField(text, next)) {
        entries.push({ index: entries.length + 1, offset: next, ...fromAndSubject(text, next) });
      }
    }
    previousLineBlank = lineEnd === lineStart || (lineEnd === lineStart + 1 && text[lineStart] === '\r');
    lineStart = next;
  }
  return entries;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** `From sender Tue Jun 14 19:52:09 2005`: a time among the few tokens after the sender. */
function hasFromLineTime(line: string): boolean {
  const tokens = line.split(' ').filter((t) => t !== '');
  return tokens.length >= 3 && tokens.slice(2, 8).some((t) => TIME_TOKEN.test(t));
}

function startsWithField(text: string, at: number): boolean {
  return at < text.length && FIELD_NAME.test(text.slice(at, at + 201));
}

/** The From and Subject of the header block that starts at `at`. */
function fromAndSubject(text: string, at: number): { from: string; subject: string } {
  const window = text.slice(at, at + MAX_HEADER_BLOCK);
  const blank = /\r?\n\r?\n/.exec(window);
  const block = blank ? window.slice(0, blank.index) : window;
  // RFC 5322 section 2.2.3: a line starting with white space continues the field above it.
  const fields = block.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/);
  return { from: fieldValue(fields, 'from'), subject: fieldValue(fields, 'subject') };
}

function fieldValue(fields: string[], name: string): string {
  const prefix = `${name}:`;
  const field = fields.find((f) => f.slice(0, prefix.length).toLowerCase() === prefix);
  if (!field) return '';
  const raw = field.slice(prefix.length, prefix.length + MAX_HEADER_VALUE).trim();
  try {
    return libmime.decodeWords(raw);
  } catch {
    return raw;
  }
}

/**
 * The rule that says which mbox messages are Amazon phishing, decided without amzcheck: "amazon" (any case)
 * in the From header (display name or address) or in the Subject. It fits a phishing dump such as the
 * Nazario corpus, where every mail is phishing and the Amazon ones say so in From or Subject (SOURCES.md
 * counts 34); an mbox in the corpus must therefore not hold genuine Amazon mail, which belongs in
 * amazon-legit.
 */
export function claimsAmazon(entry: { from: string; subject: string }): boolean {
  return /amazon/i.test(entry.from) || /amazon/i.test(entry.subject);
}
