/**
 * Callback lures ("TOAD"): a fake order, charge, renewal, refund or sign-in notice that asks the reader to call
 * a number, often with no link at all. The number is found in the forms lures write it (international and
 * national formats, fullwidth digits, which NFKC folds, letters standing for digits as in "8l5" or "1-8OO"),
 * next to words that ask to call, before it ("call us at") or after it, as Japanese puts it
 * (「050-xxxx-xxxx までお電話ください」); the topic comes from the wording data (CALLBACK_TOPIC_WORDING).
 *
 * findCallback reads any text: the subject, the body, and the text of attachments (a PDF "invoice" carries the
 * number as often as the body does), so a stage that extracts attachment text can call it on that text.
 */
import { CALL_WORDING, CALLBACK_TOPIC_WORDING, type CallbackTopic, type LureLanguage } from '../../amazon/wording.js';
import { compilePhrases } from '../../util/phrase-matcher.js';

export interface CallbackNumber {
  /** The number as written (NFKC). */
  phone: string;
  /** Its digits, letters read as the digits they stand for, with a leading "+" when written. */
  digits: string;
  /** The text around it that asks to call (bounded). */
  context: string;
  /** True when letters stand for digits in it ("8l5", "1-8OO"): no real business writes its number so. */
  lettersForDigits: boolean;
}

export interface CallbackTopicMatch {
  topic: CallbackTopic;
  language: LureLanguage;
  /** The phrase as it stands in the wording data. */
  phrase: string;
}

export interface Callback extends CallbackNumber {
  topic: CallbackTopic;
  topicPhrase: string;
  language: LureLanguage;
}

const MAX_SCAN = 64 * 1024;
// Before the number: "Please call our billing department toll free at" is ~50 characters; after it, the
// Japanese verb follows at once (「までお電話ください」).
const BEFORE = 100;
const AFTER = 40;
const CONTEXT = 120;

/**
 * A phone number candidate: a digit (or "+" / "(" and a digit) not glued to a Latin word or another digit,
 * then digits, digit-like letters and separators, ending on a digit or digit-like letter likewise (Japanese
 * glues the number to its words: 「窓口050-1234-5678まで」). The separators are the
 * ones numbers are written with: blanks, dots, hyphens and dashes (the katakana prolonged mark too, which
 * Japanese text uses as a dash), slashes and parentheses. Bounded length, no nested quantifier: linear.
 */
const CANDIDATE = /(?<![A-Za-z0-9])(?:\+ ?)?(?:\( ?)?\d[\dOoIl .\-\u2010-\u2015\u2212\u30fc()/]{6,26}[\dOoIl](?![A-Za-z0-9])/gu;
const LETTER_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1' };
/** An ISO or slashed date, or a date and time: "2024-02-27", "2024/02/27 15 45". */
const DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?!\d)/;

/**
 * The phone numbers in `text` (NFKC) that words nearby ask the reader to call: the first one, or null. A number
 * with one of `notAfter` (lower-case) just before it is labelled as something else and skipped.
 */
export function findCallbackNumber(text: string, notAfter: readonly string[] = []): CallbackNumber | null {
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 500 && (m = CANDIDATE.exec(t)) !== null; n++) {
    const number = readNumber(m[0]);
    if (!number) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = t.slice(Math.max(0, start - BEFORE), start);
    const after = t.slice(end, end + AFTER);
    // A number labelled as something else (a parcel's tracking number) is not one to call.
    if (notAfter.length > 0 && labelledAs(before.slice(-NOT_A_PHONE_LABEL_REACH).toLowerCase(), notAfter)) continue;
    if (!asksToCall(before.toLowerCase()) && !asksToCall(after.toLowerCase())) continue;
    const context = `${sentenceStart(before)}${m[0]}${sentenceEnd(after)}`.replace(/\s+/g, ' ').trim();
    return { phone: m[0].trim(), digits: number.digits, lettersForDigits: number.lettersForDigits, context: clip(context, m[0].trim()) };
  }
  return null;
}

/**
 * The first phone number written in `text` (NFKC), whether or not words ask to call it: for a short text that
 * should hold none, such as a name someone chose (an organisation or seller name in Amazon's own mail).
 */
export function findPhoneNumber(text: string): Omit<CallbackNumber, 'context'> | null {
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 500 && (m = CANDIDATE.exec(t)) !== null; n++) {
    const number = readNumber(m[0]);
    if (number) return { phone: m[0].trim(), digits: number.digits, lettersForDigits: number.lettersForDigits };
  }
  return null;
}

