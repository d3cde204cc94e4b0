/**
 * The claim detector skips the skeleton of a text (the costly part of its homoglyph test) when the skeleton
 * cannot contain a "z" (identity/claim.ts, mayHaveZInSkeleton): the brand's skeleton "arnazon" needs one. These
 * tests check the premise: whenever skeleton(s) has a "z", mayHaveZInSkeleton(s) says so. First on every
 * single code point of the planes where letters live (any text's skeleton is made of its characters' pieces),
 * then on generated text mixing confusables, marks, invisible characters and ordinary letters.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { detectAmazonClaim, mayHaveZInSkeleton } from '../../src/identity/claim.js';
import { skeleton } from '../../src/identity/lookalike/index.js';
import { CONFUSABLES_BY_PROTOTYPE } from '../../src/identity/lookalike/unicode-data.js';

const confusableChars = Object.values(CONFUSABLES_BY_PROTOTYPE).flatMap((sources) => [...sources]);
const zConfusables = Object.entries(CONFUSABLES_BY_PROTOTYPE)
  .filter(([prototype]) => prototype.toLowerCase().includes('z'))
  .flatMap(([, sources]) => [...sources]);

describe('the skeleton of a text has a "z" only where mayHaveZInSkeleton says it may', () => {
  test('every code point of the BMP and of plane 1 (mathematical and other styled letters)', () => {
    let withZ = 0;
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!skeleton(ch).includes('z')) continue;
      withZ++;
      expect(mayHaveZInSkeleton(ch), `U+${cp.toString(16)}`).toBe(true);
    }
    // z, Z, their fullwidth and styled forms, the letters with diacritics over a z...: the test saw them.
    expect(withZ).toBeGreaterThan(50);
  });

  test('generated text: confusables (z-like ones among them), marks, invisible chars, letters, Japanese', () => {
    const piece = fc.oneof(
      fc.constantFrom(...confusableChars),
      fc.constantFrom(...zConfusables),
      fc.constantFrom('\u0301', '\u0307', '\u200b', '\u200d', '\ufeff', '\u00ad', 'ź', 'ž', 'Ż', 'ẓ', 'ｚ', 'Ｚ', 'ℤ', '𝐳', 'İ', 'ß'),
      fc.constantFrom('a', 'm', 'r', 'n', 'o', 'A', 'M', '0', ' ', '.', 'ア', 'マ', 'ゾ', 'ン', '注', '文'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        if (skeleton(s).includes('z')) expect(mayHaveZInSkeleton(s)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  test('homoglyph claims in a body are still found (the skip does not hide them)', () => {
    for (const text of ['Your аmаzоn account', 'Sign in to arnazon now', 'Ａｍａｚｏｎ', 'amaᴢon support', 'Welcome to ａｍａｚｏｎ.co.jp']) {
      expect(detectAmazonClaim({ fromName: [], addresses: [], subject: '', text }).related, text).toBe(true);
    }
    expect(detectAmazonClaim({ fromName: [], addresses: [], subject: '', text: 'Our monthly newsletter: new books and music' }).related).toBe(false);
  });
});
