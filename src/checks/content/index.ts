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
import { isAmazonDomain, isRentableAmazonInfrastructure } from '../../amazon/index.js';
import { compilePhrases } from '../../util/phrase-matcher.js';
import { ACTION_WORDING, READER_ADDRESS_WORDS } from '../../amazon/wording.js';
import { brandAsActor } from '../../identity/index.js';
import { findCallbackNumber, findCallbackTopic, type CallbackNumber, type CallbackTopicMatch } from './callback.js';
import type { CallbackTopic } from '../../amazon/wording.js';
import type { LinkPurpose } from '../../amazon/link-patterns.js';
import { readDisguisedWording } from './disguised-wording.js';

export { brandAsActor, wordExcerpt } from '../../identity/index.js';
export { findCallback, findCallbackNumber, findCallbackTopic, findPhoneNumber, type Callback } from './callback.js';
export { checkInsertedText, insertedParts, carriedBy, type InsertedPart, type Carried, type InsertedTextInput } from './inserted.js';
export { readDisguisedWording, type ReadWording, type WordingDisguise } from './disguised-wording.js';

/** Kinds of mail whose imitation is a lure: they ask the reader to act on an account, an order or money. */
const LURE_KINDS: ReadonlySet<MailKind> = new Set(['security-code', 'sign-in-alert', 'account', 'payment', 'order']);

/** Claim techniques that name Amazon as the writer (a bare amazon.com link in a newsletter is not one). */
const MENTION_ONLY = new Set(['amazon-domain']);

const MAX_SCAN = 64 * 1024;

export interface ContentInput {
  /** The subject as written (the forwarded original's for a forward). */
  subject: string;
  /** Domains of the sender: the From addresses, or a forwarded original's. */
  fromDomains: readonly string[];
  text: string;
  /** Text extracted from attachments (a PDF "invoice"), when a stage extracted it; read by the callback check. */
  attachmentText?: string;
  /**
   * The mail's claims (identity/readClaims). Asked for all() only when every other condition of the check
   * holds: that reads the body part, the costly one, which the other checks may not need. `forwarded`: the
   * claims of a forwarded original's From and subject.
   */
  claims: Pick<MailClaims, 'all' | 'header'> & Partial<Pick<MailClaims, 'forwarded'>>;
  auth: AuthSummary;
  kind: MailKind;
  /** True when the mail forwards an original: `subject` and `fromDomains` are then the original's. */
  forwarded?: boolean;
  /** Where the mail's links go, as the links check read them (its link summaries). */
  links?: readonly LureLink[];
}

/** A link of the mail as the links check read it: where it ends, whether that is Amazon, what it is for. */
export interface LureLink {
  url: string;
  host: string;
  amazon: boolean;
  purpose: LinkPurpose;
}

/** The input of the content check without the claims. */
export type ContentFacts = Omit<ContentInput, 'claims'>;

/**
 * A lure: a mail not from Amazon that makes Amazon the actor of its subject or text ("your Amazon account"),
 * speaks to its reader, is about an account, an order or money, and names Amazon in its subject or text. And a
 * callback lure: such a mail, or any mail that claims Amazon, asking to call a number (callbackLure). The
 * claims are asked for once, and only when one of the two holds on everything else.
 */
export function checkContent(input: ContentInput): Finding[] {
  // A forward's subject claims are its original's (the forwarder's "Fwd:" subject repeats them).
  const subjectClaimsOf = input.forwarded && input.claims.forwarded ? input.claims.forwarded : input.claims.header;
  const headerFindings = [
    ...disguisedBrandFindings(input, input.claims.header),
    ...subjectClaimFindings(input, subjectClaimsOf),
    ...disguisedWordingFindings(input, subjectClaimsOf),
  ];
  const actor = lureActor(input);
  const callback = callbackLure(input);
  if (actor === null && callback === null) return headerFindings;
  const claim = input.claims.all();
  const lure = actor === null ? [] : lureFindings(input, claim, actor);
  return [
    ...headerFindings,
    ...lure,
    ...lureLinkFindings(input, lure[0]),
    ...(callback === null ? [] : callbackFindings(input, claim, callback, lure[0])),
  ];
}

/**
 * Ways of writing Amazon that no genuine sender uses (technique names of identity/claim.ts). Read in the sender
 * name and the subject, which the first pass reads for every message, so the default scan sees them as --deep.
 */
