/**
 * Our own parser for Authentication-Results (RFC 8601), ARC-Authentication-Results (RFC 8617 section 4.1.1)
 * and Received-SPF (RFC 7208 section 9.1). mailauth has no public parser for them
 * (docs/sources.md#receiving-providers-headers), and the receivers' headers are the results amzcheck trusts, so the
 * grammar is handled here, by one linear scan: no regular expression ever sees the header text.
 */

/** Longest header value we read. Real AR headers are under 2 KB; anything longer is cut, not rejected. */
export const MAX_AUTH_HEADER_LENGTH = 16_384;

/** One `method=result` statement of an Authentication-Results header (RFC 8601 section 2.2 "resinfo"). */
export interface AuthResultsEntry {
  /** Lower-cased method, e.g. "dkim", "spf", "dmarc", "arc", "compauth", "sender-id", "x-dkim-adsp". */
  method: string;
  /** The method version after "/" (RFC 8601 section 2.2), or null. */
  version: string | null;
  /** Lower-cased result; `hardfail` (written by some Japanese providers) is folded into `fail`. */
  result: string;
  /** The `reason=` value (M365 writes it on compauth), or null. */
  reason: string | null;
  /** The comment(s) that follow the result, as written, without the outer parentheses; null when none. */
  comment: string | null;
  /**
   * `ptype.property` pairs with lower-cased keys ("smtp.mailfrom", "header.d", "header.i"), plus bare
   * extension keys some providers write after the result (M365 "action"). Values as written, unquoted.
   */
  props: Readonly<Record<string, string>>;
}

export interface ParsedAuthResults {
  /** The authserv-id (lower-cased), or null when the header has none (Microsoft 365). */
  authservId: string | null;
  /** The authres-version after the authserv-id ("mx.microsoft.com 1"), or null. */
  version: string | null;
  /** The ARC instance (`i=`) of an ARC-Authentication-Results header; null for Authentication-Results. */
  instance: number | null;
  /** Every result in header order. */
  results: AuthResultsEntry[];
  /** Bare words found between results (an M365 quirk: "...; hotmail.com; dkim=none ..."). */
  strayWords: string[];
  /** True when the header says `none` (no authentication was performed), RFC 8601 section 2.2. */
  none: boolean;
}

/** Every result of one method, in header order: a header can carry several dkim= (and spf=) results. */
export function resultsFor(parsed: ParsedAuthResults, method: string): AuthResultsEntry[] {
  const m = method.toLowerCase();
  return parsed.results.filter((r) => r.method === m);
}

export type Token =
  | { kind: 'word'; text: string; spaceBefore: boolean }
  | { kind: 'quoted'; text: string; spaceBefore: boolean }
  | { kind: 'comment'; text: string; spaceBefore: boolean }
  | { kind: 'equals'; spaceBefore: boolean }
  | { kind: 'semicolon'; spaceBefore: boolean }
  | { kind: 'slash'; spaceBefore: boolean };

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const OPEN = 0x28;
const CLOSE = 0x29;
const SLASH = 0x2f;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;
const BACKSLASH = 0x5c;

function isSpaceCode(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF;
}

/**
 * Split a header value into RFC 5322 lexical tokens. Comments nest (RFC 5322 section 3.2.2) and are kept
 * whole, so "(0 oda=1 spf=[1,1,smtp.mailfrom=x])" in an M365 ARC result stays one comment. An unclosed
 * comment or quote runs to the end of the value instead of failing.
 *
 * Runs on every Authentication-Results and Received-SPF header of every candidate, so it reads char codes
 * and takes a comment or a quoted string as one slice; only one that holds a backslash (a quoted-pair, RFC
 * 5322 section 3.2.1) is rebuilt char by char (unescapeComment, unescapeQuoted). Without a backslash the
 * char-by-char text is exactly the slice between the delimiters (test/authentication/auth-results-fast.test.ts).
 */
export function tokenize(value: string): Token[] {
  const s = value.length > MAX_AUTH_HEADER_LENGTH ? value.slice(0, MAX_AUTH_HEADER_LENGTH) : value;
  const n = s.length;
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (c === OPEN) {
      let depth = 1;
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === BACKSLASH && j + 1 < n) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === OPEN) depth++;
        else if (d === CLOSE) {
          depth--;
          if (depth === 0) break;
        }
        j++;
      }
      const text = escaped ? unescapeComment(s, i + 1) : s.slice(i + 1, j);
      tokens.push({ kind: 'comment', text: text.trim(), spaceBefore });
      i = j + 1;
    } else if (c === QUOTE) {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === QUOTE) break;
        if (d === BACKSLASH && j + 1 < n) {
          escaped = true;
          j++;
        }
        j++;
      }
      tokens.push({ kind: 'quoted', text: escaped ? unescapeQuoted(s, i + 1) : s.slice(i + 1, j), spaceBefore });
      i = j + 1;
    } else if (c === EQUALS) {
      tokens.push({ kind: 'equals', spaceBefore });
      i++;
    } else if (c === SEMICOLON) {
      tokens.push({ kind: 'semicolon', spaceBefore });
      i++;
    } else if (c === SLASH) {
      tokens.push({ kind: 'slash', spaceBefore });
      i++;
    } else {
      let j = i;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isSpaceCode(d) || d === OPEN || d === QUOTE || d === EQUALS || d === SEMICOLON || d === SLASH) break;
        j++;
      }
      tokens.push({ kind: 'word', text: s.slice(i, j), spaceBefore });
      i = j;
    }
    spaceBefore = false;
  }
  return tokens;
}

