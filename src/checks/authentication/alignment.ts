/**
 * DMARC identifier alignment (RFC 7489 section 3.1), computed by amzcheck itself so the verdict does not
 * depend on the mailauth version (docs/sources.md#design-notes). Relaxed: same registrable domain (tldts, with the
 * amazon.com.be special case in registrableDomain). Strict: the same host.
 */
import { normalizeHost, registrableDomain } from '../../amazon/index.js';

export type AlignmentMode = 'relaxed' | 'strict';

export function isAligned(domain: string | null, fromDomain: string | null, mode: AlignmentMode = 'relaxed'): boolean {
  if (!domain || !fromDomain) return false;
  if (mode === 'strict') return normalizeHost(domain) === normalizeHost(fromDomain);
  const a = registrableDomain(domain);
  return a !== null && a === registrableDomain(fromDomain);
}

/** The domain part of an address or identity ("bounce@x.example", "@x.example", "x.example"), lower-cased. */
export function domainOfIdentity(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().replace(/^<|>$/g, '');
  const at = v.lastIndexOf('@');
  // The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
  // the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
  const d = (at >= 0 ? v.slice(at + 1) : v).toLowerCase().replace(/(?<!\.)\.+$/, '');
  return d.length > 0 && d.length <= 253 && d.includes('.') ? d : null;
}
