/**
 * detectAmazonClaim skips NFKC, the removal of invisible chars and of marks for ASCII text (identity/claim.ts,
 * ASCII_ONLY): on ASCII each of these is the identity, so the folded forms are the lower-cased text. These
 * properties check that fact on every ASCII char and on generated ASCII strings, with the same RegExps.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { detectAmazonClaim } from '../../src/identity/claim.js';

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const MARKS = /\p{M}/gu;
// The foldings as textClaims and the Prime matchers wrote them before the shortcut.
const nfkcLower = (raw: string) => raw.normalize('NFKC').toLowerCase();
const textClean = (raw: string) => nfkcLower(raw).replace(INVISIBLE, '').replace(MARKS, '');
const primeClean = (raw: string) => raw.normalize('NFKC').replace(INVISIBLE, '').replace(MARKS, '').toLowerCase();

const asciiString = fc.array(fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), { maxLength: 80 }).map((a) => a.join(''));

describe('on ASCII text every folding of the claim detector is lower-casing', () => {
  test('every ASCII char', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      expect(nfkcLower(ch)).toBe(ch.toLowerCase());
      expect(textClean(ch)).toBe(ch.toLowerCase());
      expect(primeClean(ch)).toBe(ch.toLowerCase());
    }
  });

  test('generated ASCII strings (NFKC composes nothing between ASCII chars)', () => {
    fc.assert(
      fc.property(asciiString, (s) => {
        expect(nfkcLower(s)).toBe(s.toLowerCase());
        expect(textClean(s)).toBe(s.toLowerCase());
        expect(primeClean(s)).toBe(s.toLowerCase());
      }),
      { numRuns: 5000 },
    );
  });

  test('the claims found on ASCII text are unchanged (as the code before the shortcut found them)', () => {
    const subjects: [string, string[]][] = [
      ['Your Amazon order', ['name']],
      ['amazon.co.jp: your order', ['domain-name']],
      ['Amazons.co.jp notice', ['misspelling']],
      ['arnazon account', ['homoglyph']],
      ['AMAZ0N security', ['homoglyph']],
      ['a m a z o n', ['spaced']],
      ['amazon . co . jp', ['name', 'spaced-domain']],
      ['AIJMXD2EVWLmazon IJMXD2EVWL', ['junk-token-split']],
      ['Amozon notice', ['misspelling']],
      ['amzn order', ['abbreviation']],
      ['Your Prime membership', ['prime-product']],
      ['Weekend plans', []],
    ];
    for (const [subject, techniques] of subjects) {
      const claim = detectAmazonClaim({ fromName: [], addresses: [], subject });
      expect(claim.claims.map((c) => c.technique).sort()).toEqual([...techniques].sort());
    }
    expect(detectAmazonClaim({ fromName: ['Prime Support'], addresses: [], subject: '' }).claims.map((c) => c.technique)).toEqual(['prime-product']);
  });
});

describe('memoised display-name and address claims', () => {
  test('repeated calls give the same claims, and changing a result does not change the next one', () => {
    const inputs = [
      { fromName: ['Amazon.co.jp', 'Prime Support'], addresses: ['no-reply@amazon.co.jp', 'amazon.co.jp'], subject: 'Your Amazon.co.jp Prime membership' },
      { fromName: ['Аmazon'], addresses: ['support@arnazon-secure.com', 'amazon-support2@example.com'], subject: '' },
      { fromName: ['GitHub'], addresses: ['notifications@github.com', 'github.com'], subject: 'PR' },
    ];
    for (const input of inputs) {
      const first = detectAmazonClaim(input);
      const snapshot = JSON.stringify(first);
      for (const c of first.claims) {
        c.text = 'changed';
        c.technique = 'changed';
      }
      first.claims.push({ where: 'body', text: 'x', technique: 'x', strength: 'mention' });
      expect(JSON.stringify(detectAmazonClaim(input))).toBe(snapshot);
    }
    expect(detectAmazonClaim(inputs[2]).related).toBe(false);
    expect(detectAmazonClaim(inputs[0]).claims.length).toBeGreaterThan(2);
  });
});
