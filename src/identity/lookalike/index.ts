/**
 * A reverse dnstwist: given any host (From, Reply-To, Return-Path, DKIM d=, link hosts), say which Amazon
 * domain it imitates and how, or null. Research behind every rule: docs/sources.md#lookalike-research
 * (dnstwist, Chromium's lookalike and IDN logic, UTS #39) and 3.5 (real Amazon phishing hosts).
 *
 * Real Amazon domains and Amazon infrastructure anyone can rent (amazonaws.com …) return null: the first is
 * Amazon, the second is judged by the links and sender checks, not as a lookalike.
 */
import { memoizeString } from '../../util/memo.js';
import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import {
  AMAZON_FAMILY,
  MARKETPLACE_DOMAINS,
  OTHER_AMAZON_DOMAINS,
  UNRELATED_BRAND_WORDS,
  isAmazonDomain,
  isRentableAmazonInfrastructure,
  nearBrandOf,
  normalizeHost,
  registrableDomain,
} from '../../amazon/index.js';
import { splitIntoKeywords } from './keywords.js';
import { isAllowedInIdentifiers, isMixedScript, scriptsOf, visualFold } from './skeleton.js';

export { skeleton, visualFold, scriptsOf, isMixedScript } from './skeleton.js';
export { UNICODE_SECURITY_VERSION } from './unicode-data.js';

export type LookalikeTechnique =
  /** The registrable label reads as the brand once confusables are folded (arnazon, amaz0n, ɑmazon). */
  | 'homoglyph'
  /** As homoglyph, with Latin mixed with Cyrillic or Greek in one label (аmazon with Cyrillic а). */
  | 'mixed-script'
  /** One edit (insert, delete, replace, swap, a hyphen or dot inserted) away from an Amazon name. */
  | 'edit-distance'
  /** The brand with keywords in the registrable label (amazon-security, amazon-co-jp, secure-amazon). */
  | 'combo-squat'
  /** The brand as a label left of an unrelated registrable domain (amazon.xsecur.xyz, amazon-prime.x.com). */
  | 'brand-subdomain'
  /** A whole Amazon domain in front of an unrelated one (amazon.co.jp.evil.example). */
  | 'target-embedding'
  /** The brand under a suffix that is not Amazon's (amazon.xyz, amazon.jp.net). */
  | 'tld-swap'
  /** An Amazon domain with its dots dropped (amazoncojp.com). */
  | 'missing-dot'
  /** An internationalised name that Chromium would show as punycode and that reads as the brand. */
  | 'punycode';

export interface LookalikeMatch {
  /** The host, normalised (lower case, no trailing dot, IDN in its xn-- form). */
  host: string;
  /** The Amazon domain it imitates, e.g. "amazon.co.jp". */
  imitates: string;
  technique: LookalikeTechnique;
  /** What exactly, in a few words (e.g. `"amazom" is one edit from "amazon"`). For evidence, not prose. */
  detail: string;
}

interface BrandName {
  /** The registrable label, e.g. "amazon", "primevideo". */
  label: string;
  /** The domain reported as imitated when nothing more specific is known. */
  domain: string;
}

/** Family labels that are everyday words: a look-alike of them is no evidence. */
const FAMILY_LABELS_TOO_COMMON = new Set(['signin']);

const AMAZON_DOMAINS = [...MARKETPLACE_DOMAINS, ...OTHER_AMAZON_DOMAINS].map((e) => e.domain);
const BRAND = 'amazon';

/** Registrable labels of Amazon's domains long enough to judge by edit distance (Chromium, Sublime: > 4). */
const BRAND_NAMES: readonly BrandName[] = (() => {
  const seen = new Map<string, string>();
  for (const d of ['amazon.com', ...AMAZON_DOMAINS]) {
    const label = d.split('.')[0];
    if (label.length > 4 && !seen.has(label)) seen.set(label, d);
  }
  return [...seen].map(([label, domain]) => ({ label, domain }));
})();
const BRAND_BY_LABEL = new Map(BRAND_NAMES.map((b) => [b.label, b]));

/**
 * The Amazon family's own names (audible, zappos, goodreads ...: amazon/family.ts), longer than 4 letters and
 * not a common word (signin.aws), judged only by the homoglyph test: a label written otherwise that reads as one
 * of them (audib1e, zapp0s, g00dreads) exists only to imitate it. The edit-distance, keyword and ending tests
 * stay Amazon's own: family names are ordinary words whose neighbours and other endings belong to others.
 */
