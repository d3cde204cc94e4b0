/**
 * readClaims (src/identity/index.ts) reads the Amazon claim of a mail in parts: the headers first, the body
 * text only where a caller asks for it. These properties prove the parts give what one detectAmazonClaim call
 * over headers and text gives, and that the one reader of body claims skipped for mail authenticated as Amazon
 * (the content check) ignores them there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyClaimInput,
  detectAmazonClaim,
  headerClaimInput,
  presentsAsAmazon,
  readClaims,
  withBodyClaims,
  withoutSubjectClaims,
  type ClaimInput,
  type ClaimedHeaders,
} from '../../src/identity/index.js';
import type { Address } from '../../src/message/types.js';
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

const address = (written: string, name: string): Address => {
  const at = written.lastIndexOf('@');
  return { name, address: written, domain: at < 0 ? null : written.slice(at + 1).toLowerCase() || null };
};
const addressArb = fc.tuple(fc.oneof(fc.constantFrom(...ADDRESSES), fc.string({ maxLength: 12 })), fc.oneof(fc.constant(''), text)).map(([a, n]) => address(a, n));
const headersArb: fc.Arbitrary<ClaimedHeaders> = fc.record({
  from: fc.array(addressArb, { maxLength: 2 }),
  replyTo: fc.array(addressArb, { maxLength: 1 }),
  sender: fc.array(addressArb, { maxLength: 1 }),
  returnPath: fc.option(fc.constantFrom(...ADDRESSES), { nil: null }),
  dkimSignatures: fc
    .array(fc.constantFrom('amazon.co.jp', 'amazonses.com', 'example.com', 'arnazon.com'), { maxLength: 2 })
    .map((ds) => ds.map((domain) => ({ domain, selector: 's', identity: null, algorithm: null, signedHeaders: [], signedAt: null, raw: '' }))),
  subject: text,
});
const forwardedArb = fc.option(fc.record({ from: fc.array(addressArb, { minLength: 1, maxLength: 2 }), subject: text }), { nil: null });

describe('readClaims: the parts read lazily equal the whole detection', () => {
  it('all() is the detection over headers and text followed by the forwarded original\'s; claim and presentsAsAmazon agree with it', () => {
    fc.assert(
      fc.property(headersArb, text, forwardedArb, (h, body, forwarded) => {
        const claims = readClaims({ ...h, text: body }, forwarded);
        const whole = detectAmazonClaim({ ...headerClaimInput(h), text: body });
        const original = forwarded
          ? detectAmazonClaim({ fromName: forwarded.from.map((a) => a.name), addresses: forwarded.from.map((a) => a.address), subject: forwarded.subject })
          : null;
        const all = original ? { related: whole.related || original.related, claims: [...whole.claims, ...original.claims] } : whole;
        expect(claims.header).toEqual(detectAmazonClaim(headerClaimInput(h)));
        expect(claims.forwarded).toEqual(original);
        expect(claims.all()).toEqual(all);
        expect(claims.all()).toBe(claims.all());
        expect(claims.body()).toEqual(detectAmazonClaim(bodyClaimInput(body)));
        expect(claims.body()).toBe(claims.body());
        // What the authentication, sender and links checks read does not depend on whether the body was read.
        expect(claims.claim.related).toBe(all.related);
        if (!presentsAsAmazon(claims.header)) expect(claims.claim).toEqual(all);
        expect(claims.presentsAsAmazon).toBe(presentsAsAmazon(all));
        expect(claims.ownSender).toEqual(forwarded ? detectAmazonClaim({ ...headerClaimInput(h), subject: '' }) : claims.claim);
      }),
      { numRuns: 1_500 },
    );
  });
});

describe('the claim read in parts', () => {
  it('header claims followed by body claims are the claims of headers and text together', () => {
    fc.assert(
      fc.property(headerInput, text, (h, body) => {
        const whole = detectAmazonClaim({ ...h, text: body });
        const header = detectAmazonClaim(h);
        expect(withBodyClaims(header, detectAmazonClaim(bodyClaimInput(body)))).toEqual(whole);
        // Without the body part, where the headers present the mail as Amazon: what the authentication, sender
        // and links checks read (related, presentsAsAmazon) is the same.
        if (presentsAsAmazon(header)) {
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
        expect(checkContent({ subject: h.subject, fromDomains: ['example.com'], text: body, claims: { all: () => claim, header: claim }, auth, kind })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
