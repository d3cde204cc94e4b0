/**
 * The text a security-mail classification reads, and phrase search over it. Kept apart from the
 * classification so that both the classifier and the code extractor see exactly the same, bounded text.
 */
import type { Message } from '../../message/types.js';
import type { Phrase, WordingPlace } from '../../amazon/wording.js';
import { compilePhrases, type PhraseMatcher } from '../../util/phrase-matcher.js';

/** Amazon's account mails put everything that matters in the first few kilobytes; phishing pads the rest. */
export const MAX_SUBJECT_CHARS = 1_000;
export const MAX_BODY_CHARS = 100_000;

export interface MailText {
  /** NFKC, lower-cased, bounded. */
  subject: string;
  /** NFKC, lower-cased, whitespace collapsed, bounded. */
  body: string;
  /** Raw HTML and plain parts, bounded, for link paths and hosts (links are not in `body` once HTML is reduced). */
  markup: string;
}

export function mailText(msg: Message): MailText {
  const subject = normalize(msg.subject.slice(0, MAX_SUBJECT_CHARS));
  // msg.text is already NFKC; the header-only depth has no text, so fall back to the plain parts.
  const source = msg.text !== '' ? msg.text : msg.textParts.join('\n');
  const body = normalize(source.slice(0, MAX_BODY_CHARS));
  let markup = '';
  for (const part of [...msg.htmlParts, ...msg.textParts]) {
    if (markup.length >= MAX_BODY_CHARS) break;
    markup += part.slice(0, MAX_BODY_CHARS - markup.length) + '\n';
  }
  return { subject, body, markup };
}

/**
 * NFKC, lower case, zero-width characters removed, runs of white space as one space. A run that is one plain
 * space already is one: only longer runs and other white space are replaced (/\s{2,}|[^\S ]/ matches exactly at
 * the start of such a run and takes all of it), which spares a replacement for every space between two words
 * (~20% of normalize on mail text). test/security/normalize-fast.test.ts compares with /\s+/g.
 */
export function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s{2,}|[^\S ]/g, ' ');
}

const LATIN_WORD = /[a-z0-9]/;

/**
 * Index of `phrase` in `haystack` (both already normalised), or -1. A phrase that starts or ends with a Latin
 * letter or digit must stand as a word there, so "otp" does not match inside "hotpot".
 */
export function findPhrase(haystack: string, phrase: string, from = 0): number {
  const needle = phrase.normalize('NFKC').toLowerCase();
  const checkStart = LATIN_WORD.test(needle[0] ?? '');
  const checkEnd = LATIN_WORD.test(needle[needle.length - 1] ?? '');
  let i = haystack.indexOf(needle, from);
  while (i !== -1) {
    const before = haystack[i - 1] ?? ' ';
    const after = haystack[i + needle.length] ?? ' ';
    const startOk = !checkStart || !LATIN_WORD.test(before);
    const endOk = !checkEnd || !LATIN_WORD.test(after);
    if (startOk && endOk) return i;
    i = haystack.indexOf(needle, i + 1);
  }
  return -1;
}

/** How much a phrase found in a place counts. Subjects are short and templated: a match there says most. */
export function phraseWeight(phrase: Phrase, text: MailText): number {
  return weightIn(
    phrase.place,
    () => findPhrase(text.subject, phrase.text) !== -1,
    () => findPhrase(text.body, phrase.text) !== -1,
  );
}

function weightIn(place: WordingPlace, inSubject: () => boolean, inBody: () => boolean): number {
  switch (place) {
    case 'subject':
      return inSubject() ? 3 : 0;
    case 'body':
      return inBody() ? 2 : 0;
    case 'any':
      if (inSubject()) return 2;
      return inBody() ? 1 : 0;
  }
}

/**
 * phraseWeight for a fixed list of phrases at once: the subject and the body are each scanned once for all of
 * them (util/phrase-matcher.ts) instead of once per phrase. Same weights as phraseWeight (a property test
 * compares them); the phrases are normalised as findPhrase normalises them.
 */
export function phraseWeigher(phrases: readonly Phrase[]): (text: MailText) => (phrase: Phrase) => number {
  const ids = new Map<Phrase, number>();
  let matcher: PhraseMatcher | null = null; // built on first use: start-up stays cheap for runs that never classify
  return (text) => {
    if (!matcher) {
      phrases.forEach((p, i) => ids.set(p, i));
      matcher = compilePhrases(phrases.map((p) => p.text.normalize('NFKC').toLowerCase()));
    }
    const inSubject = matcher.find(text.subject);
    const inBody = matcher.find(text.body);
    // Every weight at once, in one loop: classification asks for each phrase (about 350 questions a mail),
    // and a pair of closures per question was a third of its cost.
    const weights = new Uint8Array(phrases.length);
    for (let id = 0; id < phrases.length; id++) weights[id] = weightFound(phrases[id].place, inSubject[id] === 1, inBody[id] === 1);
    return (phrase) => {
      const id = ids.get(phrase);
      return id === undefined ? phraseWeight(phrase, text) : weights[id];
    };
  };
}

/** weightIn with both answers known. */
function weightFound(place: WordingPlace, inSubject: boolean, inBody: boolean): number {
  switch (place) {
    case 'subject':
      return inSubject ? 3 : 0;
    case 'body':
      return inBody ? 2 : 0;
    case 'any':
      return inSubject ? 2 : inBody ? 1 : 0;
  }
}

const KANA = /[\u3040-\u30ff]/;

export function hasKana(s: string): boolean {
  return KANA.test(s);
}
