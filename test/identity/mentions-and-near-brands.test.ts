/**
 * Near brands and mentions (issue 19, class 5): real companies close to the name that authenticate as
 * themselves, receipts paid with Amazon Pay, newsletters and news that only mention Amazon are `unrelated` (or
 * `genuine`), never `suspicious` or `unverified`; mail that presents itself as Amazon stays flagged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import { detectAmazonClaim, presentsAsAmazon } from '../../src/identity/index.js';
import { findLookalike } from '../../src/identity/index.js';
import { nearBrandOf } from '../../src/amazon/index.js';

const DIR = new URL('../../fixtures/mentions/', import.meta.url);
const FAMILY_DIR = new URL('../../fixtures/family/', import.meta.url);

/** Every fixture of fixtures/mentions/ with the verdict it must get. */
const EXPECTED: Record<string, string> = {
  'amaron-batteries-warranty-authenticated.eml': 'unrelated',
  'amazone-farm-machinery-newsletter-authenticated.eml': 'unrelated',
  'amazonas-state-agency-am-gov-br.eml': 'unrelated',
  'amazonia-tour-operator-named-after-the-region.eml': 'unrelated',
  'news-digest-amazon-possessive-headline.eml': 'unrelated',
  'news-item-amazon-as-subject-of-headline.eml': 'unrelated',
  'newsletter-affiliate-links-amzn-to-and-tag.eml': 'unrelated',
  'newsletter-available-on-amazon-in-subject.eml': 'unrelated',
  'shop-receipt-paid-with-amazon-pay.eml': 'unrelated',
  'shop-receipt-amazon-pay-japanese.eml': 'unrelated',
  'recruiter-at-amazon-com-authenticated.eml': 'genuine',
  // Still presenting itself as Amazon: flagged.
  'subject-amazon-as-actor-unauthenticated-sender.eml': 'phishing',
  'subject-your-amazon-order-authenticated-other-domain.eml': 'phishing',
  'amazone-display-name-from-unrelated-domain.eml': 'phishing',
  'amaron-display-name-at-unrelated-domain-not-authenticated.eml': 'phishing',
};

describe('fixtures/mentions', () => {
  test('every fixture has an expected verdict', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [file, verdict] of Object.entries(EXPECTED)) {
    test(`${file}: ${verdict}, default and --deep`, async () => {
      for (const deep of [false, true]) {
        const r = await analyzeMessage(readFileSync(new URL(file, DIR)), { lang: 'en', deep });
        expect(r.verdict).toBe(verdict);
      }
    });
  }
});

describe('family display names', () => {
  test.each([
    ['display-name-audible-over-unrelated-domain.eml', 'phishing'],
    ['display-name-zappos-customer-service-over-unrelated-domain.eml', 'phishing'],
    ['display-name-john-ring-is-not-ring.eml', 'unrelated'],
  ])('%s: %s', async (file, verdict) => {
    const r = await analyzeMessage(readFileSync(new URL(file, FAMILY_DIR)), { lang: 'en' });
    expect(r.verdict).toBe(verdict);
    if (verdict === 'phishing') expect(r.findings.map((f) => f.code)).toContain('sender.display-name-impersonation');
  });
});

const presents = (subject: string) => presentsAsAmazon(detectAmazonClaim({ fromName: [], addresses: [], subject }));
const related = (subject: string) => detectAmazonClaim({ fromName: [], addresses: [], subject }).related;

describe('a subject that mentions Amazon, or presents the mail as Amazon', () => {
  test.each([
    'Our picks this week (available on Amazon)',
    'Slashdot reports that Amazon still wants to patent the Web.',
    'News.Com: "Amazon.com is hoping to use more than the honor system to protec',
    "Amazon's new Kindle, and five other stories",
    'Receipt for your order #1042 (paid with Amazon Pay)',
    '【鹿児島茶舗】ご注文ありがとうございます（Amazon Payでのお支払い）',
    'Now on sale at amazon.co.jp',
    '新刊がAmazonで発売中',
  ])('mentions only: %s', (subject) => {
    expect(related(subject)).toBe(true);
    expect(presents(subject)).toBe(false);
  });

  test.each([
    'Amazon: your account has been locked',
    'Your Amazon order #112-1234567-7654321 could not be shipped',
    'Action required on Amazon account',
    'Amazon Security Alert',
    'Amazon.co.jp にご登録のアカウント情報の確認',
    '【Amazon】お支払い方法の更新',
    'Your order from Amazon has shipped',
    'Problem with your payment on Amazon',
    'Amazon Prime membership renewal failed',
    'Αmazon: verify now', // Greek Alpha: a disguise is never a mention
    'Sold on Amazon: claim your gift card',
    'Update the card you use with Amazon Pay',
  ])('presents as Amazon: %s', (subject) => {
    expect(presents(subject)).toBe(true);
  });

  test('the river and its region are not the company', () => {
    expect(related('Your Amazon river cruise: booking confirmed')).toBe(false);
    expect(related('Saving the Amazon rainforest')).toBe(false);
    expect(related('アマゾン川クルーズのご案内')).toBe(false);
    expect(related('Amazon rivers of savings')).toBe(true);
  });
});

describe('near brands', () => {
  test('their own domains are not lookalikes, names next to them still are', () => {
    expect(nearBrandOf('www.amaron.in')?.id).toBe('amaron');
    expect(nearBrandOf('news.amazone.de')?.id).toBe('amazone');
    expect(nearBrandOf('sefaz.am.gov.br')?.id).toBe('amazonas-state');
    expect(findLookalike('amaron.in')).toBeNull();
    expect(findLookalike('amazone.de')).toBeNull();
    expect(findLookalike('amaron-support.example')).not.toBeNull();
    expect(nearBrandOf('amaron.in.evil.example')).toBeNull();
  });

  test('their name is no claim only once their own domain is authenticated', () => {
    const amazone = nearBrandOf('amazone.de');
    expect(presentsAsAmazon(detectAmazonClaim({ fromName: ['AMAZONE'], addresses: [], subject: 'AMAZONE news' }))).toBe(true);
    expect(detectAmazonClaim({ fromName: ['AMAZONE'], addresses: [], subject: 'AMAZONE news', ownNearBrand: amazone }).related).toBe(false);
    // The near brand's authentication does not excuse Amazon's own name.
    expect(presentsAsAmazon(detectAmazonClaim({ fromName: ['AMAZONE'], addresses: [], subject: 'Amazon: verify your account', ownNearBrand: amazone }))).toBe(true);
  });
});
