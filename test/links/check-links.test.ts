import { describe, expect, it } from 'vitest';
import { checkLinks, MAX_FINDINGS_PER_CODE, MAX_LINK_SUMMARIES } from '../../src/checks/links/index.js';
import { ofCode, type Finding, type FindingCode, type FindingOf } from '../../src/findings.js';
import type { Message } from '../../src/message/types.js';
import { authenticated, claimsAmazon, doesNotClaimAmazon, fixture, mentionsAmazon } from './helpers.js';

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}
function only<C extends FindingCode>(findings: Finding[], code: C): FindingOf<C> {
  const hits = findings.filter(ofCode(code));
  expect(hits, `exactly one ${code} in ${JSON.stringify(codes(findings))}`).toHaveLength(1);
  return hits[0];
}

describe('checkLinks: credential links that leave Amazon', () => {
  it('flags a Japanese sign-in link to a non-Amazon host as high in a mail that claims Amazon', async () => {
    const { findings } = checkLinks(await fixture('jp-signin-link-to-lookalike.eml'), claimsAmazon());
    const f = only(findings, 'links.credential-link-off-amazon');
    expect(f.severity).toBe('high');
    expect(f.evidence).toMatchObject({
      url: 'https://amazon.co.jp.signin-verify.xyz/ap/signin?id=8812',
      host: 'amazon.co.jp.signin-verify.xyz',
      where: 'html',
      text: 'サインインして確認',
      purpose: 'sign-in',
    });
  });

  it('judges a Safe Links-wrapped link by its destination and keeps the chain', async () => {
    const { findings, links } = checkLinks(await fixture('safelinks-wrapped-phish.eml'), claimsAmazon());
    const f = only(findings, 'links.credential-link-off-amazon');
    expect(f.evidence.host).toBe('account-verify.example.com');
    expect(f.evidence.unwrappedFrom).toEqual([expect.stringContaining('safelinks.protection.outlook.com')]);
    expect(links[0]).toMatchObject({ finalUrl: 'https://account-verify.example.com/login?session=42', amazon: false });
  });

  it('judges Proofpoint v2, v3 and Google-wrapped links by their destinations', async () => {
    const { findings } = checkLinks(await fixture('proofpoint-and-google-wrapped.eml'), claimsAmazon());
    const hosts = findings.filter((f) => f.code === 'links.credential-link-off-amazon').map((f) => f.evidence.host);
    expect(hosts.sort()).toEqual(['jp-pay-check.example.top', 'login-amazon-jp.example.top', 'secure-amazon-jp.example.top']);
  });

  it('reads the purpose of a text address from the words before it (Japanese payment lure)', async () => {
    const { findings } = checkLinks(await fixture('plain-text-japanese-payment-lure.eml'), claimsAmazon());
    const f = only(findings, 'links.credential-link-off-amazon');
    expect(f.evidence).toMatchObject({ host: 'pay-update.example.info', where: 'text', purpose: 'payment' });
  });

  it('is low in a mail that only mentions Amazon in its body', async () => {
    const { findings } = checkLinks(await fixture('jp-signin-link-to-lookalike.eml'), mentionsAmazon());
    expect(only(findings, 'links.credential-link-off-amazon').severity).toBe('low');
  });

  it('is only info in a mail that does not claim Amazon', async () => {
    const { findings } = checkLinks(await fixture('jp-signin-link-to-lookalike.eml'), doesNotClaimAmazon());
    expect(only(findings, 'links.credential-link-off-amazon').severity).toBe('info');
  });

  it('says nothing when a non-Amazon mail links to its own DMARC-authenticated domain', async () => {
    const ctx = doesNotClaimAmazon(authenticated('examplebooks.example'));
    const { findings } = checkLinks(await fixture('newsletter-with-account-links.eml'), ctx);
    expect(codes(findings)).not.toContain('links.credential-link-off-amazon');
  });

  it('is low when Amazon itself (authenticated) wrote the link', async () => {
    const ctx = claimsAmazon(authenticated('amazon.co.jp', true));
    const { findings } = checkLinks(await fixture('jp-signin-link-to-lookalike.eml'), ctx);
    expect(only(findings, 'links.credential-link-off-amazon').severity).toBe('low');
  });
});

describe('checkLinks: the shown address is Amazon, the link is not', () => {
  it('flags anchor text showing an Amazon URL over a link elsewhere', async () => {
    const { findings } = checkLinks(await fixture('anchor-text-amazon-href-elsewhere.eml'), claimsAmazon());
    const f = only(findings, 'links.text-shows-amazon-goes-elsewhere');
    expect(f.severity).toBe('high');
    expect(f.evidence).toMatchObject({ shownDomain: 'www.amazon.com', host: 'orders-review.example.top' });
  });

  it('skips the mismatch when the target is the authenticated sender\'s own domain (rspamd)', async () => {
    const ctx = claimsAmazon(authenticated('orders-review.example.top'));
    const { findings } = checkLinks(await fixture('anchor-text-amazon-href-elsewhere.eml'), ctx);
    expect(codes(findings)).not.toContain('links.text-shows-amazon-goes-elsewhere');
  });

  it('keeps it at low in a newsletter that does not claim Amazon', async () => {
    const { findings } = checkLinks(await fixture('newsletter-with-account-links.eml'), doesNotClaimAmazon());
    expect(only(findings, 'links.text-shows-amazon-goes-elsewhere').severity).toBe('low');
  });
});

