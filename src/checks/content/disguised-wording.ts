/**
 * Lure wording written in disguise: "ActuaIice su informacion de pago" (a capital I standing for l), "c0nfirm
 * your account" (a digit for a letter), "Verify yоur" (a Cyrillic о inside a Latin word), 「力ード情報の更新」 (the
 * kanji 力 for the katakana カ). Nobody writes a word this way but to keep a filter from reading it, so a subject
 * whose demand only reads as lure wording once the look-alike letters are read as what they imitate is a finding
 * (content check). Bounded: the subject only, one pass over its characters.
 */
import { skeleton } from '../../identity/lookalike/index.js';

/**
 * Kanji that look like katakana, from Unicode's confusables.txt (UTS #39, the version of
 * identity/lookalike/unicode-data.ts): カ/力 (30AB;529B), ロ/口 (30ED;53E3), エ/工 (30A8;5DE5), タ/夕 (30BF;5915),
 * ト/卜 (30C8;535C), ハ/八 (30CF;516B), ニ/二 (30CB;4E8C), ー/一 (4E00;30FC).
 */
const KANJI_FOR_KATAKANA: ReadonlyMap<string, string> = new Map([
  ['力', 'カ'], ['口', 'ロ'], ['工', 'エ'], ['夕', 'タ'], ['卜', 'ト'], ['八', 'ハ'], ['二', 'ニ'], ['一', 'ー'],
]);

/** How a word of the wording was disguised. */
export type WordingDisguise = 'capital-i-for-l' | 'digit-for-letter' | 'other-alphabet' | 'kanji-for-katakana';

/** The subject with its look-alike letters read as the letters they imitate, and the disguises used. */
export interface ReadWording {
  /** The readings: a 1 between letters is read as l, and once more as i when there is one ("ver1fy"). */
  reads: string[];
  disguises: WordingDisguise[];
}

const MAX_SUBJECT = 1024;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK_OR_CYRILLIC = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
const KATAKANA = /[\u30a1-\u30fa\u30fc]/u;

/**
 * The subject read as its reader reads it. Only letters that stand inside a word of another kind are read
 * again: an I between lower-case letters ("ActuaIice"; "iPhone", "WiFI" and all-capital words stay), a 0 or 1
 * between letters ("c0nfirm", "ver1fy"), a Greek or Cyrillic letter inside a Latin word, a kanji of
 * KANJI_FOR_KATAKANA beside katakana. Null when none is there.
 */
export function readDisguisedWording(subject: string): ReadWording | null {
  const chars = Array.from(subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject);
  const disguises = new Set<WordingDisguise>();
  const out: string[] = [];
  const oneAt: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (ch === 'I' && LOWER.test(before) && (after === '' || !LETTER.test(after) || LOWER.test(after))) {
      out.push('l');
      disguises.add('capital-i-for-l');
    } else if ((ch === '0' || ch === '1') && LATIN.test(before) && LATIN.test(after)) {
      if (ch === '1') oneAt.push(out.join('').length);
      out.push(ch === '0' ? 'o' : 'l');
      disguises.add('digit-for-letter');
    } else if (GREEK_OR_CYRILLIC.test(ch) && (LATIN.test(before) || LATIN.test(after))) {
      const k = skeleton(ch);
      out.push(k);
      if (k !== ch.toLowerCase()) disguises.add('other-alphabet');
    } else if (KANJI_FOR_KATAKANA.has(ch) && (KATAKANA.test(before) || KATAKANA.test(after))) {
      out.push(KANJI_FOR_KATAKANA.get(ch)!);
      disguises.add('kanji-for-katakana');
    } else out.push(ch);
  }
  if (disguises.size === 0) return null;
  const read = out.join('');
  const reads = oneAt.length > 0 ? [read, oneAt.reduce((s, i) => s.slice(0, i) + 'i' + s.slice(i + 1), read)] : [read];
  return { reads, disguises: [...disguises] };
}
