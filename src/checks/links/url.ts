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
  /** The URL object when the link parses as an absolute URL. */
  url: URL | null;
  /** Host as a browser resolves it (ASCII, IPv4 canonical, IPv6 in brackets); "" when none. */
  host: string;
  /** The host exactly as written in the link (between "//" and the path, after any "@"), lower-cased. */
  writtenHost: string;
  /** The user-info part written before "@" in the authority ("" when none). */
  userinfo: string;
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
  const withScheme = /^www\./i.test(link) ? 'http://' + link : link;
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
  return { scheme, url, host, writtenHost, userinfo };
}

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
 * (anchors.md 3.1); the odd forms (one decimal number, hex, octal) exist only to hide that it is one.
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

/** True when any label of the (ASCII) host is punycode, i.e. the name is written with non-ASCII letters. */
export function hasPunycodeLabel(host: string): boolean {
  return host.split('.').some((label) => label.startsWith('xn--'));
}

/** Lower-cased path of a parsed URL, "" when none. */
export function pathOf(parsed: ParsedLink): string {
  return parsed.url ? parsed.url.pathname.toLowerCase() : '';
}
