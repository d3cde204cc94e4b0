import { describe, expect, test } from 'vitest';
import { detectAmazonClaim, presentsAsAmazon } from '../../src/identity/claim.js';

const byName = (name: string) => detectAmazonClaim({ fromName: [name], addresses: [], subject: '' });
const bySubject = (subject: string) => detectAmazonClaim({ fromName: [], addresses: [], subject });
const techniques = (c: ReturnType<typeof byName>) => c.claims.map((x) => x.technique);

describe('detectAmazonClaim', () => {
  test.each([
    ['Amazon', 'name'],
    ['Amazon.co.jp', 'domain-name'],
    ['アマゾン', 'katakana'],
    ['ｱﾏｿﾞﾝ', 'halfwidth-katakana'],
    ['Ａｍａｚｏｎ', 'fullwidth'],
    ['A m a z o n', 'spaced'],
    ['Αmazοn.fr', 'homoglyph'], // Greek Alpha, omicron (phishing_pot sample-7651)
    ['Аmazon ID', 'homoglyph'], // Cyrillic А (v9fs-9cc152ec)
    ['𝐀𝐦𝐚𝐳𝐨𝐧', 'styled-letters'], // mathematical bold: NFKC maps it to ASCII
    ['A\u200Dm\u200Da\u200Dzon', 'zero-width'],
    ['\uFEFFAm\uFEFFazon', 'zero-width'],
    ['am\u073Cazo\u073Cn', 'combining-marks'], // Syriac marks (sample-1201)
    ['Aamzon.co.jp', 'misspelling'], // osst-59ab50d7
    ['Amazons.co.jp', 'misspelling'], // osst-cdf368fa
    ['amzn', 'abbreviation'],
    ['Prime Customer Support', 'prime-product'], // sample-3242
    ['Prime US e-Center', 'prime-product'], // pp-sample-2372
    ['Prime JP Support', 'prime-product'],
    ['P\u200D\u200Dr\u200Di\u200Dme', 'prime-product'], // sample-274
  ])('display name %j is a claim (%s)', (name, technique) => {
    const c = byName(name);
    expect(c.related).toBe(true);
    expect(techniques(c)).toContain(technique);
    expect(c.claims.every((x) => x.where === 'display-name')).toBe(true);
  });

  test.each(['Amazonas Turismo', 'Amazing Deals', 'Prime Therapeutics', 'Kohei Enju', 'Amazonia Research', 'Prime US Logistics', 'Prime Hydration US'])(
    'display name %j is not a claim',
    (name) => expect(byName(name).related).toBe(false),
  );

  test('Prime named as the sender in a subject ("from Prime:") is a weak product claim; "from Prime Therapeutics:" is not', () => {
    expect(techniques(bySubject('Vendor inquiry from Prime: Warning - your account'))).toContain('prime-product');
    expect(bySubject('News from Prime Therapeutics: your plan').related).toBe(false);
    expect(bySubject('Prime: the best of the week').related).toBe(false);
  });

  test('"[Amazone緊急の通知]" in a subject is a misspelling claim (JP phishing subjects)', () => {
    expect(techniques(bySubject('[Amazone緊急の通知]'))).toContain('misspelling');
  });

  test('"Amazon. co. jp" is a spaced-domain claim', () => {
    expect(techniques(bySubject('Amazon. co. jp にご登録のアカウント'))).toContain('spaced-domain');
  });

  test('a Japanese subject naming Amazon Prime is a claim', () => {
    expect(bySubject('Amazonプライムの自動更新設定を解除いたしました').related).toBe(true);
  });

  test('junk inserted inside the brand is found when the junk repeats (sample-3242)', () => {
    const c = detectAmazonClaim({
      fromName: [],
      addresses: [],
      subject: 'Update',
      text: 'Your AIJMXD2EVWLmazon Prime MemIJMXD2EVWLbership ... AIJMXD2EVWLmazon TeIJMXD2EVWLam Support',
    });
    expect(c.claims).toContainEqual(expect.objectContaining({ where: 'body', technique: 'junk-token-split' }));
  });

  test('an address at an Amazon domain, at a lookalike, or with the brand in the local part is a claim', () => {
    const c = detectAmazonClaim({
      fromName: [],
      addresses: ['account-update@amazon.co.jp', 'x@amazon.xsecur.xyz', 'amozonjp-update@mnjzw.example'],
      subject: '',
    });
    expect(techniques(c)).toEqual(['amazon-domain', 'lookalike-brand-subdomain', 'local-part']);
  });

  test('mail signed by Amazon SES (d=amazonses.com) is not Amazon-related for that', () => {
    const c = detectAmazonClaim({ fromName: [], addresses: ['amazonses.com', 'bounce@us-west-2.amazonses.com'], subject: '' });
    expect(c.related).toBe(false);
  });

  test('a body link to amazon.com makes the mail related without presenting it as Amazon', () => {
    const c = detectAmazonClaim({ fromName: ['Weekly Links'], addresses: ['news@example.org'], subject: 'This week', text: 'see https://www.amazon.com/dp/1' });
    expect(c.related).toBe(true);
    expect(presentsAsAmazon(c)).toBe(false);
    expect(c.claims).toEqual([{ where: 'body', text: expect.any(String), technique: 'domain-name', strength: 'mention', place: 'text' }]);
  });
});
