import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addressesReader, brandAsActor, callbackNumber, checkContent, lureActor, lureFindings, type ContentInput } from '../../src/checks/content/index.js';
import { finding, type Finding } from '../../src/findings.js';
import { isAmazonDomain } from '../../src/amazon/index.js';
import { unauthenticatedSummary } from '../../src/checks/authentication/types.js';
import type { MailKind } from '../../src/report/model.js';

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

/** checkContent as it was, the claim read first: the definition lureActor + lureFindings keep. */
function referenceCheckContent(input: ContentInput): Finding[] {
  const { claim, auth, fromDomains } = input;
  if (auth.amazonAuthenticated) return [];
  if (fromDomains.some((d) => isAmazonDomain(d))) return [];
  const textClaims = claim.claims.filter((c) => (c.where === 'subject' || c.where === 'body') && c.technique !== 'amazon-domain');
  if (textClaims.length === 0 || !['security-code', 'sign-in-alert', 'account', 'payment', 'order'].includes(input.kind)) return [];
  if (!addressesReader(input.text)) return [];
  const actor = brandAsActor(`${input.subject}\n${input.text}`);
  if (!actor) return [];
  const out: Finding[] = [
    finding('content.amazon-lure', { kind: input.kind, where: [...new Set(textClaims.map((c) => c.where))], claimText: actor, fromDomain: fromDomains[0] ?? null }),
  ];
  const callback = callbackNumber(input.text);
  if (callback) out.push(finding('content.callback-number', { phone: callback.phone, context: callback.context, fromDomain: fromDomains[0] ?? null }));
  return out;
}

describe('lureActor: the pipeline reads the body claims only where the content check looks at them', () => {
  it('checkContent equals the claim-first original, is lureActor then lureFindings, and finds nothing whatever the claim where lureActor is null', () => {
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
          const input: ContentInput = { subject, fromDomains, text, claim: claim as ContentInput['claim'], auth, kind };
          const actor = lureActor(input);
          expect(checkContent(input)).toEqual(referenceCheckContent(input));
          if (actor === null) expect(checkContent(input)).toEqual([]);
          else expect(checkContent(input)).toEqual(lureFindings(input, input.claim, actor));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('an unauthenticated lure from elsewhere: lureActor says yes, and the finding needs a text claim', () => {
    const input: ContentInput = {
      subject: 'Amazon account',
      fromDomains: ['example.com'],
      text: TEXTS[0]!,
      claim: { related: true, claims: [{ where: 'body', technique: 'name', text: 'Amazon' }] },
      auth: unauthenticatedSummary('example.com'),
      kind: 'account',
    };
    expect(lureActor(input)).not.toBeNull();
    expect(checkContent(input).map((f) => f.code)).toEqual(['content.amazon-lure', 'content.callback-number']);
    expect(checkContent({ ...input, claim: { related: false, claims: [] } })).toEqual([]);
  });
});
