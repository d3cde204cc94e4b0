/**
 * Rewriters (Safe Links, URL Defense) and redirectors (Amazon's click tracker, google.com/url) write the real
 * destination into the link. Reading it out lets a link be judged by where it ends, never by fetching it.
 */
import { REDIRECTORS, type Redirector } from '../../amazon/link-patterns.js';
import { isAmazonDomain, registrableDomain } from '../../amazon/index.js';
import { hrefOf, MAX_URL_LENGTH, parseLink, schemeEnd, type ParsedLink } from './url.js';
import { memoizeHost } from './host-memo.js';

/** Wrappers inside wrappers happen (Safe Links around Proofpoint around a tracker); deeper means a trick. */
const MAX_DEPTH = 5;

export interface Unwrapped {
  finalUrl: string;
  /** Each wrapper the link went through, outermost first. */
  chain: string[];
  /** Names of the redirectors met, in the same order as `chain`. */
  via: string[];
}

export function unwrapLink(raw: string): Unwrapped {
  const { finalUrl, chain, via } = unwrapLinkParsed(raw);
  return { finalUrl, chain, via };
}

/**
 * unwrapLink, plus the parsed forms it already made on the way, so the links check need not parse the same
 * strings again: `first` is parseLink of the trimmed, bounded link (the first string unwrapped), `final` is
 * parseLink(finalUrl) when the walk parsed it (null when it stopped at MAX_DEPTH without parsing the last).
 */
export function unwrapLinkParsed(raw: string): Unwrapped & { start: string; first: ParsedLink; final: ParsedLink | null } {
  const chain: string[] = [];
  const via: string[] = [];
  const start = raw.trim().slice(0, MAX_URL_LENGTH);
  let current = start;
  let first: ParsedLink | null = null;
  let final: ParsedLink | null = null;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parsed = parseLink(current);
    first ??= parsed;
    const step = unwrapOnce(parsed);
    if (!step || step.destination === current) {
      final = parsed; // the walk ends at `current`, which is the string just parsed
      break;
    }
    chain.push(current);
    via.push(step.redirector);
    current = step.destination.slice(0, MAX_URL_LENGTH);
  }
  return { finalUrl: current, chain, via, start, first: first ?? parseLink(start), final };
}

/**
 * The redirectors with what matching needs prepared once: the path prefix lower-cased, the host list split
 * into exact hosts and "*.example.com" suffixes (".example.com"), instead of a slice per host and link.
 */
const REDIRECTOR_PREFIXES = REDIRECTORS.map((r) => ({
  redirector: r,
  pathPrefix: r.pathPrefix.toLowerCase(),
  exactHosts: r.hosts.filter((h) => !h.startsWith('*.')),
  hostSuffixes: r.hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(1)),
}));
type PreparedRedirector = (typeof REDIRECTOR_PREFIXES)[number];

/**
 * The redirectors whose host test passes for a host, in list order. Both tests of a redirector (host, path)
 * are pure, so testing the path only for these finds the same first match as testing both for every
 * redirector. Memoised per host: hosts repeat within a mail (an Amazon mail's ~20 tracker links and their
 * destinations are one or two hosts) and across mails, and most hosts get the empty list, so the destination
 * of a click-tracker link costs one lookup instead of a walk over every redirector.
 */
const NO_REDIRECTORS: readonly PreparedRedirector[] = [];
const redirectorsForHost = memoizeHost((host: string): readonly PreparedRedirector[] => {
  const matching = REDIRECTOR_PREFIXES.filter((prepared) => matchesHost(prepared, host));
  return matching.length > 0 ? matching : NO_REDIRECTORS;
});

function unwrapOnce(parsed: ParsedLink): { destination: string; redirector: string } | null {
  if (!parsed.absolute || !parsed.host) return null;
  const candidates = redirectorsForHost(parsed.host);
  if (candidates.length === 0) return null;
  const path = parsed.path;
  for (const prepared of candidates) {
    const r = prepared.redirector;
    if (!path.startsWith(prepared.pathPrefix)) continue;
    const destination = readDestination(r, parsed);
    // An absolute URL (/^[a-z][a-z0-9+.-]*:/i): a scheme of any length.
    if (destination && schemeEnd(destination, Infinity) > 0) return { destination, redirector: r.name };
  }
  return null;
}

function matchesHost({ redirector: r, exactHosts, hostSuffixes }: PreparedRedirector, host: string): boolean {
  if (r.anyAmazonHost && isAmazonDomain(host)) return true;
  if (r.registrableLabel) {
    const reg = registrableDomain(host);
    if (reg && reg.split('.')[0] === r.registrableLabel) return true;
  }
  // r.hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h)), prepared.
  return exactHosts.includes(host) || hostSuffixes.some((suffix) => host.endsWith(suffix));
}

