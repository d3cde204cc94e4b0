import { describe, expect, it } from 'vitest';
import { linkCodes } from '../../src/checks/links/codes.js';
import { linksText } from '../../src/report/text/links.js';
import { LANGS } from '../../src/report/text/types.js';
import { checkLinks } from '../../src/checks/links/index.js';
import { claimsAmazon, fixture } from './helpers.js';

describe('link finding text', () => {
  it('has English and Japanese text for every link code', () => {
    for (const code of Object.keys(linkCodes) as (keyof typeof linkCodes)[]) {
      for (const lang of LANGS) {
        const t = linksText[code][lang];
        expect(t.title.length, `${code} ${lang} title`).toBeGreaterThan(0);
        expect(t.explain.length, `${code} ${lang} explain`).toBeGreaterThan(20);
      }
    }
  });

  it('writes the Japanese explanation in Japanese', () => {
    for (const code of Object.keys(linkCodes) as (keyof typeof linkCodes)[]) {
      expect(linksText[code].ja.explain, code).toMatch(/[\u3040-\u30ff]/);
    }
  });

  it('names the link, where it was found, its text and its real host in the message', async () => {
    const { findings } = checkLinks(await fixture('credential-form-only-in-html-attachment.eml'), claimsAmazon());
    const f = findings.find((x) => x.code === 'links.credential-form')!;
    expect(linksText['links.credential-form'].en.message(f.evidence)).toContain('Invoice-114-2231.html');
    expect(linksText['links.credential-form'].ja.message(f.evidence)).toContain('collect.invoice-center.example.net');

    const jp = checkLinks(await fixture('jp-signin-link-to-lookalike.eml'), claimsAmazon()).findings;
    const off = jp.find((x) => x.code === 'links.credential-link-off-amazon')!;
    const ja = linksText['links.credential-link-off-amazon'].ja.message(off.evidence);
    expect(ja).toContain('サインインして確認');
    expect(ja).toContain('amazon.co.jp.signin-verify.xyz');
  });

  it('says where a wrapped link really goes', async () => {
    const { findings } = checkLinks(await fixture('safelinks-wrapped-phish.eml'), claimsAmazon());
    const f = findings.find((x) => x.code === 'links.credential-link-off-amazon')!;
    expect(linksText['links.credential-link-off-amazon'].en.message(f.evidence)).toContain(
      'really goes to https://account-verify.example.com/login?session=42',
    );
  });
});
