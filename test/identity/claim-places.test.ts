/**
 * Where the brand is claimed (issue 20, item 1): besides the headers, in the body a reader sees (its visible
 * text, the HTML title, image alt text, link text), in images hot-linked from Amazon's own image hosts and in
 * the pages of PDF attachments, each claim with its place and its strength (headers, Amazon as the actor, a
 * mention). A mail posing as Amazon in any of these places presents itself as Amazon; a newsletter that only
 * mentions Amazon there does not, and is not flagged.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import { parseMessage } from '../../src/message/index.js';
import {
  amazonImageHost,
  bodyClaimInput,
  brandAsActor,
  claimSources,
  detectAmazonClaim,
  headerClaimInput,
  presentsAsAmazon,
  readClaims,
  type Claim,
} from '../../src/identity/index.js';

const bytes = (name: string) => readFileSync(new URL(`../../fixtures/claims/${name}`, import.meta.url));

async function claimsOf(name: string) {
  const raw = { bytes: bytes(name), location: { file: name, index: 1, offset: 0 }, envelope: { format: 'eml' as const } };
  const msg = await parseMessage(raw);
  return readClaims(msg, null);
}

const placeOf = (claims: readonly Claim[], place: string) => claims.filter((c) => c.where === 'body' && c.place === place);

describe('claims read where a reader sees them', () => {
  test('a PDF whose text makes Amazon the actor: an actor claim in the attachment, with its file and page', async () => {
    const claims = await claimsOf('pdf-lure-amazon-as-actor-link-in-body-en.eml');
    expect(claims.header.related).toBe(false);
    const inPdf = placeOf(claims.all().claims, 'attachment');
    expect(inPdf.length).toBeGreaterThan(0);
    expect(inPdf[0]).toMatchObject({ strength: 'actor', location: 'Notice-4471-0932.pdf, page 1' });
    expect(claims.presentsAsAmazon).toBe(true);
  });

  test('Japanese: the title and the alt text name Amazon, and its logo is hot-linked from its image host', async () => {
    const claims = await claimsOf('html-title-alt-and-logo-amazon-ja.eml');
    expect(claims.header.related).toBe(false);
    const all = claims.all().claims;
    expect(placeOf(all, 'title')[0]).toMatchObject({ strength: 'actor', technique: 'domain-name' }); // 「Amazon.co.jpからのお知らせ」
    expect(placeOf(all, 'alt-text')[0]).toMatchObject({ technique: 'domain-name' });
    expect(placeOf(all, 'image-host')[0]).toMatchObject({ strength: 'actor', technique: 'amazon-image-host' });
    expect(claims.presentsAsAmazon).toBe(true);
  });

  test('no word names Amazon, only its logo from its image host: the mail presents itself as Amazon', async () => {
    const claims = await claimsOf('html-hotlinked-amazon-logo-only-en.eml');
    expect(claims.all().claims).toEqual([
      expect.objectContaining({ where: 'body', place: 'image-host', technique: 'amazon-image-host', strength: 'actor' }),
    ]);
    expect(claims.presentsAsAmazon).toBe(true);
  });

  test.each(['newsletter-amazon-in-title-alt-and-link-text-en.eml', 'newsletter-amazon-in-title-alt-and-link-text-ja.eml'])(
    '%s: Amazon named in the title, alt text, link text and a product image are mentions',
    async (name) => {
      const claims = await claimsOf(name);
      const all = claims.all().claims;
      for (const place of ['title', 'alt-text', 'link-text', 'image-host']) expect(placeOf(all, place).length, place).toBeGreaterThan(0);
      expect(all.every((c) => c.strength === 'mention')).toBe(true);
      expect(claims.presentsAsAmazon).toBe(false);
    },
  );
});

describe('verdicts on the fixtures, default scan and --deep alike', () => {
  const flagged: [string, string][] = [
    ['pdf-lure-amazon-as-actor-link-in-body-en.eml', 'phishing'],
    ['html-title-alt-and-logo-amazon-ja.eml', 'phishing'],
    ['html-hotlinked-amazon-logo-only-en.eml', 'phishing'],
  ];
  test.each(flagged)('%s is %s', async (name, verdict) => {
    for (const deep of [false, true]) expect((await analyzeMessage(bytes(name), { lang: 'en', deep })).verdict).toBe(verdict);
  });

  test.each(['newsletter-amazon-in-title-alt-and-link-text-en.eml', 'newsletter-amazon-in-title-alt-and-link-text-ja.eml'])(
    '%s is not flagged',
    async (name) => {
      for (const deep of [false, true]) expect((await analyzeMessage(bytes(name), { lang: 'ja', deep })).verdict).toBe('unrelated');
    },
  );
});

describe('the strength of a body claim', () => {
  test.each([
    ['Best regards,\nAmazon Support', true],
    ['Contact Amazon Security today', true],
    ['Amazon Service team', true],
    ["Amazon's customer service", true],
    ['your Amazon account', true],
    ['お客様のAmazonアカウント', true],
    ['【Amazon】ご注文の確認', true],
    ['Amazon.co.jp: ご注文の確認', true],
    ['available on Amazon', false],
    ['Amazon shares rose', false],
    ['paid with Amazon Pay', false],
    ['Amazonで購入する', false],
  ])('%j: Amazon as the actor = %s', (text, actor) => {
    expect(brandAsActor(text) !== null).toBe(actor);
    const claim = detectAmazonClaim(bodyClaimInput(text));
    expect(claim.claims.every((c) => c.strength === (actor ? 'actor' : 'mention'))).toBe(true);
    expect(presentsAsAmazon(claim)).toBe(actor);
  });

  test('header claims are `headers`, a subject that only mentions Amazon is a mention', () => {
    expect(detectAmazonClaim({ fromName: ['Amazon.co.jp'], addresses: [], subject: '' }).claims[0]!.strength).toBe('headers');
    const mention = detectAmazonClaim({ fromName: [], addresses: [], subject: 'Our picks this week (available on Amazon)' });
    expect(mention.claims.map((c) => c.strength)).toEqual(['mention']);
    expect(presentsAsAmazon(mention)).toBe(false);
  });
});

describe("Amazon's image hosts", () => {
  test.each([
    ['https://m.media-amazon.com/images/G/01/gno/sprites/nav-sprite-global-1x._CB0_.png', 'm.media-amazon.com', false],
    ['https://images-na.ssl-images-amazon.com/images/G/01/email/logos/logo_303x96.png', 'images-na.ssl-images-amazon.com', true],
    ['//g-ecx.images-amazon.com/images/G/01/e-mail/logos/a_br_logo_303x96.png', 'g-ecx.images-amazon.com', true],
    ['http://ecx.images-amazon.com/images/I/51abc.jpg', 'ecx.images-amazon.com', false],
  ])('%s', (src, host, logo) => {
    expect(amazonImageHost(src)).toEqual({ host, logo });
  });

  test.each([
    'https://m.media-amazon.com.evil.example/logo.png',
    'https://amazon-images.example/logo.png',
    'https://media-amazon.com.example/logo.png',
    'cid:logo@amazon',
    'data:image/png;base64,AAAA',
    'https://[not a url',
  ])('%s is not one', (src) => {
    expect(amazonImageHost(src)).toBeNull();
  });
});

describe('the claim read in parts, with HTML parts and PDF pages', () => {
  const piece = fc.constantFrom('Amazon', 'amazon.co.jp', 'your Amazon account', 'on Amazon', 'Amazonで', 'お客様のAmazon', 'news', ' ', 'Sign in');
  const words = fc.array(piece, { maxLength: 5 }).map((a) => a.join(' '));
  const src = fc.constantFrom('https://m.media-amazon.com/images/I/1.jpg', 'https://m.media-amazon.com/images/G/01/logo.png', 'https://example.com/a.png', '');
  const html = fc.tuple(words, words, src, words).map(([title, alt, s, link]) => `<html><head><title>${title}</title></head><body><img src="${s}" alt="${alt}"><a href="https://x.example/">${link}</a></body></html>`);
  const page = fc.record({ page: fc.integer({ min: 1, max: 3 }), text: words, links: fc.constant([] as string[]) });
  const reads = fc.array(fc.record({ name: fc.constantFrom('a.pdf', 'b.pdf'), pages: fc.array(page, { maxLength: 2 }) }), { maxLength: 2 });
  const headers = fc.record({ name: fc.constantFrom('', 'Amazon', 'News', 'Prime'), subject: words });

  it('all(), claim and presentsAsAmazon agree with one detection over headers, text and the places', () => {
    fc.assert(
      fc.property(headers, words, fc.array(html, { maxLength: 2 }), reads, (h, text, htmlParts, pdfs) => {
        const msg = {
          from: [{ name: h.name, address: 'x@example.com', domain: 'example.com' }],
          replyTo: [],
          sender: [],
          returnPath: null,
          dkimSignatures: [],
          subject: h.subject,
          text,
          htmlParts,
          attachmentReads: pdfs.map((r) => ({ ...r, kind: 'pdf' as const, declaredType: 'application/pdf', problem: null, qrCodes: [], active: null })),
        };
        const claims = readClaims(msg as Parameters<typeof readClaims>[0], null);
        const whole = detectAmazonClaim({ ...headerClaimInput(msg), text, sources: claimSources(msg as Parameters<typeof claimSources>[0]) });
        expect(claims.all()).toEqual(whole);
        expect(claims.claim.related).toBe(whole.related);
        expect(claims.presentsAsAmazon).toBe(presentsAsAmazon(whole));
      }),
      { numRuns: 400 },
    );
  });
});
