/**
 * The lures of issue 20 that were only `suspicious` (or `unverified`): a subject-only claim from a sender that is
 * not Amazon, authenticated as someone else or not at all (item 5), lure wording written with look-alike
 * letters (item 2), a lure that asks the reader to act through an account, payment or sign-in link that leaves
 * Amazon, and the wording of these lures in the seven languages (item 6). Each fixture is read by the default
 * scan and with --deep, which must agree.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../src/index.js';
import { askedAction, brandAsActor, readDisguisedWording } from '../../src/checks/content/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/lures/${name}.eml`, import.meta.url));
type Report = Awaited<ReturnType<typeof analyzeMessage>>;
const find = (r: Report, code: string) => r.findings.find((f) => f.code === code) as { evidence: Record<string, unknown> } | undefined;

async function both(bytes: Buffer): Promise<Report> {
  const fast = await analyzeMessage(bytes, { lang: 'en' });
  const deep = await analyzeMessage(bytes, { lang: 'en', deep: true });
  expect(deep.verdict).toBe(fast.verdict);
  return fast;
}

describe('a subject-only Amazon claim from a sender that is not Amazon, asking for an action, is phishing', () => {
  test('en: "a bonus from Amazon Prime" from another domain, nothing authenticated', async () => {
    const r = await both(fixture('subject-claim-en-prime-bonus-unauthenticated-other-sender'));
    expect(r.verdict).toBe('phishing');
    const f = find(r, 'content.subject-claim-other-sender')!;
    expect(f.evidence.authenticatedDomain).toBeNull();
    expect(f.evidence.fromDomain).toBe('tickets-news.example');
    expect(f.evidence.action).toBe('check your card');
  });

  test('ja: 「Amazonプライムの自動更新」 from another brand\'s address, no trusted results, カード情報の更新 and no link', async () => {
    const r = await both(fixture('subject-claim-ja-prime-auto-renewal-unauthenticated-card-update'));
    expect(r.verdict).toBe('phishing');
    expect(find(r, 'content.subject-claim-other-sender')!.evidence.action).toBe('カード情報の更新');
  });

  test('a forward: the original\'s subject and From decide, not the forwarder\'s authentication', async () => {
    const r = await both(fixture('subject-claim-en-forwarded-original-other-sender-verify-now'));
    expect(r.verdict).toBe('phishing');
    const f = find(r, 'content.subject-claim-other-sender')!;
    expect(f.evidence.forwarded).toBe(true);
    expect(f.evidence.authenticatedDomain).toBeNull();
    expect(f.evidence.fromDomain).toBe('tour-agency.example');
  });

  test('a sender at an Amazon domain is left to the authentication check', async () => {
    const bytes = Buffer.from(
      fixture('subject-claim-en-prime-bonus-unauthenticated-other-sender').toString('utf8').replace('notifications@tickets-news.example', 'store-news@amazon.com'),
    );
    const r = await both(bytes);
    expect(find(r, 'content.subject-claim-other-sender')).toBeUndefined();
  });
});

describe('lure wording written with look-alike letters is phishing in a mail that claims Amazon', () => {
  const cases: [string, string, string][] = [
    ['disguised-wording-es-capital-i-for-l-prime-subscription', 'capital-i-for-l', 'actualice su'],
    ['disguised-wording-en-digit-for-letter-subject', 'digit-for-letter', 'confirm your'],
    ['disguised-wording-ja-kanji-for-katakana-subject', 'kanji-for-katakana', 'カード情報を更新'],
    ['disguised-wording-fr-cyrillic-letter-in-word-subject', 'other-alphabet', 'confirmez votre'],
  ];
  for (const [name, technique, phrase] of cases) {
    test(name, async () => {
      const r = await both(fixture(name));
      expect(r.verdict).toBe('phishing');
      const f = find(r, 'content.disguised-wording')!;
      expect(f.evidence.techniques).toContain(technique);
      expect(f.evidence.phrase).toBe(phrase);
    });
  }

  test('the subject is read as its reader reads it', () => {
    expect(readDisguisedWording('ActuaIice su informacion')!.reads[0]).toBe('Actualice su informacion');
    expect(readDisguisedWording('ver1fy your account')!.reads).toContain('verify your account');
    expect(readDisguisedWording('クレジット力ード')!.reads[0]).toBe('クレジットカード');
    // Ordinary writing is not a disguise: capitals at the start, all-capital words, digits in numbers, kanji among kanji.
    expect(readDisguisedWording('iPhone WiFI IBM Order 1001 入力して 電力会社')).toBeNull();
  });

  test('a camel-case word that reads as no lure wording is no finding', async () => {
    const bytes = Buffer.from(
      fixture('disguised-wording-en-digit-for-letter-subject').toString('utf8').replace(/^Subject: .*$/m, 'Subject: getItem() fails on Amazon Prime Video SDK'),
    );
    const r = await both(bytes);
    expect(find(r, 'content.disguised-wording')).toBeUndefined();
  });
});

describe('a lure that asks the reader to act through an account link that leaves Amazon is phishing', () => {
  const cases: [string, string][] = [
    ['lure-link-en-account-security-link-shows-amazon-goes-elsewhere', 'bizsolutions.example'],
    ['lure-link-ja-account-hold-update-payment-elsewhere', 'member-check.example'],
    ['lure-link-de-konto-hyphen-bestaetigen-elsewhere', 'konto-pruefung.example'],
    ['lure-link-it-account-verify-elsewhere', 'verifica-conto.example'],
    ['lure-link-pt-account-update-elsewhere', 'verificar-conta.example'],
  ];
  for (const [name, host] of cases) {
    test(name, async () => {
      const r = await both(fixture(name));
      expect(r.verdict).toBe('phishing');
      expect(find(r, 'content.lure-link-elsewhere')!.evidence.host).toBe(host);
    });
  }

  test('the same lure whose link goes to Amazon has no such finding', async () => {
    const lure = (href: string) =>
      Buffer.from(
        [
          'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=bounce@bizsolutions.example; dkim=pass header.i=@bizsolutions.example; dmarc=pass header.from=bizsolutions.example',
          'From: Notify Activity <support@bizsolutions.example>',
          'To: customer@example.com',
          'Subject: We noticed unusual traffic activity',
          'Date: Wed, 21 Feb 2024 09:22:04 +0000',
          'Message-ID: <lure-link-negative@bizsolutions.example>',
          'MIME-Version: 1.0',
          'Content-Type: text/html; charset=UTF-8',
          '',
          '<p>Dear Customer, we detected unusual traffic from your account and temporarily limited it.</p>',
          `<p>Please secure your account: <a href="${href}">Your Account</a></p><p>Amazon Account Security</p>`,
          '',
        ].join('\r\n'),
      );
    const elsewhere = await both(lure('https://bizsolutions.example/account/verify'));
    expect(find(elsewhere, 'content.lure-link-elsewhere')).toBeDefined();
    const toAmazon = await both(lure('https://www.amazon.com/gp/css/homepage.html'));
    expect(find(toAmazon, 'content.lure-link-elsewhere')).toBeUndefined();
    expect(find(toAmazon, 'content.amazon-lure')).toBeDefined();
  });
});

describe('the lure wording survives variation (item 6)', () => {
  test('German joins the brand and its noun with a hyphen', () => {
    expect(brandAsActor('Wir haben Aktivitäten in Ihrem Amazon-Konto festgestellt')).not.toBeNull();
    expect(brandAsActor('Ihr 500€ Amazon-Gutschein wartet')).not.toBeNull();
    expect(brandAsActor('Eine Reise an den Amazonas-Fluss')).toBeNull();
  });

  test('the actions of the new wording', () => {
    expect(askedAction('please verify now with the billing name')).toBe('verify now');
    expect(askedAction('please secure your account immediately')).toBe('secure your account');
    expect(askedAction('クレジットカード情報の更新、追加などにつきまして')).toBe('カード情報の更新');
    expect(askedAction('Bestätigen Sie jetzt Ihre Angaben')).toBe('bestätigen sie jetzt');
  });
});
