import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/checks/security-code/text.js';

/** normalize as first written: the definition the cheaper white-space replacement keeps. */
const reference = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ');

// Every kind of white space and invisible character, and other text, so runs of every make-up are generated.
const SPECIAL = [' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u180e'];
const piece = fc.oneof(fc.constantFrom(...SPECIAL), fc.constantFrom('a', 'Z', '1', 'é', 'コード', 'Ｃｏｄｅ', ''), fc.string({ maxLength: 3 }));
const texts = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('normalize: white space runs', () => {
  it('equals NFKC, lower case, invisible characters removed and /\\s+/g as one space', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(normalize(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ['', ' ', '  ', 'a b', 'a\u200b b', 'a \u200b b', ' \n', 'x\u00a0y', 'Ｃｏｄｅ\u3000１２３']) expect(normalize(s)).toBe(reference(s));
  });
});