/** The text of the comment whose content starts at `from`, quoted-pairs resolved (not trimmed). */
export function unescapeComment(s: string, from: number): string {
  let depth = 1;
  let j = from;
  let text = '';
  while (j < s.length && depth > 0) {
    const d = s[j];
    if (d === '\\' && j + 1 < s.length) {
      text += s[j + 1];
      j += 2;
      continue;
    }
    if (d === '(') depth++;
    else if (d === ')') {
      depth--;
      if (depth === 0) break;
    }
    text += d;
    j++;
  }
  return text;
}

/** The text of the quoted string whose content starts at `from`, quoted-pairs resolved. */
export function unescapeQuoted(s: string, from: number): string {
  let j = from;
  let text = '';
  while (j < s.length && s[j] !== '"') {
    if (s[j] === '\\' && j + 1 < s.length) j++;
    text += s[j];
    j++;
  }
  return text;
}

/** Split tokens at top-level semicolons (comments and quotes are already single tokens). */
function splitStatements(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'semicolon') out.push([]);
    else out[out.length - 1].push(t);
  }
  return out;
}

/** Normalise a result word: lower case; `hardfail` means `fail` (biglobe and other Japanese providers). */
export function normalizeResult(result: string): string {
  const r = result.toLowerCase();
  if (r === 'hardfail') return 'fail';
  return r;
}

function tokenText(t: Token): string {
  switch (t.kind) {
    case 'word':
    case 'quoted':
      return t.text;
    case 'equals':
      return '=';
    case 'slash':
      return '/';
    default:
      return '';
  }
}

/**
 * Read a value after "=": a word or quoted string, and any word, "=" or "/" glued to it without space
 * (base64 padding in header.b, "smtp.mailfrom=a=b@x" in VERP addresses).
 */
function readValue(tokens: Token[], start: number): { text: string; next: number } {
  const first = tokens[start];
  if (!first || first.kind === 'comment') return { text: '', next: start };
  if (first.kind === 'quoted') return { text: first.text, next: start + 1 };
  if (first.kind !== 'word' && first.kind !== 'slash') return { text: '', next: start };
  let text = tokenText(first);
  let j = start + 1;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.spaceBefore || t.kind === 'comment' || t.kind === 'semicolon') break;
    // Without a space, "=" and words belong to the value ("header.b=abc==", VERP "a=b@x").
    text += tokenText(t);
    j++;
  }
  return { text, next: j };
}

/** Parse one `method[/version]=result [reason=...] [ptype.prop=value ...]` statement. */
function parseStatement(tokens: Token[]): AuthResultsEntry | null {
  const first = tokens[0];
  if (!first || first.kind !== 'word') return null;
  const method = first.text.toLowerCase();
  let version: string | null = null;
  let i = 1;
  if (tokens[i]?.kind === 'slash') {
    const v = tokens[i + 1];
    if (v && v.kind === 'word') {
      version = v.text;
      i += 2;
    } else i += 1;
  }
  while (tokens[i]?.kind === 'comment') i++;
  if (tokens[i]?.kind !== 'equals') return null;
  i++;
  while (tokens[i]?.kind === 'comment') i++;
  const resultToken = tokens[i];
  if (!resultToken || (resultToken.kind !== 'word' && resultToken.kind !== 'quoted')) return null;
  const result = normalizeResult(resultToken.text);
  i++;
  const comments: string[] = [];
  let reason: string | null = null;
  const props: Record<string, string> = Object.create(null) as Record<string, string>;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'comment') {
      if (t.text) comments.push(t.text);
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    // A key: "ptype.property" or a bare extension key; skip to its "=".
    let j = i + 1;
    while (tokens[j]?.kind === 'comment') {
      const c = tokens[j] as { text: string };
      if (c.text) comments.push(c.text);
      j++;
    }
    if (tokens[j]?.kind !== 'equals') {
      i = j;
      continue;
    }
    j++;
    while (tokens[j]?.kind === 'comment') j++;
    const key = t.text.toLowerCase();
    const { text, next } = readValue(tokens, j);
    if (key === 'reason') reason = text;
    else if (!(key in props)) props[key] = text;
    i = Math.max(next, j);
  }
  return { method, version, result, reason, comment: comments.length ? comments.join(' ') : null, props };
}

