/**
 * Links written as text: http(s):// and www. addresses, and bare domain names ("amazon.co.jp.verify-account.xyz"),
 * which many mail clients turn into links. Linear scans only: one bounded character class for addresses,
 * and a split into tokens for domains, so no input can make matching slow.
 */
import { parse as parseDomain } from 'tldts';
import { FILE_EXTENSIONS_THAT_ARE_TLDS } from '../../amazon/link-patterns.js';
import { MAX_URL_LENGTH } from './url.js';
import { memoizeString } from '../../util/memo.js';

/** Text beyond this per part is not scanned for links: a phishing lure is never that far down. */
export const MAX_TEXT_SCAN = 1_000_000;

export interface TextLink {
  url: string;
  element: 'text-url' | 'bare-domain';
}

/*
 * An address ends at whitespace, quotes, angle brackets, or Japanese/CJK text (a Japanese sentence often
 * continues right after the URL: "https://example.comからログイン"). NFKC has already turned full-width ASCII into
 * ASCII. One character class with a bounded repeat: linear in the input.
 */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"'`\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]{1,4096}/gi;
// The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
// the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
const TRAILING_PUNCTUATION = /(?<![.,;:!?)\]}*])[.,;:!?)\]}*]+$/;

/** http(s):// and www. addresses in `text`, in order, with trailing sentence punctuation removed. */
export function findTextUrls(text: string): { url: string; start: number; end: number }[] {
  const out: { url: string; start: number; end: number }[] = [];
  const t = text.length > MAX_TEXT_SCAN ? text.slice(0, MAX_TEXT_SCAN) : text;
  for (const m of t.matchAll(ADDRESS)) {
    let url = m[0];
    // Keep a closing parenthesis that belongs to the URL (Wikipedia-style paths), drop one that closes prose.
    while (TRAILING_PUNCTUATION.test(url)) {
      const last = url[url.length - 1];
      if (last === ')' && countChar(url, '(') >= countChar(url, ')')) break;
      url = url.slice(0, -1);
    }
    if (/^www\.$/i.test(url) || /^https?:\/\/$/i.test(url)) continue;
    const start = m.index ?? 0;
    out.push({ url: url.slice(0, MAX_URL_LENGTH), start, end: start + m[0].length });
  }
  return out;
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}

/*
 * Characters a domain token may hold: ASCII letters, digits, dot, hyphen, and Latin/Greek/Cyrillic letters
 * (a homoglyph domain such as "аmazon.co.jp" with Cyrillic а). CJK is excluded so a token stops where
 * Japanese text begins.
 */
export const DOMAIN_CHAR = /[A-Za-z0-9.\-\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * DOMAIN_CHAR for one UTF-16 code unit, without a RegExp call per character (findBareDomains looks at every
 * character of the text). test/links/text-links-fast-paths.test.ts checks it against DOMAIN_CHAR for all 65,536 code units.
 */
export function isDomainChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2d;
  }
  return (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x4ff);
}
const MAX_DOMAIN_LENGTH = 253;

/**
 * Bare domain names written in text (not part of an address, e-mail address or path), in order.
 * A token counts when its last label is a real ICANN public suffix and there is a registrable name before it.
 */
export function findBareDomains(text: string, skip: readonly { start: number; end: number }[] = []): string[] {
  const t = text.length > MAX_TEXT_SCAN ? text.slice(0, MAX_TEXT_SCAN) : text;
  const out: string[] = [];
  // asBareDomain finds nothing in a token without a dot: the next dot from here tells which tokens to test,
  // and where none is left, no token after can be a domain (one indexOf per dot, instead of one per token).
  let nextDot = t.indexOf('.');
  let skipIndex = 0;
  let i = 0;
  while (i < t.length) {
    if (nextDot < i) {
      nextDot = t.indexOf('.', i);
      if (nextDot < 0) break;
    }
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
    if (nextDot >= i) continue; // no dot in t[start, i) (nextDot >= start): asBareDomain gives null
    const domain = asBareDomain(t, start, i);
    if (domain) out.push(domain);
  }
  return out;
}

function asBareDomain(text: string, start: number, end: number): string | null {
  if (end - start > MAX_DOMAIN_LENGTH || end - start < 4) return null;
  // Most tokens are words: without a dot anywhere in the token, the trimmed token has none either (the test
  // below), so skip the trimming RegExps (every answer on the way is null, so the order does not matter).
  const dot = text.indexOf('.', start);
  if (dot < 0 || dot >= end) return null;
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  // Part of an e-mail address, a path or a longer identifier: not a domain a reader would open.
  if (before === '@' || after === '@' || before === '/' || before === '\\' || before === '_' || after === '_') return null;
  // "=" at the end of a line is a quoted-printable soft break left in the text (a forwarded original pasted
  // still encoded, as in a Gmail API re-send): the word goes on after it ("Amazon.co=" LF "m, Inc.").
  if (after === '=' && (text[end + 1] === '\n' || text[end + 1] === '\r')) return null;
  return bareDomainOfToken(text.slice(start, end));
}

/**
 * The domain a token with a dot names, or null: the rest of asBareDomain, a pure function of the token, so
 * memoised (bounded, fewer entries than the host memos: tokens are longer): the same domains and dotted words recur through a mailbox ("amazon.co.jp" in every
 * quoted header), and the public-suffix lookup is the costly part.
 */
const bareDomainOfToken = memoizeString((raw: string): string | null => {
  const token = raw.replace(/^[.-]+/, '').replace(/(?<![.-])[.-]+$/, '');
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
}, 1_024); // tokens are at most 253 units: at most ~0.5 MB held
