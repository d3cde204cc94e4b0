/** The one text form checks match against: NFKC, invisible characters removed, whitespace collapsed. */
import { MAX_TEXT_LENGTH } from './limits.js';

/**
 * Zero-width and invisible format characters that split words for filters but not for readers (phishing_pot
 * samples pad "Prime" and "Amazon" with U+200C/U+200D, U+FEFF and U+200E): ZWSP, ZWNJ, ZWJ, LRM, RLM, word
 * joiner and invisible operators, Mongolian vowel separator, BOM, soft hyphen, combining grapheme joiner.
 */
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0x180e || c === 0xfeff || c === 0x00ad || c === 0x034f;
}

/** The characters of RegExp `\s` (and of String.prototype.trim): ECMAScript WhiteSpace and LineTerminator. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

// JIS-based decoders give U+301C WAVE DASH where CP932 ones give U+FF5E (which NFKC turns into "~"): fold
// both so a match does not depend on which decoder read the mail.
const WAVE_DASH = 0x301c;

/**
 * Normalise text for matching: NFKC (full-width digits and letters, half-width kana), invisible characters
 * removed, runs of blanks to one space, blank lines dropped, lines trimmed; capped at MAX_TEXT_LENGTH.
 *
 * After NFKC, one pass over the characters does what used to be five (replace the invisible characters,
 * replace the wave dash, replace blank runs, split into lines, trim and join the non-empty ones): a run of
 * whitespace and invisible characters between two visible characters becomes "\n" when it holds a line
 * break and " " otherwise, and is dropped at either end of the text. Stretches that stay as they are (text
 * with single spaces and single line breaks) are copied as slices. test/message/normalize-text-fast.test.ts
 * compares it with the five-pass form on generated text, and the character classes with the RegExps.
 */
export function normalizeText(text: string, maxLength: number = MAX_TEXT_LENGTH): string {
  // Cap before normalising so the work is bounded; NFKC can grow text a little, so cap again after.
  const capped = text.length > maxLength * 2 ? text.slice(0, maxLength * 2) : text;
  const s = capped.normalize('NFKC');
  const len = s.length;
  let out = '';
  /** Start of the stretch of `s` not yet added to `out`, which is copied as it is. */
  let from = 0;
  let hasVisible = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    // Visible ASCII, and kana to the end of the BMP before U+FEFF (no blank or invisible character there):
    // the bulk of every text, copied as part of the current stretch.
    if ((c > 0x20 && c < 0x7f) || (c >= 0x3040 && c < 0xfeff)) {
      hasVisible = true;
      continue;
    }
    if (c === WAVE_DASH) {
      out += s.slice(from, i) + '~';
      from = i + 1;
      hasVisible = true;
      continue;
    }
    if (!isInvisible(c) && !isWhitespace(c)) {
      hasVisible = true;
      continue;
    }
    // A run of whitespace and invisible characters, up to the next visible character (or the end).
    let j = i;
    let blank = false;
    let newline = false;
    for (; j < len; j++) {
      const d = s.charCodeAt(j);
      if (d === 0x0a) newline = blank = true;
      else if (isInvisible(d)) continue; // removed before blanks were looked at: U+FEFF is no blank
      else if (isWhitespace(d)) blank = true;
      else break;
    }
    // A single space or line break between two visible characters stays as it is.
    if (j === i + 1 && (c === 0x20 || c === 0x0a) && hasVisible && j < len) continue;
    out += s.slice(from, i);
    // Whitespace between two visible characters separates them; invisible characters alone join them.
    if (blank && hasVisible && j < len) out += newline ? '\n' : ' ';
    from = j;
    i = j - 1;
    if (out.length > maxLength) break;
  }
  if (from < len && out.length <= maxLength) out += s.slice(from);
  return out.length > maxLength ? out.slice(0, maxLength) : out;
}
