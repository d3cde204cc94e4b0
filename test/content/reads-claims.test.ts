import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkContent, contentReadsClaims, type ContentInput } from '../../src/checks/content/index.js';
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
const LURE_TEXT = 'Your Amazon account is locked. Please call us at +1 (800) 555-0199 to verify your account.';

describe('contentReadsClaims: the pipeline reads the body claims only where the content check looks at them', () => {
  it('where it says no, checkContent finds nothing whatever the claim', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.boolean(),
        fc.constantFrom([], ['amazon.co.jp'], ['example.com'], ['example.com', 'amazon.com']),
        claimArb,
        fc.constantFrom(LURE_TEXT, 'Available on Amazon.', ''),
        (kind, authenticated, fromDomains, claim, text) => {
          const auth = { ...unauthenticatedSummary(fromDomains[0] ?? null), amazonAuthenticated: authenticated };
          const input: ContentInput = { subject: 'Amazon account', fromDomains, text, claim: claim as ContentInput['claim'], auth, kind };
          if (!contentReadsClaims(input)) expect(checkContent(input)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('says yes for an unauthenticated lure from elsewhere, and the check then reads the claim', () => {
    const input: ContentInput = {
      subject: 'Amazon account',
      fromDomains: ['example.com'],
      text: LURE_TEXT,
      claim: { related: true, claims: [{ where: 'body', technique: 'name', text: 'Amazon' }] },
      auth: unauthenticatedSummary('example.com'),
      kind: 'account',
    };
    expect(contentReadsClaims(input)).toBe(true);
    expect(checkContent(input).map((f) => f.code)).toContain('content.amazon-lure');
    expect(checkContent({ ...input, claim: { related: false, claims: [] } })).toEqual([]);
  });
});
