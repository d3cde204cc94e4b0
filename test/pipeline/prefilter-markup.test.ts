/**
 * The first pass sees what a reader sees of HTML (issue 20, item 1): a brand written as character references,
 * cut by hidden junk, or in a part whose Content-Transfer-Encoding header is folded is a candidate, so the
 * default scan and --deep agree on such mail.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../src/index.js';
import { bodyMentionsBrand, markupMentionsBrand } from '../../src/pipeline/prefilter.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/lures/${name}.eml`, import.meta.url));

describe('markupMentionsBrand', () => {
  test('numeric character references, decimal and hex, ASCII and Japanese', () => {
    expect(markupMentionsBrand('<p>Your &#65;&#109;&#97;&#122;&#111;&#110; order</p>')).toBe(true);
    expect(markupMentionsBrand('Your &#x41;&#x6d;&#x61;&#x7a;&#x6f;&#x6e; account')).toBe(true);
    const katakana = [...'アマゾン'].map((c) => `&#${c.codePointAt(0)};`).join('');
    expect(markupMentionsBrand(`<p>${katakana}からのお知らせ</p>`)).toBe(true);
  });

  test('junk hidden inside the word, and a tag between its letters', () => {
    expect(markupMentionsBrand('A<span style="font-size:0px">QX7ZKB2</span>ma<span style="display: none">ZZ</span>zon')).toBe(true);
    expect(markupMentionsBrand('<b style="font-size:0">x</b>Am<b>az</b>on')).toBe(true);
  });

  test('markup without the brand, and visible text between the letters, are not the brand', () => {
    expect(markupMentionsBrand('<span style="display:none">preheader</span><p>Weekly news &#8212; gardening</p>')).toBe(false);
    expect(markupMentionsBrand('A<span style="font-size:12px">lpine </span>mazon')).toBe(false);
    expect(markupMentionsBrand('<p>Amazon</p>')).toBe(false); // no markup that hides anything: the byte search's job
  });

  test('hostile markup stays bounded', () => {
    const open = '<span style="font-size:0"'.repeat(20_000);
    expect(markupMentionsBrand(open)).toBe(false);
    expect(markupMentionsBrand('&#'.repeat(100_000))).toBe(false);
  });
});

describe('default scan and --deep agree on mail that hides the brand from the byte search', () => {
  for (const name of [
    'brand-as-html-character-references-callback',
    'folded-transfer-encoding-header-base64-callback',
    'brand-cut-by-hidden-junk-spans-callback',
  ]) {
    test(name, async () => {
      expect(bodyMentionsBrand(fixture(name))).toBe(true);
      const fast = await analyzeMessage(fixture(name), { lang: 'en' });
      const deep = await analyzeMessage(fixture(name), { lang: 'en', deep: true });
      expect(fast.verdict).toBe('phishing');
      expect(deep.verdict).toBe(fast.verdict);
      expect(fast.findings.map((f) => f.code)).toContain('content.callback-number');
    });
  }
});