function readDestination(r: Redirector, parsed: ParsedLink): string | null {
  switch (r.encoding) {
    case 'plain':
      return queryParam(parsed.search, r.param);
    case 'proofpoint-v2': {
      const u = queryParam(parsed.search, r.param);
      return u === null ? null : safeDecode(u.replace(/-/g, '%').replace(/_/g, '/'));
    }
    case 'bing-ck': {
      // "a1" then the destination in base64url (the form Bing writes); anything else is left unread.
      const u = queryParam(parsed.search, r.param);
      if (u === null || !u.startsWith('a1')) return null;
      const decoded = Buffer.from(u.slice(2).slice(0, MAX_URL_LENGTH * 2), 'base64url').toString('utf8');
      return decoded.includes('\ufffd') ? null : decoded.trim();
    }
    case 'proofpoint-v3': {
      const href = hrefOf(parsed);
      return href === null ? null : decodeProofpointV3(href);
    }
    case 'path-after-token': {
      // https://secure-web.cisco.com/<token>/<percent-encoded destination>: the path keeps its case in href.
      const href = hrefOf(parsed);
      if (href === null) return null;
      const path = href.slice(href.indexOf('/', schemeEnd(href, Infinity) + 3));
      const slash = path.indexOf('/', 1);
      return slash < 0 ? null : safeDecode(path.slice(slash + 1));
    }
    case 'base64': {
      const u = queryParam(parsed.search, r.param);
      if (u === null || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(u)) return null;
      return Buffer.from(u.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    }
  }
}

/**
 * The first of the named query parameters that is present (URLSearchParams already percent-decodes).
 * `new URLSearchParams(search)` reads what `url.searchParams` holds: the query without its "?".
 */
function queryParam(search: string, names: readonly string[]): string | null {
  for (const name of names) {
    const fast = searchParamFast(search, name);
    const v = fast === undefined ? new URLSearchParams(search).get(name) : fast;
    if (v) return v.trim();
  }
  return null;
}

/**
 * `new URLSearchParams(search).get(name)` without building the object (it decodes every pair of the query;
 * the redirector needs one), for the common case; undefined where it leaves the answer to URLSearchParams:
 * a non-ASCII character (WHATWG would make lone surrogates U+FFFD), a pair name before the match that
 * decoding could turn into `name` ("%55" is "U"), or a value decodeURIComponent refuses (a "%" without two
 * hex digits, bytes that are not UTF-8: WHATWG writes U+FFFD there). decodeURIComponent of valid UTF-8 gives
 * the same text as the WHATWG percent-decode + UTF-8 decode. test/links/search-param-fast.test.ts compares.
 */
export function searchParamFast(search: string, name: string): string | null | undefined {
  const q = search.startsWith('?') ? 1 : 0;
  let start = q;
  while (start <= search.length) {
    let end = search.indexOf('&', start);
    if (end < 0) end = search.length;
    if (end > start) {
      const eq = search.indexOf('=', start);
      const nameEnd = eq >= 0 && eq < end ? eq : end;
      // The pair's name read in place (no slice per pair): equal to `name` when as long and starting with it.
      if (!isPlainAscii(search, start, nameEnd)) return undefined;
      if (nameEnd - start === name.length && search.startsWith(name, start)) {
        const rawValue = nameEnd < end ? search.slice(nameEnd + 1, end) : '';
        return decodeFormValue(rawValue);
      }
    }
    start = end + 1;
  }
  return null;
}

/** s[start..end) is ASCII without "%" and "+": a form-encoded string that decodes to itself. */
function isPlainAscii(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x25 /* % */ || c === 0x2b /* + */) return false;
  }
  return true;
}

function decodeFormValue(raw: string): string | undefined {
  let hasPercent = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if (c === 0x25) hasPercent = true;
  }
  const spaced = raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  if (!hasPercent) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return undefined;
  }
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Run lengths of Proofpoint v3 "**X" tokens: A=2, B=3, ... in this alphabet order. */
const V3_RUN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Proofpoint URL Defense v3: https://urldefense.com/v3/__<url>__;<base64url>!!<...>. Characters Proofpoint
 * would not keep in the path are replaced by "*" in <url> and stored, in order, in the base64 string; "**X"
 * stands for a run of them (length from V3_RUN_ALPHABET). This mirrors Proofpoint's published decoder.
 */
export function decodeProofpointV3(link: string): string | null {
  const start = link.indexOf('/v3/__');
  if (start < 0) return null;
  const bodyStart = start + '/v3/__'.length;
  const end = link.indexOf('__;', bodyStart);
  if (end < 0) return null;
  const embedded = link.slice(bodyStart, end);
  const bang = link.indexOf('!', end + 3);
  const encoded = link.slice(end + 3, bang < 0 ? undefined : bang);
  let replacement: string[];
  try {
    replacement = [...Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')];
  } catch {
    return null;
  }
  let out = '';
  let next = 0;
  for (let i = 0; i < embedded.length; i++) {
    const c = embedded[i];
    if (c !== '*') {
      out += c;
      continue;
    }
    if (embedded[i + 1] === '*' && i + 2 < embedded.length) {
      const run = V3_RUN_ALPHABET.indexOf(embedded[i + 2]) + 2;
      if (run < 2) return null;
      out += replacement.slice(next, next + run).join('');
      next += run;
      i += 2;
    } else {
      out += replacement[next] ?? '';
      next += 1;
    }
  }
  return out;
}
