/**
 * Does a mail claim to be Amazon, or mention it? Runs on the headers of EVERY message in the cheap pass (so
 * the header part does a handful of string scans on short, length-bounded fields), and again with the body
 * text after the full parse.
 *
 * `where` tells "presents itself as Amazon" (display name, sender address, subject) from "mentions Amazon"
 * (body): a newsletter quoting an amazon.com link is related, but it does not claim to be Amazon.
 */
import { findLookalike, skeleton } from './lookalike/index.js';
import { brandWithKeywords, editDistanceAtMostOne } from './lookalike/index.js';
import { splitIntoKeywords } from './lookalike/keywords.js';
import { AMAZON_FAMILY, isAmazonDomain, MARKETPLACE_DOMAINS, UNRELATED_BRAND_WORDS, type NearBrand } from '../amazon/index.js';
import { memoizeString } from '../util/memo.js';
import { CONFUSABLES_BY_PROTOTYPE } from './lookalike/unicode-data.js';
import { brandAsActor } from './actor.js';
import { amazonImageHost } from './image-host.js';

export interface ClaimInput {
  /** Display names of From (and of Reply-To when From is a mailing list's "X via List" rewrite). */
  fromName: string[];
  /** From, Reply-To, Sender, Return-Path addresses as written. */
  addresses: string[];
  subject: string;
  /** NFKC-normalised body text (what a reader sees, PDF pages included); absent in the cheap header pass. */
  text?: string;
  /**
   * The other places of the body a reader sees the brand in (identity/index.ts claimSources): the HTML title,
   * image alt text, link text, images hot-linked from Amazon's hosts, the pages of PDF attachments. Each gives
   * claims `where: 'body'` with its `place` (and `location` for a PDF page).
   */
  sources?: readonly ClaimSource[];
  /**
   * A near brand (amazon/near-brands.ts) the From domain is authenticated as: its own name ("Amaron",
   * "AMAZONE") is then no claim to be Amazon. Set only after authentication (pipeline/analyze.ts).
   */
  ownNearBrand?: NearBrand | null;
}

export type ClaimWhere = 'display-name' | 'address' | 'subject' | 'body';

/**
 * Where in the body (`where: 'body'`) a reader sees the claim: the visible text (which holds the title, the link
 * text and the PDF pages too, as one reads them), the HTML title, the alt text of an image, the text of a link,
 * an image hot-linked from Amazon's own image hosts (amazon/link-patterns.ts AMAZON_CONTENT_HOSTS), a page of a
 * PDF attachment.
 */
export type ClaimPlace = 'text' | 'title' | 'alt-text' | 'link-text' | 'image-host' | 'attachment';

/**
 * How strongly a claim presents the mail as Amazon:
 * - `headers`: the display name, an address, or a subject that presents the mail as Amazon;
 * - `actor`: read in the body with Amazon as the actor ("your Amazon account", 「お客様のAmazonアカウント」,
 *   「Amazonをご利用いただき」, "Amazon Support", 【Amazon】; identity/actor.ts), or Amazon's logo hot-linked
 *   from Amazon's image hosts;
 * - `mention`: Amazon only named ("available on Amazon", an amazon.com link, a product image from Amazon's
 *   image host), and a subject that only mentions Amazon (subjectMentionsOnly) or names a Prime product.
 * A mail presents itself as Amazon when one of its claims is not a mention (presentsAsAmazon): a newsletter or
 * an ordinary mail that mentions Amazon does not.
 */
export type ClaimStrength = 'headers' | 'actor' | 'mention';

/** A place of the body other than its visible text, and what it says there (a URL for `image-host`). */
export interface ClaimSource {
  place: Exclude<ClaimPlace, 'text'>;
  text: string;
  /** Where the text is: "invoice.pdf, page 1" for a PDF page. */
  location?: string;
}

export interface Claim {
  where: ClaimWhere;
  /** The piece of text that carries the claim, as written (bounded). */
  text: string;
  /**
   * How Amazon is written: name, domain-name, fullwidth, styled-letters, katakana, halfwidth-katakana, misspelling,
   * abbreviation, spaced, spaced-domain, blank-characters, small-capitals, homoglyph, zero-width, combining-marks,
   * junk-token-split, prime-product, prime-homoglyph, chinese-name, hiragana, amazon-domain,
   * lookalike-<technique>, local-part.
   */
  technique: string;
  /**
   * A subject that only mentions Amazon: "available on Amazon", "paid with Amazon Pay", a news headline with
   * Amazon as its third-person subject. Such a claim makes the mail related, not a mail that presents itself
   * as Amazon (see subjectMentionsOnly).
   */
  mention?: true;
  /** How strongly the claim presents the mail as Amazon (ClaimStrength). */
  strength: ClaimStrength;
  /** For `where: 'body'`: the place of the body the claim was read in. */
  place?: ClaimPlace;
  /** For a claim read in an attachment: "invoice.pdf, page 1". */
  location?: string;
}