const DISGUISES: ReadonlySet<string> = new Set([
  'homoglyph', 'zero-width', 'combining-marks', 'junk-token-split', 'styled-letters', 'small-capitals',
  'blank-characters', 'chinese-name', 'hiragana', 'prime-homoglyph',
]);

/** content.disguised-brand: the display name or subject writes Amazon in a disguise, and Amazon did not send the mail. */
export function disguisedBrandFindings(facts: ContentFacts, header: AmazonClaim): Finding[] {
  if (facts.auth.amazonAuthenticated) return [];
  const disguised = header.claims.filter((c) => (c.where === 'display-name' || c.where === 'subject') && DISGUISES.has(c.technique));
  if (disguised.length === 0) return [];
  return [
    finding('content.disguised-brand', {
      where: [...new Set(disguised.map((c) => c.where))],
      technique: disguised[0]!.technique,
      techniques: [...new Set(disguised.map((c) => c.technique))],
      text: disguised[0]!.text,
      fromDomain: facts.fromDomains[0] ?? null,
    }),
  ];
}

const ACTION_ENTRIES = ACTION_WORDING.flatMap((set) => set.phrases.map((ph) => ph.text.normalize('NFKC').toLowerCase()));
const ACTION_MATCHER = compilePhrases(ACTION_ENTRIES);

