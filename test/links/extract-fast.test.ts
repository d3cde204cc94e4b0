/**
 * Fast paths of link extraction (src/checks/links/extract.ts, text-links.ts) against the forms they replace:
 * the same visible text, the same resolved href, the same bare domains.
 */
import fc from 'fast-check';
import { parse as parseDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { FILE_EXTENSIONS_THAT_ARE_TLDS } from '../../src/amazon/link-patterns.js';
import { resolveHref, visibleText } from '../../src/checks/links/extract.js';
import { isNfkcStableJapanese } from '../../src/checks/links/japanese.js';
import { findBareDomains, findTextUrls, isDomainChar } from '../../src/checks/links/text-links.js';

// The former visibleText: always NFKC, collapse, trim.
const visibleTextByRegExp = (raw: string) => raw.normalize('NFKC').replace(/[\s\u200b-\u200f\u2060\ufeff]+/g, ' ').trim().slice(0, 300);

// The former resolveHref, without a base (the base branch is unchanged).
function resolveHrefByRegExps(href: string): string | null {
  const h = href.replace(/[\u0000-\u001f]/g, '').trim();
  if (!h) return '';
  if (/^(?:mailto|tel|sms|cid|mid|about|callto|news):/i.test(h) || h.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) return h;
  if (/^www\./i.test(h)) return h;
  if (h.startsWith('//')) return 'https:' + h;
  return null;
}

// The former bare-domain test of one token (the trimming RegExps run on every token).
function asBareDomainByRegExps(text: string, start: number, end: number): string | null {
  if (end - start > 253 || end - start < 4) return null;
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  if (before === '@' || after === '@' || before === '/' || before === '\\' || before === '_' || after === '_') return null;
  if (/^=[\r\n]/.test(text.slice(end, end + 2))) return null; // a quoted-printable soft break: the word goes on
  const token = text.slice(start, end).replace(/^[.-]+/, '').replace(/(?<![.-])[.-]+$/, '');
  if (!token.includes('.')) return null;
  const labels = token.split('.');
  if (labels.some((l) => l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) return null;
  const tld = labels[labels.length - 1].toLowerCase();
  if (!/^[a-z]{2,24}$/.test(tld)) return null;
  if (labels.length === 2 && FILE_EXTENSIONS_THAT_ARE_TLDS.includes(tld)) return null;
  const lower = token.toLowerCase();
  const info = parseDomain(lower, { allowPrivateDomains: false });
  if (!info.isIcann || !info.domain) return null;
  return lower;
}
// The former token walk: every token tested (skipping the addresses found in the text, as the caller does).
function findBareDomainsByRegExps(t: string, skip: readonly { start: number; end: number }[] = []): string[] {
  const out: string[] = [];
  let skipIndex = 0;
  let i = 0;
  while (i < t.length) {
    while (skipIndex < skip.length && skip[skipIndex].end <= i) skipIndex++;
    const s = skip[skipIndex];
    if (s && i >= s.start && i < s.end) {
      i = s.end;
      continue;
    }
    if (!isDomainChar(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < t.length && isDomainChar(t.charCodeAt(i)) && !(s && i >= s.start)) i++;
    const d = asBareDomainByRegExps(t, start, i);
    if (d) out.push(d);
  }
  return out;
}

const textPiece = fc.constantFrom(
  'Sign in', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u200b', '\u3000', '\ufeff', 'ｱ', 'Ａ', '①', 'é', 'e\u0301', 'ﬁ', '\u0000', '\u007f',
  'x', '.', 'amazon.co.jp', 'アマゾン', '😀', '\ud800',
);
const text = fc.array(fc.oneof(textPiece, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((a) => a.join(''));

describe('visibleText (printable ASCII taken as it is)', () => {
  it('equals NFKC, collapse and trim', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' }), fc.string()), (t) => {
        expect(visibleText(t)).toBe(visibleTextByRegExp(t));
      }),
      { numRuns: 20_000 },
    );
    expect(visibleText('x'.repeat(400))).toBe('x'.repeat(300));
  });
});

describe('visibleText (common Japanese text taken as it is)', () => {
  const stable: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (isNfkcStableJapanese(c)) stable.push(String.fromCharCode(c));

  it('takes only characters that are their own NFKC form, no whitespace, no marks', () => {
    for (const ch of stable) {
      expect(ch.normalize('NFKC'), ch).toBe(ch);
      expect(ch.toLowerCase(), ch).toBe(ch);
      expect(/[\s\p{M}\u200b-\u200f\u2060\ufeff]/u.test(ch), ch).toBe(false);
    }
  });

  it('takes no pair of them that NFKC would compose', () => {
    const outsideIdeographs = stable.filter((ch) => ch.charCodeAt(0) < 0x4e00);
    const someIdeographs = stable.filter((ch, i) => ch.charCodeAt(0) >= 0x4e00 && i % 97 === 0);
    const sample = [...outsideIdeographs, ...someIdeographs, 'a', 'Z', '1', '.', ' '];
    for (const a of sample) for (const b of sample) expect((a + b).normalize('NFKC')).toBe(a + b);
  });

  it('equals NFKC, collapse and trim on Japanese anchor texts', () => {
    const piece = fc.constantFrom(
      'アカウント', 'ご注文', '確認', 'を', '。', '、', '「', '』', '｢', 'ｶ', 'ｶﾞ', 'ガ', 'か\u3099', 'は\u309a', 'ゝ', 'ゞ', 'ヽ', 'ヾ', 'ヿ', 'ゟ',
      '〜', '・', 'ー', '\u3000', '漢字', '﨑', '㈱', '①', 'Ａ', 'Sign in', ' ', '  ', '\u200b', 'x', '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.constantFrom(...stable)), { maxLength: 12 }).map((a) => a.join('')), (t) => {
        expect(visibleText(t)).toBe(visibleTextByRegExp(t));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('resolveHref (scheme read by schemeEnd)', () => {
  it('equals the RegExps', () => {
    const piece = fc.constantFrom('mailto:', 'MAILTO:', 'Tel:', 'news:', 'newsx:', 'mailto+x:', 'https:', 'http://', 'javascript:', 'www.', 'WWW.', '//', '#', ' ', '\t', '\u0000', '\u001f', 'ſ', 'K', 'a', '1', ':', '/', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 6 }).map((a) => a.join('')), fc.string({ maxLength: 12 })), (h) => {
        expect(resolveHref(h, null)).toBe(resolveHrefByRegExps(h));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('findBareDomains (tokens without a dot skipped early)', () => {
  it('finds what the trimming RegExps on every token find', () => {
    const piece = fc.constantFrom('amazon.co.jp', 'www.amazon.com', '.', '-', '..', 'a', 'word', ' ', '@', '_', '/', 'setup.py', 'x.zip', 'Amazon.COM.', '-a.b-', 'аmazon.jp', '日本', '=', '=\n', '\r\n');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }).map((a) => a.join('')), fc.string({ maxLength: 20 })), (t) => {
        expect(findBareDomains(t)).toEqual(findBareDomainsByRegExps(t));
      }),
      { numRuns: 10_000 },
    );
  });

  it('finds the same around addresses written in the text (tokens without a dot not tested)', () => {
    const piece = fc.constantFrom(
      'amazon.co.jp', 'https://www.amazon.com/a.b', 'http://x.example', 'www.example.com.', '.', '..', '-', 'a', 'word', 'words', ' ', '\n', '@', '/',
      'setup.py', 'Amazon.COM.', 'аmazon.jp', '日本', 'です。', '(', ')', 'https://', 'www.',
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), fc.string({ maxLength: 20 })), (t) => {
        const urls = findTextUrls(t);
        expect(findBareDomains(t, urls)).toEqual(findBareDomainsByRegExps(t, urls));
      }),
      { numRuns: 10_000 },
    );
  });
});
