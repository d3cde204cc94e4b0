/**
 * skeleton() computes ASCII strings from a per-char table instead of lower-casing, NFD, the invisible/mark
 * removal and the prototype map; this checks it against that general form (kept below verbatim) on every
 * ASCII char and on generated ASCII and mixed strings.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { skeleton } from '../../src/identity/lookalike/skeleton.js';
import { CONFUSABLES_BY_PROTOTYPE } from '../../src/identity/lookalike/unicode-data.js';

// ---- the reference: skeleton before the ASCII table, verbatim ----
const PROTOTYPE_OF = new Map<string, string>();
for (const [prototype, sources] of Object.entries(CONFUSABLES_BY_PROTOTYPE)) {
  for (const ch of sources) PROTOTYPE_OF.set(ch, prototype);
}
const INVISIBLE_OR_MARK = /[\p{Default_Ignorable_Code_Point}\p{M}]/gu;
function oldSkeleton(s: string): string {
  const nfd = s.toLowerCase().normalize('NFD').replace(INVISIBLE_OR_MARK, '');
  let out = '';
  for (const ch of nfd) out += PROTOTYPE_OF.get(ch) ?? ch;
  return out.toLowerCase();
}

const asciiChar = fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c));
/** ASCII weighted towards the letters and the confusable chars of the brand. */
const brandish = fc.constantFrom('a', 'm', 'M', 'z', 'o', 'n', 'r', '0', '1', '|', '`', '"', 'l', 'I', ' ', '.', '-');

describe('skeleton on ASCII equals the general form', () => {
  test('every ASCII char', () => {
    for (let c = 0; c < 128; c++) expect(skeleton(String.fromCharCode(c))).toBe(oldSkeleton(String.fromCharCode(c)));
  });

  test('generated ASCII strings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(asciiChar, brandish), { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        expect(skeleton(s)).toBe(oldSkeleton(s));
      }),
      { numRuns: 5000 },
    );
  });

  test('strings with non-ASCII chars still take the general form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(skeleton(a + b)).toBe(oldSkeleton(a + b));
      }),
      { numRuns: 3000 },
    );
    for (const s of ['аmazon', 'amazön', 'Ａｍａｚｏｎ', 'amܼazoܼn', 'İstanbul', 'ΑΜΑΖΟΝ', '']) expect(skeleton(s)).toBe(oldSkeleton(s));
  });
});
