/** The one text form checks match against: NFKC, invisible characters removed, whitespace collapsed. */
import { MAX_TEXT_LENGTH } from './limits.js';

// Zero-width and invisible format characters that split words for filters but not for readers (phishing_pot
// samples pad "Prime" and "Amazon" with U+200C/U+200D, U+FEFF and U+200E): ZWSP, ZWNJ, ZWJ, LRM, RLM, word
// joiner and invisible operators, Mongolian vowel separator, BOM, soft hyphen, combining grapheme joiner.
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\u180e\ufeff\u00ad\u034f]/g;
// JIS-based decoders give U+301C WAVE DASH where CP932 ones give U+FF5E (which NFKC turns into "~"): fold
// both so a match does not depend on which decoder read the mail.
const WAVE_DASH = /\u301c/g;
// Runs of blanks other than newline become one space. A run that is already one plain space is left out of
// the match (it would be replaced by itself): same result, far fewer replacements in ordinary text. Each match
// is a whole run: a match can only start where a run starts, since a run's first character either begins a
// match of two or more (greedy, to the end of the run) or is a lone blank other than a space.
const HORIZONTAL_SPACE = /[^\S\n]{2,}|[^\S\n ]/g;

/**
 * Normalise text for matching: NFKC (full-width digits and letters, half-width kana), invisible characters
 * removed, runs of blanks to one space, blank lines dropped, lines trimmed; capped at MAX_TEXT_LENGTH.
 */
export function normalizeText(text: string, maxLength: number = MAX_TEXT_LENGTH): string {
  // Cap before normalising so the work is bounded; NFKC can grow text a little, so cap again after.
  const capped = text.length > maxLength * 2 ? text.slice(0, maxLength * 2) : text;
  const lines = capped
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(WAVE_DASH, '~')
    .replace(HORIZONTAL_SPACE, ' ')
    .split('\n');
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    kept.push(t);
    length += t.length + 1;
    if (length > maxLength) break;
  }
  const joined = kept.join('\n');
  return joined.length > maxLength ? joined.slice(0, maxLength) : joined;
}
