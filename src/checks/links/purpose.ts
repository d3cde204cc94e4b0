/**
 * What a link is for: Amazon's own page patterns first (on Amazon hosts), then the words the reader sees,
 * then the path of the destination. A phishing link hides its purpose in neither place consistently, so
 * both are read.
 */
import {
  AMAZON_LINK_PATTERNS,
  PURPOSE_PATH_TOKENS,
  PURPOSE_WORDS,
  type AmazonLinkPattern,
  type LinkPurpose,
} from '../../amazon/link-patterns.js';

/** Most sensitive first: a link that is both "sign in" and "order" is a sign-in link. */
const ORDER: readonly Exclude<LinkPurpose, 'other'>[] = ['password-reset', 'sign-in', 'payment', 'account', 'order'];

/** The genuine Amazon page a path belongs to; call only for Amazon hosts. */
export function amazonPatternOf(path: string): AmazonLinkPattern | null {
  const p = path.toLowerCase();
  const second = p.charCodeAt(1);
  // Only the patterns whose prefix has p's second character there can match (all prefixes start with "/"
  // and are longer than one): the same first match as the whole list, mostly none to test.
  const candidates = second < 0x80 ? PATTERNS_BY_SECOND_CHARACTER[second] : AMAZON_LINK_PATTERNS;
  for (const pattern of candidates) if (p.startsWith(pattern.pathPrefix)) return pattern;
  return null;
}

/** AMAZON_LINK_PATTERNS by the second character of their prefix, in list order; a short prefix goes in every list. */
const PATTERNS_BY_SECOND_CHARACTER: readonly (readonly AmazonLinkPattern[])[] = Array.from({ length: 0x80 }, (_, code) =>
  AMAZON_LINK_PATTERNS.filter((pattern) => pattern.pathPrefix.length < 2 || pattern.pathPrefix.charCodeAt(1) === code),
);


/**
 * The words of PURPOSE_WORDS in a trie, as a table: one row per node, one column per distinct UTF-16 unit of
 * the words (column 0 for every other unit); 0 means no child (the root is never a child). At each node, the
 * most sensitive rank (index in ORDER) of the words that end there, by the rule they follow: Latin words need
 * no letter or digit (\p{L}, \p{N}) before them, and after them too unless they are stems ("*"); other words
 * (Japanese) count anywhere. NONE where no word of that rule ends. Bounded by the word list, not by input.
 */
const NONE = 0xff;
const isLatinWord = (w: string) => /^[\p{Script=Latin}\s'-]+\*?$/u.test(w);
const WORD_TRIE = (() => {
  const words = ORDER.flatMap((purpose, rank) =>
    PURPOSE_WORDS[purpose].map((w) => {
      const latin = isLatinWord(w);
      const stem = latin && w.endsWith('*');
      return { word: stem ? w.slice(0, -1) : w, rank, rule: !latin ? 'anywhere' : stem ? 'stem' : 'whole' };
    }),
  );
  const columnOf = new Uint16Array(0x10000);
  let columns = 1;
  for (const { word } of words) {
    for (let i = 0; i < word.length; i++) if (columnOf[word.charCodeAt(i)] === 0) columnOf[word.charCodeAt(i)] = columns++;
  }
  const children: Map<number, number>[] = [new Map()];
  const ends: { anywhere: number; stem: number; whole: number }[] = [{ anywhere: NONE, stem: NONE, whole: NONE }];
  for (const { word, rank, rule } of words) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const col = columnOf[word.charCodeAt(i)];
      let child = children[node].get(col);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push({ anywhere: NONE, stem: NONE, whole: NONE });
        children[node].set(col, child);
      }
      node = child;
    }
    const e = ends[node];
    if (rule === 'anywhere') e.anywhere = Math.min(e.anywhere, rank);
    else if (rule === 'stem') e.stem = Math.min(e.stem, rank);
    else e.whole = Math.min(e.whole, rank);
  }
  const nodes = children.length;
  const next = new Int32Array(nodes * columns);
  children.forEach((map, node) => map.forEach((child, col) => (next[node * columns + col] = child)));
  // Columns of the units an 'anywhere' word starts with: the only words that count after a letter or digit.
  const anywhereStart = new Uint8Array(columns);
  for (const { word, rule } of words) if (rule === 'anywhere') anywhereStart[columnOf[word.charCodeAt(0)]] = 1;
  return {
    columnOf,
    columns,
    next,
    anywhereStart,
    anywhereRank: Uint8Array.from(ends, (e) => e.anywhere),
    stemRank: Uint8Array.from(ends, (e) => e.stem),
    wholeRank: Uint8Array.from(ends, (e) => e.whole),
  };
})();

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** Whether the code point `cp` is a letter or a number (\p{L} or \p{N}). */
function isLetterOrNumber(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** What the lookbehind `(?<![\p{L}\p{N}])` of a /u RegExp sees before index i: the code point that ends there. */
function letterOrNumberBefore(t: string, i: number): boolean {
  if (i === 0) return false;
  const low = t.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = t.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterOrNumber(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00));
  }
  return isLetterOrNumber(low);
}

