/**
 * What kind of Amazon mail a message is, and for account-security mails (codes, sign-in alerts) what that
 * means for the account holder. Wording comes from src/amazon/wording.ts; this module only scores it.
 *
 * Classification says what a mail *is worded as*, not whether it is genuine: a phishing mail that imitates a
 * sign-in alert is classified as a sign-in alert, and authentication (src/checks/authentication) decides
 * whether Amazon sent it. checkSecurityMail takes that answer as an option.
 */
import type { Message } from '../../message/types.js';
import type { Finding } from '../../findings.js';
import type { SecurityMailEvidence } from './codes.js';
import { finding } from '../../findings.js';
import { marketplaceOf } from '../../amazon/index.js';
import {
  BRAND_WORDS,
  GENERAL_WORDING,
  SECURITY_WORDING,
  SIGN_IN_APPROVAL_LINK_PATH,
  type GeneralMailKind,
  type Phrase,
  type SecurityMailType,
  type WordingSet,
} from '../../amazon/wording.js';
import { extractCode, maskCode } from './code.js';
import { hasKana, mailText, phraseWeigher, type MailText } from './text.js';

export type { SecurityMailType } from '../../amazon/wording.js';
export { extractCode, maskCode, CODE_MIN_DIGITS, CODE_MAX_DIGITS } from './code.js';
export type { ExtractedCode } from './code.js';

export type MailKind = 'security-code' | 'sign-in-alert' | 'order' | 'payment' | 'account' | 'marketing' | 'other';

export interface SecurityMail {
  type: SecurityMailType;
  /** 'ja', 'en', 'de', 'fr', 'es', 'it': the language of the wording that matched. */
  language: string;
  /** Marketplace (e.g. 'JP') from the From domain, else from the mail's Amazon links; null when neither says. */
  marketplace: string | null;
  /** The one-time code, raw. Never print it: use codeMasked. */
  code: string | null;
  codeMasked: string | null;
  /** The wording that decided the type, for evidence. */
  matched: string;
}

export interface MailClassification {
  kind: MailKind;
  security: SecurityMail | null;
  /** Language of the wording that matched (any kind), or null. Lets a mailbox learn the user's usual language. */
  language: string | null;
  /** Marketplace the mail belongs to (any kind), or null. */
  marketplace: string | null;
}

/** Security types whose mail is a code (kind 'security-code' when the code is there, else 'account'). */
const CODE_TYPES: ReadonlySet<SecurityMailType> = new Set([
  'password-reset',
  'sign-in-code',
  'account-change',
  'new-account',
  'verification-code',
]);

/** When two types score the same, the one that means more danger is named (it asks more of the user). */
const TYPE_PRIORITY: readonly SecurityMailType[] = [
  'sign-in-approval',
  'new-sign-in',
  'sign-in-code',
  'account-change',
  'new-account',
  'password-reset',
];

const GENERAL_PRIORITY: readonly GeneralMailKind[] = ['account', 'payment', 'order', 'marketing'];

interface Score<K extends string> {
  kind: K;
  score: number;
  /** The strongest phrase that matched, as written in the data, and its weight. */
  matched: string;
  matchedWeight: number;
  /** Score per language. */
  languages: Map<string, number>;
}

function emptyScore<K extends string>(kind: K): Score<K> {
  return { kind, score: 0, matched: '', matchedWeight: 0, languages: new Map() };
}

/** Every wording phrase classification scores, searched for together (one scan of subject and of body). */
const weigh = phraseWeigher([...SECURITY_WORDING, ...GENERAL_WORDING].flatMap((set) => set.phrases));

function scoreSets<K extends string>(sets: readonly WordingSet<K>[], weightOf: (phrase: Phrase) => number): Map<K, Score<K>> {
  const scores = new Map<K, Score<K>>();
  for (const set of sets) {
    for (const phrase of set.phrases) {
      const w = weightOf(phrase);
      if (w === 0) continue;
      const s = scores.get(set.kind) ?? emptyScore(set.kind);
      scores.set(set.kind, s);
      if (w > s.matchedWeight) {
        s.matched = phrase.text;
        s.matchedWeight = w;
      }
      s.score += w;
      s.languages.set(set.language, (s.languages.get(set.language) ?? 0) + w);
    }
  }
  return scores;
}