const FAMILY_BY_LABEL = new Map<string, BrandName>(
  AMAZON_FAMILY.flatMap((service) => service.domains.map((domain) => ({ label: domain.split('.')[0]!, domain })))
    .filter((b) => b.label.length > 4 && !FAMILY_LABELS_TOO_COMMON.has(b.label) && !BRAND_BY_LABEL.has(b.label))
    .map((b) => [b.label, b] as const)
    .reverse(), // the first domain of a service (its main one) wins
);

/** Amazon domains as label sequences, longest first, for target embedding ("amazon.co.jp" before "amazon.com"). */
const AMAZON_LABEL_SEQUENCES = AMAZON_DOMAINS.map((d) => ({ domain: d, labels: d.split('.') })).sort(
  (a, b) => b.labels.length - a.labels.length,
);

/** Dot-less forms (amazoncojp → amazon.co.jp) for missing-dot. */
const DOTLESS = new Map(AMAZON_DOMAINS.map((d) => [d.replace(/\./g, ''), d]));

/** Marketplace by the country word a phisher writes into a name (jp, japan, de, uk …). */
const MARKETPLACE_BY_COUNTRY_WORD = (() => {
  const m = new Map<string, string>();
  for (const e of MARKETPLACE_DOMAINS) {
    m.set(e.marketplace.toLowerCase(), e.domain);
    const suffix = e.domain.slice(BRAND.length + 1);
    m.set(suffix.replace(/\./g, ''), e.domain);
    m.set(suffix, e.domain);
  }
  m.set('japan', 'amazon.co.jp');
  m.set('gb', 'amazon.co.uk');
  return m;
})();

/**
 * Find which Amazon domain a host imitates, and how. Null for Amazon's own domains and rented infrastructure.
 * Memoised per host (pure; results are never mutated by callers).
 */
export const findLookalike: (host: string) => LookalikeMatch | null = memoizeString((host) => {
  const match = findLookalikeUncached(host);
  return match && Object.freeze(match);
});

function findLookalikeUncached(host: string): LookalikeMatch | null {
  const ascii = normalizeHost(host);
  if (!ascii || ascii.length > 253 || ascii.startsWith('[') || /^[\d.]+$/.test(ascii)) return null;
  if (isAmazonDomain(ascii) || isRentableAmazonInfrastructure(ascii)) return null;
  // A real company's own domain one letter from Amazon's (amaron.in, amazone.de) imitates nothing: only it can
  // send from there (amazon/near-brands.ts); whether its mail poses as Amazon is judged from what it says.
  if (nearBrandOf(ascii)) return null;
  const reg = registrableDomain(ascii);
  if (!reg) return null;

  const asciiLabels = ascii.split('.');
  const regLabelCount = reg.split('.').length;
  const icannSuffix = reg.slice(reg.indexOf('.') + 1);
  const unicodeLabels = asciiLabels.map((l) => (l.startsWith('xn--') ? domainToUnicode(l) || l : l));
  // Each label as it reads: ASCII as written, IDN labels folded through the confusables skeleton.
  const readLabels = unicodeLabels.map((l) => (isAscii(l) ? l : visualFold(l)));
  const regIndex = asciiLabels.length - regLabelCount;
  const ctx: Ctx = { ascii, asciiLabels, unicodeLabels, readLabels, regIndex, icannSuffix };

  const match =
    targetEmbedding(ctx) ??
    tldSwap(ctx) ??
    missingDot(ctx) ??
    homoglyph(ctx) ??
    editDistance(ctx) ??
    comboSquat(ctx) ??
    brandSubdomain(ctx);
  if (!match) return null;
  return { host: ascii, ...match };
}

interface Ctx {
  ascii: string;
  asciiLabels: string[];
  unicodeLabels: string[];
  readLabels: string[];
  /** Index of the registrable label in the label arrays. */
  regIndex: number;
  icannSuffix: string;
}

type Found = Omit<LookalikeMatch, 'host'>;

function isAscii(s: string): boolean {
  return !/[^\x00-\x7f]/.test(s);
}

/** An IDN label took part in the match: the technique is then punycode, unless it is a plain homoglyph. */
function viaIdn(ctx: Ctx, indexes: number[], found: Found): Found {
  const idn = indexes.filter((i) => ctx.asciiLabels[i]?.startsWith('xn--'));
  if (idn.length === 0) return found;
  const shown = idn.map((i) => `${ctx.unicodeLabels[i]} (${ctx.asciiLabels[i]}) reads "${ctx.readLabels[i]}"`);
  return { ...found, technique: 'punycode', detail: `${shown.join('; ')}; ${found.technique}: ${found.detail}` };
}

