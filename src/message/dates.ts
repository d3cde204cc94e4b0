/**
 * Mail dates, parsed here because mailparser turns an unparseable Date header into "now" and reads zone-less
 * dates in local time (docs/sources.md#dates). RFC 5322 section 3.3 plus the obsolete forms of
 * section 4.3 and what real senders write: asctime ("Mon Nov 23 10:00:00 2026"), ISO 8601, "JST", AM/PM.
 */
import type { DateSource, MessageDate } from './types.js';

export interface ParsedMailDate {
  date: Date;
  /** True when the text carried no usable zone and the time was read as UTC. */
  zoneAssumed: boolean;
}

/** Dates before this are not real mail dates (bogus clocks, epoch zero) and are rejected. */
export const EARLIEST_MAIL_YEAR = 1990;
/** How far a Date header may lie ahead of the receiving server's time before it is not believed. */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

const MAX_DATE_TEXT = 200;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

// Minutes east of UTC. RFC 5322 section 4.3 zones, plus JST, which Japanese senders write and V8 rejects.
const NAMED_ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  jst: 540,
};

const ISO_8601 = /^(\d{4})-(\d{1,2})-(\d{1,2})[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)? ?(z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?$/;
// Outlook Express in Finnish and Danish locales wrote times with dots ("Fri, 1 Jul 2005 03.32.48 +0200", seen in
// the Nazario phishing corpus); only the full three-part form is taken, so "10.5" is never a time.
const DOTTED_TIME = /^(\d{1,2})\.(\d{2})\.(\d{2})$/;
const NUMERIC_ZONE = /^[+-]\d{4}$|^[+-]\d{2}:\d{2}$/;
const PREFIXED_ZONE = /^(?:gmt|utc|ut)([+-]\d{1,2}(?::?\d{2})?)$/;

/** Remove RFC 5322 comments, e.g. "(JST)" or "(Coordinated Universal Time)", nesting allowed. */
function stripComments(s: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && depth > 0) i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) {
      depth--;
      out += ' ';
    } else if (depth === 0) out += c;
  }
  return out;
}

/** "+0900", "+09:00", "+9", "-0530" to minutes east of UTC, or null. */
function numericZone(z: string): number | null {
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  let hours: number;
  let minutes = 0;
  if (digits.length <= 2) hours = Number(digits);
  else {
    hours = Number(digits.slice(0, digits.length - 2));
    minutes = Number(digits.slice(-2));
  }
  if (!Number.isInteger(hours) || hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

function build(
  year: number, month: number, day: number, hour: number, minute: number, second: number,
  zone: number | null,
): ParsedMailDate | null {
  if (year < 100) year += year < 50 ? 2000 : 1900; // RFC 5322 section 4.3
  else if (year < 1000) year += 1900;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  return { date: new Date(utc - (zone ?? 0) * 60_000), zoneAssumed: zone === null };
}

// The form nearly all mail uses, "Mon, 23 Nov 2026 10:00:00 +0900 (JST)", read in one step: the general
// tokenising below costs several times more and the header pass runs it twice on every message.
const CANONICAL = /^(?:[a-z]{3}, ?)?(\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4})(?: \([^()]*\))?$/;

// CANONICAL as the text is usually written: ASCII letters of either case, single spaces, blanks around it (the
// time stamp of a Received header follows a folded line). When it matches a text of at most MAX_DATE_TEXT
// chars, CANONICAL matches the normalised text below with the same groups (the month lower-cased): the
// blank runs around it become one space each and are trimmed away (\s and trim() know the same blanks);
// between the fields every blank is one space, which the blank-run replacement keeps; inside the comment,
// replacing blanks and lower-casing cannot add a parenthesis. It spares the three string copies of the
// normalisation on the two dates the header pass reads in nearly every message.
const CANONICAL_AS_WRITTEN = /^\s*(?:[A-Za-z]{3}, ?)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4})(?: \([^()]*\))?\s*$/;

/** Parse a mail date, or null when it is not one. Never consults the clock. */
export function parseMailDate(text: string): ParsedMailDate | null {
  const written = text.length <= MAX_DATE_TEXT ? CANONICAL_AS_WRITTEN.exec(text) : null;
  if (written) {
    const month = MONTHS.indexOf(written[2].toLowerCase()) + 1;
    const zone = numericZone(written[7]);
    if (month > 0 && zone !== null) {
      const [, day, , year, hour, minute, second] = written;
      return build(+year, month, +day, +hour, +minute, second ? +second : 0, zone);
    }
  }
  return parseNormalisedMailDate(text);
}

/**
 * parseMailDate without the as-written shortcut: the text normalised (blank runs, case), then the canonical
 * form or the general tokenising. Exported for the test that proves the shortcut equal to it.
 */
