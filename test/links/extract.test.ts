import { describe, expect, it } from 'vitest';
import { extractLinks, extractLinksBounded, MAX_LINKS_PER_MESSAGE } from '../../src/checks/links/index.js';
import type { Message } from '../../src/message/types.js';
import { fixture } from './helpers.js';
import { expectNearLinear } from '../helpers/growth.js';

/** A message with only the parts extraction reads; the rest comes from a real fixture. */
async function withParts(parts: Partial<Pick<Message, 'htmlParts' | 'textParts' | 'attachments'>>): Promise<Message> {
  const base = await fixture('userinfo-trick.eml');
  return { ...base, htmlParts: [], textParts: [], attachments: [], ...parts };
}

describe('extractLinks: HTML', () => {
  it('keeps each <a href> with its whitespace-collapsed visible text', async () => {
    const links = extractLinks(await fixture('jp-signin-link-to-lookalike.eml'));
    expect(links).toContainEqual(
      expect.objectContaining({
        url: 'https://amazon.co.jp.signin-verify.xyz/ap/signin?id=8812',
        where: 'html',
        element: 'a',
        text: 'サインインして確認',
      }),
    );
  });

  it('decodes HTML entities in href', async () => {
    const links = extractLinks(await fixture('safelinks-wrapped-phish.eml'));
    expect(links[0].url).toContain('&data=05');
    expect(links[0].url).not.toContain('&amp;');
  });

  it('NFKC-normalises anchor text (full-width letters become ASCII)', async () => {
    const msg = await withParts({ htmlParts: ['<a href="https://x.example/">ｓｉｇｎ　ｉｎ</a>'] });
    expect(extractLinks(msg)[0].text).toBe('sign in');
  });

  it('uses the alt text of an image-only anchor and marks it', async () => {
    const links = extractLinks(await fixture('base-href-meta-refresh-and-area.eml'));
    const img = links.find((l) => l.url === 'https://prime-renew.example.org/renew');
    expect(img).toMatchObject({ text: 'Renew Prime now', imageOnly: true });
  });

  it('resolves relative links against <base href>, also links of <area>', async () => {
    const links = extractLinks(await fixture('base-href-meta-refresh-and-area.eml'));
    expect(links).toContainEqual(expect.objectContaining({ url: 'https://prime-renew.example.org/members/billing/update', element: 'a' }));
    expect(links).toContainEqual(expect.objectContaining({ url: 'https://prime-renew.example.org/signin', element: 'area', text: 'Sign in' }));
  });

  it('reads the target of <meta http-equiv=refresh>', async () => {
    const links = extractLinks(await fixture('base-href-meta-refresh-and-area.eml'));
    expect(links).toContainEqual(expect.objectContaining({ url: 'https://prime-renew.example.org/start', element: 'meta-refresh' }));
  });

  it('skips in-page anchors and mailto: links', async () => {
    const urls = extractLinks(await fixture('base-href-meta-refresh-and-area.eml')).map((l) => l.url);
    expect(urls.some((u) => u.startsWith('mailto:') || u.endsWith('#top'))).toBe(false);
  });

  it('keeps javascript: and data: links, which are what gets judged', async () => {
    const urls = extractLinks(await fixture('script-and-data-links.eml')).map((l) => l.url);
    expect(urls.some((u) => u.startsWith('javascript:'))).toBe(true);
    expect(urls.some((u) => u.startsWith('data:text/html'))).toBe(true);
  });

  it('does not read link text inside <script> or <style>', async () => {
    const msg = await withParts({
      htmlParts: ['<style>a{}</style><script>var u="https://hidden.example/";</script><a href="https://x.example/">ok</a>'],
    });
    expect(extractLinks(msg).map((l) => l.url)).toEqual(['https://x.example/']);
  });

  it('finds addresses written in HTML text outside any anchor', async () => {
    const msg = await withParts({ htmlParts: ['<p>Go to https://written.example/path now</p>'] });
    expect(extractLinks(msg)).toContainEqual(expect.objectContaining({ url: 'https://written.example/path', where: 'html', element: 'text-url' }));
  });
});

