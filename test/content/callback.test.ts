/**
 * Callback lures (issue 20, item 3): a number to call about a charge, an order, a renewal, a refund or "if this
 * wasn't you", in a mail that claims Amazon, in every language of the wording data.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../src/index.js';
import { findCallback, findCallbackNumber } from '../../src/checks/content/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/lures/${name}.eml`, import.meta.url));
const callbackOf = (r: { findings: { code: string; evidence: Record<string, unknown> }[] }) =>
  r.findings.find((f) => f.code === 'content.callback-number');

describe('callback lures are phishing in every language of the wording', () => {
  const cases: [string, string, string, string][] = [
    // fixture, number as written, topic, claim basis
    ['callback-en-order-charged-letters-for-digits-no-link', '1-8l5-2O3-4471', 'charge', 'actor'],
    ['callback-ja-order-fullwidth-number-before-call-wording', '050-5541-3327', 'charge', 'actor'],
    ['callback-de-renewal-subject-only-claim', '+49 30 2555 7810', 'charge', 'headers'],
    ['callback-fr-refund-body-claim', '01 84 88 32 17', 'order', 'actor'],
    ['callback-es-not-you-body-claim', '+34 911 23 45 67', 'charge', 'actor'],
    ['callback-it-charge-body-claim', '800 91 77 42 05', 'charge', 'actor'],
    ['callback-pt-charge-body-claim', '+55 11 4003 8812', 'charge', 'actor'],
  ];
  for (const [name, phone, topic, basis] of cases) {
    test(name, async () => {
      for (const deep of [false, true]) {
        const r = await analyzeMessage(fixture(name), { lang: 'en', deep });
        expect(r.verdict).toBe('phishing');
        const cb = callbackOf(r)!;
        expect(cb.evidence.phone).toBe(phone);
        expect(cb.evidence.topic).toBe(topic);
        expect(cb.evidence.claim).toBe(basis);
      }
    });
  }

  test('letters standing for digits are read as the digits and named in the evidence', async () => {
    const r = await analyzeMessage(fixture('callback-en-order-charged-letters-for-digits-no-link'), { lang: 'en' });
    expect(callbackOf(r)!.evidence.lettersForDigits).toBe(true);
    expect(findCallbackNumber('Call 1-8OO-555-O199 today')?.digits).toBe('18005550199');
  });

  test("a shop's own receipt with its phone number and \"also on Amazon\" in the footer is not a lure", async () => {
    for (const deep of [false, true]) {
      const r = await analyzeMessage(fixture('shop-receipt-own-phone-also-on-amazon-not-a-lure'), { lang: 'en', deep });
      expect(callbackOf(r)).toBeUndefined();
      expect(r.verdict).toBe('unrelated');
    }
  });
});

describe('findCallbackNumber: the number forms lures use, and what is not a number to call', () => {
  test('the Japanese order: the number before the words that ask to call, glued to them', () => {
    expect(findCallbackNumber('ご注文に心当たりのない場合は050-1234-5678までお電話ください')?.phone).toBe('050-1234-5678');
    expect(findCallbackNumber('０５０－１２３４－５６７８までお電話ください'.normalize('NFKC'))?.digits).toBe('05012345678');
    expect(findCallbackNumber('至急(03)-090-8848までお電話ください')?.digits).toBe('030908848');
  });

  test('international and national formats after the words that ask', () => {
    expect(findCallbackNumber('If this wasn\'t you, call us at +1 (815) 203-4567 now')?.digits).toBe('+18152034567');
    expect(findCallbackNumber('Rufen Sie uns an: +49 30 123456789.')?.digits).toBe('+4930123456789');
    expect(findCallbackNumber('Toll free: 8005550199')?.digits).toBe('8005550199');
  });

  test('order numbers, dates, register numbers, words and far-away numbers are not taken', () => {
    expect(findCallbackNumber('Call us about order 113-0522179-1234567')).toBeNull();
    expect(findCallbackNumber('Total: USD 344.78, billed 2025-04-22, call us')).toBeNull();
    expect(findCallbackNumber('contactez le support officiel. RCS Nanterre 487 773 327')).toBeNull();
    expect(findCallbackNumber('call oil 555 1234')).toBeNull();
    expect(findCallbackNumber(`Reference 0120-123-456.${' filler'.repeat(40)} Call us any time.`)).toBeNull();
    expect(findCallbackNumber('Your tracking number is 9400 1118 9922 3344 5566 77')).toBeNull();
  });

  test('a number to call without a charge, order, renewal, refund or "was this you" topic is no callback lure', () => {
    expect(findCallback('Questions? Call us at (503) 555-0142.')).toBeNull();
    expect(findCallback('Your order #10442 has been placed. Questions? Call us at (503) 555-0142.')?.topic).toBe('order');
  });

  test('a run of digits longer than any number is not one', () => {
    expect(findCallbackNumber(`call ${'1'.repeat(100_000)}`)).toBeNull();
    expect(findCallbackNumber(`call 0120${'-'.repeat(100_000)}123456`)).toBeNull();
  });
});