function imitatedMarketplace(words: readonly string[], fallback = 'amazon.com'): string {
  for (const w of words) {
    const d = MARKETPLACE_BY_COUNTRY_WORD.get(w);
    if (d) return d;
  }
  return fallback;
}

function targetEmbedding(ctx: Ctx): Found | null {
  const { readLabels, regIndex } = ctx;
  for (const { domain, labels } of AMAZON_LABEL_SEQUENCES) {
    for (let i = 0; i + labels.length <= regIndex; i++) {
      if (labels.every((l, k) => readLabels[i + k] === l)) {
        const idx = labels.map((_, k) => i + k);
        return viaIdn(ctx, idx, {
          imitates: domain,
          technique: 'target-embedding',
          detail: `"${domain}" in front of ${ctx.asciiLabels.slice(regIndex).join('.')}`,
        });
      }
    }
  }
  // Hyphen-joined embedding in a label left of the registrable domain: www-amazon-co-jp.evil.example.
  for (let i = 0; i < regIndex; i++) {
    const dashed = '-' + readLabels[i] + '-';
    for (const { domain, labels } of AMAZON_LABEL_SEQUENCES) {
      if (labels.length > 1 && dashed.includes('-' + labels.join('-') + '-')) {
        return viaIdn(ctx, [i], {
          imitates: domain,
          technique: 'target-embedding',
          detail: `"${labels.join('-')}" in ${ctx.asciiLabels[i]} in front of ${ctx.asciiLabels.slice(regIndex).join('.')}`,
        });
      }
    }
  }
  return null;
}

/**
 * CentralNic-style second-level "suffixes" (jp.net, de.com, us.com, uk.com) sit in the private section of the
 * public suffix list; anyone can register amazon.jp.net. A private suffix whose extra label is a country code
 * or com/net/org counts as a TLD here; hosting platforms (firebaseapp.com, web.app) do not.
 */
function pseudoTldSuffix(ascii: string): string | null {
  const p = parse(ascii, { allowPrivateDomains: true });
  if (!p.publicSuffix || p.isIcann !== false) return null;
  const extra = p.publicSuffix.split('.')[0];
  return /^(?:[a-z]{2}|com|net|org)$/.test(extra) && p.publicSuffix.split('.').length === 2 ? p.publicSuffix : null;
}

function tldSwap(ctx: Ctx): Found | null {
  const { readLabels, regIndex, asciiLabels } = ctx;
  const pseudo = pseudoTldSuffix(ctx.ascii);
  // The label left of the suffix: the registrable label, or (under a pseudo-TLD) the one before it.
  const i = pseudo ? asciiLabels.length - pseudo.split('.').length - 1 : regIndex;
  if (i < 0 || !isAscii(asciiLabels[i]) || asciiLabels[i].startsWith('xn--')) return null;
  const brand = BRAND_BY_LABEL.get(readLabels[i]);
  if (!brand) return null;
  const suffix = asciiLabels.slice(i + 1).join('.');
  const imitates = brand.label === BRAND ? imitatedMarketplace([suffix, ...suffix.split('.')]) : brand.domain;
  return { imitates, technique: 'tld-swap', detail: `"${brand.label}" under .${suffix}, which is not Amazon's` };
}

function missingDot(ctx: Ctx): Found | null {
  // Everything left of the ICANN suffix with the dots dropped: amazoncojp.com, www.amazoncom.net, wwwamazoncom.org.
  const left = ctx.readLabels.slice(0, ctx.regIndex + 1).join('').replace(/^www/, '');
  const domain = DOTLESS.get(left);
  if (!domain || left === BRAND || !left.startsWith(BRAND) || UNRELATED_BRAND_WORDS.includes(left)) return null;
  return { imitates: domain, technique: 'missing-dot', detail: `"${left}" is ${domain} without its dots` };
}

