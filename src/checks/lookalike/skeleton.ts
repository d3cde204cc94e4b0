/**
 * UTS #39 confusable skeletons and the script facts Chromium's IDN policy uses, on the generated Unicode data
 * (unicode-data.ts, from ../shared/unicode by scripts/gen-confusables.mjs).
 */
import { ALLOWED_IDENTIFIER_RANGES, CONFUSABLES_BY_PROTOTYPE } from './unicode-data.js';

const PROTOTYPE_OF = new Map<string, string>();
for (const [prototype, sources] of Object.entries(CONFUSABLES_BY_PROTOTYPE)) {
  for (const ch of sources) PROTOTYPE_OF.set(ch, prototype);
}

// Default_Ignorable_Code_Point (ZWJ, ZWNJ, U+FEFF, U+200E, soft hyphen, U+034F …) vanish on screen; UTS #39
// drops them before mapping. Combining marks are dropped too, as Chromium does ("remove diacritics"), so
// "amazön" and the Syriac-mark padding of phishing_pot sample-1201 ("amܼazoܼn") fold to the brand.
const INVISIBLE_OR_MARK = /[\p{Default_Ignorable_Code_Point}\p{M}]/gu;

/**
 * The UTS #39 skeleton of `s`, lower-cased and without diacritics: two strings look alike when their
 * skeletons are equal. The skeleton is for comparison only, never for display. skeleton("amazon") is
 * "arnazon" (m → rn), so one comparison also catches the ASCII lookalike "arnazon".
 *
 * Only prototypes that are ASCII are in the generated data (see the script); a character mapping elsewhere
 * stays as it is, which cannot change the outcome of a comparison with an ASCII name.
 */
export function skeleton(s: string): string {
  return ASCII_ONLY.test(s) ? asciiSkeleton(s) : unicodeSkeleton(s);
}

function unicodeSkeleton(s: string): string {
  const nfd = s.toLowerCase().normalize('NFD').replace(INVISIBLE_OR_MARK, '');
  let out = '';
  for (const ch of nfd) out += PROTOTYPE_OF.get(ch) ?? ch;
  return out.toLowerCase();
}

// The skeleton of an ASCII string, char by char from a table (it runs on every display name, subject and host
// of the header pass). Equal to unicodeSkeleton because on ASCII every step of it works per char: lower-casing
// maps ASCII to ASCII one char at a time, NFD leaves ASCII unchanged, no ASCII char is default-ignorable or a
// mark, and the prototypes are ASCII (lower-cased per char again). So the skeleton of the string is the
// concatenation of the skeletons of its chars, which the table holds (test/identity/skeleton-fast.test.ts
// checks every char and generated strings).
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_CHAR_SKELETON: readonly string[] = Array.from({ length: 128 }, (_, code) => unicodeSkeleton(String.fromCharCode(code)));
/** Lower-case ASCII chars whose skeleton is not the char itself ("0" → "o", "m" → "rn", "|" → "l" …). */
const ASCII_CONFUSABLE = new RegExp(
  '[' +
    ASCII_CHAR_SKELETON.flatMap((k, code) => {
      const ch = String.fromCharCode(code);
      return ch === ch.toLowerCase() && k !== ch ? ['\\x' + code.toString(16).padStart(2, '0')] : [];
    }).join('') +
    ']',
);

function asciiSkeleton(s: string): string {
  const lower = s.toLowerCase();
  if (!ASCII_CONFUSABLE.test(lower)) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) out += ASCII_CHAR_SKELETON[lower.charCodeAt(i)];
  return out;
}

// ASCII sequences that read as one letter in many fonts but are not in confusables.txt (dnstwist's homoglyph
// table, anchors.md 2.1 and 2.4). Applied after the skeleton, so "rn" (the skeleton of "m") folds back to "m".
const ASCII_GLYPH_PAIRS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/nn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * The skeleton, then multi-letter ASCII lookalikes folded to the letter they imitate: the form in which
 * "arnazon", "annazon", "аmazon" (Cyrillic а) and "amaz0n" all read "amazon".
 */
export function visualFold(s: string): string {
  let k = skeleton(s);
  for (const [re, to] of ASCII_GLYPH_PAIRS) k = k.replace(re, to);
  return k;
}

export type ScriptName = 'Latin' | 'Cyrillic' | 'Greek' | 'Han' | 'Hiragana' | 'Katakana' | 'Hangul' | 'Other';

const SCRIPT_TESTS: readonly [ScriptName, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
];
const COMMON_OR_INHERITED = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** The scripts of the letters in `s` (Common and Inherited characters such as digits and "-" belong to none). */
export function scriptsOf(s: string): Set<ScriptName> {
  const found = new Set<ScriptName>();
  for (const ch of s) {
    if (ch < '\u0080') {
      if (/[a-z]/i.test(ch)) found.add('Latin');
      continue;
    }
    if (COMMON_OR_INHERITED.test(ch)) continue;
    const hit = SCRIPT_TESTS.find(([, re]) => re.test(ch));
    found.add(hit ? hit[0] : 'Other');
  }
  return found;
}

const ALLOWED_RANGES: readonly (readonly [number, number])[] = ALLOWED_IDENTIFIER_RANGES.split(',').map((r) => {
  const [a, b] = r.split('-');
  const start = parseInt(a, 36);
  return [start, b === undefined ? start : parseInt(b, 36)] as const;
});

/** UTS #39 Identifier_Status=Allowed: characters Chromium is willing to show in a domain name. */
export function isAllowedInIdentifiers(codePoint: number): boolean {
  let lo = 0;
  let hi = ALLOWED_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ALLOWED_RANGES[mid];
    if (codePoint < a) hi = mid - 1;
    else if (codePoint > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Chromium's "Highly Restrictive" mixing rule (docs/idn.md): Latin never mixes with Cyrillic or Greek,
 * Cyrillic never with Greek; Latin may mix with Han, Hiragana, Katakana or Hangul (日本語-abc.jp is fine).
 */
export function isMixedScript(scripts: ReadonlySet<ScriptName>): boolean {
  const lcg = ['Latin', 'Cyrillic', 'Greek'].filter((s) => scripts.has(s as ScriptName)).length;
  if (lcg > 1) return true;
  if (scripts.has('Other') && scripts.size > 1) return true;
  if ((scripts.has('Cyrillic') || scripts.has('Greek')) && scripts.size > 1) return true;
  return false;
}
