/**
 * The mbox From_ line (RFC 4155): recognising it, and reading the date written in it.
 */

/**
 * A real From_ line is short (RFC 5322 caps a line at 998 characters); anything longer is body text, and the
 * bound keeps every test below linear.
 */
export const FROM_LINE_MAX_BYTES = 1000;
/** Header field names are short; a "name:" that has not ended after this many bytes is not one. */
const FIELD_NAME_MAX_BYTES = 1000;

// `From <sender> [<word>] ... hh:mm`: the sender, then a time within a short distance. Each part is either
// bounded or followed by a class it cannot overlap with, so backtracking stays linear (docs/sources.md#mbox).
const FROM_LINE_DATE_SHAPE = /^From \S+ +(?:\S+ +)?.{0,40}?\d{1,2}:\d{2}/;

/** Does this line (without its line ending) have the shape of a From_ line with a date? */
export function looksLikeFromLine(line: string): boolean {
  return line.length <= FROM_LINE_MAX_BYTES && FROM_LINE_DATE_SHAPE.test(line);
}

/**
 * Does a header field start at `start` (`^[!-9;-~]+:`, RFC 5322 section 3.6.8 field-name)?
 * Returns undefined when the bytes end before that can be decided and more may follow (`final` false).
 */
export function isFieldNameAt(buf: Uint8Array, start: number, final: boolean): boolean | undefined {
  const limit = Math.min(buf.length, start + FIELD_NAME_MAX_BYTES);
  for (let i = start; i < limit; i++) {
    const c = buf[i];
    if (c === 0x3a) return i > start;
    if (c < 0x21 || c > 0x7e) return false;
  }
  if (limit < buf.length || limit - start >= FIELD_NAME_MAX_BYTES) return false;
  return final ? false : undefined;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/**
 * The date in a From_ line. Forms seen in real mboxes:
 *   `From a@b.example Tue Jun 14 19:52:09 2005` (asctime, day padded with a space: `Sat Jan  5 09:14:16 2008`)
 *   `From 1583290388308606088@xxx Mon Nov 06 04:42:58 +0000 2017` (Gmail Takeout: zone before the year)
 *   `From - Mon Nov 23 10:00:00 2026` (Thunderbird)
 *   `From a@b.example Tue Jun 14 19:52:09 2005 remote from host` (UUCP trailer)
 * RFC 4155 says the From_ line timestamp is UTC, so a date without a zone is read as UTC. Thunderbird in fact
 * writes the local time of the machine that stored the message, which we cannot know: for its mboxes the
 * result can be off by the user's UTC offset, which is why callers prefer the Date and Received headers.
 */
export function parseFromLineDate(line: string): Date | undefined {
  if (line.length > FROM_LINE_MAX_BYTES) return undefined;
  const tokens = line.split(' ').filter((t) => t !== '');
  // tokens[0] is "From", tokens[1] the sender; the month name comes after them.
  for (let i = 2; i + 3 < tokens.length; i++) {
    const month = MONTHS[tokens[i].toLowerCase()];
    if (month === undefined) continue;
    const date = dateFromTokens(month, tokens, i + 1);
    if (date) return date;
  }
  return undefined;
}

function dateFromTokens(month: number, tokens: string[], at: number): Date | undefined {
  const day = /^\d{1,2}$/.test(tokens[at]) ? Number(tokens[at]) : NaN;
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(tokens[at + 1]);
  if (!time || !(day >= 1 && day <= 31)) return undefined;
  const [hour, minute, second] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 60) return undefined;

  // Year and an optional zone, in either order (Takeout writes the zone first).
  let zoneMinutes = 0;
  let year: number | undefined;
  for (const token of tokens.slice(at + 2, at + 4)) {
    if (year === undefined && /^\d{4}$/.test(token)) year = Number(token);
    else if (/^[+-]\d{4}$/.test(token)) zoneMinutes = zoneOffsetMinutes(token);
    else if (!/^(?:UTC|UT|GMT|Z)$/i.test(token)) break;
  }
  if (year === undefined || year < 1970) return undefined;

  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const date = new Date(utc - zoneMinutes * 60_000);
  // Date.UTC rolls "Feb 31" over into March; such a line is not a date.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return date;
}

function zoneOffsetMinutes(zone: string): number {
  const sign = zone[0] === '-' ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
}
