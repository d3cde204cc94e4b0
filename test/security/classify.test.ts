import { describe, expect, test } from 'vitest';
import { classifyMail } from '../../src/checks/security-code/index.js';
import { loadEml } from './helpers.js';

describe('classifyMail: genuine Amazon account-security mails, by type and language', () => {
  const cases = [
    ['ja-genuine-password-reset.eml', 'password-reset', 'security-code', 'ja', 'JP'],
    ['ja-genuine-sign-in-code.eml', 'sign-in-code', 'security-code', 'ja', 'JP'],
    ['ja-genuine-sign-in-approval.eml', 'sign-in-approval', 'sign-in-alert', 'ja', 'JP'],
    ['ja-genuine-new-sign-in.eml', 'new-sign-in', 'sign-in-alert', 'ja', 'JP'],
    ['ja-genuine-account-change.eml', 'account-change', 'security-code', 'ja', 'JP'],
    ['ja-genuine-new-account.eml', 'new-account', 'security-code', 'ja', 'JP'],
    ['en-genuine-password-reset.eml', 'password-reset', 'security-code', 'en', 'US'],
    ['en-genuine-sign-in-code.eml', 'sign-in-code', 'security-code', 'en', 'US'],
    ['en-genuine-sign-in-approval.eml', 'sign-in-approval', 'sign-in-alert', 'en', 'US'],
    ['en-genuine-new-sign-in.eml', 'new-sign-in', 'sign-in-alert', 'en', 'US'],
    ['en-genuine-account-change.eml', 'account-change', 'security-code', 'en', 'US'],
    ['en-genuine-new-account.eml', 'new-account', 'security-code', 'en', 'US'],
    ['fr-genuine-verification-code-amazon-fr.eml', 'password-reset', 'security-code', 'fr', 'FR'],
  ] as const;
  for (const [file, type, kind, language, marketplace] of cases) {
    test(`${file} is a ${type} mail (${kind}) in ${language} from ${marketplace}`, async () => {
      const c = classifyMail(await loadEml(file));
      expect(c.kind).toBe(kind);
      expect(c.security?.type).toBe(type);
      expect(c.security?.language).toBe(language);
      expect(c.security?.marketplace).toBe(marketplace);
    });
  }
});

describe('classifyMail: fakes are named for the mail they imitate (authentication decides genuineness)', () => {
  const types = ['password-reset', 'sign-in-code', 'sign-in-approval', 'new-sign-in', 'account-change', 'new-account'];
  for (const lang of ['ja', 'en']) {
    for (const type of types) {
      test(`${lang}-fake-dmarc-fail-${type}.eml is worded as ${type}`, async () => {
        const c = classifyMail(await loadEml(`${lang}-fake-dmarc-fail-${type}.eml`));
        expect(c.security?.type).toBe(type);
        expect(c.security?.language).toBe(lang);
      });
    }
  }

  test('a lookalike sender gets no marketplace from its From domain, only from Amazon links if any', async () => {
    const c = classifyMail(await loadEml('ja-fake-lookalike-domain-password-reset.eml'));
    expect(c.security?.type).toBe('password-reset');
    expect(c.security?.marketplace).toBeNull();
  });
});

describe('classifyMail: codes', () => {
  test('the code of a genuine reset mail is extracted and masked', async () => {
    const c = classifyMail(await loadEml('ja-genuine-password-reset-fullwidth-code.eml'));
    expect(c.security?.code).toBe('482917');
    expect(c.security?.codeMasked).toBe('48••••');
  });

  test('a code mail that does not say what the code is for is a verification-code', async () => {
    const c = classifyMail(await loadEml('en-genuine-otp-without-purpose.eml'));
    expect(c.kind).toBe('security-code');
    expect(c.security?.type).toBe('verification-code');
    expect(c.security?.code).toBe('731846');
  });

  test('sign-in approval and new sign-in notices carry no code', async () => {
    expect(classifyMail(await loadEml('ja-genuine-sign-in-approval.eml')).security?.code).toBeNull();
    expect(classifyMail(await loadEml('en-genuine-new-sign-in.eml')).security?.code).toBeNull();
  });

  test('every genuine code mail yields a 6-digit code', async () => {
    for (const f of ['ja-genuine-sign-in-code.eml', 'en-genuine-account-change.eml', 'en-genuine-new-account.eml']) {
      expect(classifyMail(await loadEml(f)).security?.code, f).toMatch(/^\d{6}$/);
    }
  });
});

describe('classifyMail: mails that are not account-security mails', () => {
  test('an order confirmation full of numbers is an order, with no code', async () => {
    const c = classifyMail(await loadEml('ja-genuine-order-confirmation-with-numbers.eml'));
    expect(c.kind).toBe('order');
    expect(c.security).toBeNull();
    expect(c.language).toBe('ja');
    expect(c.marketplace).toBe('JP');
  });

  test('a suspension lure that hands out a "security code" is an account lure, not a code mail', async () => {
    const c = classifyMail(await loadEml('en-fake-suspension-with-security-code-lure.eml'));
    expect(c.kind).toBe('account');
    expect(c.security).toBeNull();
  });

  test('a Microsoft sign-in alert is not an Amazon mail at all', async () => {
    const c = classifyMail(await loadEml('en-microsoft-new-sign-in-not-amazon.eml'));
    expect(c.kind).toBe('other');
    expect(c.security).toBeNull();
  });
});
