import { describe, expect, it } from 'vitest';
import { looksLikeFromLine, parseFromLineDate } from '../../src/input/from-line.js';

describe('From_ line shape', () => {
  it('accepts an asctime From_ line with a padded day', () => {
    expect(looksLikeFromLine('From stephen.marquard@uct.ac.za Sat Jan  5 09:14:16 2008')).toBe(true);
  });

  it('accepts Gmail Takeout and Thunderbird From_ lines', () => {
    expect(looksLikeFromLine('From 1583290388308606088@xxx Mon Nov 06 04:42:58 +0000 2017')).toBe(true);
    expect(looksLikeFromLine('From - Mon Nov 23 10:00:00 2026')).toBe(true);
  });

  it('rejects body prose that starts with "From "', () => {
    expect(looksLikeFromLine('From here on, we ship faster.')).toBe(false);
    expect(looksLikeFromLine('From: a@example.com')).toBe(false);
  });

  it('rejects an over-long line quickly even when it has the shape', () => {
    const line = 'From a@b ' + ' '.repeat(5000) + 'Mon Nov 23 10:00:00 2026';
    expect(looksLikeFromLine(line)).toBe(false);
  });
});

describe('From_ line date', () => {
  it('reads an asctime date as UTC (RFC 4155)', () => {
    expect(parseFromLineDate('From a@example.com Tue Jun 14 19:52:09 2005')?.toISOString()).toBe('2005-06-14T19:52:09.000Z');
  });

  it('reads a day padded with a second space', () => {
    expect(parseFromLineDate('From s@uct.ac.za Sat Jan  5 09:14:16 2008')?.toISOString()).toBe('2008-01-05T09:14:16.000Z');
  });

  it('reads Gmail Takeout dates with the zone before the year', () => {
    expect(parseFromLineDate('From 1583290388308606088@xxx Mon Nov 06 04:42:58 +0000 2017')?.toISOString()).toBe(
      '2017-11-06T04:42:58.000Z',
    );
  });

  it('applies a numeric zone', () => {
    expect(parseFromLineDate('From a@example.com Mon Nov 23 10:00:00 +0900 2026')?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(parseFromLineDate('From a@example.com Mon Nov 23 10:00:00 2026 -0500')?.toISOString()).toBe('2026-11-23T15:00:00.000Z');
  });

  it('reads Thunderbird dates (no zone) as UTC', () => {
    expect(parseFromLineDate('From - Mon Nov 23 10:00:00 2026')?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('ignores a UUCP "remote from" trailer', () => {
    expect(parseFromLineDate('From a@example.com Tue Jun 14 19:52:09 2005 remote from gateway')?.toISOString()).toBe(
      '2005-06-14T19:52:09.000Z',
    );
  });

  it('gives no date for a line without one or with an impossible one', () => {
    expect(parseFromLineDate('From Moon')).toBeUndefined();
    expect(parseFromLineDate('From a@example.com Mon Feb 31 10:00:00 2026')).toBeUndefined();
    expect(parseFromLineDate('From a@example.com Mon Nov 23 25:00:00 2026')).toBeUndefined();
  });
});
