/**
 * Address headers (From, Reply-To, Sender, To) as the user's mail client shows them, with the domain a check
 * can trust to be the one after the real `@`. mailparser's public `parseAddressHeader` does the RFC 5322
 * tokenising (groups, comments, quoted names, encoded words) of what simpleMailbox cannot read; this module only
 * decides the domain.
 */
import type { EmailAddress } from 'mailparser';
import { mailparser } from './mailparser.js';
import type { Address } from './types.js';
import { decodeEncodedWords } from './encoded-words.js';

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
  // The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
  // the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
  const domain = address.slice(at + 1).trim().replace(/(?<!\.)\.+$/, '').toLowerCase();
  return domain && DOMAIN.test(domain) ? domain : null;
}

// Anything that needs the full RFC 5322 tokeniser: lists, groups, comments, escapes.
const NOT_SIMPLE = /[,;:()\\]/;
const NOT_IN_ADDRESS = /[\s"<>]|=\?/;
const ODD_BLANKS = /\s\s|\t/;

/**
 * The common single-mailbox forms (`addr`, `Name <addr>`, `"Name" <addr>`, `=?UTF-8?B?...?= <addr>`) read
 * without mailparser's tokeniser, which costs several microseconds a call on the header pass of every
 * message. Returns null for anything else; a property test checks that both readings agree.
 */
export function simpleMailbox(value: string): Address | null {
  const s = value.trim();
  if (s.length > 998 || NOT_SIMPLE.test(s)) return null;
  const lt = s.indexOf('<');
  if (lt === -1) {
    if (NOT_IN_ADDRESS.test(s) || s.indexOf('@') <= 0) return null;
    return { name: '', address: s, domain: domainOf(s) };
  }
  if (s.indexOf('>') !== s.length - 1 || s.indexOf('<', lt + 1) !== -1) return null;
  const address = s.slice(lt + 1, -1).trim();
  if (NOT_IN_ADDRESS.test(address) || address.indexOf('@') <= 0) return null;
  let name = s.slice(0, lt).trim();
  if (name.startsWith('"')) {
    if (name.length < 2 || !name.endsWith('"') || name.slice(1, -1).includes('"')) return null;
    name = name.slice(1, -1);
  } else if (name.includes('"')) return null;
  if (ODD_BLANKS.test(name)) return null;
  // Memoised: the header pass meets the same display names again and again (and From's once more for fromHeader).
  if (name.includes('=?')) name = decodeEncodedWords(name);
  return { name, address, domain: domainOf(address) };
}

/** A comma-separated list of simple mailboxes (the usual To and Cc), or null when any entry is not simple. */
function simpleMailboxList(value: string): Address[] | null {
  if (value.includes('"')) return null;
  const out: Address[] = [];
  for (const entry of value.split(',')) {
    if (!entry.trim()) continue;
    const a = simpleMailbox(entry);
    if (!a) return null;
    out.push(a);
  }
  return out;
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
    const simple = value.includes(',') ? simpleMailboxList(value) : simpleMailbox(value);
    if (simple) {
      if (Array.isArray(simple)) out.push(...simple);
      else out.push(simple);
      continue;
    }
    try {
      // decodePunycode false: keep the domain as written, so xn-- lookalikes stay visible to the checks.
      flatten(mailparser().parseAddressHeader(value, { decodePunycode: false }).value, out);
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
