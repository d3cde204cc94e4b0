/**
 * Line wrapping for the human report on a terminal: breaks between words, never inside an address, a link or
 * any other run of characters without a space, and, in Japanese, between characters where Japanese line
 * breaking allows it (kinsoku: never before 。、」） or a small kana, never after 「（). Widths are terminal
 * columns: East Asian wide and full-width characters count as two. ANSI colour sequences count as nothing and
 * are kept where they are (a colour that spans a break simply continues on the next line, as terminals keep it).
 *
 * A word longer than the line is never cut: it stands on a line of its own and the terminal shows it whole
 * (copying it from the terminal still gives the whole address or link).
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\u0300-\u036f\u200b-\u200f\ufe00-\ufe0f]/u;

/** Terminal columns of one character. */
export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** Terminal columns of a text, ANSI colour sequences excluded. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) w += charWidth(ch);
  return w;
}

/** Pad to a terminal width, counting East Asian wide characters (kana, kanji, full-width forms) as two columns. */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Characters a line must not start with (JIS X 4051 line-start prohibition, and ASCII closing punctuation). */
const NO_START = new Set(Array.from('、。，．,.:;!?！？」』）】〕〉》｝］〙〗’”)]}・ー〜ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥%％'));
/** Characters a line must not end with (opening brackets). */
const NO_END = new Set(Array.from('「『（【〔〈《｛［〘〖‘“([{'));

interface Unit {
  /** Escape sequences that come before the character, then the character. */
  text: string;
  ch: string;
  width: number;
}

function units(line: string): Unit[] {
  const out: Unit[] = [];
  let pending = '';
  let last = 0;
  const push = (segment: string) => {
    for (const ch of segment) {
      out.push({ text: pending + ch, ch, width: charWidth(ch) });
      pending = '';
    }
  };
  for (const m of line.matchAll(ANSI)) {
    push(line.slice(last, m.index));
    pending += m[0];
    last = m.index + m[0].length;
  }
  push(line.slice(last));
  if (pending) out.push({ text: pending, ch: '', width: 0 });
  return out;
}

/** May the line break before u[i]? Spaces are break points (and are dropped at the break). */
function breakBefore(u: Unit[], i: number): boolean {
  const prev = u[i - 1]?.ch ?? '';
  const cur = u[i]!.ch;
  if (cur === '' || cur === ' ') return false;
  if (prev === ' ') return true;
  if (NO_START.has(cur) || NO_END.has(prev)) return false;
  // Between two characters where one is wide (Japanese, Chinese, Korean): allowed, as in Japanese typesetting.
  // Two narrow characters without a space between them are one word, address or link: never broken.
  return u[i]!.width === 2 || u[i - 1]!.width === 2;
}

/**
 * Wrap one line to `width` columns. Continuation lines start with `hang` spaces (the indent of the text the line
 * continues). A line that fits is returned as it is.
 */
export function wrapLine(line: string, width: number, hang: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const u = units(line);
  const out: string[] = [];
  const indent = ' '.repeat(hang);
  let start = 0; // first unit of the current line
  let col = 0; // its width so far
  let lastBreak = -1; // a unit before which the current line may end
  let first = true;
  for (let i = 0; i < u.length; i++) {
    if (i > start && breakBefore(u, i)) lastBreak = i;
    col += u[i]!.width;
    const avail = first ? width : width - hang;
    if (col > avail && lastBreak > start && u[i]!.ch !== ' ') {
      out.push(emit(u, start, lastBreak, first ? '' : indent));
      first = false;
      start = lastBreak;
      lastBreak = -1;
      col = 0;
      for (let j = start; j <= i; j++) col += u[j]!.width;
    }
  }
  out.push(emit(u, start, u.length, first ? '' : indent));
  return out;
}

/** Units [from, to) as text, without the spaces at either end (their colour sequences are kept). */
function emit(u: Unit[], from: number, to: number, indent: string): string {
  let a = from;
  let b = to;
  let lead = '';
  let trail = '';
  while (a < b && u[a]!.ch === ' ') lead += u[a++]!.text.slice(0, -1);
  if (from === 0) {
    // The first line keeps its own indentation.
    lead = '';
    a = from;
  }
  while (b > a && u[b - 1]!.ch === ' ') trail = u[--b]!.text.slice(0, -1) + trail;
  let s = indent + lead;
  for (let i = a; i < b; i++) s += u[i]!.text;
  return s + trail;
}

/** Marks where a line's hanging indent is: continuation lines line up under the text after the mark. */
export const HANG = '\u0000';
/** Marks a line that is never wrapped (a timeline bar). */
export const NO_WRAP = '\u0001';

/**
 * Wrap every line of a report. A line with HANG continues under the text after the mark; any other line
 * continues under its first non-space character. With no width (piped output), the marks are only removed.
 */
export function wrapReport(lines: readonly string[], width: number | undefined): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    if (raw.startsWith(NO_WRAP)) {
      out.push(raw.slice(1));
      continue;
    }
    const mark = raw.indexOf(HANG);
    const line = mark >= 0 ? raw.slice(0, mark) + raw.slice(mark + 1) : raw;
    if (!width || width <= 0) {
      out.push(line);
      continue;
    }
    const hang = mark >= 0 ? displayWidth(raw.slice(0, mark)) : (/^ */.exec(line)?.[0].length ?? 0);
    // Never hang so deep that nothing fits beside it.
    out.push(...wrapLine(line, width, Math.min(hang, Math.floor(width / 2))));
  }
  return out;
}
