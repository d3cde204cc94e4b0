/**
 * Amazon's own systems carrying someone else's text (issue 20, item 4): a seller's message, a Business
 * invitation's organisation name, a gift message... really sent by Amazon, whose part someone else wrote
 * carries a phone number or a link to a sign-in page elsewhere. Such mail is suspicious, not genuine; the same
 * mail without that content stays genuine.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../src/index.js';
import { carriedBy, checkInsertedText, insertedParts } from '../../src/checks/content/index.js';
import { INSERTED_KINDS, INSERTED_TEXT } from '../../src/amazon/inserted-text.js';
import { findingMessage } from '../../src/report/text/index.js';
import { finding } from '../../src/findings.js';
import { unauthenticatedSummary } from '../../src/checks/authentication/types.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/inserted/${name}.eml`, import.meta.url));
type Report = Awaited<ReturnType<typeof analyzeMessage>>;
const insertedOf = (r: Report) => r.findings.filter((f) => f.code === 'content.inserted-text');
const from = (address: string, name = '') => [{ name, address, domain: address.split('@')[1]! }];

describe('authenticated Amazon mail whose inserted part carries a number or a sign-in link is suspicious', () => {
  const cases: [string, string, string, string][] = [
    // fixture, part, what it carries, the carried number or address
    ['seller-message-en-phone-number', 'seller-message', 'phone-number', '+1 (888) 555-0147'],
    ['seller-message-ja-phone-number', 'seller-message', 'phone-number', '050-5541-0199'],
    ['business-invitation-en-organisation-name-phone-number', 'organisation-name', 'phone-number', '+1 888-555-0199'],
    ['business-invitation-ja-organisation-name-phone-number', 'organisation-name', 'phone-number', '0120-555-019'],
    ['gift-card-en-gift-message-sign-in-link', 'gift-message', 'sign-in-link', 'https://giftcard-unlock-center.example/signin'],
    ['gift-card-ja-gift-message-sign-in-link', 'gift-message', 'sign-in-link', 'https://gift-uketori.example/login'],
  ];
  for (const [name, part, carries, carried] of cases) {
    test(name, async () => {
      for (const deep of [false, true]) {
        const r = await analyzeMessage(fixture(name), { lang: 'en', deep });
        expect(r.authentication?.amazonAuthenticated).toBe(true);
        expect(r.verdict).toBe('suspicious');
        expect(r.reasons).toContain('content.inserted-text');
        const found = insertedOf(r);
        expect(found).toHaveLength(1);
        expect(found[0]!.severity).toBe('high');
        expect(found[0]!.evidence).toMatchObject({ part, carries, carried, amazonAuthenticated: true });
        expect(r.remediation.map((s) => s.id)).toContain('marketplace-text-caution');
      }
    });
  }

  test('the organisation name is the evidence, as the inviting account wrote it', async () => {
    const r = await analyzeMessage(fixture('business-invitation-en-organisation-name-phone-number'), { lang: 'en' });
    expect(insertedOf(r)[0]!.evidence.text).toBe('Amazon Security call +1 888-555-0199');
  });
});

describe('the same mails without such content stay genuine', () => {
  for (const name of [
    'seller-message-en-clean',
    'seller-message-ja-clean-tracking-number',
    'business-invitation-en-clean',
    'business-invitation-ja-clean',
    'gift-card-en-clean',
    'gift-card-ja-clean',
  ]) {
    test(name, async () => {
      for (const deep of [false, true]) {
        const r = await analyzeMessage(fixture(name), { lang: 'en', deep });
        expect(r.verdict).toBe('genuine');
        expect(insertedOf(r)).toEqual([]);
      }
    });
  }

  test('the clean mails still have their inserted parts found: they are clean because nothing is carried', async () => {
    const parts = insertedParts({
      from: from('no-reply@amazon.com', 'Amazon Business'),
      subject: 'You have been invited to join an Amazon Business account',
      text: 'Northwind Traders has invited you to join their Amazon Business account.',
    });
    expect(parts[0]).toEqual({ kind: 'organisation-name', text: 'Northwind Traders' });
  });
});

describe('locating the parts someone else wrote', () => {
  test("a marketplace relay without the frame: the whole text is the seller's, and the display name is the seller's name", () => {
    const parts = insertedParts({
      from: from('abc@marketplace.amazon.co.uk', 'Support Desk 0800 555 0123'),
      subject: 'Your order',
      text: 'Hello, please ring our helpline on 0800 555 0123 about your refund.',
    });
    expect(parts.map((p) => p.kind)).toEqual(['seller-message', 'seller-name']);
    expect(carriedBy(parts[1]!)).toEqual({ carries: 'phone-number', carried: '0800 555 0123', host: null });
  });

  test('the subject is read as a line of its own: a name can stand there too', () => {
    const parts = insertedParts({
      from: from('no-reply@amazon.com', 'Amazon Business'),
      subject: 'Amazon Security call +1 888-555-0199 invited you to join Amazon Business',
      text: 'Accept the invitation on Amazon Business.',
    });
    expect(parts).toEqual([{ kind: 'organisation-name', text: 'Amazon Security call +1 888-555-0199' }]);
  });

  test('an ordinary Amazon order mail has no part someone else wrote', () => {
    const parts = insertedParts({
      from: from('auto-confirm@amazon.com', 'Amazon.com'),
      subject: 'Your Amazon.com order #112-4477821-0937215',
      text: 'Thank you for shopping with us. Questions? Call Customer Service at 1-888-280-4331.\nGift card balance: $0.00\nYour Wish List',
    });
    expect(parts).toEqual([]);
  });

  test('an Amazon Pay merchant name, a shared list and its note', () => {
    const pay = insertedParts({
      from: from('no-reply@amazon.com'),
      subject: 'Your payment with Amazon Pay',
      text: 'Your payment to Refund Desk +1 888 555 0100 was successful.\nPaid with Amazon Pay.',
    });
    expect(pay).toEqual([{ kind: 'merchant-name', text: 'Refund Desk +1 888 555 0100' }]);
    const list = insertedParts({
      from: from('no-reply@amazon.com'),
      subject: 'Sam shared a list with you',
      text: 'Sam shared a list with you.\nNote: verify your Amazon account first at bit.ly/3xYzAbc',
    });
    expect(list).toEqual([
      { kind: 'inviter-name', text: 'Sam' },
      { kind: 'list-note', text: 'verify your Amazon account first at bit.ly/3xYzAbc' },
    ]);
    expect(carriedBy(list[1]!)).toMatchObject({ carries: 'shortener-link', host: 'bit.ly' });
  });

  test('only mail from an Amazon address: the same words from anyone else are judged by the other checks', () => {
    const input = {
      from: from('invites@northwind.example'),
      subject: 'Amazon Business invitation',
      text: 'Amazon Security call +1 888-555-0199 has invited you to join their Amazon Business account.',
    };
    expect(insertedParts(input)).toEqual([]);
    expect(checkInsertedText({ ...input, auth: unauthenticatedSummary('northwind.example') })).toEqual([]);
  });

  test('an Amazon From that nothing authenticates still gets the finding, and says so', () => {
    const [f] = checkInsertedText({
      from: from('no-reply@amazon.com'),
      subject: 'Invitation',
      text: 'Amazon Security call +1 888-555-0199 has invited you to join their Amazon Business account.',
      auth: unauthenticatedSummary('amazon.com'),
    });
    expect(f?.evidence).toMatchObject({ part: 'organisation-name', amazonAuthenticated: false });
  });
});

describe('what a part carries', () => {
  const message = (text: string) => ({ kind: 'seller-message' as const, text });
  const name = (text: string) => ({ kind: 'organisation-name' as const, text });

  test('a number in a name is carried; in a message only one the words ask to call, and never a tracking number', () => {
    expect(carriedBy(name('Acme 0120-555-019'))?.carries).toBe('phone-number');
    expect(carriedBy(message('Our shop number is 0120-555-019 and we love you'))).toBeNull();
    expect(carriedBy(message('Questions? Call 0120-555-019'))?.carried).toBe('0120-555-019');
    expect(carriedBy(message('お問い合わせ伝票番号: 4321-5678-9012'))).toBeNull();
    expect(carriedBy(message('Order number 112-4477821-0937215, please contact us through Amazon'))).toBeNull();
  });

  test('links: Amazon stays, a sign-in page or shortener elsewhere is carried, a seller site only when the words speak as Amazon', () => {
    expect(carriedBy(message('Leave a review: https://www.amazon.com/review/create-review'))).toBeNull();
    expect(carriedBy(message('Track it at https://amzn.to/3abc'))).toBeNull();
    expect(carriedBy(message('Details: https://tinyurl.com/abc123'))?.carries).toBe('shortener-link');
    expect(carriedBy(message('Confirm your payment: https://pay-check.example/account/verify'))?.carries).toBe('sign-in-link');
    expect(carriedBy(message('See our catalogue at https://acme-gadgets.example/new'))).toBeNull();
    expect(carriedBy(message('Amazon Support: see https://acme-gadgets.example/help'))?.carries).toBe('off-amazon-link');
    expect(carriedBy(name('Northwind acme-help.com'))).toMatchObject({ carries: 'off-amazon-link', host: 'acme-help.com' });
  });
});

describe('the data and the words', () => {
  test('every kind has a frame, and every frame cites its source in docs/sources.md', () => {
    const sources = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8');
    expect(sources).toMatch(/^## Text others write into Amazon's mail$/m);
    for (const kind of INSERTED_KINDS) expect(INSERTED_TEXT.some((e) => e.kind === kind)).toBe(true);
    for (const entry of INSERTED_TEXT) expect(entry.source).toMatch(/^docs\/sources\.md#text-others-write-into-amazons-mail: .{20,}/);
  });

  test('the finding names the part and what it carries, in English and in Japanese', () => {
    const f = finding('content.inserted-text', {
      part: 'organisation-name',
      text: 'Amazon Security call +1 888-555-0199',
      carries: 'phone-number',
      carried: '+1 888-555-0199',
      host: null,
      amazonAuthenticated: true,
      fromDomain: 'amazon.com',
    });
    expect(findingMessage(f, 'en')).toContain('Amazon really sent this mail, but the organisation name of the Amazon Business invitation');
    expect(findingMessage(f, 'en')).toContain('a phone number: +1 888-555-0199');
    expect(findingMessage(f, 'ja')).toContain('Amazonビジネスの招待に表示される組織名');
    expect(findingMessage(f, 'ja')).toContain('電話番号が含まれています');
  });
});
