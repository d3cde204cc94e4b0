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

export * from './domains.js';

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

/** The Amazon-owned domain entry a host belongs to (registrable domain match), or null. */
export function amazonDomainOf(host: string): DomainEntry | null {
  const reg = registrableDomain(host);
  if (!reg) return null;
  if (reg.endsWith('.' + AMAZON_BRAND_TLD)) return BRAND_TLD_ENTRY;
  return AMAZON_BY_DOMAIN.get(reg) ?? null;
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

/** True when the host is Amazon infrastructure that anyone can rent (never proof of Amazon). */
export function isRentableAmazonInfrastructure(host: string): boolean {
  const reg = registrableDomain(host);
  return reg !== null && INFRA_BY_DOMAIN.has(reg);
}

/** The marketplace of a host (e.g. "JP" for www.amazon.co.jp), or null. */
export function marketplaceOf(host: string): (typeof MARKETPLACE_DOMAINS)[number] | null {
  const reg = registrableDomain(host);
  return MARKETPLACE_DOMAINS.find((m) => m.domain === reg) ?? null;
}
