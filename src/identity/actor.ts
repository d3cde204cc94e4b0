/**
 * Is Amazon the actor of a text ("your Amazon account", 「お客様のAmazonアカウント」, 「【Amazon】」, "Amazon
 * Support"), or only something it talks about ("available on Amazon", "paid with Amazon Pay")? The claim
 * detector (claim.ts) keeps the answer as the strength of a claim read in the body, and the content check
 * (checks/content) as the phrase of its lure finding. The wording is data with its sources (amazon/wording.ts).
 */
import { AMAZON_PAY_AS_METHOD_AFTER, AMAZON_PAY_AS_METHOD_BEFORE, BRAND_ACTOR_LEADS, BRAND_ACTOR_NOUNS, BRAND_ACTOR_PREFIXES } from '../amazon/wording.js';

/** The part of a text read: its first 64 KiB. */
export const MAX_ACTOR_SCAN = 64 * 1024;

const BRAND = /amazon|アマゾン/g;
const ACTOR_LEADS = BRAND_ACTOR_LEADS.map((ph) => ph.text);

const LATIN_WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f]/;

/**
 * text[from, to) as the excerpt a reader is shown, without a word cut at either end ("ccount Your Amazon
 * account has been locked" becomes "Your Amazon account has been locked"): a Latin word cut at the start is
 * dropped up to the next blank, one cut at the end back to the last blank, never into the brand itself
 * (text[keepFrom, keepTo)). Japanese has no blanks between words and is cut where it is.
 */
export function wordExcerpt(text: string, from: number, to: number, keepFrom: number, keepTo: number): string {
  let a = Math.max(0, from);
  let b = Math.min(text.length, to);
  if (a > 0 && LATIN_WORD_CHAR.test(text[a - 1]!) && LATIN_WORD_CHAR.test(text[a]!)) {
    const blank = text.slice(a, keepFrom).search(/\s/);
    if (blank >= 0) a += blank + 1;
  }
  if (b < text.length && LATIN_WORD_CHAR.test(text[b - 1]!) && LATIN_WORD_CHAR.test(text[b]!)) {
    const blank = text.slice(keepTo, b).search(/\s\S*$/);
    if (blank >= 0) b = keepTo + blank;
  }
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** The phrase where Amazon is the actor of the text, or null. Bounded: the first 64 KiB, the first 200 brand mentions. */
export function brandAsActor(text: string): string | null {
  const lower = (text.length > MAX_ACTOR_SCAN ? text.slice(0, MAX_ACTOR_SCAN) : text).toLowerCase();
  BRAND.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 200 && (m = BRAND.exec(lower)) !== null; n++) {
    // The domain, the possessive and the blanks between the brand and its noun ("Amazon.co.jp: ", "Amazon's ",
    // "Amazon\nSupport"); German joins the brand to its noun with a hyphen ("Amazon-Konto", "Amazon-Gutschein").
    // The possessive is matched as a whole: an "s" in the blank class took the first letter of "Support",
    // "Security", "Service".
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 24).replace(/^(?:\.com|\.co\.jp|\.[a-z]{2,3})?(?:['’]s(?![a-z]))?[\s:・-]{0,3}/u, '');
    const before = lower.slice(Math.max(0, m.index - 12), m.index);
    // Amazon Pay as the way a shop was paid ("paid with Amazon Pay", 「お支払い方法: Amazon Pay」, 「Amazon Payで」)
    // is the shop's receipt, not Amazon speaking.
    if (after.startsWith('pay') && (AMAZON_PAY_AS_METHOD_BEFORE.some((p) => before.endsWith(p)) || AMAZON_PAY_AS_METHOD_AFTER.test(after))) continue;
    if (
      BRAND_ACTOR_NOUNS.some((w) => after.startsWith(w)) ||
      BRAND_ACTOR_PREFIXES.some((p) => before.endsWith(p)) ||
      ACTOR_LEADS.some((p) => before.endsWith(p))
    ) {
      return wordExcerpt(text, m.index - 12, m.index + m[0].length + 24, m.index, m.index + m[0].length);
    }
  }
  return null;
}
