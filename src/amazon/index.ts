/**
 * Questions about Amazon's identity that checks ask. The data lives in domains.ts; this module answers.
 */
import { getDomain } from 'tldts';
import {
  MARKETPLACE_DOMAINS,
  OTHER_AMAZON_DOMAINS,
  RENTABLE_AMAZON_INFRASTRUCTURE,
  type DomainEntry,
} from './domains.js';

export * from './domains.js';

/** Lower-case, strip a trailing dot, and turn IDN into its ASCII (punycode) form with UTS 46 mapping. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase().replace(/\.+$/, '');
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
export function registrableDomain(host: string): string | null {
  const h = normalizeHost(host);
  if (h === 'amazon.com.be' || h.endsWith('.amazon.com.be')) return 'amazon.com.be';
  return getDomain(h, { allowPrivateDomains: false }) ?? null;
}

const AMAZON_BY_DOMAIN = new Map<string, DomainEntry>(
  [...MARKETPLACE_DOMAINS, ...OTHER_AMAZON_DOMAINS].map((e) => [e.domain, e]),
);
const INFRA_BY_DOMAIN = new Map<string, DomainEntry>(RENTABLE_AMAZON_INFRASTRUCTURE.map((e) => [e.domain, e]));

/** The Amazon-owned domain entry a host belongs to (registrable domain match), or null. */
export function amazonDomainOf(host: string): DomainEntry | null {
  const reg = registrableDomain(host);
  return reg ? (AMAZON_BY_DOMAIN.get(reg) ?? null) : null;
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
