/**
 * Finding the one-time code in a security mail, and masking it. The code is never printed in full: only the
 * masked form leaves this module in evidence.
 */
import { CODE_PHRASES } from '../../amazon/wording.js';
import { findPhrase } from './text.js';

/** Amazon's OTPs are 6 digits (docs/sources.md#what-each-kind-means); up to 8 is accepted for other flows, shorter never. */
export const CODE_MIN_DIGITS = 6;
export const CODE_MAX_DIGITS = 8;

/** How far from the code wording a number may stand ("…(OTP):\n 123456" and 「123456はご自身の…」). */
export const CODE_WINDOW_AFTER = 80;
export const CODE_WINDOW_BEFORE = 40;

/** Occurrences of code wording considered per text, so hostile repetition cannot cost much. */
const MAX_PHRASE_HITS = 20;

const DIGIT = /[0-9]/;
const LETTER = /[a-z]/i;
// A number glued to these is part of something else: an order number (503-1234567-…), a price ($, ¥, 円),
// a phone (+81…), a date or a path.
const NOT_BEFORE = new Set(['-', '_', '.', ',', '/', '$', '¥', '€', '£', '#', '+', '@', '=', '&', '?']);
const NOT_AFTER = new Set(['-', '_', '/', '円', '%', '@', '=', '&']);

export interface ExtractedCode {
  code: string;
  /** The code wording the code stood next to, as written in the data. */
  phrase: string;
  language: string;
}

/**
 * The code of a security mail: a run of 6–8 ASCII digits standing on its own within a short distance of code
 * wording ("one time password", 「確認コード」…). `text` must be NFKC-normalised (full-width digits are ASCII
 * then). Returns null when no such number is near code wording: a year, a price or an order number elsewhere
 * in the mail is never taken.
 */
export function extractCode(text: string): ExtractedCode | null {
  let best: (ExtractedCode & { distance: number }) | null = null;
  for (const { language, phrases } of CODE_PHRASES) {
    for (const { text: phrase } of phrases) {
      let from = 0;
      for (let hits = 0; hits < MAX_PHRASE_HITS; hits++) {
        const at = findPhrase(text, phrase, from);
        if (at === -1) break;
        const end = at + phrase.length;
        const after = firstCodeIn(text, end, Math.min(text.length, end + CODE_WINDOW_AFTER));
        if (after && (!best || after.start - end < best.distance)) {
          best = { code: after.code, phrase, language, distance: after.start - end };
        }
        const before = lastCodeIn(text, Math.max(0, at - CODE_WINDOW_BEFORE), at);
        if (before && (!best || at - before.end < best.distance)) {
          best = { code: before.code, phrase, language, distance: at - before.end };
        }
        from = at + 1;
      }
    }
  }
  return best ? { code: best.code, phrase: best.phrase, language: best.language } : null;
}

interface Candidate {
  code: string;
  start: number;
  end: number;
}

function candidatesIn(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  let i = from;
  // A window that starts inside a number must not cut a shorter "code" out of it.
  while (i > 0 && i < to && DIGIT.test(text[i]) && DIGIT.test(text[i - 1])) i++;
  while (i < to) {
    if (!DIGIT.test(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && DIGIT.test(text[j])) j++;
    if (j <= to && standsAlone(text, i, j)) out.push({ code: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}

function standsAlone(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < CODE_MIN_DIGITS || len > CODE_MAX_DIGITS) return false;
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (LETTER.test(before) || NOT_BEFORE.has(before)) return false;
  if (LETTER.test(after) || NOT_AFTER.has(after)) return false;
  // "123456." ends a sentence; "123456.78" or "123,456" is an amount.
  if ((after === '.' || after === ',' || after === ':') && DIGIT.test(text[end + 1] ?? '')) return false;
  return true;
}

function firstCodeIn(text: string, from: number, to: number): Candidate | null {
  return candidatesIn(text, from, to)[0] ?? null;
}

function lastCodeIn(text: string, from: number, to: number): Candidate | null {
  const all = candidatesIn(text, from, to);
  return all[all.length - 1] ?? null;
}

/**
 * The code with all but its first characters hidden: "123456" -> "12••••". At most 2 characters stay, and
 * fewer for short codes, so a masked code never gives away enough to be used.
 */
export function maskCode(code: string): string {
  const chars = [...code];
  const keep = Math.min(2, Math.floor(chars.length / 3));
  return chars.slice(0, keep).join('') + '•'.repeat(chars.length - keep);
}
