/** normalizeText (src/message/text.ts) equals its earlier form, which replaced every run of blanks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/message/index.js';
import { MAX_TEXT_LENGTH } from '../../src/message/limits.js';

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
});