function best<K extends string>(scores: Map<K, Score<K>>, priority: readonly K[]): Score<K> | null {
  let top: Score<K> | null = null;
  for (const kind of priority) {
    const s = scores.get(kind);
    if (s && (!top || s.score > top.score)) top = s;
  }
  return top;
}

function topLanguage(langs: Map<string, number>, text: MailText): string | null {
  let top: string | null = null;
  let topScore = 0;
  for (const [lang, score] of langs) {
    if (score > topScore || (score === topScore && lang === 'ja' && hasKana(text.body + text.subject))) {
      top = lang;
      topScore = score;
    }
  }
  return top;
}

function mentionsAmazon(msg: Message, text: MailText): boolean {
  const from = msg.from.map((a) => `${a.name} ${a.address}`).join(' ').normalize('NFKC').toLowerCase();
  return BRAND_WORDS.some((w) => from.includes(w) || text.subject.includes(w) || text.body.includes(w));
}

const URL_HOST = /https?:\/\/([a-z0-9.-]{1,253})/gi;
const MAX_HOSTS = 500;

/** Marketplace from the From domain, else the marketplace most of the mail's links point to. */
function marketplaceOfMail(msg: Message, text: MailText): string | null {
  for (const a of msg.from) {
    const m = a.domain ? marketplaceOf(a.domain) : null;
    if (m) return m.marketplace;
  }
  const counts = new Map<string, number>();
  let seen = 0;
  for (const hit of (text.markup + ' ' + text.body).matchAll(URL_HOST)) {
    if (++seen > MAX_HOSTS) break;
    const m = marketplaceOf(hit[1]);
    if (m) counts.set(m.marketplace, (counts.get(m.marketplace) ?? 0) + 1);
  }
  let top: string | null = null;
  let topCount = 0;
  for (const [mp, n] of counts) {
    if (n > topCount) {
      top = mp;
      topCount = n;
    }
  }
  return top;
}

