/**
 * What a link is for: Amazon's own page patterns first (on Amazon hosts), then the words the reader sees,
 * then the path of the destination. A phishing link hides its purpose in neither place consistently, so
 * both are read.
 */
import { escapeRegExp } from '../../util/regexp.js';
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
  return AMAZON_LINK_PATTERNS.find((pattern) => p.startsWith(pattern.pathPrefix)) ?? null;
}


/**
 * One regex per purpose, built once: alternations of literals only (no nested quantifiers), so matching is
 * linear. Latin words need a letter boundary before them, and after them unless they are stems ("*").
 */
function wordMatcher(words: readonly string[]): RegExp {
  const latin = (w: string) => /^[\p{Script=Latin}\s'-]+\*?$/u.test(w);
  const whole = words.filter((w) => latin(w) && !w.endsWith('*')).map(escapeRegExp);
  const stems = words.filter((w) => latin(w) && w.endsWith('*')).map((w) => escapeRegExp(w.slice(0, -1)));
  const anywhere = words.filter((w) => !latin(w)).map(escapeRegExp);
  const parts: string[] = [];
  if (whole.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${whole.join('|')})(?![\\p{L}\\p{N}])`);
  if (stems.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})`);
  if (anywhere.length) parts.push(`(?:${anywhere.join('|')})`);
  return new RegExp(parts.join('|'), 'u');
}

const TEXT_MATCHERS = ORDER.map((purpose) => ({ purpose, re: wordMatcher(PURPOSE_WORDS[purpose]) }));

/** Purpose told by the visible text (already NFKC-normalised). */
export function purposeFromText(text: string): LinkPurpose {
  const t = text.toLowerCase().slice(0, 1000);
  if (!t) return 'other';
  for (const { purpose, re } of TEXT_MATCHERS) {
    if (re.test(t)) return purpose;
  }
  return 'other';
}

/** Each path token with the rank (in ORDER) of the most sensitive purpose it marks. */
const PATH_TOKEN_RANK = new Map<string, number>();
for (let rank = ORDER.length - 1; rank >= 0; rank--) {
  for (const token of PURPOSE_PATH_TOKENS[ORDER[rank]]) PATH_TOKEN_RANK.set(token, rank);
}

/**
 * Purpose told by the path (whole tokens only). Tokens are split both with and without hyphens:
 * "/reset-password" and "/sign-in" both count. The most sensitive purpose any token marks wins (a test
 * compares this with splitting into token sets and asking purpose by purpose).
 */
export function purposeFromPath(path: string): LinkPurpose {
  if (!path || path === '/') return 'other';
  const lower = path.toLowerCase();
  const best = Math.min(tokenRank(lower, false), tokenRank(lower, true));
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
      const rank = PATH_TOKEN_RANK.get(lower.slice(start, i));
      if (rank !== undefined && rank < best) best = rank;
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
