/**
 * Reading a link without fetching it: its scheme, the host a browser would go to, and the tricks in how the
 * host is written. The WHATWG URL parser is the reference because it is what browsers do (it turns
 * "http://0x7f.1/" and "http://2130706433/" into 127.0.0.1 and IDN into punycode).
 */

/** Longest link we keep or parse; real links are far shorter, and evidence must stay bounded. */
export const MAX_URL_LENGTH = 4096;

export interface ParsedLink {
  /** Lower-cased scheme without the colon ("https", "javascript", ...), or "" when there is none. */
  scheme: string;
  /** True when the link parses as an absolute URL (WHATWG). */
  absolute: boolean;
  /** Host as a browser resolves it (ASCII, IPv4 canonical, IPv6 in brackets); "" when none. */
  host: string;
  /** The host exactly as written in the link (between "//" and the path, after any "@"), lower-cased. */
  writtenHost: string;
  /** The user-info part written before "@" in the authority ("" when none). */
  userinfo: string;
  /** The URL's pathname as WHATWG serialises it, lower-cased; "" when the link is not an absolute URL. */
  path: string;
  /** The URL's search as WHATWG serialises it ("?..." or ""); "" when the link is not an absolute URL. */
  search: string;
  /** The string given to the URL parser ("http://" added before "www."), for hrefOf. */
  input: string;
}

/** Longest scheme read (the letter and 31 more characters). */
const MAX_SCHEME_LENGTH = 32;

/**
 * Index of the ":" that ends the scheme at the start of `link`, or -1: what `/^([a-z][a-z0-9+.-]{0,31}):/i`
 * matches, scanned by character code (a RegExp and its match array per link cost more than the URL parse's
 * share of some links). The class has no ":", so the run of scheme characters is the only candidate; /i
 * without /u folds only ASCII letters here. test/links/search-param-fast.test.ts compares with the RegExp.
 */
export function schemeEnd(link: string, maxLength = MAX_SCHEME_LENGTH): number {
  if (link.length === 0 || !isAsciiLetter(link.charCodeAt(0))) return -1;
  let i = 1;
  while (i < link.length && i < maxLength && isSchemeChar(link.charCodeAt(i))) i++;
  return link.charCodeAt(i) === 0x3a /* : */ ? i : -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b /* + */ || c === 0x2e /* . */ || c === 0x2d /* - */;
}

export function parseLink(raw: string): ParsedLink {
  const link = raw.trim().slice(0, MAX_URL_LENGTH);
  const withScheme = startsWithWww(link) ? 'http://' + link : link;
  const fast = parseHttpUrlFast(withScheme);
  if (fast) {
    // The authority of a link the fast path takes is its host alone (no "@", no port): see parseHttpUrlFast.
    return {
      scheme: fast.protocol === 'https:' ? 'https' : 'http',
      absolute: true,
      host: withoutTrailingDot(fast.hostname),
      writtenHost: fast.hostname,
      userinfo: '',
      // The path the fast path takes is ASCII: lower-cased only when it has an upper-case letter (a link cut
      // from a Japanese HTML part is a two-byte string, which toLowerCase hands to ICU even when nothing changes).
      path: HAS_ASCII_UPPER.test(fast.pathname) ? fast.pathname.toLowerCase() : fast.pathname,
      search: fast.search,
      input: withScheme,
    };
  }
  const end = schemeEnd(withScheme);
  const scheme = end > 0 ? withScheme.slice(0, end).toLowerCase() : '';
  let url: URL | null = null;
  try {
    url = new URL(withScheme);
  } catch {
    url = null;
  }
  const authority = writtenAuthority(withScheme);
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const writtenHost = stripPort(hostPort).toLowerCase();
  const host = url && (url.protocol === 'http:' || url.protocol === 'https:') ? withoutTrailingDot(url.hostname.toLowerCase()) : '';
  return {
    scheme,
    absolute: url !== null,
    host,
    writtenHost,
    userinfo,
    path: url ? url.pathname.toLowerCase() : '',
    search: url ? url.search : '',
    input: withScheme,
  };
}

const HAS_ASCII_UPPER = /[A-Z]/;

/** What `/^www\./i.test(link)` tells, without a RegExp per link. */
export function startsWithWww(link: string): boolean {
  if (link.length < 4 || link.charCodeAt(3) !== 0x2e /* . */) return false;
  for (let i = 0; i < 3; i++) if ((link.charCodeAt(i) | 0x20) !== 0x77 /* w */) return false;
  return true;
}