function hasApprovalLink(text: MailText): boolean {
  const path = SIGN_IN_APPROVAL_LINK_PATH;
  let i = text.markup.indexOf(path);
  while (i !== -1) {
    // Must be the path of a URL, not prose: an http(s) URL starts shortly before it on the same token.
    const head = text.markup.slice(Math.max(0, i - 260), i);
    const urlStart = head.lastIndexOf('http');
    if (urlStart !== -1 && !/[\s"'<>]/.test(head.slice(urlStart))) return true;
    i = text.markup.indexOf(path, i + 1);
  }
  return false;
}

/** Classify one message. Cheap enough for every Amazon-looking message of a large mailbox. */
export function classifyMail(msg: Message): MailClassification {
  const text = mailText(msg);
  if (!mentionsAmazon(msg, text)) return { kind: 'other', security: null, language: null, marketplace: null };

  const weightOf = weigh(text);
  const securityScores = scoreSets(SECURITY_WORDING, weightOf);
  if (hasApprovalLink(text)) {
    const s = securityScores.get('sign-in-approval') ?? emptyScore<SecurityMailType>('sign-in-approval');
    s.score += 3;
    if (s.matchedWeight < 3) {
      s.matched = SIGN_IN_APPROVAL_LINK_PATH;
      s.matchedWeight = 3;
    }
    securityScores.set('sign-in-approval', s);
  }
  const generalScores = scoreSets(GENERAL_WORDING, weightOf);

  // A specific type beats the generic "here is your code" wording whenever one is there.
  const securityTop = best(securityScores, TYPE_PRIORITY) ?? securityScores.get('verification-code') ?? null;
  const generalTop = best(generalScores, GENERAL_PRIORITY);
  const marketplace = marketplaceOfMail(msg, text);

  const allLanguages = new Map<string, number>();
  for (const s of [...securityScores.values(), ...generalScores.values()]) {
    for (const [l, n] of s.languages) allLanguages.set(l, (allLanguages.get(l) ?? 0) + n);
  }
  const mailLanguage = topLanguage(allLanguages, text) ?? (hasKana(text.subject + text.body) ? 'ja' : null);

  if (securityTop && securityTop.score >= (generalTop?.score ?? 0)) {
    const extracted = CODE_TYPES.has(securityTop.kind)
      ? (extractCode(text.subject) ?? extractCode(text.body))
      : null;
    const language =
      topLanguage(securityTop.languages, text) ?? mailLanguage ?? extracted?.language ?? 'en';
    const security: SecurityMail = {
      type: securityTop.kind,
      language,
      marketplace,
      code: extracted?.code ?? null,
      codeMasked: extracted ? maskCode(extracted.code) : null,
      matched: securityTop.matched,
    };
    const kind: MailKind = CODE_TYPES.has(security.type)
      ? security.code !== null
        ? 'security-code'
        : 'account'
      : 'sign-in-alert';
    return { kind, security, language, marketplace };
  }
  if (generalTop) return { kind: generalTop.kind, security: null, language: mailLanguage, marketplace };
  return { kind: 'other', security: null, language: mailLanguage, marketplace };
}

export interface SecurityMailOptions {
  /** Whether authentication established that Amazon sent the mail; undefined when not known. */
  authenticAmazon?: boolean;
  /** Marketplaces the user normally uses (e.g. ['JP']); a code from another one is reported. */
  usualMarketplaces?: readonly string[];
  /** Languages the user's Amazon mail normally comes in (e.g. ['ja']); a code in another one is reported. */
  usualLanguages?: readonly string[];
}

const MEANING_CODE = {
  'password-reset': 'security-code.password-reset',
  'sign-in-code': 'security-code.sign-in-code',
  'sign-in-approval': 'security-code.sign-in-approval',
  'new-sign-in': 'security-code.new-sign-in',
  'account-change': 'security-code.account-change',
  'new-account': 'security-code.new-account',
  'verification-code': 'security-code.verification-code',
} as const satisfies Record<SecurityMailType, string>;

/**
 * Findings for an account-security mail: what its kind means for the user, whether it imitates one (when
 * authentication said it is not Amazon), and whether it comes from a marketplace or in a language the user
 * does not normally use. Returns [] for mails that are not account-security mails.
 */
export function checkSecurityMail(
  msg: Message,
  classification: MailClassification,
  options: SecurityMailOptions = {},
): Finding[] {
  const s = classification.security;
  if (!s) return [];
  const evidence: SecurityMailEvidence = {
    type: s.type,
    language: s.language,
    marketplace: s.marketplace,
    codeMasked: s.codeMasked,
    matched: s.matched,
    subject: msg.subject.slice(0, 200),
  };
  const out: Finding[] = [];
  if (options.authenticAmazon === false) {
    out.push(finding('security-code.imitation', evidence));
  } else {
    out.push(finding(MEANING_CODE[s.type], evidence));
  }
  // Where a request came from only means something for mail Amazon really sent.
  if (options.authenticAmazon === false) return out;
  const usualMarketplaces = options.usualMarketplaces ?? [];
  if (s.marketplace && usualMarketplaces.length > 0 && !usualMarketplaces.includes(s.marketplace)) {
    out.push(
      finding('security-code.unusual-marketplace', {
        type: s.type,
        marketplace: s.marketplace,
        usualMarketplaces: [...usualMarketplaces],
      }),
    );
  }
  const usualLanguages = options.usualLanguages ?? [];
  if (usualLanguages.length > 0 && !usualLanguages.includes(s.language)) {
    out.push(
      finding('security-code.unusual-language', {
        type: s.type,
        language: s.language,
        usualLanguages: [...usualLanguages],
      }),
    );
  }
  return out;
}

/** The kind of mail an account-security type belongs to when it carries (or lacks) a code. */
export function kindOfSecurityType(type: SecurityMailType): 'security-code' | 'sign-in-alert' {
  return CODE_TYPES.has(type) ? 'security-code' : 'sign-in-alert';
}
