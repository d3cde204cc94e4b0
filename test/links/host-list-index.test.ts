/**
 * The host lists of link-patterns.ts are looked up by host and by each part after a dot instead of walked entry
 * by entry. The walk is the reference: the same entry (the first in list order) for every host and path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMAZON_SHORT_LINK_HOSTS, FREE_HOSTING_HOSTS, URL_SHORTENERS, type HostEntry } from '../../src/amazon/link-patterns.js';
import { LISTED_PAGE_HOSTS, LISTED_URL_SHORTENERS } from '../../src/amazon/host-lists/index.js';
import { compileHostList, hasEntriesFor, matchingHost } from '../../src/checks/links/judge.js';
import { parseLink, pathOf, type ParsedLink } from '../../src/checks/links/url.js';

// The former matchingHost: every entry in list order.
function matchingHostByWalk(list: readonly HostEntry[], parsed: ParsedLink): HostEntry | null {
  const host = parsed.host;
  if (!host) return null;
  for (const e of list) {
    const under = host.endsWith('.' + e.host);
    const hostMatches = e.subdomainOnly
      ? under && host !== 'www.' + e.host
      : e.anySubdomain
        ? host === e.host || under
        : host === e.host;
    if (!hostMatches) continue;
    if (!e.pathPrefix) return e;
    if (pathOf(parsed).startsWith(e.pathPrefix.toLowerCase())) return e;
  }
  return null;
}

const LISTS = {
  URL_SHORTENERS,
  AMAZON_SHORT_LINK_HOSTS,
  FREE_HOSTING_HOSTS,
  SHORTENERS: [...LISTED_URL_SHORTENERS, ...URL_SHORTENERS],
  PAGE_HOSTS: [...LISTED_PAGE_HOSTS, ...FREE_HOSTING_HOSTS],
};
const listHosts = Object.values(LISTS).flatMap((l) => l.map((e) => e.host));
// Lists with the hard cases: one host twice (with and without a path prefix, with and without subdomains),
// a parent and its child both listed, an entry order where a later exact entry loses to an earlier one.
const SYNTHETIC: readonly HostEntry[] = [
  { host: 'www.example.com', pathPrefix: '/forms/', source: 'a' },
  { host: 'example.com', anySubdomain: true, source: 'b' },
  { host: 'www.example.com', source: 'c' },
  { host: 'a.b.example.com', anySubdomain: true, pathPrefix: '/x', source: 'd' },
  { host: 'b.example.com', source: 'e' },
  { host: 'example.com', source: 'f' },
  { host: 'example.com', subdomainOnly: true, source: 'g' },
  { host: 'sub.example.org', subdomainOnly: true, source: 'h' },
  { host: 'example.org', anySubdomain: true, pathPrefix: '/x', source: 'i' },
];

const label = fc.constantFrom('www', 'a', 'sub', 'b', 'x', 'sites', 'docs', 'evil', 'xn--80ak6aa92e', 'foo-bar', '1');
const host = fc.tuple(fc.array(label, { maxLength: 3 }), fc.constantFrom(...listHosts, 'example.com', 'b.example.com', 'a.b.example.com', 'example.org', 'sub.example.org', 'com', 'web.app.evil.com')).map(([ls, h]) => [...ls, h].join('.'));
const path = fc.constantFrom('', '/', '/forms/', '/Forms/abc', '/slink?x', '/x', '/xy', '/d/1', '/forms');

describe('matchingHost (indexed)', () => {
  it('finds the entry the walk over the list finds', () => {
    const lists = [...Object.values(LISTS), SYNTHETIC];
    const compiled = lists.map((l) => compileHostList(l));
    fc.assert(
      fc.property(host, path, fc.constantFrom('https', 'http', 'ftp'), (h, p, scheme) => {
        const parsed = parseLink(`${scheme}://${h}${p}`);
        lists.forEach((l, i) => expect(matchingHost(compiled[i], parsed)).toBe(matchingHostByWalk(l, parsed)));
        // The links check skips matchingHost for hosts without entries (listedIn): it would find nothing.
        compiled.forEach((c) => {
          if (!hasEntriesFor(c, parsed.host)) expect(matchingHost(c, parsed)).toBeNull();
        });
      }),
      { numRuns: 5_000 },
    );
  });
});