/** The full URL as WHATWG serialises it, or null when the link is not an absolute URL (rarely needed: parsed again). */
export function hrefOf(parsed: ParsedLink): string | null {
  if (!parsed.absolute) return null;
  try {
    return new URL(parsed.input).href;
  } catch {
    return null;
  }
}

/** The fields of a WHATWG URL the links check reads. */
export interface HttpUrlFields {
  protocol: 'http:' | 'https:';
  hostname: string;
  pathname: string;
  search: string;
}

/**
 * `new URL(link)` for the shape nearly every link in mail has, read without the WHATWG parser (which cost
 * more than the rest of a link's judgement): "http://" or "https://" in lower case, a host of ASCII letters,
 * digits, dots and hyphens only (no user-info, no port, no punycode label, no last label starting with a
 * digit, which WHATWG may read as an IPv4 address), then a path and query of characters WHATWG keeps as
 * written (no percent-encoding to add, no "\\", no dot segments), then anything after "#". Returns null for
 * every other link, which the caller hands to `new URL`. For what it accepts, WHATWG's only changes are: the
 * host lower-cased (UTS 46 maps ASCII letters to lower case and nothing else here), an empty path written
 * "/", and an empty query ("?" alone) read as search "". test/links/url-fast.test.ts compares with `new URL`.
 */
export function parseHttpUrlFast(link: string): HttpUrlFields | null {
  let hostStart: number;
  if (link.startsWith('https://')) hostStart = 8;
  else if (link.startsWith('http://')) hostStart = 7;
  else return null;
  const length = link.length;
  // The host: up to the first "/", "?" or "#" ("\\" and every other character send the link to the slow path).
  let i = hostStart;
  let labelStart = hostStart;
  let upper = false;
  for (; i < length; i++) {
    const c = link.charCodeAt(i);
    const kind = c < 0x80 ? CHARACTER_KIND[c] : 0;
    if ((kind & HOST) === 0) {
      if (c === 0x2f /* / */ || c === 0x3f /* ? */ || c === 0x23 /* # */) break;
      return null;
    }
    if (c === 0x2e /* . */) {
      if (i === labelStart) return null; // an empty label
      labelStart = i + 1;
    } else if (c <= 0x5a && c >= 0x41) upper = true;
  }
  const hostEnd = i;
  if (hostEnd === hostStart) return null;
  // The last label, not counting one trailing dot: starting with a digit, WHATWG may take the host for IPv4.
  const lastLabelStart = labelStart < hostEnd ? labelStart : lastLabelBefore(link, hostStart, hostEnd - 1);
  const first = link.charCodeAt(lastLabelStart);
  if (first >= 0x30 && first <= 0x39) return null;
  const writtenHost = link.slice(hostStart, hostEnd);
  const hostname = upper ? writtenHost.toLowerCase() : writtenHost;
  if (hostname.includes('xn--')) return null; // punycode labels are validated (and may be refused) by WHATWG
  // The path: characters WHATWG writes as they are; no "/." (dot segments are resolved) and no "%2e" (the same).
  // The longest run PATH_RUN takes from hostEnd: it stops at a "/" before "." and at a "%" before "2e", and
  // the path must end at "?", "#" or the end of the link.
  PATH_RUN.lastIndex = hostEnd;
  PATH_RUN.test(link);
  const pathEnd = PATH_RUN.lastIndex;
  let queryEnd = pathEnd;
  if (pathEnd < length) {
    const c = link.charCodeAt(pathEnd);
    if (c === 0x3f /* ? */) {
      QUERY_RUN.lastIndex = pathEnd + 1;
      QUERY_RUN.test(link);
      queryEnd = QUERY_RUN.lastIndex;
      if (queryEnd < length && link.charCodeAt(queryEnd) !== 0x23 /* # */) return null;
    } else if (c !== 0x23 /* # */) return null;
  }
  // After "#": WHATWG drops tabs and newlines anywhere and trims spaces and controls at the ends; none of
  // these may be there (the fragment itself is not read).
  if (queryEnd < length) {
    FRAGMENT_RUN.lastIndex = queryEnd;
    FRAGMENT_RUN.test(link);
    if (FRAGMENT_RUN.lastIndex !== length) return null;
  }
  return {
    protocol: hostStart === 8 ? 'https:' : 'http:',
    hostname,
    pathname: pathEnd > hostEnd ? link.slice(hostEnd, pathEnd) : '/',
    search: queryEnd - pathEnd > 1 ? link.slice(pathEnd, queryEnd) : '',
  };
}

/** Start of the label that ends just before `end` (a dot), for a host written with one trailing dot. */
function lastLabelBefore(link: string, hostStart: number, end: number): number {
  const dot = link.lastIndexOf('.', end - 1);
  return dot >= hostStart ? dot + 1 : hostStart;
}