export function parseNormalisedMailDate(text: string): ParsedMailDate | null {
  const trimmed = text.slice(0, MAX_DATE_TEXT).replace(/\s+/g, ' ').trim().toLowerCase();
  const canonical = CANONICAL.exec(trimmed);
  if (canonical) {
    const month = MONTHS.indexOf(canonical[2]) + 1;
    const zone = numericZone(canonical[7]);
    if (month > 0 && zone !== null) {
      const [, day, , year, hour, minute, second] = canonical;
      return build(+year, month, +day, +hour, +minute, second ? +second : 0, zone);
    }
  }
  const s = stripComments(trimmed).trim();
  const iso = ISO_8601.exec(s);
  if (iso) {
    const zone = iso[7] === undefined ? null : iso[7] === 'z' ? 0 : numericZone(iso[7]);
    if (iso[7] !== undefined && zone === null) return null;
    return build(+iso[1], +iso[2], +iso[3], +iso[4], +iso[5], iso[6] ? +iso[6] : 0, zone);
  }
  const tokens = s.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  let time: RegExpExecArray | null = null;
  let month = 0;
  let monthAt = -1;
  let numericOffset: number | null = null;
  let namedOffset: number | null = null;
  let unknownWord = false;
  let meridiem: 'am' | 'pm' | null = null;
  const numbers: { value: number; digits: number; at: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    // "10:00:00+0900" and "10:00:00GMT" written without a space
    const glued = /^(\d{1,2}:\d{2}(?::\d{2})?)([+-]\d{4}|[a-z]{1,4})$/.exec(t);
    if (glued) {
      tokens.splice(i + 1, 0, glued[2]);
      t = glued[1];
    }
    const tm = TIME.exec(t) ?? DOTTED_TIME.exec(t);
    if (tm && !time) {
      time = tm;
      continue;
    }
    if (NUMERIC_ZONE.test(t)) {
      if (numericOffset !== null) return null;
      numericOffset = numericZone(t);
      if (numericOffset === null) return null;
      continue;
    }
    const prefixed = PREFIXED_ZONE.exec(t);
    if (prefixed) {
      numericOffset = numericZone(prefixed[1]);
      if (numericOffset === null) return null;
      continue;
    }
    if (/^\d{1,4}$/.test(t)) {
      numbers.push({ value: Number(t), digits: t.length, at: i });
      continue;
    }
    if (/^[a-z]+\.?$/.test(t)) {
      const word = t.replace('.', '');
      const m = MONTHS.indexOf(word.slice(0, 3));
      if (m !== -1 && monthAt === -1 && word.length >= 3 && word.length <= 9) {
        month = m + 1;
        monthAt = i;
      } else if (WEEKDAYS.has(word.slice(0, 3))) {
        // The day name is informational (RFC 5322 section 3.3) and often wrong; ignore it.
      } else if (word === 'am' || word === 'pm') meridiem = word;
      else if (Object.hasOwn(NAMED_ZONES, word)) namedOffset = NAMED_ZONES[word];
      else if (word.length === 1) {
        // Military zone letters: RFC 5322 section 4.3 says to treat them as -0000, an unknown zone.
      }
      else unknownWord = true;
      continue;
    }
    return null;
  }
  if (!time || monthAt === -1 || numbers.length !== 2) return null;
  // A zone name we do not know (CET, IST...) after a numeric zone is a comment without parentheses.
  if (unknownWord && numericOffset === null) return null;
  let year: { value: number; digits: number };
  let day: { value: number; digits: number };
  const four = numbers.findIndex((n) => n.digits === 4);
  if (four !== -1) {
    year = numbers[four];
    day = numbers[1 - four];
  } else {
    // RFC order "day month year" with an obsolete 2- or 3-digit year.
    const before = numbers.filter((n) => n.at < monthAt);
    if (before.length !== 1) return null;
    day = before[0];
    year = numbers.find((n) => n !== day)!;
  }
  if (day.digits > 2) return null;
  let hour = Number(time[1]);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const zone = numericOffset ?? namedOffset;
  return build(year.value, month, day.value, hour, Number(time[2]), time[3] ? Number(time[3]) : 0, zone);
}

/** The time stamp of a Received header: the date-time after its last ";" (RFC 5321 section 4.4). */
export function receivedDate(value: string): ParsedMailDate | null {
  const semi = value.lastIndexOf(';');
  if (semi === -1) return null;
  return parseMailDate(value.slice(semi + 1));
}

function plausible(d: ParsedMailDate | null): d is ParsedMailDate {
  return d !== null && d.date.getUTCFullYear() >= EARLIEST_MAIL_YEAR;
}

/**
 * The message's date and where it came from: the Date header if it parses and is believable, else the
 * topmost Received header with a readable time stamp (the receiving provider's clock), else the mbox From_
 * line. "In the future" is judged against the receive time, never against the clock of the machine running
 * amzcheck, so a verdict does not change with the day it is computed.
 */
export function resolveMessageDate(
  dateHeader: string | null,
  receivedValues: readonly string[],
  fromLineDate: Date | undefined,
): MessageDate {
  let received: ParsedMailDate | null = null;
  for (const v of receivedValues) {
    const r = receivedDate(v);
    if (plausible(r)) {
      received = r;
      break;
    }
  }
  const fromLine = fromLineDate && !Number.isNaN(fromLineDate.getTime()) ? fromLineDate : null;
  const reference = received?.date ?? fromLine;

  const parsed = dateHeader === null ? null : parseMailDate(dateHeader);
  let headerIssue: MessageDate['headerIssue'] = null;
  if (dateHeader === null) headerIssue = 'missing';
  else if (!parsed) headerIssue = 'unparseable';
  else if (parsed.date.getUTCFullYear() < EARLIEST_MAIL_YEAR) headerIssue = 'before-1990';
  else if (reference && parsed.date.getTime() - reference.getTime() > MAX_FUTURE_MS) headerIssue = 'future';

  // One object literal with every field (no spread of a shared base): V8 builds it with a fixed shape, which
  // the spread did not (it showed in the header-pass profile).
  const pick = (value: Date | null, source: DateSource, zoneAssumed: boolean): MessageDate => ({
    header: dateHeader,
    headerDate: parsed?.date ?? null,
    headerIssue,
    receivedDate: received?.date ?? null,
    value,
    source,
    zoneAssumed,
  });
  if (parsed && headerIssue === null) return pick(parsed.date, 'date-header', parsed.zoneAssumed);
  if (received) return pick(received.date, 'received', received.zoneAssumed);
  if (fromLine) return pick(fromLine, 'from-line', false);
  return pick(null, 'none', false);
}