/**
 * A callback lure in `text`: a number the text asks to call, and a charge, order, renewal, refund or "was
 * this you" phrase anywhere in it. Null when either is missing.
 */
export function findCallback(text: string): Callback | null {
  const number = findCallbackNumber(text);
  if (!number) return null;
  const topic = findCallbackTopic(text);
  return topic ? { ...number, topic: topic.topic, topicPhrase: topic.phrase, language: topic.language } : null;
}

const TOPIC_ENTRIES = CALLBACK_TOPIC_WORDING.flatMap((set) =>
  set.phrases.map((ph) => ({ topic: set.topic, language: set.language, phrase: ph.text.normalize('NFKC').toLowerCase() })),
);
const TOPIC_MATCHER = compilePhrases(TOPIC_ENTRIES.map((e) => e.phrase));

/** The first phrase of CALLBACK_TOPIC_WORDING (in its order) that `text` holds, or null. */
export function findCallbackTopic(text: string): CallbackTopicMatch | null {
  const t = (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase();
  const found = TOPIC_MATCHER.find(t);
  const i = found.indexOf(1);
  return i < 0 ? null : TOPIC_ENTRIES[i]!;
}

/** How far before a number its label is read ("お問い合わせ伝票番号: 1234-5678-9012"). */
const NOT_A_PHONE_LABEL_REACH = 24;

function labelledAs(lowerBefore: string, labels: readonly string[]): boolean {
  return labels.some((l) => lowerBefore.includes(l));
}

const CALL_PHRASES = [...new Set(CALL_WORDING.flatMap((set) => set.phrases.map((ph) => ph.text.normalize('NFKC').toLowerCase())))];

function asksToCall(lower: string): boolean {
  return CALL_PHRASES.some((w) => lower.includes(w));
}

function readNumber(written: string): { digits: string; lettersForDigits: boolean } | null {
  const s = written.trim();
  if (DATE.test(s)) return null;
  let digits = '';
  let real = 0;
  let letters = 0;
  let letterRun = 0;
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      real++;
      letterRun = 0;
    } else if (Object.hasOwn(LETTER_DIGIT, ch)) {
      digits += LETTER_DIGIT[ch];
      letters++;
      // "Ol" may stand for "01"; a longer run is a word ("oil", "Ill"), not a number.
      if (++letterRun > 2) return null;
    } else {
      letterRun = 0;
    }
  }
  // 10 to 15 digits: a Japanese, US or French national number has 10 or 11, E.164 allows 15; 9 only with the
  // trunk 0 of a national number (「(03)-090-8848までお電話ください」), so a company register number ("RCS
  // Nanterre 487 773 327") is not one. An Amazon order number (3-7-7) has 17 and is never taken.
  if (digits.length < 9 || (digits.length === 9 && digits[0] !== '0') || digits.length > 15 || real < 7 || letters > 3) return null;
  // A letter must stand between digits or at the end of a group of them, never alone between separators.
  if (letters > 0 && /(?:^|[^\dOoIl])[OoIl]{1,2}(?:[^\dOoIl]|$)/.test(s)) return null;
  return { digits: (s.startsWith('+') ? '+' : '') + digits, lettersForDigits: letters > 0 };
}

/** The part of `before` from the start of the sentence that holds the number (or from a word's start). */
function sentenceStart(before: string): string {
  let cut = -1;
  for (const mark of ['. ', '! ', '? ', '。', '！', '？', '\n']) cut = Math.max(cut, before.lastIndexOf(mark) + mark.length - 1);
  if (cut >= 0) return before.slice(cut + 1);
  const space = before.indexOf(' ');
  return before.length < BEFORE || space < 0 ? before : before.slice(space + 1);
}

/** The part of `after` to the end of the sentence (or to a word's end). */
function sentenceEnd(after: string): string {
  let cut = after.length;
  for (const mark of ['. ', '! ', '? ', '。', '！', '？', '\n']) {
    const i = after.indexOf(mark);
    if (i >= 0) cut = Math.min(cut, i + 1);
  }
  if (cut < after.length) return after.slice(0, cut);
  const space = after.lastIndexOf(' ');
  return after.length < AFTER || space < 0 ? after : after.slice(0, space);
}

function clip(context: string, phone: string): string {
  if (context.length <= CONTEXT) return context;
  const at = context.indexOf(phone);
  const start = Math.max(0, Math.min(at - 60, context.length - CONTEXT));
  return context.slice(start, start + CONTEXT).trim();
}
