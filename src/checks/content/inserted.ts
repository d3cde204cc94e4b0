/**
 * Amazon's own systems carrying someone else's text (issue 20, item 4). A marketplace seller's message, the
 * organisation name of an Amazon Business invitation, a gift message, an Amazon Pay merchant name or a list
 * note is written by whoever sends it, but the mail is sent and signed by Amazon. When that part carries a
 * phone number or a link to a sign-in page elsewhere, the mail is not to be called genuine without a word:
 * `content.inserted-text` names the part and what it carries. Where the parts are is data
 * (amazon/inserted-text.ts); the phone numbers are read as the callback check reads them.
 */
import { finding, type Finding } from '../../findings.js';
import type { Address } from '../../message/types.js';
import type { AuthSummary } from '../authentication/types.js';
import { isAmazonDomain } from '../../amazon/index.js';
import { INSERTED_TEXT, NAME_KINDS, NOT_A_PHONE_LABELS, type InsertedKind, type InsertedTextEntry } from '../../amazon/inserted-text.js';
import { findCallbackNumber, findPhoneNumber } from './callback.js';
import { compilePhrases } from '../../util/phrase-matcher.js';
import { findBareDomains, findTextUrls } from '../links/text-links.js';
import { parseLink, pathOf } from '../links/url.js';
import { isAmazonShortLink, isUrlShortener } from '../links/judge.js';
import { isCredentialPurpose, purposeFromPath, purposeFromText } from '../links/purpose.js';

export interface InsertedTextInput {
  /** The From addresses of the mail itself (a forward is not Amazon's mail). */
  from: readonly Address[];
  subject: string;
  /** The message text (NFKC, one line per line of text). */
  text: string;
  auth: AuthSummary;
}

/** A part of the mail someone else wrote, as found. */
export interface InsertedPart {
  kind: InsertedKind;
  text: string;
}

/** What a part carries. */
export interface Carried {
  carries: 'phone-number' | 'sign-in-link' | 'shortener-link' | 'off-amazon-link';
  carried: string;
  host: string | null;
}

const MAX_SCAN = 64 * 1024;
/** A name or a slot on a line is at most this long; longer, it is cut to its end nearest the phrase. */
const MAX_SLOT = 120;
const MAX_TEXT_EVIDENCE = 200;
const MAX_FINDINGS = 3;
const BRAND = /amazon|アマゾン/i;

/** The words that say which mail an entry reads, all in one matcher: one pass over the text whatever their number. */
const MAIL_WORDS = [...new Set(INSERTED_TEXT.flatMap((e) => e.mail.words ?? []))];
const MAIL_WORD_MATCHER = compilePhrases(MAIL_WORDS);
const WORD_INDEXES = new Map<InsertedTextEntry, readonly number[]>(INSERTED_TEXT.map((e) => [e, (e.mail.words ?? []).map((w) => MAIL_WORDS.indexOf(w))]));

/**
 * The content.inserted-text findings: only for mail whose From is an Amazon domain (the mail's own, not a
 * forwarded original's), one per part that carries something, at most MAX_FINDINGS.
 */
export function checkInsertedText(input: InsertedTextInput): Finding[] {
  const fromDomain = input.from[0]?.domain ?? null;
  if (fromDomain === null || !isAmazonDomain(fromDomain)) return [];
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const part of insertedParts(input)) {
    const carried = carriedBy(part);
    // One finding per part and carried item: frames that overlap ("X has invited you", "X has| invited you")
    // and the plain and HTML copies of one text find the same thing.
    if (carried === null || reported.has(`${part.kind}\n${carried.carried}`)) continue;
    reported.add(`${part.kind}\n${carried.carried}`);
    out.push(
      finding('content.inserted-text', {
        part: part.kind,
        text: NAME_KINDS.has(part.kind) ? clip(part.text, MAX_TEXT_EVIDENCE) : around(part.text, carried.carried),
        carries: carried.carries,
        carried: carried.carried,
        host: carried.host,
        amazonAuthenticated: input.auth.amazonAuthenticated,
        fromDomain,
      }),
    );
    if (out.length >= MAX_FINDINGS) break;
  }
  return out;
}

