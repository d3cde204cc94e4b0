/**
 * A reader for Received headers (RFC 5321 section 4.4): who handed the mail over (from), who took it (by),
 * and when. The formats differ by MTA, so only what every one of them writes the same way is read:
 *
 *   Postfix, Sendmail, Gmail:  from HELO (RDNS [IP]) by HOST ...; DATE
 *   IronPort, Yahoo, qmail:    from NAME (HELO helo) ([IP]) by HOST ...; DATE
 *   Exchange / Microsoft 365:  from HELO (IP) by HOST (IP) with Microsoft SMTP Server ...; DATE
 *   Exim:                      from HELO ([IP] helo=x) by HOST ...; DATE
 *   local hand-off:            by HOST ...; DATE   (no from clause)
 */
import { isIP } from 'node:net';

export const MAX_RECEIVED_LENGTH = 4096;

export interface ReceivedHop {
  /** Position of the header among the message's headers (0 = topmost). */
  headerIndex: number;
  /** The name the client announced (HELO/EHLO, or the name written after "from"); lower-cased. */
  fromHelo: string | null;
  /** The name the receiving MTA found for the client's address (reverse DNS), when it wrote one. */
  fromRdns: string | null;
  /** The client's IP address, when written. */
  fromIp: string | null;
  /** The host that added this header (the "by" clause); lower-cased, trailing dot removed. */
  byHost: string | null;
  /** The date after the last ";", or null when absent or unparseable. */
  date: Date | null;
}

export interface Item {
  text: string;
  comment: boolean;
}

/**
 * Split into top-level words and (nested) comments; everything after the last top-level ";" is the date.
 * Reads char codes, not one-char strings: it runs on every Received header of every candidate.
 */
export function scan(value: string): { items: Item[]; date: string | null } {
  const s = value.length > MAX_RECEIVED_LENGTH ? value.slice(0, MAX_RECEIVED_LENGTH) : value;
  const n = s.length;
  const items: Item[] = [];
  let lastSemicolon = -1;
  let itemsAtSemicolon = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
      i++;
    } else if (c === 0x28 /* ( */) {
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        const d = s.charCodeAt(j);
        if (d === 0x5c /* \ */) j++;
        else if (d === 0x28) depth++;
        else if (d === 0x29 /* ) */) depth--;
        j++;
      }
      items.push({ text: s.slice(i + 1, depth === 0 ? j - 1 : j).trim(), comment: true });
      i = j;
    } else if (c === 0x3b /* ; */) {
      lastSemicolon = i;
      itemsAtSemicolon = items.length;
      i++;
    } else {
      let j = i;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 0x20 || d === 0x09 || d === 0x0d || d === 0x0a || d === 0x28 || d === 0x3b) break;
        j++;
      }
      items.push({ text: s.slice(i, j), comment: false });
      i = j;
    }
  }
  if (lastSemicolon < 0) return { items, date: null };
  return { items: items.slice(0, itemsAtSemicolon), date: s.slice(lastSemicolon + 1) };
}

const CLAUSES = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

/** An IP address inside "[...]", "[IPv6:...]", "[1.2.3.4]:port" or bare; null when the text is none. */
export function ipLiteral(text: string): string | null {
  let t = text.trim();
  if (t.startsWith('[')) {
    const end = t.indexOf(']');
    if (end < 0) return null;
    t = t.slice(1, end);
  }
  if (t.toLowerCase().startsWith('ipv6:')) t = t.slice(5);
  if (isIP(t)) return t;
  // IPv4 with a port outside brackets is already handled; "1.2.3.4:25" without brackets is IPv4:port.
  const colon = t.lastIndexOf(':');
  if (colon > 0 && isIP(t.slice(0, colon)) === 4) return t.slice(0, colon);
  return null;
}

function hostName(text: string): string | null {
  // The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
  // the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
  const t = text.trim().toLowerCase().replace(/(?<!\.)\.+$/, '');
  if (t === '' || t === 'unknown' || t.startsWith('[') || ipLiteral(t)) return null;
  // A host name: letters, digits, hyphens, dots, underscores (seen in internal names). Bounded length.
  if (t.length > 253 || !/^[a-z0-9_][a-z0-9_.-]*$/.test(t)) return null;
  return t;
}