/** What the lookahead `(?![\p{L}\p{N}])` of a /u RegExp sees at index i: the code point that starts there. */
function letterOrNumberAt(t: string, i: number): boolean {
  if (i >= t.length) return false;
  const cp = t.codePointAt(i)!;
  return isLetterOrNumber(cp);
}

/**
 * Purpose told by the visible text (already NFKC-normalised): the most sensitive purpose with a word in the
 * text. One pass over the text, walking the word trie from each position a word can start at, instead of one
 * Unicode RegExp per purpose over the whole text. test/links/purpose-fast.test.ts compares with those RegExps.
 */
export function purposeFromText(text: string): LinkPurpose {
  // The lower-cased copy is also a flat string, read faster than the anchor text as extracted (often built
  // by concatenation): walking the text itself with A-Z folded was measured slower.
  const t = text.toLowerCase().slice(0, 1000);
  if (!t) return 'other';
  const { columnOf, columns, next, anywhereStart, anywhereRank, stemRank, wholeRank } = WORD_TRIE;
  let best: number = ORDER.length;
  for (let i = 0; i < t.length; i++) {
    const column = columnOf[t.charCodeAt(i)];
    let node = next[column];
    if (node === 0) continue;
    // After an ASCII letter or digit only 'anywhere' words can count (Latin words need none before them),
    // and none starts with this unit: the walk from here would find nothing (most starts inside a word).
    if (anywhereStart[column] === 0 && i > 0 && isAsciiLetterOrDigit(t.charCodeAt(i - 1))) continue;
    let noLetterBefore: boolean | null = null; // read once per start, when a Latin word ends
    for (let j = i + 1; ; j++) {
      if (anywhereRank[node] < best) best = anywhereRank[node];
      if (stemRank[node] < best || wholeRank[node] < best) {
        noLetterBefore ??= !letterOrNumberBefore(t, i);
        if (noLetterBefore) {
          if (stemRank[node] < best) best = stemRank[node];
          if (wholeRank[node] < best && !letterOrNumberAt(t, j)) best = wholeRank[node];
        }
      }
      if (best === 0) return ORDER[0];
      if (j >= t.length) break;
      node = next[node * columns + columnOf[t.charCodeAt(j)]];
      if (node === 0) break;
    }
  }
  return best < ORDER.length ? ORDER[best] : 'other';
}

/** Each path token with the rank (in ORDER) of the most sensitive purpose it marks. */
const PATH_TOKEN_RANK = new Map<string, number>();
for (let rank = ORDER.length - 1; rank >= 0; rank--) {
  for (const token of PURPOSE_PATH_TOKENS[ORDER[rank]]) PATH_TOKEN_RANK.set(token, rank);
}

/** PATH_TOKEN_LENGTHS[n] is 1 when some path token is n units long. */
const MAX_PATH_TOKEN_LENGTH = Math.max(...[...PATH_TOKEN_RANK.keys()].map((token) => token.length));
const PATH_TOKEN_LENGTHS = new Uint8Array(MAX_PATH_TOKEN_LENGTH + 1);
for (const token of PATH_TOKEN_RANK.keys()) PATH_TOKEN_LENGTHS[token.length] = 1;

/**
 * Purpose told by the path (whole tokens only). Tokens are split both with and without hyphens:
 * "/reset-password" and "/sign-in" both count. The most sensitive purpose any token marks wins (a test
 * compares this with splitting into token sets and asking purpose by purpose).
 */
export function purposeFromPath(path: string): LinkPurpose {
  if (!path || path === '/') return 'other';
  const lower = path.toLowerCase();
  // Without a hyphen in the path both splits give the same tokens: one pass is enough.
  const best = lower.includes('-') ? Math.min(tokenRank(lower, false), tokenRank(lower, true)) : tokenRank(lower, false);
  return best < ORDER.length ? ORDER[best] : 'other';
}

/** Lowest PATH_TOKEN_RANK among the maximal runs of [a-z0-9] (and "-" when `hyphens`); ORDER.length if none. */
function tokenRank(lower: string, hyphens: boolean): number {
  let best: number = ORDER.length;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : -1;
    const inToken = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (hyphens && c === 0x2d);
    if (inToken) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      // Only tokens as long as a listed one can be listed: no slice and lookup for the others.
      if (i - start <= MAX_PATH_TOKEN_LENGTH && PATH_TOKEN_LENGTHS[i - start] === 1) {
        const rank = PATH_TOKEN_RANK.get(lower.slice(start, i));
        if (rank !== undefined && rank < best) best = rank;
      }
      start = -1;
    }
  }
  return best;
}

/** The more sensitive of two purposes. */
export function morePressing(a: LinkPurpose, b: LinkPurpose): LinkPurpose {
  const rank = (p: LinkPurpose) => (p === 'other' ? ORDER.length : ORDER.indexOf(p));
  return rank(a) <= rank(b) ? a : b;
}

export function isCredentialPurpose(p: LinkPurpose): boolean {
  return p === 'password-reset' || p === 'sign-in' || p === 'payment' || p === 'account';
}
