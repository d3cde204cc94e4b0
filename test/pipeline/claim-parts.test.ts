/**
 * analyze.ts reads the Amazon claim of a mail in parts: the headers first, the body text only where its claims
 * can change an outcome. These properties prove the parts give what one detectAmazonClaim call over headers
 * and text gives, and that the one reader of body claims skipped for mail authenticated as Amazon (the
 * content check) ignores them there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAmazonClaim, presentsAsAmazon, type ClaimInput } from '../../src/amazon/claim.js';
import { bodyClaimInput, withBodyClaims, withoutSubjectClaims } from '../../src/pipeline/analyze.js';
import { checkContent } from '../../src/checks/content/index.js';
import { unauthenticatedSummary } from '../../src/checks/authentication/types.js';

// Pieces that trigger every kind of claim (names, domains, fullwidth, katakana, spacing, junk splits, Prime,
// lookalike addresses, local parts), mixed with filler and random text.
const PIECES = [
  'Amazon', 'amazon', 'AMAZON', 'amazon.co.jp', 'Amazon.com', 'amazons', 'amazonas', 'Ａｍａｚｏｎ', '𝐀𝐦𝐚𝐳𝐨𝐧', 'アマゾン',
  'ｱﾏｿﾞﾝ', 'a m a z o n', 'a.m.a.z.o.n', 'amazon . co . jp', 'am\u200bazon', 'amáazon', 'arnazon', 'amaz0n', 'amzn',
  'amazone', 'Amozon', 'AIJMXD2EVWLmazon IJMXD2EVWL', 'Prime', 'Prime Video', 'prime membership', 'プライム会員',
  'Amazonプライム', 'Customer Support', 'your Amazon account', 'order', ' ', '\n', '.', ',', 'verify', 'news',
];
const ADDRESSES = [
  'support@amazon.co.jp', 'no-reply@amazon.com', 'amazon-support2@example.com', 'x@arnazon.com', 'info@amaz0n-jp.com',
  'amazonses.com', 'amazon.com', 'list@lists.example.org', 'user@example.com', '"Amazon" <x@y.z>', '', 'amzn@gmail.com',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((a) => a.join(' '));
const headerInput: fc.Arbitrary<ClaimInput> = fc.record({
  fromName: fc.array(text, { maxLength: 2 }),
  addresses: fc.array(fc.oneof(fc.constantFrom(...ADDRESSES), fc.string({ maxLength: 12 })), { maxLength: 3 }),
  subject: text,
});

describe('the claim read in parts', () => {
  it('header claims followed by body claims are the claims of headers and text together', () => {
    fc.assert(
      fc.property(headerInput, text, (h, body) => {
        const whole = detectAmazonClaim({ ...h, text: body });
        const header = detectAmazonClaim(h);
        expect(withBodyClaims(header, detectAmazonClaim(bodyClaimInput(body)))).toEqual(whole);
        // Without the body part, where the headers claim Amazon: what the authentication, sender and links
        // checks read (related, presentsAsAmazon) is the same.
        if (header.related) {
          const partial = withBodyClaims(header, null);
          expect(partial.related).toBe(whole.related);
          expect(presentsAsAmazon(partial)).toBe(presentsAsAmazon(whole));
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('the header claims without the subject ones are the claims of the same headers with an empty subject', () => {
    fc.assert(
      fc.property(headerInput, (h) => {
        expect(withoutSubjectClaims(detectAmazonClaim(h))).toEqual(detectAmazonClaim({ ...h, subject: '' }));
      }),
      { numRuns: 3_000 },
    );
  });

  it('the content check reads no claim of a mail authenticated as Amazon', () => {
    const auth = { ...unauthenticatedSummary('example.com'), amazonAuthenticated: true, authenticatedFromDomain: 'example.com' };
    const kinds = ['security-code', 'sign-in-alert', 'account', 'payment', 'order', 'marketing', 'other'] as const;
    fc.assert(
      fc.property(headerInput, text, fc.constantFrom(...kinds), (h, body, kind) => {
        const claim = detectAmazonClaim({ ...h, text: `${body} your Amazon account, call +1 815 452 4246` });
        expect(checkContent({ subject: h.subject, fromDomains: ['example.com'], text: body, claim, auth, kind })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
