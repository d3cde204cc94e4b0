import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapLink } from '../../src/checks/links/index.js';
import { unwrapLinkParsed } from '../../src/checks/links/unwrap.js';
import { parseLink, type ParsedLink } from '../../src/checks/links/url.js';

/** A ParsedLink as plain data. */
const plain = (p: ParsedLink) => ({ ...p });

/** Links as mail carries them: plain, wrapped once or twice by the redirectors of link-patterns.ts, odd forms. */
const destination = fc.constantFrom(
  'https://evil.example/login',
  'https://www.amazon.co.jp/ap/signin?x=1',
  'http://192.168.0.1/a',
  'https://user@amazon.co.jp@evil.example/',
  'javascript:alert(1)',
  'www.example.com/path',
  'not a url',
  '',
);
const wrap = (u: string, how: number): string => {
  const e = encodeURIComponent(u);
  switch (how) {
    case 0:
      return `https://www.amazon.co.jp/gp/r.html?C=1&U=${e}`;
    case 1:
      return `https://apc01.safelinks.protection.outlook.com/?url=${e}&data=1`;
    case 2:
      return `https://www.google.com/url?q=${e}`;
    case 3:
      return `https://urldefense.proofpoint.com/v1/url?u=${e}&k=1`;
    default:
      return u;
  }
};
const link = fc
  .tuple(destination, fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 7 }), fc.constantFrom('', ' ', '\t'), fc.string({ maxLength: 6 }))
  .map(([d, wraps, pad, noise]) => pad + wraps.reduce((u, how) => wrap(u, how), d + noise) + pad);

describe('unwrapLinkParsed (the links check reuses its parses)', () => {
  it('gives what unwrapLink gives, and parses equal to parsing the start and final strings again', () => {
    fc.assert(
      fc.property(fc.oneof(link, fc.string({ maxLength: 80 })), (raw) => {
        const walk = unwrapLinkParsed(raw);
        expect({ finalUrl: walk.finalUrl, chain: walk.chain, via: walk.via }).toEqual(unwrapLink(raw));
        expect(plain(walk.first)).toEqual(plain(parseLink(walk.start)));
        if (walk.start === raw) expect(plain(walk.first)).toEqual(plain(parseLink(raw)));
        if (walk.final) expect(plain(walk.final)).toEqual(plain(parseLink(walk.finalUrl)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves final null only when the walk stopped at its depth limit', () => {
    const deep = [0, 1, 2, 3, 0, 1].reduce((u, how) => wrap(u, how), 'https://evil.example/x');
    const walk = unwrapLinkParsed(deep);
    expect(walk.chain).toHaveLength(5);
    expect(walk.final).toBeNull();
    expect(unwrapLinkParsed('https://evil.example/x').final?.host).toBe('evil.example');
  });
});