export interface AmazonClaim {
  related: boolean;
  claims: Claim[];
}

/**
 * True when the mail presents itself as Amazon, not just mentions it: a claim of its display name, sender
 * address or subject, or one read in its body with Amazon as the actor (ClaimStrength). "Prime video" or
 * "prime account" in a subject without the brand is too weak on its own: newsletters and other shops use those
 * words (on the benchmark mailbox, digests with them in the subject were the only false phishing verdicts). A
 * display name "Prime" still counts (phishing_pot sample-274).
 */
export function presentsAsAmazon(claim: AmazonClaim): boolean {
  return claim.claims.some((c) => c.strength !== 'mention');
}

/** The strength of a claim read in the headers (see ClaimStrength). */
function headerStrength(where: ClaimWhere, f: Found): ClaimStrength {
  return where === 'subject' && (f.technique === 'prime-product' || f.mention) ? 'mention' : 'headers';
}

const STRENGTH_RANK: Readonly<Record<ClaimStrength, number>> = { headers: 2, actor: 1, mention: 0 };

// Lengths far beyond any real header; the body scan stops after the first 256 KiB of text.
const MAX_FIELD = 2048;
const MAX_BODY = 256 * 1024;
/** Places of the body read (identity/index.ts bounds what it gives: PDF pages, images). */
const MAX_SOURCES = 1000;

/** A body text with Amazon as its actor makes its claims `actor`, other body claims are mentions. */
function bodyStrength(text: string): ClaimStrength {
  return brandAsActor(text) === null ? 'mention' : 'actor';
}
const SNIPPET = 80;

export function detectAmazonClaim(input: ClaimInput): AmazonClaim {
  const claims: Claim[] = [];
  // One claim per place and technique (and PDF page); a stronger one replaces a weaker one of the same key.
  const add = (where: ClaimWhere, found: readonly Found[], body?: { place: ClaimPlace; strength: ClaimStrength; location?: string }) => {
    for (const f of found) {
      const strength = body ? body.strength : headerStrength(where, f);
      const claim: Claim = body
        ? { where, ...f, strength, place: body.place, ...(body.location !== undefined ? { location: body.location } : {}) }
        : { where, ...f, strength };
      const same = claims.findIndex((c) => c.where === where && c.technique === f.technique && c.place === claim.place && c.location === claim.location);
      if (same < 0) claims.push(claim);
      else if (STRENGTH_RANK[strength] > STRENGTH_RANK[claims[same]!.strength]) claims[same] = claim;
    }
  };
  // One list for both judgements of a display name (and of the subject): adding them one after the other gives
  // the same claims.
  for (const name of input.fromName) add('display-name', displayNameClaims(name.slice(0, MAX_FIELD)));
  for (const address of input.addresses) add('address', memoizedAddressClaims(address.slice(0, MAX_FIELD)));
  add('subject', subjectClaims(input.subject.slice(0, MAX_FIELD)));
  if (input.text) {
    const body = input.text.slice(0, MAX_BODY);
    const found = [...textClaims(body, { fuzzy: false }), ...primeProduct(body)];
    if (found.length > 0) add('body', found, { place: 'text', strength: bodyStrength(body) });
  }
  for (const source of (input.sources ?? []).slice(0, MAX_SOURCES)) {
    if (source.place === 'image-host') {
      const image = amazonImageHost(source.text);
      if (image) add('body', [{ text: source.text.slice(0, SNIPPET), technique: 'amazon-image-host' }], { place: 'image-host', strength: image.logo ? 'actor' : 'mention' });
      continue;
    }
    const text = source.text.slice(0, MAX_BODY);
    const found = [...textClaims(text, { fuzzy: false }), ...primeProduct(text)];
    if (found.length > 0) add('body', found, { place: source.place, strength: bodyStrength(text), location: source.location });
  }
  const own = input.ownNearBrand;
  const kept = own ? claims.filter((c) => !isNearBrandClaim(c, own)) : claims;
  return { related: kept.length > 0, claims: kept };
}