/** Parse an RFC 5322 date the way MTAs write it, ignoring comments such as "(PDT)"; null when not sane. */
export function parseReceivedDate(text: string | null): Date | null {
  if (!text) return null;
  const cleaned = text.replace(/\([^()]{0,100}\)/g, ' ').trim();
  if (cleaned.length < 8 || cleaned.length > 100) return null;
  const ms = Date.parse(cleaned);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2200 ? new Date(ms) : null;
}

/** Read one Received header value. */
export function parseReceived(value: string, headerIndex = 0): ReceivedHop {
  const { items, date } = scan(value);
  const hop: ReceivedHop = { headerIndex, fromHelo: null, fromRdns: null, fromIp: null, byHost: null, date: parseReceivedDate(date) };
  let clause: string | null = null;
  const fromExtra: Item[] = [];
  let fromWord: string | null = null;
  for (const item of items) {
    if (!item.comment && CLAUSES.has(item.text.toLowerCase())) {
      clause = item.text.toLowerCase();
      continue;
    }
    if (clause === 'from') {
      if (fromWord === null && !item.comment) fromWord = item.text;
      else fromExtra.push(item);
    } else if (clause === 'by' && hop.byHost === null && !item.comment) {
      hop.byHost = item.text.toLowerCase().replace(/(?<!\.)\.+$/, '');
    }
  }
  if (fromWord !== null) readFromClause(hop, fromWord, fromExtra);
  return hop;
}

function readFromClause(hop: ReceivedHop, fromWord: string, extra: Item[]): void {
  const fromIp = ipLiteral(fromWord);
  const firstComment = extra.find((x) => x.comment)?.text ?? '';
  const commentWords = firstComment.split(/\s+/).filter(Boolean);
  const heloStyle = commentWords.length > 0 && /^e?helo$/i.test(commentWords[0]);
  if (heloStyle) {
    // IronPort, Yahoo, qmail: the word after "from" is what the receiver found; HELO is in the comment.
    hop.fromHelo = commentWords[1] ? commentWords[1].toLowerCase().replace(/(?<!\.)\.+$/, '') : null;
    hop.fromRdns = hostName(fromWord);
  } else {
    hop.fromHelo = fromIp ? null : fromWord.toLowerCase().replace(/(?<!\.)\.+$/, '');
    // Postfix, Sendmail, Gmail: "(rdns [ip])"; Exchange: "(ip)"; Exim: "([ip] helo=x)".
    if (commentWords.length > 0) hop.fromRdns = hostName(commentWords[0]);
  }
  hop.fromIp = fromIp;
  if (!hop.fromIp) {
    for (const x of extra) {
      for (const w of x.text.split(/\s+/)) {
        const ip = ipLiteral(w.replace(/^[("]+|(?<![)",])[)",]+$/g, ''));
        if (ip) {
          hop.fromIp = ip;
          break;
        }
      }
      if (hop.fromIp) break;
    }
  }
}

/** The name to judge the client by: the receiver-verified reverse DNS name if written, else the HELO. */
export function clientName(hop: ReceivedHop): string | null {
  return hop.fromRdns ?? (hop.fromHelo && !ipLiteral(hop.fromHelo) ? hop.fromHelo : null);
}

/** Loopback, private (RFC 1918, RFC 4193), link-local and shared (RFC 6598) addresses: hand-offs inside one site. */
export function isInternalIp(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) {
    const [a, b] = ip.split('.').map(Number);
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  if (v === 6) {
    const l = ip.toLowerCase();
    if (l === '::1') return true;
    if (l.startsWith('::ffff:')) return isInternalIp(l.slice(7));
    return /^f[cd][0-9a-f]{2}:/.test(l) || /^fe[89ab][0-9a-f]:/.test(l);
  }
  return false;
}
