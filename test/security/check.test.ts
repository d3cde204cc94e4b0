import { describe, expect, test } from 'vitest';
import { ofCode } from '../../src/findings.js';
import { checkSecurityMail, classifyMail } from '../../src/checks/security-code/index.js';
import { loadEml } from './helpers.js';

async function check(file: string, options: Parameters<typeof checkSecurityMail>[2] = {}) {
  const msg = await loadEml(file);
  const c = classifyMail(msg);
  return { c, findings: checkSecurityMail(msg, c, options) };
}

describe('checkSecurityMail: what each kind means', () => {
  const cases = [
    ['ja-genuine-password-reset.eml', 'security-code.password-reset', 'low'],
    ['en-genuine-sign-in-code.eml', 'security-code.sign-in-code', 'high'],
    ['ja-genuine-sign-in-approval.eml', 'security-code.sign-in-approval', 'high'],
    ['en-genuine-new-sign-in.eml', 'security-code.new-sign-in', 'high'],
    ['ja-genuine-account-change.eml', 'security-code.account-change', 'medium'],
    ['en-genuine-new-account.eml', 'security-code.new-account', 'low'],
    ['en-genuine-otp-without-purpose.eml', 'security-code.verification-code', 'low'],
  ] as const;
  for (const [file, code, severity] of cases) {
    test(`${file} -> ${code} (${severity})`, async () => {
      const { findings } = await check(file, { authenticAmazon: true });
      expect(findings.map((f) => [f.code, f.severity])).toEqual([[code, severity]]);
    });
  }

  test('evidence carries the masked code and never the code itself', async () => {
    const { c, findings } = await check('ja-genuine-password-reset-fullwidth-code.eml');
    expect(findings.filter(ofCode('security-code.password-reset'))[0].evidence.codeMasked).toBe('48••••');
    expect(JSON.stringify(findings)).not.toContain(c.security!.code!);
  });

  test('a mail authentication rejected is reported as an imitation, not by its meaning', async () => {
    const { findings } = await check('ja-fake-dmarc-fail-sign-in-approval.eml', { authenticAmazon: false });
    expect(findings.map((f) => f.code)).toEqual(['security-code.imitation']);
  });

  test('a mail that is not an account-security mail yields no finding', async () => {
    const { findings } = await check('ja-genuine-order-confirmation-with-numbers.eml');
    expect(findings).toEqual([]);
  });
});

describe('checkSecurityMail: requests from elsewhere', () => {
  test('a code from a marketplace the user does not use is reported', async () => {
    const { findings } = await check('fr-genuine-verification-code-amazon-fr.eml', {
      authenticAmazon: true,
      usualMarketplaces: ['JP'],
    });
    const f = findings.find((x) => x.code === 'security-code.unusual-marketplace');
    expect(f?.evidence).toMatchObject({ marketplace: 'FR', usualMarketplaces: ['JP'] });
  });

  test('a code in a language the user does not use is reported', async () => {
    const { findings } = await check('fr-genuine-verification-code-amazon-fr.eml', {
      authenticAmazon: true,
      usualLanguages: ['ja'],
    });
    const f = findings.find((x) => x.code === 'security-code.unusual-language');
    expect(f?.evidence).toMatchObject({ language: 'fr', usualLanguages: ['ja'] });
  });

  test('a code from the usual marketplace in the usual language is not', async () => {
    const { findings } = await check('ja-genuine-password-reset.eml', {
      authenticAmazon: true,
      usualMarketplaces: ['JP'],
      usualLanguages: ['ja'],
    });
    expect(findings.map((f) => f.code)).toEqual(['security-code.password-reset']);
  });

  test('origin is not judged for a fake: where a lure was written says nothing about a request', async () => {
    const { findings } = await check('en-fake-dmarc-fail-password-reset.eml', {
      authenticAmazon: false,
      usualMarketplaces: ['JP'],
      usualLanguages: ['ja'],
    });
    expect(findings.map((f) => f.code)).toEqual(['security-code.imitation']);
  });
});
