import { describe, expect, it } from 'vitest';
import { parseHeaders, parseMailDate } from '../../src/message/index.js';
import { rawFixture, rawMail } from './helpers.js';
import { expectNearLinear } from '../helpers/growth.js';

function iso(text: string): string | null {
  return parseMailDate(text)?.date.toISOString() ?? null;
}

describe('parseMailDate', () => {
  it.each([
    ['RFC 5322 with day name and numeric zone', 'Mon, 23 Nov 2026 10:00:00 +0900', '2026-11-23T01:00:00.000Z'],
    ['negative zone with minutes', 'Mon, 23 Nov 2026 10:00:00 -0330', '2026-11-23T13:30:00.000Z'],
    ['zone comment after numeric zone', 'Mon, 23 Nov 2026 10:00:00 +0900 (JST)', '2026-11-23T01:00:00.000Z'],
    ['no day name, no seconds', '23 Nov 2026 10:00 +0000', '2026-11-23T10:00:00.000Z'],
    ['single-digit day, full month name', 'Tue, 3 November 2026 10:00:00 GMT', '2026-11-03T10:00:00.000Z'],
    ['UT', 'Mon, 23 Nov 2026 10:00:00 UT', '2026-11-23T10:00:00.000Z'],
    ['JST as +0900', 'Mon, 23 Nov 2026 10:00:00 JST', '2026-11-23T01:00:00.000Z'],
    ['US zone PDT', 'Mon, 23 Nov 2026 01:00:00 PDT', '2026-11-23T08:00:00.000Z'],
    ['US zone EST', 'Mon, 23 Nov 2026 05:00:00 EST', '2026-11-23T10:00:00.000Z'],
    ['two-digit year 00-49 is 20xx (RFC 5322 4.3)', 'Mon, 23 Nov 26 10:00:00 +0000', '2026-11-23T10:00:00.000Z'],
    ['two-digit year 50-99 is 19xx', '23 Nov 98 10:00:00 +0000', '1998-11-23T10:00:00.000Z'],
    ['three-digit year adds 1900', '23 Nov 126 10:00:00 +0000', '2026-11-23T10:00:00.000Z'],
    ['asctime with zone before year (Gmail Takeout From_ line)', 'Mon Nov 06 04:42:58 +0000 2017', '2017-11-06T04:42:58.000Z'],
    ['ISO 8601 with offset', '2026-11-23T10:00:00+09:00', '2026-11-23T01:00:00.000Z'],
    ['ISO 8601 with Z and fraction', '2026-11-23T10:00:00.123Z', '2026-11-23T10:00:00.000Z'],
    ['zone glued to the time', 'Mon, 23 Nov 2026 10:00:00+0900', '2026-11-23T01:00:00.000Z'],
    ['GMT+offset', 'Mon, 23 Nov 2026 10:00:00 GMT+0900', '2026-11-23T01:00:00.000Z'],
    ['PM', 'Mon, 23 Nov 2026 01:30:00 PM +0000', '2026-11-23T13:30:00.000Z'],
    ['12 AM is midnight', 'Mon, 23 Nov 2026 12:05:00 AM +0000', '2026-11-23T00:05:00.000Z'],
    ['unknown zone name after a numeric zone', 'Mon, 23 Nov 2026 10:00:00 +0100 CET', '2026-11-23T09:00:00.000Z'],
    ['time written with dots (Outlook Express, Finnish locale)', 'Fri, 1 Jul 2005 03.32.48 +0200', '2005-07-01T01:32:48.000Z'],
    ['leap second', 'Wed, 31 Dec 2016 23:59:60 +0000', '2016-12-31T23:59:59.000Z'],
  ])('%s', (_what, text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads a date without a zone as UTC and says the zone was assumed', () => {
    expect(parseMailDate('Mon Nov 23 10:00:00 2026')).toEqual({ date: new Date('2026-11-23T10:00:00Z'), zoneAssumed: true });
    expect(parseMailDate('Mon, 23 Nov 2026 10:00:00 +0000')?.zoneAssumed).toBe(false);
  });

  it('treats a military zone letter as an unknown zone (RFC 5322 4.3)', () => {
    expect(parseMailDate('Mon, 23 Nov 2026 10:00:00 A')).toEqual({ date: new Date('2026-11-23T10:00:00Z'), zoneAssumed: true });
  });

  it.each([
    ['month and time that do not exist', '31 Foo 2026 99:99'],
    ['hour 24', 'Mon, 23 Nov 2026 24:00:00 +0000'],
    ['31 November', 'Mon, 31 Nov 2026 10:00:00 +0000'],
    ['29 February in a common year', '29 Feb 2026 10:00:00 +0000'],
    ['zone minutes over 59', 'Mon, 23 Nov 2026 10:00:00 +0960'],
    ['an unknown zone name alone', 'Mon, 23 Nov 2026 10:00:00 CET'],
    ['no time', 'Mon, 23 Nov 2026'],
    ['empty', ''],
    ['prose', 'yesterday at noon'],
    ['a two-part dotted number as time', 'Mon, 23 Nov 2026 10.30 +0000'],
  ])('rejects %s', (_what, text) => {
    expect(parseMailDate(text)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(iso('29 Feb 2028 10:00:00 +0000')).toBe('2028-02-29T10:00:00.000Z');
  });

  it('returns null on a long hostile value, in time that grows no faster than its length', async () => {
    expect(parseMailDate('('.repeat(100_000) + '1 Jan 2026 10:00 +0000')).toBeNull();
    expect(parseMailDate('1 '.repeat(100_000))).toBeNull();
    await expectNearLinear((n) => '('.repeat(n) + '1 Jan 2026 10:00 +0000', parseMailDate, 50_000);
    await expectNearLinear((n) => '1 '.repeat(n), parseMailDate, 50_000);
  });
});

describe('message date and its source', () => {
  it('uses a valid Date header', () => {
    const h = parseHeaders(rawFixture('iso2022jp-subject-split-across-words.eml'));
    expect(h.date).toMatchObject({ source: 'date-header', header: 'Mon, 23 Nov 2026 10:00:00 +0900', headerIssue: null });
    expect(h.date.value?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(h.date.receivedDate?.toISOString()).toBe('2026-11-23T01:00:05.000Z');
  });

  it('reads JST in the Date header as +0900', () => {
    const h = parseHeaders(rawFixture('date-jst-zone-name.eml'));
    expect(h.date.source).toBe('date-header');
    expect(h.date.value?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
  });

  it('falls back to the topmost Received time stamp when the Date header does not parse', () => {
    const h = parseHeaders(rawFixture('date-unparseable-falls-back-to-received.eml'));
    expect(h.date).toMatchObject({ source: 'received', header: '31 Foo 2026 99:99', headerIssue: 'unparseable', headerDate: null });
    expect(h.date.value?.toISOString()).toBe('2026-11-24T03:15:42.000Z');
  });

  it('falls back to the mbox From_ line date when there is neither Date nor Received', () => {
    const fromLineDate = new Date('2026-11-23T04:42:58Z');
    const h = parseHeaders(rawFixture('date-missing-no-received.eml', { format: 'mbox', fromLineDate }));
    expect(h.date).toMatchObject({ source: 'from-line', header: null, headerIssue: 'missing', value: fromLineDate });
  });

  it('has no date at all rather than inventing one', () => {
    const h = parseHeaders(rawFixture('date-missing-no-received.eml'));
    expect(h.date).toMatchObject({ source: 'none', value: null });
  });

  it('does not believe a Date header more than a day after the receive time', () => {
    const h = parseHeaders(rawFixture('date-three-days-after-received.eml'));
    expect(h.date).toMatchObject({ source: 'received', headerIssue: 'future' });
    expect(h.date.headerDate?.toISOString()).toBe('2026-11-26T08:00:00.000Z');
    expect(h.date.value?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });

  it('judges "future" against the From_ line when there is no Received header, never against the clock', () => {
    const raw = rawMail(['From: a@example.com', 'Date: Mon, 1 Jan 2046 00:00:00 +0000']);
    expect(parseHeaders(raw).date.source).toBe('date-header');
    const fromLineDate = new Date('2026-11-23T00:00:00Z');
    const h = parseHeaders({ ...raw, envelope: { format: 'mbox', fromLineDate } });
    expect(h.date).toMatchObject({ source: 'from-line', headerIssue: 'future' });
  });

  it('rejects a Date header before 1990', () => {
    const h = parseHeaders(rawMail(['From: a@example.com', 'Date: Thu, 01 Jan 1970 00:00:00 +0000']));
    expect(h.date).toMatchObject({ source: 'none', headerIssue: 'before-1990' });
  });

  it('says when the chosen date had no zone', () => {
    const h = parseHeaders(rawMail(['From: a@example.com', 'Date: Mon Nov 23 10:00:00 2026']));
    expect(h.date).toMatchObject({ source: 'date-header', zoneAssumed: true });
  });

  it('skips a topmost Received header without a time stamp', () => {
    const h = parseHeaders(
      rawMail(['Received: by relay.example (no stamp)', 'Received: from a by b; Mon, 23 Nov 2026 10:00:00 +0000', 'From: a@example.com']),
    );
    expect(h.date).toMatchObject({ source: 'received' });
    expect(h.date.value?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });
});
