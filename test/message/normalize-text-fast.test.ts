/**
 * normalizeText (src/message/text.ts) equals its earlier forms: the one that replaced every run of blanks,
 * and the five-pass form (NFKC, then RegExp replaces, split, trim, join) that the one-pass loop replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/message/index.js';
import { MAX_TEXT_LENGTH } from '../../src/message/limits.js';
import { isInvisible, isWhitespace } from '../../src/message/text.js';

/** normalizeText before the blank-run change, verbatim but for the one RegExp. */
function normalizeTextBefore(text: string, maxLength: number = MAX_TEXT_LENGTH): string {
  const capped = text.length > maxLength * 2 ? text.slice(0, maxLength * 2) : text;
  const lines = capped
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u2060-\u2064\u180e\ufeff\u00ad\u034f]/g, '')
    .replace(/\u301c/g, '~')
    .replace(/[^\S\n]+/g, ' ')
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

/** The five-pass form, verbatim (the last before the one-pass loop). */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\u180e\ufeff\u00ad\u034f]/g;
const WAVE_DASH = /\u301c/g;
const HORIZONTAL_SPACE = /[^\S\n]{2,}|[^\S\n ]/g;
function normalizeTextFivePass(text: string, maxLength: number = MAX_TEXT_LENGTH): string {
  const capped = text.length > maxLength * 2 ? text.slice(0, maxLength * 2) : text;
  const lines = capped.normalize('NFKC').replace(INVISIBLE, '').replace(WAVE_DASH, '~').replace(HORIZONTAL_SPACE, ' ').split('\n');
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

describe('normalizeText', () => {
  it('equals the form that replaced every run of blanks, on generated text', () => {
    const char = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u3000', '\u2028', '\u200b', '\ufeff', 'a', 'あ', 'Ａ', '〜', '.');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (chars, max) => {
        const text = chars.join('');
        expect(normalizeText(text)).toBe(normalizeTextBefore(text));
        expect(normalizeText(text, max)).toBe(normalizeTextBefore(text, max));
      }),
      { numRuns: 5_000 },
    );
  });

  it('equals the five-pass form on generated text', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f',
        '\u205f', '\u3000', '\u200b', '\u200c', '\u200f', '\u2060', '\u2064', '\u180e', '\ufeff', '\u00ad', '\u034f', '\u0085',
        'a', 'Amazon', 'あ', 'ｱﾏｿﾞﾝ', 'Ａ', '①', '〜', '～', '\u00bd', '\u2126', '\ud83d\ude00', '\ud800', '.', '~', '\x7f', '\x00',
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (pieces, max) => {
        const text = pieces.join('');
        expect(normalizeText(text)).toBe(normalizeTextFivePass(text));
        expect(normalizeText(text, max)).toBe(normalizeTextFivePass(text, max));
      }),
      { numRuns: 20_000 },
    );
  });

  it('classifies every UTF-16 code unit as the RegExps do', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isWhitespace(c), c.toString(16)).toBe(/\s/.test(ch));
      expect(isWhitespace(c), c.toString(16)).toBe(ch.trim() === '');
      expect(isInvisible(c), c.toString(16)).toBe(/[\u200b-\u200f\u2060-\u2064\u180e\ufeff\u00ad\u034f]/.test(ch));
    }
  });
});