/** The first action phrase of ACTION_WORDING in `text`, or null. */
export function askedAction(text: string): string | null {
  const found = ACTION_MATCHER.find((text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase());
  const i = found.indexOf(1);
  return i < 0 ? null : ACTION_ENTRIES[i]!;
}

/** The domain some other sender is authenticated as (aligned, or an SPF / DKIM pass), or null. */
function authenticatedElsewhere(auth: AuthSummary): string | null {
  if (auth.amazonAuthenticated) return null;
  if (auth.authenticatedFromDomain && !isAmazonDomain(auth.authenticatedFromDomain)) return auth.authenticatedFromDomain;
  const other = auth.results.find(
    (r) => (r.method === 'spf' || r.method === 'dkim') && r.result === 'pass' && r.domain && !isAmazonDomain(r.domain) && !isRentableAmazonInfrastructure(r.domain),
  );
  return other?.domain ?? null;
}

/** Prime product words that newsletters and shops use too (see presentsAsAmazon in src/identity/claim.ts). */
const WEAK_PRIME_WORDS = /prime\s{1,3}(?:video|account)|プライムビデオ|from\s{1,3}prime/i;

/**
 * The sender is someone other than Amazon: authentication shows another domain, or the From address is at a
 * domain that is not Amazon's and nothing authenticates the mail as Amazon (whether that address is real or
 * forged, Amazon's mail comes from Amazon's domains). For a forward, the original's From decides; the
 * forwarder's authentication says nothing about it. Returns the authenticated domain (null: none), or
 * undefined when the sender may be Amazon.
 */
function otherSender(facts: ContentFacts): { authenticated: string | null } | undefined {
  if (facts.auth.amazonAuthenticated) return undefined;
  if (facts.fromDomains.some((d) => isAmazonDomain(d))) return undefined;
  const authenticated = facts.forwarded ? null : authenticatedElsewhere(facts.auth);
  if (authenticated === null && facts.fromDomains.length === 0) return undefined;
  return { authenticated };
}

/**
 * content.subject-claim-other-sender: the sender is not Amazon (authentication shows another domain, or the From
 * is at a domain that is not Amazon's and nothing authenticates it as Amazon), only the subject claims Amazon
 * (neither the sender's name nor address does), the subject makes Amazon the actor ("your Amazon account",
 * "Amazon Prime", 【Amazon】) or names the Prime subscription, and the mail asks for an action (in the subject
 * itself when the subject's only claim is a weak product word such as "prime video"). `header` is the claims of
 * the mail's headers, or of a forwarded original's From and subject. A newsletter that says "new on Amazon" in
 * its subject does not make Amazon the actor.
 */
export function subjectClaimFindings(facts: ContentFacts, header: AmazonClaim): Finding[] {
  const subjectClaims = header.claims.filter((c) => c.where === 'subject');
  if (subjectClaims.length === 0 || header.claims.some((c) => c.where !== 'subject')) return [];
  const sender = otherSender(facts);
  if (sender === undefined) return [];
  const authenticated = sender.authenticated;
  const subject = facts.subject.normalize('NFKC');
  const actor = brandAsActor(subject);
  const prime = subjectClaims.find((c) => c.technique === 'prime-product');
  if (actor === null && !prime) return [];
  // "Prime video" or "prime account" alone is weak (digests and shops use the words: on the benchmark mailbox,
  // newsletters with them in the subject and "confirm your" in the body were called suspicious), so a subject
  // whose only claim is one of them must ask for the action itself; the membership ("suscripcion Prime",
  // "Prime membership", プライム会員) is the subscription a lure is about, and the body may ask.
  const weakPrimeOnly = actor === null && WEAK_PRIME_WORDS.test(prime!.text);
  const action = askedAction(weakPrimeOnly ? subject : `${subject}\n${facts.text}\n${facts.attachmentText ?? ''}`);
  if (action === null) return [];
  return [
    finding('content.subject-claim-other-sender', {
      subjectClaim: actor ?? prime!.text,
      technique: subjectClaims[0]!.technique,
      authenticatedDomain: authenticated,
      forwarded: facts.forwarded === true,
      action,
      fromDomain: facts.fromDomains[0] ?? null,
    }),
  ];
}

/** The lure wording a text holds: an action of ACTION_WORDING, else a topic of CALLBACK_TOPIC_WORDING. */
function lureWording(text: string): string | null {
  return askedAction(text) ?? findCallbackTopic(text)?.phrase ?? null;
}

/**
 * content.disguised-wording: the subject of a mail that claims Amazon in its headers (a Prime subscription is
 * enough), and that Amazon did not send, writes its demand with look-alike letters: the lure wording is there
 * only once they are read as the letters they imitate ("ActuaIice su informacion de pago", "c0nfirm your",
 * 「力ード情報を更新」). Read in the subject, which the first pass reads for every message.
 */
export function disguisedWordingFindings(facts: ContentFacts, header: AmazonClaim): Finding[] {
  if (header.claims.length === 0) return [];
  if (otherSender(facts) === undefined) return [];
  const subject = facts.subject.normalize('NFKC');
  const reading = readDisguisedWording(subject);
  if (reading === null) return [];
  const plain = subject.toLowerCase();
  for (const read of reading.reads) {
    const phrase = lureWording(read);
    if (phrase === null || plain.includes(phrase)) continue;
    return [
      finding('content.disguised-wording', {
        subject: subject.slice(0, 200),
        reads: read.slice(0, 200),
        phrase,
        techniques: reading.disguises,
        fromDomain: facts.fromDomains[0] ?? null,
      }),
    ];
  }
  return [];
}

/** What a link is for when it is the way a lure asks the reader to act: anything but `other`. */
const ACTING_PURPOSES: ReadonlySet<LinkPurpose> = new Set(['password-reset', 'sign-in', 'payment', 'account', 'order']);

/**
 * content.lure-link-elsewhere: a lure (content.amazon-lure: written as Amazon's mail by a sender that is not
 * Amazon) asks the reader to act (ACTION_WORDING) and gives a link for it, one whose words or path say it is
 * for the account, a payment, an order or a sign-in, that does not go to Amazon. Amazon's own mail sends its
 * reader to Amazon; the lure's link goes where its sender wants the details typed.
 */
export function lureLinkFindings(facts: ContentFacts, lure: Finding | undefined): Finding[] {
  if (lure?.code !== 'content.amazon-lure') return [];
  const link = (facts.links ?? []).find((l) => !l.amazon && l.host !== '' && ACTING_PURPOSES.has(l.purpose));
  if (!link) return [];
  const action = askedAction(`${facts.subject.normalize('NFKC')}\n${facts.text}\n${facts.attachmentText ?? ''}`);
  if (action === null) return [];
  return [
    finding('content.lure-link-elsewhere', {
      action,
      url: link.url,
      host: link.host,
      purpose: link.purpose,
      claimText: String(lure.evidence.claimText),
      fromDomain: facts.fromDomains[0] ?? null,
    }),
  ];
}

/**
 * Every condition of the content check that does not depend on the claim: null when the check finds nothing
 * whatever the claim, else the phrase where Amazon is the actor. The conditions are pure, so asking them
 * before the claim gives the same answer as after it (test/content/reads-claims.test.ts).
 */
function lureActor(facts: ContentFacts): string | null {
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
function lureFindings(facts: ContentFacts, claim: AmazonClaim, actor: string): Finding[] {
  const textClaims = claim.claims.filter((c) => (c.where === 'subject' || c.where === 'body') && !MENTION_ONLY.has(c.technique));
  if (textClaims.length === 0) return [];
  const fromDomain = facts.fromDomains[0] ?? null;
  return [
    finding('content.amazon-lure', {
      kind: facts.kind,
      where: [...new Set(textClaims.map((c) => c.where))],
      claimText: actor,
      fromDomain,
    }),
  ];
}

/** Where a callback number was found. */
export type CallbackWhere = 'subject' | 'body' | 'attachment';

/** A number the mail asks to call, where it stands, and what the mail says it is about (null: no topic phrase). */
export interface CallbackFound {
  number: CallbackNumber;
  where: CallbackWhere;
  topic: CallbackTopicMatch | null;
}

/**
 * Every condition of the callback check that does not depend on the claim or on the lure check: Amazon did
 * not send the mail, and its subject, text or attachment text asks to call a number. Null when the check
 * finds nothing whatever the claim. Any kind of mail: a callback lure often has no link and no account
 * wording at all.
 */
export function callbackLure(facts: ContentFacts): CallbackFound | null {
  if (facts.auth.amazonAuthenticated) return null;
  if (facts.fromDomains.some((d) => isAmazonDomain(d))) return null;
  const subject = facts.subject.normalize('NFKC');
  const attachmentText = facts.attachmentText ?? '';
  const places: [CallbackWhere, string][] = [
    ['subject', subject],
    ['body', facts.text],
    ['attachment', attachmentText],
  ];
  for (const [where, text] of places) {
    if (text.length === 0) continue;
    const number = findCallbackNumber(text);
    if (number) return { number, where, topic: findCallbackTopic(`${subject}\n${facts.text}\n${attachmentText}`) };
  }
  return null;
}

const TOPIC_OF_LURE_KIND: Readonly<Record<string, CallbackTopic>> = {
  order: 'order',
  payment: 'charge',
  account: 'account',
  'security-code': 'account',
  'sign-in-alert': 'account',
};

/**
 * The callback finding once callbackLure found a number. It needs a topic (a charge, an order, a renewal, a
 * refund, "if this wasn't you", an account alert: the wording data, or the kind of an Amazon lure the content
 * check found) and a claim to be Amazon: in the headers, as the actor of the text or the attachment's, or in
 * a disguise. A shop's own receipt with its phone number and "also on Amazon" in the footer names Amazon as a
 * place, not as the sender, and is left alone.
 */
export function callbackFindings(facts: ContentFacts, claim: AmazonClaim, found: CallbackFound, lure?: Finding): Finding[] {
  const lured = lure?.code === 'content.amazon-lure' ? lure.evidence : undefined;
  const topic =
    found.topic ??
    (lured && TOPIC_OF_LURE_KIND[String(lured.kind)]
      ? { topic: TOPIC_OF_LURE_KIND[String(lured.kind)]!, phrase: String(lured.claimText) }
      : null);
  if (topic === null) return [];
  const basis = lure ? 'actor' : callbackClaimBasis(facts, claim);
  if (basis === null) return [];
  const { number } = found;
  return [
    finding('content.callback-number', {
      phone: number.phone,
      context: number.context,
      where: found.where,
      topic: topic.topic,
      topicPhrase: topic.phrase,
      lettersForDigits: number.lettersForDigits,
      claim: basis,
      fromDomain: facts.fromDomains[0] ?? null,
    }),
  ];
}

/** Plain ways of writing Amazon in text: a body claim with another technique is a disguise. */
const PLAIN_TEXT_TECHNIQUES = new Set(['name', 'domain-name', 'katakana', 'prime-product', 'amazon-domain']);

function callbackClaimBasis(facts: ContentFacts, claim: AmazonClaim): string | null {
  if (claim.claims.some((c) => c.where !== 'body')) return 'headers';
  if (claim.claims.length === 0) return null;
  if (brandAsActor(`${facts.subject.normalize('NFKC')}\n${facts.text}`)) return 'actor';
  if (claim.claims.some((c) => !PLAIN_TEXT_TECHNIQUES.has(c.technique))) return 'disguised';
  if (facts.attachmentText && brandAsActor(facts.attachmentText)) return 'actor';
  return null;
}

export function addressesReader(text: string): boolean {
  const lower = (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase();
  return READER_ADDRESS_WORDS.some((w) => lower.includes(w));
}
