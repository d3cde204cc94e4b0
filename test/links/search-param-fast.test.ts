/**
 * Fast paths of link reading, each against the form it replaced: the redirector's query parameter without
 * building URLSearchParams, and the written authority found in one pass instead of four indexOf searches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchParamFast } from '../../src/checks/links/unwrap.js';
import { schemeEnd, writtenAuthority } from '../../src/checks/links/url.js';

const SCHEME = /^([a-z][a-z0-9+.-]{0,31}):/i;

// The former writtenAuthority: the reference.
function writtenAuthorityByIndexOf(link: string): string {
  const start = link.indexOf('//');
  if (start < 0 || !SCHEME.test(link.slice(0, start))) return '';
  let end = link.length;
  for (const c of ['/', '\\', '?', '#']) {
    const i = link.indexOf(c, start + 2);
    if (i >= 0 && i < end) end = i;
  }
  return link.slice(start + 2, end);
}

// Query strings built from what makes form decoding hard: separators, "+", "%" with and without hex digits,
// UTF-8 and broken UTF-8 escapes, a BOM, encoded names, non-ASCII and lone surrogates.
const queryPiece = fc.constantFrom(
  'U', 'u', 'url', 'q', '=', '&', '&&', '+', '%', '%2', '%2B', '%26', '%3D', '%55', '%75', '%zz', '%C3%A9', '%C3', '%E3%81%82',
  '%ED%A0%80', '%F0%9F%98%80', '%EF%BB%BF', '%C0%AF', '%FF', 'https%3A%2F%2Fwww.amazon.co.jp%2Fdp%2FB0A5', 'a', '1', ' ', 'é',
  '\ud800', '?', '#', '/', '.',
);
const query = fc.oneof(
  fc.array(queryPiece, { maxLength: 14 }).map((a) => a.join('')),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('searchParamFast', () => {
  it('is URLSearchParams.get wherever it answers, and answers for plain redirector queries', () => {
    fc.assert(
      fc.property(fc.boolean(), query, fc.constantFrom('U', 'url', 'q', 'u'), (mark, q, name) => {
        const search = (mark ? '?' : '') + q;
        const fast = searchParamFast(search, name);
        if (fast !== undefined) expect(fast).toBe(new URLSearchParams(search).get(name));
      }),
      { numRuns: 20_000 },
    );
    const tracker = '?C=5ead27602765&R=53466637dc&U=https%3A%2F%2Fwww.amazon.co.jp%2Fdp%2FB0A5C35D13';
    expect(searchParamFast(tracker, 'U')).toBe('https://www.amazon.co.jp/dp/B0A5C35D13');
    expect(searchParamFast(tracker, 'url')).toBeNull();
    expect(searchParamFast('?url=a+b%20c', 'url')).toBe('a b c');
  });

  it('agrees with URLSearchParams on the search part of parsed URLs', () => {
    fc.assert(
      fc.property(query, fc.constantFrom('U', 'url', 'q'), (q, name) => {
        let url: URL;
        try {
          url = new URL(`https://example.com/r?${q}`);
        } catch {
          return;
        }
        const fast = searchParamFast(url.search, name);
        expect(fast === undefined ? url.searchParams.get(name) : fast).toBe(url.searchParams.get(name));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('writtenAuthority (one pass)', () => {
  it('equals the four indexOf searches', () => {
    const piece = fc.constantFrom('https:', 'http:', 'x:', '1:', '//', '/', '\\', '?', '#', '@', ':', 'a', 'amazon.co.jp', '.', ' ', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }).map((a) => a.join('')), fc.string({ maxLength: 20 })), (link) => {
        expect(writtenAuthority(link)).toBe(writtenAuthorityByIndexOf(link));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('schemeEnd (a scan instead of the scheme RegExps)', () => {
  it('finds the scheme the RegExps of parseLink and of the redirector walk find', () => {
    const BOUNDED = /^([a-z][a-z0-9+.-]{0,31}):/i;
    const ANY_LENGTH = /^[a-z][a-z0-9+.-]*:/i;
    const piece = fc.constantFrom('https', 'HTTP', 'a', 'Z', '1', '+', '.', '-', ':', '//', '/', 'ſ', 'K', 'ｈ', ' ', 'x'.repeat(31), 'y'.repeat(40));
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), fc.string({ maxLength: 40 })), (link) => {
        const bounded = BOUNDED.exec(link);
        expect(schemeEnd(link)).toBe(bounded ? bounded[1].length : -1);
        expect(schemeEnd(link, Infinity) > 0).toBe(ANY_LENGTH.test(link));
      }),
      { numRuns: 20_000 },
    );
  });
});
