/**
 * Address headers (From, Reply-To, Sender, To) as the user's mail client shows them, with the domain a check
 * can trust to be the one after the real `@`. mailparser's public `parseAddressHeader` does the RFC 5322
 * tokenising (groups, comments, quoted names, encoded words); this module only decides the domain.
 */
import { parseAddressHeader, type EmailAddress } from 'mailparser';
import type { Address } from './types.js';

// A dot-atom domain or a domain literal ([192.0.2.1]); anything with blanks, quotes or brackets is not one.
const DOMAIN = /^(?:[^\s"<>()[\]\\,;:@]+|\[[^\s[\]\\]+\])$/;

/**
 * The lower-cased domain after the last `@` that is not inside a quoted string, trailing dots removed;
 * null when there is none. `"no-reply@Amazon.de"` (phishing_pot sample-6326) is a quoted local part with no
 * domain at all, however much it looks like an address.
 */
export function domainOf(address: string): string | null {
  let at = -1;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c === 0x5c /* \ */ && quoted) i++;
    else if (c === 0x22 /* " */) quoted = !quoted;
    else if (c === 0x40 /* @ */ && !quoted) at = i;
  }
  if (at <= 0) return null;
  const domain = address.slice(at + 1).trim().replace(/\.+$/, '').toLowerCase();
  return domain && DOMAIN.test(domain) ? domain : null;
}

function flatten(entries: EmailAddress[], out: Address[]): void {
  for (const e of entries) {
    if (e.group) {
      flatten(e.group, out);
      continue;
    }
    const address = (e.address ?? '').trim();
    if (!address && !e.name) continue;
    out.push({ name: e.name ?? '', address, domain: domainOf(address) });
  }
}

/**
 * Every mailbox of the given header values in order; groups are replaced by their members. Values must be
 * charset-decoded already (8-bit bytes); encoded words in display names are decoded here.
 */
export function parseAddresses(values: readonly string[]): Address[] {
  const out: Address[] = [];
  for (const value of values) {
    if (!value.trim()) continue;
    try {
      // decodePunycode false: keep the domain as written, so xn-- lookalikes stay visible to the checks.
      flatten(parseAddressHeader(value, { decodePunycode: false }).value, out);
    } catch {
      out.push({ name: '', address: value.trim(), domain: null });
    }
  }
  return out;
}

/** A bare address out of `<addr>` or `addr` (Return-Path, Delivered-To), without brackets and comments. */
export function bareAddress(value: string): string {
  const v = value.trim();
  const open = v.indexOf('<');
  if (open !== -1) {
    const close = v.indexOf('>', open + 1);
    return v.slice(open + 1, close === -1 ? undefined : close).trim();
  }
  const space = v.search(/[\s(]/);
  return space === -1 ? v : v.slice(0, space);
}
