import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addressesReader, brandAsActor, wordExcerpt, callbackFindings, callbackLure, checkContent, disguisedBrandFindings, subjectClaimFindings, type ContentInput } from '../../src/checks/content/index.js';
import type { AmazonClaim } from '../../src/identity/index.js';
import { finding, type Finding } from '../../src/findings.js';
import { isAmazonDomain } from '../../src/amazon/index.js';
import { unauthenticatedSummary } from '../../src/checks/authentication/types.js';
import type { MailKind } from '../../src/checks/security-code/index.js';

const KINDS: MailKind[] = ['security-code', 'sign-in-alert', 'order', 'payment', 'account', 'marketing', 'other'];
const claimArb = fc.record({
  related: fc.boolean(),
  claims: fc.array(
    fc.record({
      where: fc.constantFrom('display-name', 'address', 'subject', 'body'),
      technique: fc.constantFrom('name', 'amazon-domain', 'domain-name', 'katakana', 'prime-product'),
      text: fc.constantFrom('Amazon', 'amazon.co.jp', 'アマゾン'),
    }),
    { maxLength: 4 },
  ),
});
const TEXTS = [
  'Your Amazon account is locked. Please call us at +1 (800) 555-0199 to verify your account.',
  'Dear customer, your Amazon order could not be shipped.',
  'Available on Amazon.',
  'Your parcel is waiting.',
  '',
];

type Input = Omit<ContentInput, 'claims'> & { claim: AmazonClaim };

/** checkContent as it was, the claim read first: the definition the lazy reading of the claim keeps. */
function referenceCheckContent(input: Input): Finding[] {
  const { claim, auth, fromDomains } = input;
  if (auth.amazonAuthenticated) return [];
  if (fromDomains.some((d) => isAmazonDomain(d))) return [];
  const textClaims = claim.claims.filter((c) => (c.where === 'subject' || c.where === 'body') && c.technique !== 'amazon-domain');
  if (textClaims.length === 0 || !['security-code', 'sign-in-alert', 'account', 'payment', 'order'].includes(input.kind)) return [];
  if (!addressesReader(input.text)) return [];
  const actor = brandAsActor(`${input.subject}\n${input.text}`);
  if (!actor) return [];
  return [
    finding('content.amazon-lure', { kind: input.kind, where: [...new Set(textClaims.map((c) => c.where))], claimText: actor, fromDomain: fromDomains[0] ?? null }),
  ];
}

/** The callback part as defined with the claim read first: callbackLure's number, then callbackFindings. */
function referenceCallback(input: Input, lure: Finding | undefined): Finding[] {
  const found = callbackLure(input);
  return found === null ? [] : callbackFindings(input, input.claim, found, lure);
}

/** The header part of a claim (what readClaims reads at once). */
function headerOf(claim: AmazonClaim): AmazonClaim {
  const claims = claim.claims.filter((c) => c.where !== 'body');
  return { related: claims.length > 0, claims };
}

/** The input with a claims object that counts how often the check asks it for the claims. */
function counted(input: Input): { input: ContentInput; asked: () => number } {
  let asked = 0;
  const { claim, ...facts } = input;
  return {
    input: { ...facts, claims: { all: () => (asked++, claim), header: headerOf(claim) } },
    asked: () => asked,
  };
}

const NO_CLAIM: AmazonClaim = { related: false, claims: [] };
const EVERY_CLAIM: AmazonClaim = {
  related: true,
  claims: [
    { where: 'subject', technique: 'name', text: 'Amazon', strength: 'headers' },
    { where: 'body', technique: 'katakana', text: 'アマゾン', strength: 'mention', place: 'text' },
  ],
};

describe('checkContent reads the claims (and so the body part of them) only where it looks at them', () => {
  it('equals the claim-first original; where it does not ask for the claims, it finds nothing whatever they are', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.boolean(),
        fc.constantFrom([], ['amazon.co.jp'], ['example.com'], ['example.com', 'amazon.com']),
        claimArb,
        fc.constantFrom(...TEXTS),
        fc.constantFrom('Amazon account', 'Hello', 'Your Amazon order'),
        (kind, authenticated, fromDomains, claim, text, subject) => {
          const auth = { ...unauthenticatedSummary(fromDomains[0] ?? null), amazonAuthenticated: authenticated };
          const input: Input = { subject, fromDomains, text, claim: claim as AmazonClaim, auth, kind };
          const run = counted(input);
          const lure = referenceCheckContent(input);
          const header = [...disguisedBrandFindings(input, headerOf(input.claim)), ...subjectClaimFindings(input, headerOf(input.claim))];
          expect(checkContent(run.input)).toEqual([...header, ...lure, ...referenceCallback(input, lure[0])]);
          expect(run.asked()).toBeLessThanOrEqual(1);
          if (run.asked() === 0) {
            for (const claim of [NO_CLAIM, EVERY_CLAIM]) {
              const other = referenceCheckContent({ ...input, claim });
              expect([...other, ...referenceCallback({ ...input, claim }, other[0])]).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('an unauthenticated lure from elsewhere: the check asks for the claims, and the finding needs a text claim', () => {
    const input: Input = {
      subject: 'Amazon account',
      fromDomains: ['example.com'],
      text: TEXTS[0]!,
      claim: { related: true, claims: [{ where: 'body', technique: 'name', text: 'Amazon', strength: 'mention', place: 'text' }] },
      auth: unauthenticatedSummary('example.com'),
      kind: 'account',
    };
    const run = counted(input);
    expect(checkContent(run.input).map((f) => f.code)).toEqual(['content.amazon-lure', 'content.callback-number']);
    expect(run.asked()).toBe(1);
    expect(checkContent(counted({ ...input, claim: NO_CLAIM }).input)).toEqual([]);
  });

  it('a mail authenticated as Amazon: the check never asks for the claims', () => {
    const input: Input = {
      subject: 'Amazon account',
      fromDomains: ['example.com'],
      text: TEXTS[0]!,
      claim: EVERY_CLAIM,
      auth: { ...unauthenticatedSummary('example.com'), amazonAuthenticated: true },
      kind: 'account',
    };
    const run = counted(input);
    expect(checkContent(run.input)).toEqual([]);
    expect(run.asked()).toBe(0);
  });
});

describe('the excerpt shown for a lure', () => {
  it('does not start or end inside a word', () => {
    expect(brandAsActor('Account on hold Your Amazon account has been locked until you confirm')).toBe('hold Your Amazon account has been locked');
    expect(brandAsActor('Unusual activity. Please verify your Amazon account details now to avoid suspension')).toBe('verify your Amazon account details now to');
  });
  it('Japanese is cut where it is (no blanks between words)', () => {
    expect(brandAsActor('いつもご利用ありがとうございます。お客様のAmazonアカウントは一時的に停止されています')).toContain('お客様のAmazonアカウント');
  });
});

describe('wordExcerpt', () => {
  it('drops a word cut at either end, never the kept part', () => {
    const text = 'Unusual activity on your Amazon account detected today';
    const at = text.indexOf('Amazon');
    expect(wordExcerpt(text, at - 10, at + 6 + 12, at, at + 6)).toBe('on your Amazon account');
    expect(wordExcerpt('xxAmazonyy', 1, 9, 2, 8)).toBe('xAmazony');
  });
});