function homoglyph(ctx: Ctx): Found | null {
  const i = ctx.regIndex;
  const written = ctx.unicodeLabels[i];
  const reads = ctx.readLabels[i];
  const folded = isAscii(written) ? visualFold(written) : reads;
  const brand = BRAND_BY_LABEL.get(folded) ?? FAMILY_BY_LABEL.get(folded);
  if (!brand || written === brand.label) return null;
  const imitates = brand.label === BRAND ? imitatedMarketplace([ctx.icannSuffix], 'amazon.com') : brand.domain;
  const mixed = !isAscii(written) && isMixedScript(scriptsOf(written));
  const detail = isAscii(written)
    ? `"${written}" reads as "${brand.label}"`
    : `"${written}" (${ctx.asciiLabels[i]}) reads as "${brand.label}"; scripts: ${[...scriptsOf(written)].join('+')}`;
  return { imitates, technique: mixed ? 'mixed-script' : 'homoglyph', detail };
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), stopping early above 1. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one replacement
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Chromium's false-positive rules for edit distance (lookalike_url_util.cc), applied with one deliberate
 * difference: the brand "amazon" has no digits, so "amazon1" is not a trailing-digit pair like site45/site35.
 * - a different first character (hank/tank, imazon.org.br): not a typo of the brand;
 * - both end in digits and differ only there;
 * - a real word listed in UNRELATED_BRAND_WORDS (amazona, amazone).
 */
function isEditDistanceFalsePositive(label: string, brand: string): boolean {
  const swappedFirstTwo = label.length === brand.length && label[0] === brand[1] && label[1] === brand[0];
  if (label[0] !== brand[0] && !swappedFirstTwo) return true;
  // The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
  // the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
  if (/\d$/.test(label) && /\d$/.test(brand) && label.replace(/(?<!\d)\d+$/, '') === brand.replace(/(?<!\d)\d+$/, '')) return true;
  return UNRELATED_BRAND_WORDS.includes(label);
}

function typoOfBrand(label: string): BrandName | null {
  if (label.length <= 4) return null;
  for (const b of BRAND_NAMES) {
    if (label !== b.label && editDistanceAtMostOne(label, b.label) && !isEditDistanceFalsePositive(label, b.label)) {
      return b;
    }
  }
  return null;
}