describe('checkLinks: how the host is written', () => {
  it('flags a host imitating Amazon through the lookalike engine (Amazon domain in front of another)', async () => {
    const { findings } = checkLinks(await fixture('jp-signin-link-to-lookalike.eml'), claimsAmazon());
    const f = only(findings, 'links.lookalike-host');
    expect(f.severity).toBe('high');
    expect(f.evidence).toMatchObject({ host: 'amazon.co.jp.signin-verify.xyz', imitates: 'amazon.co.jp', technique: 'target-embedding' });
  });

  it('flags a lookalike domain written as plain text (no link markup)', async () => {
    const { findings } = checkLinks(await fixture('plain-text-japanese-payment-lure.eml'), claimsAmazon());
    expect(only(findings, 'links.lookalike-host').evidence).toMatchObject({
      url: 'amazon.co.jp.verify-account.xyz',
      element: 'bare-domain',
      where: 'text',
    });
  });

  it('keeps a lookalike at low in a mail that does not present itself as Amazon', async () => {
    const { findings } = checkLinks(await fixture('jp-signin-link-to-lookalike.eml'), mentionsAmazon());
    expect(only(findings, 'links.lookalike-host').severity).toBe('low');
  });

  it('flags IP-literal hosts in dotted, decimal and hex notation', async () => {
    const { findings } = checkLinks(await fixture('ip-literal-link.eml'), claimsAmazon());
    const ip = findings.filter((f) => f.code === 'links.ip-address-host');
    expect(ip.map((f) => [f.evidence.host, f.evidence.technique]).sort()).toEqual([
      ['203.0.113.7', 'ipv4'],
      ['203.0.113.8', 'ipv4-decimal'],
      ['203.0.113.9', 'ipv4-hex'],
    ]);
    expect(ip.every((f) => f.severity === 'high')).toBe(true);
  });

  it('flags an http credential link to an IP as plain http too', async () => {
    const { findings } = checkLinks(await fixture('ip-literal-link.eml'), claimsAmazon());
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'links.credential-link-plain-http', evidence: expect.objectContaining({ host: '203.0.113.7' }) }),
    );
  });

  it('flags the user@host trick and names the real host', async () => {
    const { findings } = checkLinks(await fixture('userinfo-trick.eml'), claimsAmazon());
    const f = only(findings, 'links.userinfo-trick');
    expect(f.evidence).toMatchObject({ shownAs: 'www.amazon.co.jp', host: 'login-check.example.com', where: 'text' });
    expect(f.severity).toBe('high');
  });

  it('flags javascript: and data: links', async () => {
    const { findings } = checkLinks(await fixture('script-and-data-links.eml'), claimsAmazon());
    const schemes = findings.filter((f) => f.code === 'links.script-or-data-url').map((f) => f.evidence.scheme);
    expect(schemes.sort()).toEqual(['data', 'javascript']);
  });

  it('flags punycode hosts and shows how a browser may display them', async () => {
    const { findings } = checkLinks(await fixture('punycode-link.eml'), claimsAmazon());
    const f = only(findings, 'links.punycode-host');
    expect(f.evidence.host).toMatch(/^xn--/);
    expect(f.evidence.unicodeHost).toBe('お知らせ.example.jp');
  });
});

describe('checkLinks: where the page lives', () => {
  it('flags URL shorteners, free hosting and S3 website hosts', async () => {
    const { findings } = checkLinks(await fixture('shortener-and-free-hosting-links.eml'), claimsAmazon());
    expect(only(findings, 'links.url-shortener').evidence.host).toBe('bit.ly');
    expect(only(findings, 'links.free-hosting').evidence).toMatchObject({ host: 'amazon-unlock-7731.web.app', service: 'web.app' });
    expect(only(findings, 'links.rented-amazon-infrastructure').evidence).toMatchObject({ service: 'amazonaws.com' });
  });

  it('flags a credential form in an HTML attachment', async () => {
    const { findings } = checkLinks(await fixture('credential-form-only-in-html-attachment.eml'), claimsAmazon());
    const f = only(findings, 'links.credential-form');
    expect(f.severity).toBe('high');
    expect(f.evidence).toMatchObject({ where: 'attachment:Invoice-114-2231.html', host: 'collect.invoice-center.example.net' });
    expect(f.evidence.inputs).toEqual(expect.arrayContaining(['password']));
  });

  it("flags Amazon's redirector forwarding elsewhere in a mail Amazon did not authenticate", async () => {
    const { findings, links } = checkLinks(await fixture('amazon-redirector-to-elsewhere.eml'), claimsAmazon());
    expect(only(findings, 'links.redirect-leaves-amazon').evidence).toMatchObject({
      startsAt: 'www.amazon.com',
      finalUrl: 'https://prime-billing.example.net/update',
    });
    expect(links[0]).toMatchObject({ host: 'prime-billing.example.net', amazon: false });
  });

  it('judges base-href, area and meta-refresh links like anchors', async () => {
    const { findings } = checkLinks(await fixture('base-href-meta-refresh-and-area.eml'), claimsAmazon());
    const f = only(findings, 'links.credential-link-off-amazon');
    expect(f.evidence.host).toBe('prime-renew.example.org');
    expect(f.evidence.occurrences).toBeGreaterThanOrEqual(2);
  });
});