/** True when the first statement is an authserv-id rather than a result (it has no "=" at top level). */
function looksLikeAuthservId(tokens: Token[]): boolean {
  return tokens.length > 0 && !tokens.some((t) => t.kind === 'equals');
}

/** A first part that starts with a host name and goes on with a `key=value` statement (Yahoo! JAPAN). */
function hostThenStatement(head: Token[]): boolean {
  const [first, second, third] = head;
  return (
    first?.kind === 'word' &&
    first.text.includes('.') &&
    second?.kind === 'word' &&
    second.spaceBefore &&
    third?.kind === 'equals'
  );
}

function parseResultStatements(statements: Token[][], parsed: ParsedAuthResults): void {
  for (const st of statements) {
    const words = st.filter((t) => t.kind !== 'comment');
    if (words.length === 0) continue;
    if (words.length === 1 && words[0].kind === 'word' && words[0].text.toLowerCase() === 'none') {
      parsed.none = true;
      continue;
    }
    if (!st.some((t) => t.kind === 'equals')) {
      for (const w of words) if (w.kind === 'word') parsed.strayWords.push(w.text.toLowerCase());
      continue;
    }
    const entry = parseStatement(st.filter((t, idx) => !(idx === 0 && t.kind === 'comment')));
    if (entry) parsed.results.push(entry);
  }
}

/**
 * Parse an Authentication-Results header value (RFC 8601 section 2.2). The authserv-id is optional in
 * practice: Microsoft 365 starts directly with "spf=...". A version may follow the id ("mx.microsoft.com 1").
 */
export function parseAuthenticationResults(value: string): ParsedAuthResults {
  const parsed: ParsedAuthResults = {
    authservId: null,
    version: null,
    instance: null,
    results: [],
    strayWords: [],
    none: false,
  };
  const statements = splitStatements(tokenize(value));
  const head = statements[0] ?? [];
  const headWords = head.filter((t) => t.kind !== 'comment');
  if (looksLikeAuthservId(head) && headWords.length > 0) {
    const idWords = headWords.filter((t) => t.kind === 'word' || t.kind === 'quoted') as { text: string }[];
    if (idWords.length > 0) {
      parsed.authservId = idWords[0].text.toLowerCase().replace(/\.$/, '');
      if (idWords.length > 1 && /^\d{1,9}$/.test(idWords[1].text)) parsed.version = idWords[1].text;
    }
    parseResultStatements(statements.slice(1), parsed);
  } else if (hostThenStatement(head)) {
    // Yahoo! JAPAN: "mta1011.mail.kks.yahoo.co.jp  from=amazon.co.jp; dkim=pass ...": the authserv-id, then a
    // statement in the same part. The id is the host name; the statement is read like any other.
    parsed.authservId = (head[0] as { text: string }).text.toLowerCase().replace(/\.$/, '');
    parseResultStatements([head.slice(1), ...statements.slice(1)], parsed);
  } else {
    parseResultStatements(statements, parsed);
  }
  return parsed;
}

/**
 * Parse an ARC-Authentication-Results value: "i=N;" then the same grammar as Authentication-Results
 * (RFC 8617 section 4.1.1).
 */
export function parseArcAuthenticationResults(value: string): ParsedAuthResults {
  const v = value.length > MAX_AUTH_HEADER_LENGTH ? value.slice(0, MAX_AUTH_HEADER_LENGTH) : value;
  const m = /^\s*i\s*=\s*(\d{1,3})\s*;/i.exec(v);
  if (!m) return parseAuthenticationResults(v);
  const parsed = parseAuthenticationResults(v.slice(m[0].length));
  parsed.instance = Number(m[1]);
  return parsed;
}

/** A Received-SPF header (RFC 7208 section 9.1). */
export interface ParsedReceivedSpf {
  /** Lower-cased result, hardfail folded into fail. */
  result: string;
  comment: string | null;
  /** key=value pairs with lower-cased keys: client-ip, envelope-from, helo, receiver, identity, mechanism. */
  props: Readonly<Record<string, string>>;
}

/** Parse a Received-SPF header value: `result [(comment)] [key=value; ...]`. */
export function parseReceivedSpf(value: string): ParsedReceivedSpf | null {
  const tokens = tokenize(value);
  const first = tokens[0];
  if (!first || first.kind !== 'word') return null;
  const result = normalizeResult(first.text);
  const comments: string[] = [];
  const props: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = 1;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'comment') {
      comments.push(t.text);
      i++;
      continue;
    }
    if (t.kind === 'word' && tokens[i + 1]?.kind === 'equals') {
      const { text, next } = readValue(tokens, i + 2);
      const key = t.text.toLowerCase();
      if (!(key in props)) props[key] = text;
      i = Math.max(next, i + 2);
      continue;
    }
    i++;
  }
  return { result, comment: comments.length ? comments.join(' ') : null, props };
}
