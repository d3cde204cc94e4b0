import { describe, expect, test } from 'vitest';
import { checkSender } from '../../src/checks/sender/index.js';
import { detectAmazonClaim } from '../../src/identity/claim.js';
import { claimInputOf, fixtureHeaders, trustedResults, UNVERIFIED } from './helpers.js';
import type { AuthSummary } from '../../src/checks/authentication/types.js';

function senderFindings(fixture: string, auth: AuthSummary = UNVERIFIED, text?: string) {
  const h = fixtureHeaders(fixture);
  return checkSender(h, detectAmazonClaim(claimInputOf(h, text)), auth);
}
const codes = (f: { code: string }[]) => f.map((x) => x.code);

describe('checkSender', () => {
  test('a display name saying Amazon over an unrelated address is impersonation', () => {
    const f = senderFindings('display-name-amazon-over-unrelated-domain.eml');
    expect(f).toContainEqual(
      expect.objectContaining({
        code: 'sender.display-name-impersonation',
        evidence: expect.objectContaining({ displayName: 'Amazon.co.jp', domain: 'example-shop.cn' }),
      }),
    );
  });

  test('an Amazon From address without any Amazon signature is reported when nothing can be verified', () => {
    const f = senderFindings('amazon-address-without-amazon-signature.eml');
    expect(f).toContainEqual(
      expect.objectContaining({ code: 'sender.amazon-address-unauthenticated', evidence: expect.objectContaining({ reason: 'no-amazon-signature' }) }),
    );
  });

  test('an Amazon From address the trusted receiver did not authenticate is reported', () => {
    const f = senderFindings('genuine-amazon-order-signed-with-ses-return-path.eml', trustedResults(null, false));
    expect(f).toContainEqual(
      expect.objectContaining({ code: 'sender.amazon-address-unauthenticated', evidence: expect.objectContaining({ reason: 'not-authenticated' }) }),
    );
  });

  test('genuine Amazon mail (aligned authentication, bounces and SES Return-Path) has no sender finding', () => {
    expect(senderFindings('genuine-amazon-order-signed-with-ses-return-path.eml', trustedResults('amazon.com', true))).toEqual([]);
  });

  test('an Amazon signature that cannot be verified offline is left to the authentication check', () => {
    expect(senderFindings('genuine-amazon-order-signed-with-ses-return-path.eml')).toEqual([]);
  });

  test("an Amazon employee's mail relayed by a mailing list has no sender finding (list Return-Path)", () => {
    expect(senderFindings('amazon-employee-via-kernel-list.eml')).toEqual([]);
  });

  test('a quoted pseudo-address is a malformed From', () => {
    const f = senderFindings('quoted-pseudo-address-from.eml');
    expect(f).toContainEqual(expect.objectContaining({ code: 'sender.malformed-from', evidence: expect.objectContaining({ kind: 'quoted-pseudo-address' }) }));
    expect(codes(f)).not.toContain('sender.amazon-address-unauthenticated');
  });

  test('a From without a domain is malformed', () => {
    const f = senderFindings('no-domain-from.eml');
    expect(f).toContainEqual(expect.objectContaining({ code: 'sender.malformed-from', evidence: expect.objectContaining({ kind: 'no-domain' }) }));
  });

  test('two From mailboxes are malformed', () => {
    const f = senderFindings('two-mailboxes-from.eml');
    expect(f).toContainEqual(expect.objectContaining({ code: 'sender.malformed-from', evidence: expect.objectContaining({ kind: 'multiple-mailboxes' }) }));
  });

  test('a free-mail sender claiming Amazon is reported with the provider', () => {
    const f = senderFindings('free-mail-sender-says-amazon-prime.eml');
    expect(f).toContainEqual(expect.objectContaining({ code: 'sender.free-mail', evidence: expect.objectContaining({ provider: 'gmail.com' }) }));
  });

  test('a lookalike From domain is reported with its technique', () => {
    const f = senderFindings('lookalike-from-domain-amazom-co-jp.eml');
    expect(f).toContainEqual(
      expect.objectContaining({
        code: 'sender.lookalike-domain',
        evidence: expect.objectContaining({ header: 'from', host: 'amazom.co.jp', imitates: 'amazon.co.jp', technique: 'edit-distance' }),
      }),
    );
  });

  test('"X via List" with the original in Reply-To: the Reply-To is judged as the sender', () => {
    const f = senderFindings('list-rewrite-reply-to-amazon-address.eml');
    expect(f).toContainEqual(
      expect.objectContaining({ code: 'sender.amazon-address-unauthenticated', evidence: expect.objectContaining({ address: 'account-update@amazon.co.jp' }) }),
    );
    expect(codes(f)).not.toContain('sender.reply-to-elsewhere');
    expect(codes(f)).not.toContain('sender.return-path-elsewhere');
  });

  test('"X via List" whose original sender is unrelated is display-name impersonation of that sender', () => {
    const f = senderFindings('list-rewrite-reply-to-unrelated-address.eml');
    expect(f).toContainEqual(
      expect.objectContaining({
        code: 'sender.display-name-impersonation',
        evidence: expect.objectContaining({ address: 'changggewind03@freenomdou.example', header: 'reply-to' }),
      }),
    );
  });

  test('an address hidden in the display name behind combining marks is reported', () => {
    const f = senderFindings('display-name-holds-address-with-syriac-marks.eml');
    expect(f).toContainEqual(
      expect.objectContaining({ code: 'sender.display-name-address', evidence: expect.objectContaining({ addressInName: 'customers@services.amzn.com' }) }),
    );
  });

  test('the brand in the local part and replies to free mail are both reported', () => {
    const f = senderFindings('reply-to-free-mail-local-part-amazon.eml');
    expect(codes(f)).toContain('sender.local-part-impersonation');
    expect(f).toContainEqual(expect.objectContaining({ code: 'sender.reply-to-elsewhere', evidence: expect.objectContaining({ freeMail: true }) }));
  });

  test('a newsletter that only links to amazon.com in its body has no sender finding', () => {
    const f = senderFindings('newsletter-mentions-amazon-link.eml', UNVERIFIED, 'A good read: https://www.amazon.com/dp/0000000000');
    expect(f).toEqual([]);
  });
});