function editDistance(ctx: Ctx): Found | null {
  const i = ctx.regIndex;
  const label = ctx.readLabels[i];
  const brand = typoOfBrand(label);
  if (brand) {
    const imitates = brand.label === BRAND ? imitatedMarketplace([ctx.icannSuffix]) : brand.domain;
    return viaIdn(ctx, [i], { imitates, technique: 'edit-distance', detail: `"${label}" is one edit from "${brand.label}"` });
  }
  // A dot inserted into the brand (dnstwist "subdomain"): ama.zon.com, a.mazon.co.jp.
  if (i > 0) {
    const joined = ctx.readLabels.slice(0, i + 1).join('');
    const b = BRAND_BY_LABEL.get(joined);
    if (b && ctx.readLabels.slice(0, i + 1).every((l) => l.length > 0)) {
      const imitates = b.label === BRAND ? imitatedMarketplace([ctx.icannSuffix]) : b.domain;
      return viaIdn(ctx, range(0, i + 1), {
        imitates,
        technique: 'edit-distance',
        detail: `a dot inserted into "${b.label}": ${ctx.asciiLabels.slice(0, i + 1).join('.')}`,
      });
    }
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

interface BrandInLabel {
  /** How the brand is written in the label ("amazon", "amazn"). */
  written: string;
  /** Keywords and digit runs around it. */
  rest: string[];
}

/**
 * The brand plus only keywords and digits in one label: amazon-security, amazonsignin, secure-amazon,
 * amazon-co-jp, amazon-support2, amaznaccount (brand one edit off, inside a combo). Real words that start
 * with the brand (amazonas-tour) are not the brand.
 */
export function brandWithKeywords(label: string): BrandInLabel | null {
  if (label.length > 63 || label.length < BRAND.length) return null;
  const tokens = label.split('-').filter((t) => t.length > 0);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (UNRELATED_BRAND_WORDS.includes(token)) continue; // amazones is a word, not amazon + es
    for (const [written, before, after] of brandPositions(token)) {
      const restTokens = [...tokens.slice(0, t), before, after, ...tokens.slice(t + 1)].filter((x) => x.length > 0);
      if (restTokens.length === 0) continue; // the brand alone is not a combo
      const words: string[] = [];
      let ok = true;
      for (const rt of restTokens) {
        for (const chunk of rt.split(/(\d+)/).filter((x) => x.length > 0)) {
          if (/^\d+$/.test(chunk)) {
            words.push(chunk);
            continue;
          }
          const kw = splitIntoKeywords(chunk);
          if (!kw) {
            ok = false;
            break;
          }
          words.push(...kw);
        }
        if (!ok) break;
      }
      if (ok) return { written, rest: words };
    }
  }
  return null;
}

/** Where the brand (or one edit of it, same first letter) sits in a token: [written, text before, text after]. */
function brandPositions(token: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  const at = token.indexOf(BRAND);
  if (at >= 0) out.push([BRAND, token.slice(0, at), token.slice(at + BRAND.length)]);
  if (out.length > 0) return out;
  // One edit off at the start or end of the token: amaznaccount, myamazom.
  for (const len of [BRAND.length - 1, BRAND.length, BRAND.length + 1]) {
    if (token.length < len) continue;
    const head = token.slice(0, len);
    if (head[0] === BRAND[0] && editDistanceAtMostOne(head, BRAND)) out.push([head, '', token.slice(len)]);
    const tail = token.slice(token.length - len);
    if (tail[0] === BRAND[0] && editDistanceAtMostOne(tail, BRAND)) out.push([tail, token.slice(0, token.length - len), '']);
  }
  return out;
}

function comboSquat(ctx: Ctx): Found | null {
  const i = ctx.regIndex;
  const combo = brandWithKeywords(ctx.readLabels[i]);
  if (!combo) return null;
  const imitates = imitatedMarketplace([...combo.rest, ctx.icannSuffix]);
  const how = combo.written === BRAND ? `"${BRAND}"` : `"${combo.written}" (one edit from "${BRAND}")`;
  return viaIdn(ctx, [i], { imitates, technique: 'combo-squat', detail: `${how} with ${combo.rest.join(', ')}` });
}

function brandSubdomain(ctx: Ctx): Found | null {
  const { readLabels, regIndex, asciiLabels } = ctx;
  const parent = asciiLabels.slice(regIndex).join('.');
  for (let i = 0; i < regIndex; i++) {
    const label = readLabels[i];
    const folded = isAscii(ctx.unicodeLabels[i]) ? visualFold(label) : label;
    let how: string | null = null;
    let words: string[] = [];
    if (label === BRAND || folded === BRAND) how = `"${ctx.unicodeLabels[i]}"`;
    else if (typoOfBrand(label)?.label === BRAND) how = `"${label}" (one edit from "${BRAND}")`;
    else {
      const combo = brandWithKeywords(label);
      if (combo) {
        how = `"${label}"`;
        words = combo.rest;
      }
    }
    if (how) {
      const imitates = imitatedMarketplace([...words, ...readLabels.slice(i + 1, regIndex), ctx.icannSuffix]);
      return viaIdn(ctx, [i], { imitates, technique: 'brand-subdomain', detail: `${how} as a subdomain of ${parent}` });
    }
  }
  return null;
}

export interface IdnJudgement {
  /** True when Chromium would show the host as punycode rather than Unicode. */
  unsafe: boolean;
  /** Why, per label (e.g. "mixed scripts Latin+Cyrillic in аmazon"). */
  reasons: string[];
}

/**
 * Chromium's IDN display policy in short (chromium/src/docs/idn.md): a label is unsafe when it mixes Latin with
 * Cyrillic or Greek, holds characters outside UTS #39 Identifier_Status=Allowed, or is a whole-script
 * Cyrillic/Greek label that reads as Latin letters. Japanese IDNs (日本語.jp, 日本語-abc.jp) are safe.
 */
export function judgeIdn(host: string): IdnJudgement {
  const reasons: string[] = [];
  for (const label of normalizeHost(host).split('.')) {
    if (!label.startsWith('xn--')) continue;
    const u = domainToUnicode(label);
    if (!u) {
      reasons.push(`${label} is not valid punycode`);
      continue;
    }
    const scripts = scriptsOf(u);
    if (isMixedScript(scripts)) reasons.push(`mixed scripts ${[...scripts].join('+')} in ${u}`);
    const disallowed = [...u].filter((ch) => !isAllowedInIdentifiers(ch.codePointAt(0) ?? 0) && ch !== '-');
    if (disallowed.length > 0) reasons.push(`characters not allowed in identifiers in ${u}: ${disallowed.join(' ')}`);
    if (!isMixedScript(scripts) && (scripts.has('Cyrillic') || scripts.has('Greek')) && /^[a-z0-9-]+$/.test(visualFold(u))) {
      reasons.push(`${u} is written in ${[...scripts].join('+')} but reads as Latin "${visualFold(u)}"`);
    }
  }
  return { unsafe: reasons.length > 0, reasons };
}
