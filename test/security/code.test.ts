import { describe, expect, test } from 'vitest';
import { extractCode, maskCode } from '../../src/checks/security-code/index.js';

// extractCode reads normalised text (NFKC, lower case), as classifyMail hands it over.
const n = (s: string) => s.normalize('NFKC').toLowerCase();

describe('extractCode: takes the number that stands next to code wording', () => {
  test('after the English OTP sentence', () => {
    expect(extractCode(n('To authenticate, please use the following One Time Password (OTP): 123456 Don’t share it.'))?.code).toBe('123456');
  });

  test('after 「確認コード」', () => {
    expect(extractCode(n('確認コード: 654321 このコードの有効期限は10分です。'))?.code).toBe('654321');
  });

  test('before 「セキュリティコード」, as in Amazon JP SMS wording', () => {
    expect(extractCode(n('246810はご自身のAmazonセキュリティコードです。'))?.code).toBe('246810');
  });

  test('full-width digits become ASCII after NFKC', () => {
    expect(extractCode(n('ワンタイムパスワード：１３５７９２'))?.code).toBe('135792');
  });

  test('a code that ends a sentence', () => {
    expect(extractCode(n('Your verification code is 908172.'))?.code).toBe('908172');
  });

  test('the number nearest to the wording wins over a later one', () => {
    expect(extractCode(n('OTP: 112233. Reference 445566'))?.code).toBe('112233');
  });

  test('reports which wording it stood next to', () => {
    expect(extractCode(n('確認コード 777111'))).toEqual({ code: '777111', phrase: '確認コード', language: 'ja' });
  });
});

describe('extractCode: never takes a number that is something else', () => {
  const cases: [string, string][] = [
    ['a year', 'Security code notice for 2025: please read.'],
    ['an order number', 'Verification code for order 503-1234567-7654321.'],
    ['a price with currency sign', 'Security code needed for ¥123456 purchase.'],
    ['a price in yen', '確認コード 123456円のお支払い'],
    ['an amount with decimals', 'OTP fee 123456.78 charged'],
    ['an amount with thousands separator', 'OTP fee 123,456 charged'],
    ['a phone number', 'セキュリティコードのお問い合わせ 050-5370-4545'],
    ['an international phone number', 'Security code hotline +815053704545'],
    ['a zip code', '確認コード 〒100-0001'],
    ['a number too long for a code', 'Verification code reference 1234567890123'],
    ['a number too short for a code', 'Security code 1234'],
    ['a number glued to letters', 'OTP ref AB123456'],
  ];
  for (const [what, text] of cases) {
    test(what, () => {
      expect(extractCode(n(text))).toBeNull();
    });
  }

  test('a six-digit number far from any code wording', () => {
    const text = n(`One Time Password help. ${'Amazon cares about your security. '.repeat(5)} Tracking 482913`);
    expect(extractCode(text)).toBeNull();
  });

  test('a six-digit number with no code wording at all', () => {
    expect(extractCode(n('Your parcel 482913 is on its way'))).toBeNull();
  });

  test('"otp" inside another word is not code wording', () => {
    expect(extractCode(n('hotpot 482913'))).toBeNull();
  });
});

describe('maskCode', () => {
  test('keeps the first two characters of a six-digit code', () => {
    expect(maskCode('123456')).toBe('12••••');
  });

  test('keeps the length so the user recognises the mail', () => {
    expect(maskCode('12345678')).toHaveLength(8);
  });

  test('keeps fewer characters of a short code', () => {
    expect(maskCode('1234')).toBe('1•••');
    expect(maskCode('12')).toBe('••');
  });

  test('never shows more than two characters', () => {
    for (const code of ['123456', '1234567', '12345678', 'ABCDEFGHIJKL']) {
      expect(maskCode(code).replace(/•/g, '').length).toBeLessThanOrEqual(2);
    }
  });
});