describe('checkLinks: genuine Amazon links', () => {
  it('raises nothing on genuine Amazon order, sign-in and password links', async () => {
    const { findings } = checkLinks(await fixture('genuine-amazon-order-links.eml'), claimsAmazon());
    expect(findings).toEqual([]);
  });

  it('recognises the Amazon link patterns and says so in the summary', async () => {
    const { links } = checkLinks(await fixture('genuine-amazon-order-links.eml'), claimsAmazon());
    const byText = Object.fromEntries(links.map((l) => [l.text, l]));
    expect(byText['注文内容を表示']).toMatchObject({
      amazon: true,
      purpose: 'order',
      amazonPattern: 'order-details',
      finalUrl: 'https://www.amazon.co.jp/gp/css/order-details?orderID=250-1234567-7654321',
      unwrappedFrom: [expect.stringContaining('/gp/r.html')],
    });
    expect(byText['配送状況を確認']).toMatchObject({ amazon: true, purpose: 'order', amazonPattern: 'shipment-tracking' });
    expect(byText['承認または否認']).toMatchObject({ amazon: true, purpose: 'sign-in', amazonPattern: 'sign-in-approval' });
    expect(byText['サインイン']).toMatchObject({ amazon: true, purpose: 'sign-in', amazonPattern: 'sign-in' });
    expect(byText['パスワードをお忘れですか']).toMatchObject({ amazon: true, purpose: 'password-reset', amazonPattern: 'password-assistance' });
    expect(byText['Amazon.co.jp']).toMatchObject({ amazon: true, purpose: 'account' });
  });
});

describe('checkLinks: ordinary mail of others', () => {
  it('raises nothing above low on newsletter links of a mail that does not claim Amazon', async () => {
    const { findings } = checkLinks(await fixture('newsletter-with-account-links.eml'), doesNotClaimAmazon());
    expect(findings.filter((f) => f.severity === 'high' || f.severity === 'medium')).toEqual([]);
    expect(codes(findings)).toContain('links.url-shortener');
  });

  it('raises nothing above low on a newsletter that mentions amazon.com in its body', async () => {
    const { findings } = checkLinks(await fixture('newsletter-with-account-links.eml'), mentionsAmazon());
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.severity === 'high' || f.severity === 'medium')).toEqual([]);
  });
});

describe('checkLinks: report summary', () => {
  it(`keeps at most ${MAX_LINK_SUMMARIES} links in the summary`, async () => {
    const base = await fixture('genuine-amazon-order-links.eml');
    const html = Array.from({ length: 120 }, (_, i) => `<a href="https://www.amazon.co.jp/dp/B${i}">item ${i}</a>`).join('');
    const msg: Message = { ...base, htmlParts: [html] };
    expect(checkLinks(msg, claimsAmazon()).links).toHaveLength(MAX_LINK_SUMMARIES);
  });

  it(`reports at most ${MAX_FINDINGS_PER_CODE} hosts per code and counts the rest`, async () => {
    const base = await fixture('genuine-amazon-order-links.eml');
    const html = Array.from({ length: 30 }, (_, i) => `<a href="https://h${i}.example.net/">Sign in</a>`).join('');
    const { findings } = checkLinks({ ...base, htmlParts: [html] }, claimsAmazon());
    const off = findings.filter((f) => f.code === 'links.credential-link-off-amazon');
    expect(off).toHaveLength(MAX_FINDINGS_PER_CODE);
    expect(off[off.length - 1].evidence.otherHosts).toBe(30 - MAX_FINDINGS_PER_CODE);
  });

  it('reports a message with more links than the cap', async () => {
    const base = await fixture('genuine-amazon-order-links.eml');
    const html = Array.from({ length: 2100 }, (_, i) => `<a href="https://www.amazon.co.jp/dp/B${i}">item</a>`).join('');
    const { findings } = checkLinks({ ...base, htmlParts: [html] }, claimsAmazon());
    expect(only(findings, 'links.too-many-links')).toMatchObject({ severity: 'info', evidence: { limit: 2000 } });
  });
});
