/**
 * Sublime Security's host lists (data.ts, generated from the files beside it; MIT licence in LICENSE and in
 * data.ts's header) as the host entries the links check matches, and the suspicious-TLD lookup. Built once,
 * when the module loads. What each list holds and how its entries are read: README.md beside this file and
 * docs/sources.md#host-lists-of-sublime-security.
 *
 * Amazon's own names are never read from these lists: an entry that is an Amazon domain, one of Amazon's short
 * link or content hosts, or Amazon infrastructure anyone can rent (amazonaws.com, cloudfront.net,
 * amplifyapp.com: the links check has its own finding for those) is left out (`LEFT_OUT_AS_AMAZON`).
 */
import {
  AMAZON_BRAND_TLD,
  AMAZON_FAMILY,
  MARKETPLACE_DOMAINS,
  OTHER_AMAZON_DOMAINS,
  RENTABLE_AMAZON_INFRASTRUCTURE,
  registrableDomain,
} from '../index.js';
import { AMAZON_CONTENT_HOSTS, AMAZON_SHORT_LINK_HOSTS, type HostEntry } from '../link-patterns.js';
import { HOST_LISTS, HOST_LISTS_SOURCE, type HostListName } from './data.js';

export { HOST_LISTS, HOST_LISTS_SOURCE, type HostListName };

/** The lists whose hosts carry pages or files anyone can publish, in the order the links check reads them. */
export const PAGE_HOST_LISTS = [
  'self_service_creation_platform_domains',
  'free_file_hosts',
  'social_landing_hosts',
  'free_subdomain_hosts',
] as const satisfies readonly HostListName[];
export type PageHostListName = (typeof PAGE_HOST_LISTS)[number];

/**
 * Amazon's names: its domains, the Amazon family's, the infrastructure anyone can rent, its short-link and
 * content hosts, and its brand TLD. An entry is Amazon's when it or a part after one of its dots is one of them:
 * a Set lookup per label, where asking isAmazonDomain of each of the ~1,100 entries (the public suffix list per
 * entry) took a noticeable part of a second when the module loaded. test/links/host-lists.test.ts checks that no
 * entry kept is Amazon's by isAmazonDomain or isRentableAmazonInfrastructure.
 */
const AMAZON_NAMES: ReadonlySet<string> = new Set([
  ...[...MARKETPLACE_DOMAINS, ...OTHER_AMAZON_DOMAINS, ...RENTABLE_AMAZON_INFRASTRUCTURE].map((e) => e.domain),
  ...AMAZON_FAMILY.flatMap((s) => [...s.domains, ...(s.exactSenders ?? []).map((e) => e.host)]),
  ...[...AMAZON_SHORT_LINK_HOSTS, ...AMAZON_CONTENT_HOSTS].map((e) => e.host),
  AMAZON_BRAND_TLD,
]);

function isAmazons(entry: string): boolean {
  if (AMAZON_NAMES.has(entry)) return true;
  for (let dot = entry.indexOf('.'); dot >= 0; dot = entry.indexOf('.', dot + 1)) if (AMAZON_NAMES.has(entry.slice(dot + 1))) return true;
  return false;
}

/** Entries of the lists that are Amazon's (see the module comment), by list. */
export const LEFT_OUT_AS_AMAZON: { readonly [N in HostListName]?: readonly string[] } = Object.fromEntries(
  (Object.keys(HOST_LISTS) as HostListName[])
    .map((name) => [name, name === 'suspicious_tlds' ? [] : HOST_LISTS[name].filter(isAmazons)] as const)
    .filter(([, left]) => left.length > 0),
);

function source(list: HostListName): string {
  return `${HOST_LISTS_SOURCE.repository} ${list}.txt at ${HOST_LISTS_SOURCE.commit.slice(0, 12)} (docs/sources.md#host-lists-of-sublime-security)`;
}

function entriesOf(list: HostListName): HostEntry[] {
  const src = source(list);
  const left = new Set(LEFT_OUT_AS_AMAZON[list] ?? []);
  return HOST_LISTS[list]
    .filter((host) => !left.has(host))
    .map((host): HostEntry => {
      // A free subdomain host's tenants are the names under it; the service's own site (the registrable domain,
      // and its www) is not a tenant's page. An entry below a registrable domain (sites.google.com) is itself
      // where the tenants' pages are.
      if (list === 'free_subdomain_hosts' && registrableDomain(host) === host) return { host, subdomainOnly: true, list, source: src };
      return { host, anySubdomain: true, list, source: src };
    });
}

/** The URL shorteners of Sublime's list, as host entries (the host and any name under it). */
export const LISTED_URL_SHORTENERS: readonly HostEntry[] = entriesOf('url_shorteners');

/** The page and file hosts of Sublime's lists, as host entries, in PAGE_HOST_LISTS order. */
export const LISTED_PAGE_HOSTS: readonly HostEntry[] = PAGE_HOST_LISTS.flatMap(entriesOf);

const SUSPICIOUS_TLDS: ReadonlySet<string> = new Set(HOST_LISTS.suspicious_tlds);

/**
 * The longest suffix of the host on Sublime's suspicious_tlds list ("co.za" before "za"), or null. Walks the
 * host's dots: one Set lookup per label.
 */
export function suspiciousTldOf(host: string): string | null {
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    const suffix = host.slice(dot + 1);
    if (SUSPICIOUS_TLDS.has(suffix)) return suffix;
  }
  return null;
}
