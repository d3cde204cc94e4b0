/**
 * What the words of a mail say about who it pretends to be. Many Amazon lures put the brand only in the
 * subject or the body, over a random sender (docs/sources.md#real-samples-in-the-corpus: fake "Your Amazon
 * Purchase" order confirmations with a phone number to call, "Amazon Account Security" notices from unrelated
 * domains). The same idea as Sublime Security's impersonation_amazon_suspicious_text rule: the brand in the text,
 * an account or money topic, and a sender that is not Amazon.
 */
import { finding, type Finding } from '../../findings.js';
import type { AmazonClaim, MailClaims } from '../../identity/index.js';
import type { AuthSummary } from '../authentication/types.js';
import type { MailKind } from '../security-code/index.js';
import { isAmazonDomain } from '../../amazon/index.js';
import { BRAND_ACTOR_NOUNS, BRAND_ACTOR_PREFIXES, CALLBACK_WORDS, READER_ADDRESS_WORDS } from '../../amazon/wording.js';

/** Kinds of mail whose imitation is a lure: they ask the reader to act on an account, an order or money. */
const LURE_KINDS: ReadonlySet<MailKind> = new Set(['security-code', 'sign-in-alert', 'account', 'payment', 'order']);

/** Claim techniques that name Amazon as the writer (a bare amazon.com link in a newsletter is not one). */
const MENTION_ONLY = new Set(['amazon-domain']);

// A phone number: 9 to 16 digits with the usual separators, bounded so hostile text cannot make it slow.
const PHONE = /(?:\+?\d[\d ().-]{7,22}\d)/u;
const MAX_SCAN = 64 * 1024;

export interface ContentInput {
  /** The subject as written (the forwarded original's for a forward). */
  subject: string;
  /** Domains of the sender: the From addresses, or a forwarded original's. */
  fromDomains: readonly string[];
  text: string;
  /**
   * The mail's claims (identity/readClaims). Asked for all() only when every other condition of the check
   * holds: that reads the body part, the costly one, which the other checks may not need.
   */
  claims: Pick<MailClaims, 'all'>;
  auth: AuthSummary;
  kind: MailKind;
}

/**
 * A lure: a mail not from Amazon that makes Amazon the actor of its subject or text ("your Amazon account"),
 * speaks to its reader, is about an account, an order or money, and names Amazon in its subject or text.
 */
export function checkContent(input: ContentInput): Finding[] {
  const actor = lureActor(input);
  return actor === null ? [] : lureFindings(input, input.claims.all(), actor);
}

/**
 * Every condition of the content check that does not depend on the claim: null when the check finds nothing
 * whatever the claim, else the phrase where Amazon is the actor. The conditions are pure, so asking them
 * before the claim gives the same answer as after it (test/content/reads-claims.test.ts).
 */
function lureActor(facts: Omit<ContentInput, 'claims'>): string | null {
  if (facts.auth.amazonAuthenticated) return null;
  // An Amazon From address is judged by the authentication and sender checks.
  if (facts.fromDomains.some((d) => isAmazonDomain(d))) return null;
  if (!LURE_KINDS.has(facts.kind)) return null;
  // A lure speaks to its reader; a news item about Amazon does not.
  if (!addressesReader(facts.text)) return null;
  // And it makes Amazon the actor ("your Amazon account"), not a place ("available on Amazon").
  const actor = brandAsActor(`${facts.subject}\n${facts.text}`);
  return actor ? actor : null;
}

/** The content findings once lureActor gave `actor`: a lure needs Amazon named in its subject or text. */
function lureFindings(facts: Omit<ContentInput, 'claims'>, claim: AmazonClaim, actor: string): Finding[] {
  const textClaims = claim.claims.filter((c) => (c.where === 'subject' || c.where === 'body') && !MENTION_ONLY.has(c.technique));
  if (textClaims.length === 0) return [];
  const fromDomain = facts.fromDomains[0] ?? null;
  const out: Finding[] = [
    finding('content.amazon-lure', {
      kind: facts.kind,
      where: [...new Set(textClaims.map((c) => c.where))],
      claimText: actor,
      fromDomain,
    }),
  ];
  const callback = callbackNumber(facts.text);
  if (callback) out.push(finding('content.callback-number', { phone: callback.phone, context: callback.context, fromDomain }));
  return out;
}

/** A phone number the text asks the reader to call, with the words that ask. */
export function callbackNumber(text: string): { phone: string; context: string } | null {
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const lower = t.toLowerCase();
  for (const word of CALLBACK_WORDS) {
    let at = lower.indexOf(word);
    while (at !== -1) {
      const window = t.slice(at, at + word.length + 80);
      const m = PHONE.exec(window);
      if (m && digits(m[0]) >= 9 && digits(m[0]) <= 16) {
        return { phone: m[0].trim(), context: window.slice(0, m.index + m[0].length).replace(/\s+/g, ' ').slice(0, 120) };
      }
      at = lower.indexOf(word, at + word.length);
    }
  }
  return null;
}

function digits(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

export function addressesReader(text: string): boolean {
  const lower = (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase();
  return READER_ADDRESS_WORDS.some((w) => lower.includes(w));
}

const BRAND = /amazon|アマゾン/g;

/** The phrase where Amazon is the actor of the text, or null. Bounded: the first 64 KiB, the first 200 brand mentions. */
export function brandAsActor(text: string): string | null {
  const lower = (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase();
  BRAND.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 200 && (m = BRAND.exec(lower)) !== null; n++) {
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 24).replace(/^(?:\.com|\.co\.jp|\.[a-z]{2,3})?[\s'’s:・]{0,3}/u, '');
    const before = lower.slice(Math.max(0, m.index - 8), m.index);
    if (BRAND_ACTOR_NOUNS.some((w) => after.startsWith(w)) || BRAND_ACTOR_PREFIXES.some((p) => before.endsWith(p))) {
      return text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 24).replace(/\s+/g, ' ').trim();
    }
  }
  return null;
}