/**
 * A claim made by a near brand's own name: a misspelling or lookalike whose text holds one of its words
 * ("Amaron Batteries", "AMAZONE news"). Other claims ("Amazon" itself, a disguised brand) still count.
 */
function isNearBrandClaim(c: Claim, brand: NearBrand): boolean {
  if (c.technique !== 'misspelling' && !c.technique.startsWith('lookalike-')) return false;
  const text = c.text.toLowerCase();
  return brand.words.some((w) => text.includes(w));
}

interface Found {
  text: string;
  technique: string;
  mention?: true;
}

// A mailbox repeats its senders: the same display names and addresses come back with every mail of a sender
// (and every DKIM d= of a provider), and their claims are a pure function of that text. Memoised, bounded
// (memoizeString clears a full cache). The lists are shared between calls, so nothing may change them:
// detectAmazonClaim only reads them (add copies each entry).
const displayNameClaims = memoizeString(
  (name: string): readonly Found[] => [
    ...textClaims(name, { fuzzy: true }),
    ...primeDisplayName(name),
    ...familyDisplayName(name),
    ...foreignBrandName(name),
  ],
  1024,
);

/** 亜馬遜 or あまぞん in a sender name (FOREIGN_BRAND_NAMES). */
function foreignBrandName(name: string): Found[] {
  if (ASCII_ONLY.test(name)) return [];
  const n = name.normalize('NFKC');
  const hit = FOREIGN_BRAND_NAMES.find(([written]) => n.includes(written));
  return hit ? [{ text: name.slice(0, SNIPPET), technique: hit[1] }] : [];
}
const memoizedAddressClaims = memoizeString((address: string): readonly Found[] => addressClaims(address), 1024);
// Notifications and newsletters repeat their subjects too (half the subjects of the benchmark mailbox).
const subjectClaims = memoizeString((subject: string): readonly Found[] => {
  const found = [...textClaims(subject, { fuzzy: true }), ...primeProduct(subject)];
  return subjectMentionsOnly(subject, found) ? found.map((f) => ({ ...f, mention: true as const })) : found;
}, 1024);

const BRAND = 'amazon';
const BRAND_SKELETON = skeleton(BRAND); // "arnazon"
const UNRELATED_SKELETONS = UNRELATED_BRAND_WORDS.map((w) => skeleton(w));
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const MARKS = /\p{M}/gu;
/**
 * Text without a char above U+007F. NFKC leaves every ASCII char as it is, and no ASCII char is
 * Default_Ignorable or a mark (\p{M}), so on such text each folding below is the identity and only the
 * lower-casing remains: the header pass skips the Unicode work for ASCII display names and subjects
 * (test/identity/claim-fast.test.ts compares with the full foldings).
 */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** NFKC, invisible chars and marks removed, lower-cased: the form the Prime wording is matched in. */
