/**
 * Questions about Amazon's identity that checks ask. The data lives in domains.ts; this module answers.
 */
import { getDomain } from 'tldts';
import { memoizeString } from '../util/memo.js';
import {
  AMAZON_BRAND_TLD,
  PUBLISHED_SENDER_HOSTS,
  S3_HOST_PATTERNS,
  MARKETPLACE_DOMAINS,
  OTHER_AMAZON_DOMAINS,
  RENTABLE_AMAZON_INFRASTRUCTURE,
  type DomainEntry,
} from './domains.js';

import { AMAZON_FAMILY, type FamilyService } from './family.js';
import { NEAR_BRANDS, type NearBrand } from './near-brands.js';

export * from './domains.js';
export * from './family.js';
export * from './near-brands.js';

/** Lower-case, strip a trailing dot, and turn IDN into its ASCII (punycode) form with UTS 46 mapping. */
export function normalizeHost(host: string): string {
  // RFC 1035: a name is at most 253 characters; longer input is not a host and must not cost time.
  // The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
  // the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
  let h = host.slice(0, 1024).trim().toLowerCase().replace(/(?<!\.)\.+$/, '');
  if (h.startsWith('[') && h.endsWith(']')) return h;
  if (/[^\x00-\x7f]/.test(h)) {
    try {
      const u = new URL('http://' + h + '/');
      h = u.hostname;
    } catch {
      // Not a valid IDN: leave as written; lookalike checks still see its characters.
    }
  }
  return h;
}

/**
 * The registrable domain (eTLD+1) of a host, ICANN section only: amazonaws.com tenants stay amazonaws.com.
 * Special case: the public suffix list has no com.be, so tldts says "com.be" for amazon.com.be.
 */
export const registrableDomain: (host: string) => string | null = memoizeString(registrableDomainUncached);

function registrableDomainUncached(host: string): string | null {
  const h = normalizeHost(host);
  if (h === 'amazon.com.be' || h.endsWith('.amazon.com.be')) return 'amazon.com.be';
  return getDomain(h, { allowPrivateDomains: false }) ?? null;
}

const AMAZON_BY_DOMAIN = new Map<string, DomainEntry>(
  [...MARKETPLACE_DOMAINS, ...OTHER_AMAZON_DOMAINS].map((e) => [e.domain, e]),
);
const INFRA_BY_DOMAIN = new Map<string, DomainEntry>(RENTABLE_AMAZON_INFRASTRUCTURE.map((e) => [e.domain, e]));

const BRAND_TLD_ENTRY: DomainEntry = {
  domain: AMAZON_BRAND_TLD,
  source: 'the .amazon brand TLD belongs to Amazon (ICANN registry agreement; registrar.amazon in Sublime allowlist)',
};

const FAMILY_BY_DOMAIN = new Map<string, FamilyService>(AMAZON_FAMILY.flatMap((s) => s.domains.map((d) => [d, s] as const)));
const FAMILY_BY_EXACT_HOST = new Map<string, { service: FamilyService; addresses: readonly string[] }>(
  AMAZON_FAMILY.flatMap((s) => (s.exactSenders ?? []).map((e) => [e.host, { service: s, addresses: e.addresses }] as const)),
);
const FAMILY_DOMAIN_ENTRIES = new Map<string, DomainEntry>(
  [...FAMILY_BY_DOMAIN, ...[...FAMILY_BY_EXACT_HOST].map(([host, e]) => [host, e.service] as const)].map(([domain, s]) => [
    domain,
    { domain, source: s.source },
  ]),
);

/**
 * The Amazon-owned domain entry a host belongs to (registrable domain match), or null. The Amazon family
 * (family.ts) counts: its domains whole, its exact senders in rented zones (login.awsapps.com) as that host only.
 */
export function amazonDomainOf(host: string): DomainEntry | null {
  const reg = registrableDomain(host);
  if (!reg) return null;
  if (reg.endsWith('.' + AMAZON_BRAND_TLD)) return BRAND_TLD_ENTRY;
  const own = AMAZON_BY_DOMAIN.get(reg) ?? FAMILY_DOMAIN_ENTRIES.get(reg);
  return own ?? FAMILY_DOMAIN_ENTRIES.get(normalizeHost(host)) ?? null;
}

/**
 * The Amazon-family service a host belongs to (Audible for www.audible.co.jp), or null: for Amazon's own
 * marketplace and corporate domains, and for any other host.
 */
export function amazonServiceOf(host: string): FamilyService | null {
  const reg = registrableDomain(host);
  if (!reg) return null;
  return FAMILY_BY_DOMAIN.get(reg) ?? FAMILY_BY_EXACT_HOST.get(normalizeHost(host))?.service ?? null;
}

/**
 * For a host of a rented zone that counts only as an exact sender (login.awsapps.com): the addresses that may
 * send from it. Null for every other host, whose Amazon-ness the registrable domain decides. Such a sender is
 * Amazon only when the From address is listed and a DKIM signature of the exact host passed (strict alignment):
 * relaxed alignment would let any tenant of the zone pass.
 */
export function exactSenderAddresses(host: string): readonly string[] | null {
  return FAMILY_BY_EXACT_HOST.get(normalizeHost(host))?.addresses ?? null;
}

const PUBLISHED_SENDERS = new Set(PUBLISHED_SENDER_HOSTS.map((e) => e.host));

/** True when the host is one Amazon publishes as a sender of its customer mail (exact host). */
export function isPublishedSenderHost(host: string): boolean {
  return PUBLISHED_SENDERS.has(normalizeHost(host));
}

/** 's3-website' / 's3-bucket' when the host is an S3 endpoint anyone can rent, else null. */
export function s3HostKind(host: string): 's3-website' | 's3-bucket' | null {
  const h = normalizeHost(host);
  for (const p of S3_HOST_PATTERNS) if (p.pattern.test(h)) return p.kind;
  return null;
}

/** True when the host is Amazon's own (not rented infrastructure). */
export function isAmazonDomain(host: string): boolean {
  return amazonDomainOf(host) !== null;
}

/**
 * True when the host is Amazon infrastructure that anyone can rent (never proof of Amazon). The exact hosts AWS
 * itself sends from inside such a zone (login.awsapps.com, family.ts) are Amazon's, not rented.
 */
export function isRentableAmazonInfrastructure(host: string): boolean {
  const reg = registrableDomain(host);
  return reg !== null && INFRA_BY_DOMAIN.has(reg) && !FAMILY_BY_EXACT_HOST.has(normalizeHost(host));
}

/** The marketplace of a host (e.g. "JP" for www.amazon.co.jp), or null. */
export function marketplaceOf(host: string): (typeof MARKETPLACE_DOMAINS)[number] | null {
  const reg = registrableDomain(host);
  return MARKETPLACE_DOMAINS.find((m) => m.domain === reg) ?? null;
}

const NEAR_BY_DOMAIN = new Map<string, NearBrand>(NEAR_BRANDS.flatMap((b) => b.domains.map((d) => [d, b] as const)));

/** The near brand (near-brands.ts) a host belongs to: its registrable domain, or a name under one of its suffixes. */
export function nearBrandOf(host: string | null): NearBrand | null {
  if (!host) return null;
  const h = normalizeHost(host);
  const reg = registrableDomain(h);
  const own = reg ? NEAR_BY_DOMAIN.get(reg) : undefined;
  if (own) return own;
  return NEAR_BRANDS.find((b) => (b.suffixes ?? []).some((s) => h.endsWith('.' + s))) ?? null;
}