/** The parts of the mail someone else wrote, by the entries of INSERTED_TEXT that apply to it, in their order. */
export function insertedParts(input: Omit<InsertedTextInput, 'auth'>): InsertedPart[] {
  const fromHost = input.from[0]?.domain ?? null;
  if (fromHost === null || !isAmazonDomain(fromHost)) return [];
  // The subject is read as the first line: a name someone chose can stand there too.
  const body = input.text.length > MAX_SCAN ? input.text.slice(0, MAX_SCAN) : input.text;
  const text = `${input.subject.normalize('NFKC').replace(/\n/g, ' ')}\n${body}`;
  const words = MAIL_WORD_MATCHER.find(text.toLowerCase());
  const relay = fromHost.split('.');
  // Most Amazon mail is none of these: nothing more to read (one pass over the text so far).
  if (!words.includes(1) && !INSERTED_TEXT.some((e) => e.mail.fromHostLabel !== undefined && relay.includes(e.mail.fromHostLabel))) return [];
  const lower = asciiLower(text);
  const parts: InsertedPart[] = [];
  const seen = new Set<string>();
  const add = (kind: InsertedKind, written: string) => {
    const t = written.replace(/\s+/g, ' ').replace(/^[\s\-—–=:・"“”'「」]+|[\s\-—–=:・"“”'「」]+$/g, '');
    const key = t.toLowerCase();
    if (t.length === 0 || seen.has(key)) return;
    seen.add(key);
    parts.push({ kind, text: t });
  };
  const found = new Set<InsertedKind>();
  for (const entry of INSERTED_TEXT) {
    if (!appliesTo(entry, relay, words)) continue;
    const locate = entry.locate;
    const before = parts.length;
    switch (locate.how) {
      case 'display-name':
        add(entry.kind, (input.from[0]?.name ?? '').normalize('NFKC'));
        break;
      case 'whole-text':
        // Only when the relay's frame was not found: then the whole text is the relayed message.
        if (!found.has(entry.kind)) add(entry.kind, body);
        break;
      case 'between':
        for (const slot of between(text, lower, locate.start, locate.end)) add(entry.kind, slot);
        break;
      case 'after-label':
        for (const slot of afterLabel(text, lower, locate.label)) add(entry.kind, slot);
        break;
      case 'before':
        for (const slot of beforePhrase(text, lower, locate.phrase)) add(entry.kind, slot);
        break;
      case 'after':
        for (const slot of afterPhrase(text, lower, locate.phrase, locate.stops)) add(entry.kind, slot);
        break;
    }
    if (parts.length > before) found.add(entry.kind);
  }
  return parts;
}

/** The entry reads this mail: its From host has the entry's label, and the subject or text one of its words. */
function appliesTo(entry: InsertedTextEntry, fromHostLabels: readonly string[], found: Uint8Array): boolean {
  const { fromHostLabel, words } = entry.mail;
  if (fromHostLabel !== undefined && !fromHostLabels.includes(fromHostLabel)) return false;
  if (words !== undefined && !WORD_INDEXES.get(entry)!.some((i) => found[i] === 1)) return false;
  return true;
}

/** What `part` carries: a phone number, else a link off Amazon that asks to sign in, hides its end or speaks as Amazon. */
export function carriedBy(part: InsertedPart): Carried | null {
  const name = NAME_KINDS.has(part.kind);
  // A name holds no phone number at all; a message may give one only to be called, and a tracking number is none.
  const phone = name ? findPhoneNumber(part.text) : findCallbackNumber(part.text, NOT_A_PHONE_LABELS);
  if (phone) return { carries: 'phone-number', carried: phone.phone, host: null };
  const urls = findTextUrls(part.text);
  const written = [
    ...urls.map((u) => ({ url: u.url, parsed: parseLink(/^www\./i.test(u.url) ? `http://${u.url}` : u.url) })),
    ...findBareDomains(part.text, urls).map((d) => ({ url: d, parsed: parseLink(`http://${d}`) })),
  ];
  const wordsAskToSignIn = isCredentialPurpose(purposeFromText(part.text));
  let offAmazon: Carried | null = null;
  for (const { url, parsed } of written) {
    const host = parsed.host;
    if (!host || isAmazonDomain(host) || isAmazonShortLink(parsed)) continue;
    if (isUrlShortener(parsed)) return { carries: 'shortener-link', carried: url, host };
    if (wordsAskToSignIn || isCredentialPurpose(purposeFromPath(pathOf(parsed)))) return { carries: 'sign-in-link', carried: url, host };
    offAmazon ??= { carries: 'off-amazon-link', carried: url, host };
  }
  // Another site in a name, or in a message that speaks as Amazon, is carried content; a seller's own site in
  // a message that does not is left to the links check.
  return offAmazon && (name || BRAND.test(part.text)) ? offAmazon : null;
}

/** Lower-cases ASCII letters only, so that indexes into the result are indexes into `text`. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function lineStartOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

function lineEndOf(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end < 0 ? text.length : end;
}

/** Each occurrence of `needle` in `lower`, bounded. */
function* occurrences(lower: string, needle: string): Generator<number> {
  let n = 0;
  for (let i = lower.indexOf(needle); i >= 0 && n < 20; i = lower.indexOf(needle, i + needle.length), n++) yield i;
}

/** The text between each `start` marker's line and the next `end` marker's line. */
function between(text: string, lower: string, start: string, end: string): string[] {
  const out: string[] = [];
  for (const i of occurrences(lower, start)) {
    const from = lineEndOf(text, i + start.length);
    const stop = lower.indexOf(end, from);
    if (stop < 0) continue;
    out.push(text.slice(from, lineStartOf(text, stop)));
  }
  return out;
}

/** The rest of the line after `label` standing at the start of a line, or the next line when it is empty. */
function afterLabel(text: string, lower: string, label: string): string[] {
  const out: string[] = [];
  for (const i of occurrences(lower, label)) {
    if (text.slice(lineStartOf(text, i), i).trim() !== '') continue;
    const endOfLine = lineEndOf(text, i);
    let slot = text.slice(i + label.length, endOfLine).trim();
    if (slot === '' && endOfLine < text.length) slot = text.slice(endOfLine + 1, lineEndOf(text, endOfLine + 1)).trim();
    if (slot !== '') out.push(clip(slot, MAX_SLOT));
  }
  return out;
}

const SENTENCE_END = /[.!?。！？]\s|[。！？]/g;

/** The words before `phrase` on its line, from the end of the sentence before it, at most MAX_SLOT. */
function beforePhrase(text: string, lower: string, phrase: string): string[] {
  const out: string[] = [];
  for (const i of occurrences(lower, phrase)) {
    let slot = text.slice(lineStartOf(text, i), i);
    let cut = 0;
    for (const m of slot.matchAll(SENTENCE_END)) cut = (m.index ?? 0) + m[0].length;
    slot = slot.slice(cut);
    if (slot.length > MAX_SLOT) slot = slot.slice(slot.length - MAX_SLOT);
    out.push(slot);
  }
  return out;
}

/** The words after `phrase` on its line, up to the first of `stops`, at most MAX_SLOT. */
function afterPhrase(text: string, lower: string, phrase: string, stops: readonly string[]): string[] {
  const out: string[] = [];
  for (const i of occurrences(lower, phrase)) {
    const from = i + phrase.length;
    let to = Math.min(lineEndOf(text, from), from + MAX_SLOT);
    for (const stop of stops) {
      const s = lower.indexOf(stop, from);
      if (s >= 0 && s < to) to = s;
    }
    out.push(text.slice(from, to));
  }
  return out;
}

/** The words of a message around what it carries, at most MAX_TEXT_EVIDENCE. */
function around(text: string, carried: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const at = t.indexOf(carried);
  if (t.length <= MAX_TEXT_EVIDENCE || at < 0) return clip(t, MAX_TEXT_EVIDENCE);
  const start = Math.max(0, Math.min(at - 100, t.length - MAX_TEXT_EVIDENCE));
  return `${start > 0 ? '…' : ''}${t.slice(start, start + MAX_TEXT_EVIDENCE).trim()}${start + MAX_TEXT_EVIDENCE < t.length ? '…' : ''}`;
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