describe('extractLinks: forms and attachments', () => {
  it('finds a credential form in an HTML attachment, with where = attachment:<name>', async () => {
    const links = extractLinks(await fixture('credential-form-only-in-html-attachment.eml'));
    const form = links.find((l) => l.element === 'form');
    expect(form).toMatchObject({
      url: 'https://collect.invoice-center.example.net/post.php',
      where: 'attachment:Invoice-114-2231.html',
    });
    expect(form?.credentialInputs).toEqual(expect.arrayContaining(['password', 'cc-number']));
  });

  it('does not take "shipping" or "spinner" fields for PIN fields', async () => {
    const msg = await withParts({ htmlParts: ['<form action="https://x.example/"><input name="shipping"><input id="spinner"></form>'] });
    expect(extractLinks(msg)[0].credentialInputs).toEqual([]);
  });

  it('keeps a password box outside any form as a form without action', async () => {
    const msg = await withParts({ htmlParts: ['<div><input type="password" name="p"></div>'] });
    expect(extractLinks(msg)).toEqual([expect.objectContaining({ element: 'form', url: '', credentialInputs: ['password'] })]);
  });
});

describe('extractLinks: plain text', () => {
  it('finds an address right after Japanese text and a full-width colon', async () => {
    const links = extractLinks(await fixture('plain-text-japanese-payment-lure.eml'));
    expect(links).toContainEqual(
      expect.objectContaining({ url: 'https://pay-update.example.info/amazon/', where: 'text', element: 'text-url' }),
    );
  });

  it('keeps the words before a text address as its context', async () => {
    const links = extractLinks(await fixture('plain-text-japanese-payment-lure.eml'));
    const link = links.find((l) => l.element === 'text-url');
    expect(link?.context).toContain('お支払い方法を更新');
  });

  it('finds a bare domain written in text, stopping where Japanese resumes', async () => {
    const links = extractLinks(await fixture('plain-text-japanese-payment-lure.eml'));
    expect(links).toContainEqual(expect.objectContaining({ url: 'amazon.co.jp.verify-account.xyz', element: 'bare-domain' }));
  });

  it('does not take e-mail addresses, file names or version numbers for domains', async () => {
    const msg = await withParts({ textParts: ['Mail me at a@mail.example.com, see setup.py and README.md, v1.2.3 and e.g. this.'] });
    expect(extractLinks(msg)).toEqual([]);
  });

  it('does not take a word cut by a quoted-printable soft break for a domain (an original pasted still encoded)', async () => {
    const msg = await withParts({ textParts: ['trademarks of Amazon.com, Inc. or its affiliates, Amazon.co=\nm, Inc. 410 Terry Avenue N.'] });
    expect(extractLinks(msg).map((l) => l.url)).not.toContain('amazon.co');
    const plain = await withParts({ textParts: ['Our shop moved to shop.example.co =\n see you'] });
    expect(extractLinks(plain).map((l) => l.url)).toContain('shop.example.co');
  });

  it('drops sentence punctuation after an address but keeps balanced parentheses', async () => {
    const msg = await withParts({ textParts: ['See https://a.example/x. Or (https://b.example/y) and https://c.example/w_(z).'] });
    expect(extractLinks(msg).map((l) => l.url)).toEqual(['https://a.example/x', 'https://b.example/y', 'https://c.example/w_(z)']);
  });
});

describe('extractLinks: bounds', () => {
  it(`stops at ${MAX_LINKS_PER_MESSAGE} links and says the cap was hit`, async () => {
    const html = Array.from({ length: MAX_LINKS_PER_MESSAGE + 10 }, (_, i) => `<a href="https://h${i}.example/">${i}</a>`).join('');
    const result = extractLinksBounded(await withParts({ htmlParts: [html] }));
    expect(result.links).toHaveLength(MAX_LINKS_PER_MESSAGE);
    expect(result.truncated).toBe(true);
  });

  it('bounds the visible text of a link', async () => {
    const msg = await withParts({ htmlParts: [`<a href="https://x.example/">${'word '.repeat(2000)}</a>`] });
    expect(extractLinks(msg)[0].text.length).toBeLessThanOrEqual(300);
  });

  it('scans hostile text quickly (no catastrophic backtracking)', async () => {
    const hostile = (n: number) => 'https://' + 'a.'.repeat(n * 2) + ' ' + 'x-'.repeat(n * 2) + '.'.repeat(n);
    const message = (n: number) => withParts({ textParts: [hostile(n)], htmlParts: [`<p>${hostile(n)}</p>`] });
    await expectNearLinear(message, extractLinks, 6_250);
  });
});
