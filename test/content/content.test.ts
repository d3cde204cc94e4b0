/**
 * Lures that carry the brand only in their words, and forwards judged by their original sender.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../src/index.js';
import { findCallbackNumber as callbackNumber } from '../../src/checks/content/index.js';
import { findForwardedOriginal } from '../../src/message/forwarded.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/content/${name}`, import.meta.url));
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('Amazon lures written only in the text', () => {
  test('a fake Amazon order from a random sender with a number to call is phishing', async () => {
    const r = await analyzeMessage(fixture('fake-amazon-order-callback-number-random-sender.eml'), { lang: 'en' });
    expect(r.verdict).toBe('phishing');
    expect(codes(r)).toEqual(expect.arrayContaining(['content.amazon-lure', 'content.callback-number']));
    const cb = r.findings.find((f) => f.code === 'content.callback-number')!;
    expect(cb.evidence.phone).toBe('+1 815 452 4246');
  });

  test('a news item about Amazon payments does not speak to the reader and is not a lure', async () => {
    const r = await analyzeMessage(fixture('news-item-about-amazon-payments-not-a-lure.eml'), { lang: 'en' });
    expect(codes(r)).not.toContain('content.amazon-lure');
    expect(['unrelated', 'unverified']).toContain(r.verdict);
  });

  test('"prime video" in a newsletter subject does not make it Amazon mail, so links to its own site are no red flag', async () => {
    const r = await analyzeMessage(fixture('newsletter-prime-video-in-subject-links-to-itself.eml'), { lang: 'en' });
    expect(r.verdict).toBe('unrelated');
  });

  test('phone numbers are only taken where the text asks to call them', () => {
    expect(callbackNumber('Order number 113-0522179-1234567 shipped')).toBeNull();
    expect(callbackNumber('Total: USD 344.78, billed 2025-04-22')).toBeNull();
    expect(callbackNumber('ご不明な点はお問い合わせ窓口 050-5370-4545 まで')?.phone).toBe('050-5370-4545');
  });
});

describe('forwarded mail', () => {
  test('an Outlook forward (Portuguese labels) is judged by its original sender', async () => {
    const r = await analyzeMessage(fixture('outlook-forward-pt-of-amazon-display-name-phish.eml'), { lang: 'en' });
    expect(codes(r)).toContain('content.forwarded-original');
    expect(codes(r)).toContain('sender.display-name-impersonation');
    expect(r.verdict).toBe('phishing');
    const judged = r.findings.find((f) => f.code === 'sender.display-name-impersonation')!;
    expect(judged.evidence.forwarded).toBe(true);
  });

  test('a forward of a genuine-looking Amazon mail is never called genuine, and its lost signature is not held against it', async () => {
    const r = await analyzeMessage(fixture('gmail-forward-of-genuine-looking-amazon-order.eml'), { lang: 'en' });
    expect(r.verdict).not.toBe('genuine');
    expect(r.verdict).not.toBe('phishing');
    expect(codes(r)).not.toContain('sender.amazon-address-unauthenticated');
  });

  test('the forwarded block is found only in a forward', () => {
    const block = 'From: Amazon <a@amazon.com>\nSubject: Hello\n';
    expect(findForwardedOriginal('Re: hello', 'Hi,\n' + block)).toBeNull();
    expect(findForwardedOriginal('Fwd: hello', block)?.from[0]?.address).toBe('a@amazon.com');
    expect(findForwardedOriginal('転送: こんにちは', '差出人: アマゾン <x@evil.example>\n件名: 確認\n')?.from[0]?.domain).toBe('evil.example');
  });
});