function foldForPrime(raw: string): string {
  if (ASCII_ONLY.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(MARKS, '').toLowerCase();
}
const KATAKANA_BRAND = 'アマゾン';
/** After the brand, words that make it the river or its region ("Amazon river", "Amazon rainforest"). */
const GEOGRAPHIC_AFTER = /^[\s-]{1,3}(?:river|rainforest|rain forest|basin|jungle|delta|region|forest)(?![a-z])/;
/** After アマゾン, the same in Japanese: アマゾン川, アマゾン流域, アマゾンの熱帯雨林 / 森 / 奥地. */
const GEOGRAPHIC_AFTER_KANA = /^(?:川|流域|河|の熱帯|の森|の奥地|熱帯雨林)/;

/** The first アマゾン that is not the river or its region, or -1. */
function katakanaBrandIndex(nfkc: string): number {
  for (let i = nfkc.indexOf(KATAKANA_BRAND), n = 0; i >= 0 && n < 50; i = nfkc.indexOf(KATAKANA_BRAND, i + 1), n++) {
    if (!GEOGRAPHIC_AFTER_KANA.test(nfkc.slice(i + KATAKANA_BRAND.length, i + KATAKANA_BRAND.length + 4))) return i;
  }
  return -1;
}
const HALFWIDTH_KATAKANA = /[\uff66-\uff9f]/;
/** Amazon written as a domain: amazon.co.jp, amazon.com, amazon.de … */
const DOMAIN_AFTER_BRAND = /^\.(?:co\.|com\.)?[a-z]{2,3}(?![a-z])/;
const SPACED_DOMAIN = /amazon\s{0,3}\.\s{1,3}co\s{0,3}\.\s{0,3}jp|amazon\s{1,3}\.\s{0,3}(?:co\s{0,3}\.\s{0,3}jp|com)/;
const SPACED_LETTERS = /(?<![a-z])a[\s._*·•|-]{1,3}m[\s._*·•|-]{1,3}a[\s._*·•|-]{1,3}z[\s._*·•|-]{1,3}o[\s._*·•|-]{1,3}n(?![a-z])/;
/**
 * The letters kept apart by characters that look blank but are no space: the Braille blank U+2800, the Hangul
 * fillers U+3164, U+115F, U+1160 and U+FFA0 (NFKC keeps them; \s does not match them). No text writes a word so.
 */
const BLANK_SPACED_LETTERS = /(?<![a-z])a[\u2800\u3164\u115f\u1160\uffa0]{1,3}m[\u2800\u3164\u115f\u1160\uffa0]{1,3}a[\u2800\u3164\u115f\u1160\uffa0]{1,3}z[\u2800\u3164\u115f\u1160\uffa0]{1,3}o[\u2800\u3164\u115f\u1160\uffa0]{1,3}n(?![a-z])/;
/** Small capital letters (IPA extensions and phonetic block) and the Latin letter each stands for. */
const SMALL_CAPITAL_LETTER: Readonly<Record<string, string>> = {
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k', 'ʟ': 'l',
  'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
};
const SMALL_CAPITALS = new RegExp(`[${Object.keys(SMALL_CAPITAL_LETTER).join('')}]`, 'u');
const SMALL_CAPITALS_ALL = new RegExp(SMALL_CAPITALS.source, 'gu');
/**
 * The brand as Chinese writes it (亜馬遜, 亚马逊 / 亞馬遜) or spelt in hiragana (あまぞん): no Amazon mail uses them
 * as a sender name; they exist to name Amazon without the words a filter looks for.
 */
const FOREIGN_BRAND_NAMES: readonly [string, string][] = [
  ['亜馬遜', 'chinese-name'],
  ['亚马逊', 'chinese-name'],
  ['亞馬遜', 'chinese-name'],
  ['あまぞん', 'hiragana'],
];
// Junk inserted inside the brand, hidden with font-size:0 in the HTML (phishing_pot sample-3242:
// "A<span style=font-size:0>IJMXD2EVWL</span>mazon", which reads "AIJMXD2EVWLmazon" as text).
const JUNK_SPLITS = Array.from(
  { length: BRAND.length - 1 },
  (_, k) => new RegExp(`${BRAND.slice(0, k + 1)}([a-z0-9]{4,16})${BRAND.slice(k + 1)}`, 'g'),
);

/**
 * Occurrences of `brand` in `s` that stand as a word: not glued to a Latin letter in front, and not the
 * start of a real word (amazonas, amazonia). Returns the token (brand plus the letters glued after it).
 */
function brandTokens(s: string, brand: string, unrelated: readonly string[]): { index: number; token: string }[] {
  const out: { index: number; token: string }[] = [];
  let from = 0;
  for (let n = 0; n < 50; n++) {
    const i = s.indexOf(brand, from);
    if (i < 0) break;
    from = i + brand.length;
    if (i > 0 && /[a-z]/.test(s[i - 1])) continue;
    const run = /^[a-z]{0,20}/.exec(s.slice(from, from + 20))?.[0] ?? '';
    const token = brand + run;
    if (unrelated.includes(token)) continue;
    // The river and its region: "the Amazon river", "Amazon rainforest" name a place, not the company.
    if (run === '' && GEOGRAPHIC_AFTER.test(s.slice(from, from + 24))) continue;
    out.push({ index: i, token });
  }
  return out;
}

/**
 * Characters whose skeleton (skeleton.ts) has a "z": z and Z, and every character confusables.txt maps to a
 * prototype with one (ẓ, ｚ, ℤ …). The brand's skeleton "arnazon" and the skeletons of the unrelated words
 * all need a z, and the skeleton of a whole text is made character by character from its lower-cased NFD form
 * (each character becomes its prototype or stays itself, then the result is lower-cased: only z and Z lower-case
 * to a z). So a text whose lower-cased NFD form has none of these characters cannot contain the brand's skeleton,
 * and the costly part of the homoglyph test (a skeleton of the whole body, ~40 µs for 1.6 KB of text) is skipped.
 * test/identity/claim-skeleton-skip.test.ts checks the premise on every confusable and on generated text.
 */
const Z_IN_SKELETON = new RegExp(
  '[zZ' +
    Object.entries(CONFUSABLES_BY_PROTOTYPE)
      .filter(([prototype]) => prototype.toLowerCase().includes('z'))
      .flatMap(([, sources]) => [...sources])
      .map((ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`)
      .join('') +
    ']',
  'u',
);

/** False only when the skeleton of `text` cannot contain a "z" (see Z_IN_SKELETON). */
export function mayHaveZInSkeleton(text: string): boolean {
  if (text.indexOf('z') !== -1 || text.indexOf('Z') !== -1) return true;
  return Z_IN_SKELETON.test(text.toLowerCase().normalize('NFD'));
}

function snippet(s: string, index: number, length: number): string {
  const start = Math.max(0, index - 10);
  return s.slice(start, Math.min(s.length, index + length + 10, start + SNIPPET)).trim();
}

/** The ways "Amazon" can be written in free text (display name, subject, body). */
function textClaims(raw: string, opts: { fuzzy: boolean }): Found[] {
  if (raw.length === 0) return [];
  const found: Found[] = [];
  const rawLower = raw.toLowerCase();
  // On ASCII the three foldings are the lower-cased text itself (see ASCII_ONLY): skip the Unicode passes.
  const ascii = ASCII_ONLY.test(raw);
  const nfkc = ascii ? rawLower : raw.normalize('NFKC').toLowerCase();
  const withoutInvisible = ascii ? nfkc : nfkc.replace(INVISIBLE, '');
  const clean = ascii ? withoutInvisible : withoutInvisible.replace(MARKS, '');

  const plain = brandTokens(rawLower, BRAND, UNRELATED_BRAND_WORDS);
  if (plain.length > 0) {
    const asDomain = plain.find((p) => DOMAIN_AFTER_BRAND.test(rawLower.slice(p.index + BRAND.length)));
    const asWord = plain.find((p) => !DOMAIN_AFTER_BRAND.test(rawLower.slice(p.index + BRAND.length)));
    if (asWord) {
      const technique = asWord.token === BRAND + 's' ? 'misspelling' : 'name'; // "Amazons.co.jp" (osst-cdf368fa)
      found.push({ text: snippet(raw, asWord.index, BRAND.length), technique });
    }
    if (asDomain) found.push({ text: snippet(raw, asDomain.index, BRAND.length + 6), technique: 'domain-name' });
  } else if (brandTokens(nfkc, BRAND, UNRELATED_BRAND_WORDS).length > 0) {
    // NFKC folds fullwidth (Ａｍａｚｏｎ) and styled mathematical letters (𝐀𝐦𝐚𝐳𝐨𝐧) to ASCII.
    found.push({ text: raw.slice(0, SNIPPET), technique: /[\uff01-\uff5e]/.test(raw) ? 'fullwidth' : 'styled-letters' });
  } else if (brandTokens(withoutInvisible, BRAND, UNRELATED_BRAND_WORDS).length > 0) {
    found.push({ text: raw.slice(0, SNIPPET), technique: 'zero-width' });
  } else if (brandTokens(clean, BRAND, UNRELATED_BRAND_WORDS).length > 0) {
    found.push({ text: raw.slice(0, SNIPPET), technique: 'combining-marks' });
  } else if (SMALL_CAPITALS.test(clean) && brandTokens(clean.replace(SMALL_CAPITALS_ALL, (c) => SMALL_CAPITAL_LETTER[c] ?? c), BRAND, UNRELATED_BRAND_WORDS).length > 0) {
    // ᴀᴍᴀᴢᴏɴ: NFKC keeps small capitals, and confusables.txt maps only some of them.
    found.push({ text: raw.slice(0, SNIPPET), technique: 'small-capitals' });
  } else if (mayHaveZInSkeleton(clean) && brandTokens(skeleton(clean), BRAND_SKELETON, UNRELATED_SKELETONS).length > 0) {
    found.push({ text: raw.slice(0, SNIPPET), technique: 'homoglyph' });
  }

  if (SPACED_DOMAIN.test(clean)) found.push({ text: raw.slice(0, SNIPPET), technique: 'spaced-domain' });
  else if (BLANK_SPACED_LETTERS.test(clean)) found.push({ text: raw.slice(0, SNIPPET), technique: 'blank-characters' });
  else if (SPACED_LETTERS.test(clean)) found.push({ text: raw.slice(0, SNIPPET), technique: 'spaced' });

  const kana = katakanaBrandIndex(nfkc);
  if (kana >= 0) {
    found.push({
      text: snippet(raw.normalize('NFKC'), kana, KATAKANA_BRAND.length),
      technique: HALFWIDTH_KATAKANA.test(raw) ? 'halfwidth-katakana' : 'katakana',
    });
  }

  const junk = junkTokenSplit(clean);
  if (junk) found.push({ text: junk, technique: 'junk-token-split' });

  if (opts.fuzzy && found.length === 0) found.push(...misspellings(clean));
  return found;
}

function junkTokenSplit(clean: string): string | null {
  for (const re of JUNK_SPLITS) {
    re.lastIndex = 0;
    for (let m = re.exec(clean), n = 0; m && n < 20; m = re.exec(clean), n++) {
      const junk = m[1];
      // The same junk elsewhere in the text shows it was inserted on purpose, not a word that happens to fit.
      if (clean.split(junk).length - 1 >= 2) return m[0];
    }
  }
  return null;
}

/** "Amazone" (JP phishing subjects), "amzn", and one-edit misspellings in short fields (Aamzon, Amozon). */
function misspellings(clean: string): Found[] {
  const found: Found[] = [];
  const tokens: string[] = clean.match(/[a-z]{4,12}/g) ?? [];
  for (const token of tokens.slice(0, 200)) {
    if (token === 'amzn') found.push({ text: token, technique: 'abbreviation' });
    else if (token === 'amazone') found.push({ text: token, technique: 'misspelling' });
    else if (isBrandMisspelling(token)) found.push({ text: token, technique: 'misspelling' });
    if (found.length > 0) break;
  }
  return found;
}

function isBrandMisspelling(token: string): boolean {
  if (token === BRAND || UNRELATED_BRAND_WORDS.includes(token) || token.length < 5 || token.length > 7) return false;
  const sameStart = token[0] === 'a';
  return sameStart && editDistanceAtMostOne(token, BRAND);
}

// Sublime impersonation_amazon.yml: display names "Prime Subscription", "Prime Support" … Phishing_pot shows
// "Prime", "Prime Customer Support", "Service Prime ID:…", "Prime Activation". A display name counts only
// when every other word is a service word, so "Prime Therapeutics" or "Prime Minister's Office" do not.
const PRIME_SERVICE_WORDS = new Set([
  'amazon', 'prime', 'video', 'service', 'services', 'customer', 'customers', 'support', 'help', 'center',
  'centre', 'activation', 'membership', 'member', 'members', 'notification', 'notifications', 'subscription',
  'billing', 'team', 'id', 'account', 'renewal', 'benefits', 'notice', 'update', 'info', 'alert', 'care',
]);

/**
 * A marketplace's country code ("Prime US e-Center", "Prime JP Support") and the "e" of e-Center or e-Service:
 * phishing_pot pp-sample-2372 shows the first. Still every word must be one of these or a service word.
 */
const PRIME_MARKETPLACE_WORDS = new Set([...MARKETPLACE_DOMAINS.map((e) => e.marketplace.toLowerCase()), 'usa', 'e']);

function primeDisplayName(raw: string): Found[] {
  const clean = foldForPrime(raw);
  let words: string[] = clean.match(/[a-z]+/g) ?? [];
  let technique = 'prime-product';
  if (!words.includes('prime') && !ASCII_ONLY.test(clean)) {
    // "Ρrime" with a Greek Rho, "Prіme" with a Cyrillic і: a word whose skeleton is Prime's is Prime in disguise.
    const tokens: string[] = clean.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (tokens.length > 8 || !tokens.some((t) => !ASCII_ONLY.test(t) && skeleton(t) === PRIME_SKELETON)) return [];
    words = tokens.map((t) => (skeleton(t) === PRIME_SKELETON ? 'prime' : t));
    technique = 'prime-homoglyph';
  }
  if (!words.includes('prime') || words.length > 8) return [];
  if (!words.every((w) => PRIME_SERVICE_WORDS.has(w) || PRIME_MARKETPLACE_WORDS.has(w))) return [];
  return [{ text: raw.slice(0, SNIPPET), technique }];
}
const PRIME_SKELETON = skeleton('prime');

/**
 * A display name that presents itself as a service of the Amazon family (amazon/family.ts): the service's name
 * alone or with service words ("Audible", "Zappos Customer Service", "Twitch Support"), as Prime is judged
 * above; "Ring Central" or "John Ring" are not Ring. Mail from the service's own domain is then Amazon's; from
 * anywhere else it is a display name posing as Amazon.
 */
function familyDisplayName(raw: string): Found[] {
  const clean = foldForPrime(raw);
  const words: string[] = clean.match(/[a-z0-9!]+(?:\.com)?/g) ?? [];
  if (words.length === 0 || words.length > 8) return [];
  const text = ' ' + words.join(' ') + ' ';
  for (const service of AMAZON_FAMILY) {
    for (const name of service.displayNames) {
      const at = text.indexOf(' ' + name + ' ');
      if (at < 0) continue;
      const rest = (text.slice(0, at) + ' ' + text.slice(at + name.length + 2)).split(' ').filter((w) => w.length > 0);
      if (rest.every((w) => PRIME_SERVICE_WORDS.has(w))) return [{ text: raw.slice(0, SNIPPET), technique: 'family-name' }];
    }
  }
  return [];
}

/**
 * Words that make a subject speak of the reader's account, money or safety: with any of them, a subject that
 * names Amazon presents the mail as Amazon whatever the phrasing ("Action needed on Amazon account").
 */
const ACCOUNT_WORDS =
  /(?<![a-z])(?:account|password|sign[ -]?in|log[ -]?in|verif\w*|confirm\w*|suspend\w*|lock\w*|unusual|security|secure|update|expir\w*|billing|restrict\w*|limited|hold|unauthori[sz]ed|compromised|refund\w*|prize|gift|reward\w*|winner|congratulations|claim|urgent|action|membership|renew\w*|cancel\w*|declined|problem|alert|notice|important)(?![a-z])|アカウント|パスワード|ログイン|サインイン|確認|認証|停止|制限|ロック|更新|失効|期限|不正|セキュリティ|緊急|重要|会員|請求|カード|返金|当選|ギフト|ポイント/;
/** Words that speak to the reader: allowed, like purchase words, only beside a payment-method mention. */
const READER_WORDS = /(?<![a-z])(?:your|you)(?![a-z])|お客様|あなた/;
/** Words of a purchase: allowed only beside a payment-method mention ("order #1042 (paid with Amazon Pay)"). */
const PURCHASE_WORDS =
  /(?<![a-z])(?:orders?|payment|paid|receipt|invoice|shipp\w*|deliver\w*|package|parcel|purchase\w*)(?![a-z])|注文|支払|発送|配送|お届け|配達|購入|領収/;
/** "paid with Amazon Pay", "via Amazon Pay", "Amazon Payで(のお支払い)", "Amazon Pay決済". */
const PAYMENT_METHOD = /(?:(?<![a-z])(?:with|via|using|by|through)\s{1,3}amazon\s{0,2}pay(?![a-z])|amazon\s{0,2}pay\s{0,2}(?:で|にて|決済|払い))/;
/**
 * Frames in which Amazon is mentioned, not speaking: a preposition before it ("available on Amazon", "sold at
 * amazon.com"), the possessive or a third-person verb after it ("Amazon's new Kindle", "Amazon still wants
 * to ...", "Amazon.com is hoping"), a report ("reports that Amazon"), and Japanese で/にて ("Amazonで販売中").
 */
const MENTION_BEFORE = /(?<![a-z])(?:on|at|via|in|into|about|against|vs\.?|versus|than|like|beyond|over|that|says|said)\s{1,3}$/;
const MENTION_AFTER =
  /^(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?(?:['’]s(?![a-z])|\s{1,3}(?:is|was|are|has|had|will|would|may|could|to|still|reportedly|plans|wants|says|said|sues|buys|launches|acquires|unveils|announces|cuts|hires|opens|closes|raises|reports|faces|expands|invests|sells|beats|tops|joins|adds|drops|lays)(?![a-z])|\s{0,2}(?:で|にて))/;

/**
 * True when a subject names Amazon only as something it talks about: every plain occurrence of the brand
 * stands in a mention frame, no disguised form of the brand is there (a homoglyph or a spaced brand is never
 * innocent), and the subject does not speak of the reader's account, money or safety (a purchase only beside
 * a payment-method mention). Newsletters ("Our picks this week (available on Amazon)") and news items
 * ("Slashdot reports that Amazon still wants to patent the Web") are then related to Amazon without presenting
 * themselves as Amazon, which a display name, an address or a subject with Amazon as the actor still does.
 */
export function subjectMentionsOnly(subject: string, found: readonly Found[]): boolean {
  if (found.length === 0) return false;
  if (found.some((f) => !MENTION_TECHNIQUES.has(f.technique))) return false;
  const s = foldForPrime(subject).slice(0, MAX_FIELD);
  if (ACCOUNT_WORDS.test(s)) return false;
  const paymentMethod = PAYMENT_METHOD.test(s);
  if ((PURCHASE_WORDS.test(s) || READER_WORDS.test(s)) && !paymentMethod) return false;
  let seen = 0;
  for (const brand of [BRAND, KATAKANA_BRAND]) {
    for (let i = s.indexOf(brand), n = 0; i >= 0 && n < 20; i = s.indexOf(brand, i + 1), n++) {
      if (brand === BRAND && i > 0 && /[a-z]/.test(s[i - 1]!)) continue;
      seen++;
      const before = s.slice(Math.max(0, i - 12), i);
      const after = s.slice(i + brand.length, i + brand.length + 24);
      const payment = /^\s{0,2}pay/.test(after) && paymentMethod;
      if (!payment && !MENTION_BEFORE.test(before) && !MENTION_AFTER.test(after)) return false;
    }
  }
  return seen > 0;
}

/** The plain ways of writing the brand: only these can be a mention (disguises never are). */
const MENTION_TECHNIQUES = new Set(['name', 'domain-name', 'katakana']);

// The Prime subscription as the other languages of the wording name it (phishing_pot pp-sample-2876: "renovar su
// suscripcion Prime"): the noun before "Prime". And Prime named as the sender of a message in a subject ("Vendor
// inquiry from Prime: Warning - your account", pp-sample-2941): weak, like "prime video" (checks/content asks
// such a subject to ask for the action itself).
const PRIME_PRODUCT =
  /(?<![a-z])prime\s{1,3}(?:membership|member|video|subscription|benefits|renewal|account)(?![a-z])|プライム会員|プライム会費|プライムビデオ|amazonプライム|(?<![a-z])(?:suscripci[oó]n|membres[ií]a|abonnement|adh[eé]sion|abbonamento|assinatura|mitgliedschaft)\s{1,3}(?:de\s{1,3}|a\s{1,3})?prime(?![a-z])|prime-mitgliedschaft|(?<![a-z])from\s{1,3}prime(?=\s{0,3}:)/;

function primeProduct(raw: string): Found[] {
  const clean = foldForPrime(raw);
  const m = PRIME_PRODUCT.exec(clean);
  return m ? [{ text: m[0], technique: 'prime-product' }] : [];
}

/** An address at an Amazon domain, at a lookalike of one, or with the brand in its local part. */
function addressClaims(written: string): Found[] {
  // The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
  // the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
  const address = written.trim().replace(/^["'<\s]+|(?<!["'>\s])["'>\s]+$/g, '');
  const at = address.lastIndexOf('@');
  // A bare domain (DKIM d=): judged as a domain, never as text, or d=amazonses.com would read as "Amazon".
  if (at < 0 && BARE_DOMAIN.test(address)) return domainClaims(address, address.toLowerCase());
  if (at < 0) return textClaims(address, { fuzzy: true });
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  const found = domainClaims(address, domain);
  if (found.some((f) => f.technique === 'amazon-domain')) return found;
  if (localPartNamesBrand(local)) found.push({ text: address, technique: 'local-part' });
  return found;
}

const BARE_DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}$/i;

function domainClaims(text: string, domain: string): Found[] {
  if (domain.length === 0) return [];
  if (isAmazonDomain(domain)) return [{ text, technique: 'amazon-domain' }];
  const look = findLookalike(domain);
  return look ? [{ text, technique: `lookalike-${look.technique}` }] : [];
}

/** amazon-support2, support-amazon.jp, no-reply.amazon.41, amozonjp-update, Amazon-account-update. */
function localPartNamesBrand(local: string): boolean {
  const tokens = local.replace(/^"|"$/g, '').split(/[._+=-]|\d+/).filter((t) => t.length > 0);
  for (const token of tokens) {
    if (token === BRAND || token === 'amzn') return true;
    if (UNRELATED_BRAND_WORDS.includes(token)) continue;
    if (brandWithKeywords(token)) return true;
    for (const len of [5, 6, 7]) {
      const head = token.slice(0, len);
      const rest = token.slice(len);
      if (head.length === len && isBrandMisspelling(head) && splitIntoKeywords(rest) !== null) return true;
    }
  }
  return false;
}