/**
 * Runs of what the fast path accepts, read by sticky RegExps (V8 scans a character class in compiled code,
 * faster than a loop of charCodeAt and table loads over the ~100 characters of a tracking link). All three
 * are a single repeated class or alternation of single characters: linear, no backtracking.
 * Path: the characters WHATWG writes as they are, ASCII letters and digits and -._~!$&'()*+,;=:@/% (not the
 * ones it percent-encodes: controls, space, " # < > ? ^ ` { } and non-ASCII; not "\\", a separator in http
 * URLs; not [ ] |, kept by WHATWG but rare enough to leave to it), but no "/" before "." and no "%" before
 * "2e" or "2E". Query: those of a path but "'" (percent-encoded in the query of an http URL), plus "?", with
 * no exception. Fragment: printable ASCII.
 */
const PATH_RUN = /(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|\/(?!\.)|%(?!2[eE]))*/y;
const QUERY_RUN = /[A-Za-z0-9\-._~!$&()*+,;=:@/%?]*/y;
const FRAGMENT_RUN = /[\x21-\x7e]*/y;

/** Bit of CHARACTER_KIND: the ASCII characters the fast path accepts in a host. */
const HOST = 1;

/**
 * For each ASCII code, whether the fast path accepts it in a host (a table: one load per character instead
 * of a chain of comparisons): letters, digits, "." and "-".
 */
const CHARACTER_KIND: Uint8Array = (() => {
  const kinds = new Uint8Array(0x80);
  const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (const ch of alphanumeric + '.-') kinds[ch.charCodeAt(0)] |= HOST;
  return kinds;
})();

/** The host without one trailing dot (what `.replace(/\.$/, '')` does, without a RegExp per link). */
function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** The authority part as written: after "scheme://" up to the first "/", "\", "?" or "#". */
export function writtenAuthority(link: string): string {
  const start = link.indexOf('//');
  // The scheme's ":" always comes before "//" ("/" cannot be in a scheme), so this is the scheme test of the
  // part before "//".
  if (start < 0 || schemeEnd(link) < 0) return '';
  // One pass to the first of the four ends (the same end as the smallest of four indexOf searches, which
  // each ran to the end of the link when their character was absent, as "\\" and "#" nearly always are).
  let end = start + 2;
  for (; end < link.length; end++) {
    const c = link.charCodeAt(end);
    if (c === 0x2f /* / */ || c === 0x5c /* \ */ || c === 0x3f /* ? */ || c === 0x23 /* # */) break;
  }
  return link.slice(start + 2, end);
}

function stripPort(hostPort: string): string {
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    return close >= 0 ? hostPort.slice(0, close + 1) : hostPort;
  }
  const colon = hostPort.lastIndexOf(':');
  return colon >= 0 ? hostPort.slice(0, colon) : hostPort;
}

const DOTTED_QUAD = /^(?:\d{1,3}\.){3}\d{1,3}$/;

/**
 * How an IP-literal host is written, or null when the host is a name. Amazon never links to an IP address
 * (docs/sources.md#amazons-own-guidance); the odd forms (one decimal number, hex, octal) exist only to hide that
 * it is one.
 */
export function ipLiteralForm(parsed: ParsedLink): 'ipv4' | 'ipv6' | 'ipv4-decimal' | 'ipv4-hex' | 'ipv4-octal' | 'ipv4-short' | null {
  const host = parsed.host;
  if (host.startsWith('[')) return 'ipv6';
  if (!DOTTED_QUAD.test(host)) return null;
  const written = parsed.writtenHost.replace(/\.$/, '');
  if (written === host) return 'ipv4';
  const parts = written.split('.');
  if (parts.some((p) => /^0x/i.test(p))) return 'ipv4-hex';
  if (parts.some((p) => /^0\d/.test(p))) return 'ipv4-octal';
  if (parts.length === 1) return 'ipv4-decimal';
  return 'ipv4-short';
}

/**
 * False when ipLiteralForm is null whatever was written: it reads the written form only for a host in
 * brackets or a dotted quad (the same two tests on the host).
 */
export function mayBeIpLiteral(host: string): boolean {
  return host.startsWith('[') || DOTTED_QUAD.test(host);
}

/** True when any label of the (ASCII) host is punycode, i.e. the name is written with non-ASCII letters. */
export function hasPunycodeLabel(host: string): boolean {
  return host.split('.').some((label) => label.startsWith('xn--'));
}

/** Lower-cased path of a parsed URL, "" when none. */
export function pathOf(parsed: ParsedLink): string {
  return parsed.path;
}
