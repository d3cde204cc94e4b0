/**
 * parseMailDate reads the canonical form straight from the text when it is written exactly so (dates.ts,
 * CANONICAL_AS_WRITTEN); this checks it against the normalising parse it shortcuts, on generated dates in and
 * around that form (case, blanks, comments, lengths, bad fields).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseMailDate, parseNormalisedMailDate } from '../../src/message/dates.js';

const sep = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\r\n ', '');
const day = fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom('01', '9', '00', 'x'));
const month = fc.constantFrom('Jan', 'jan', 'JAN', 'Feb', 'May', 'Sep', 'Dec', 'Foo', 'Janu', 'Ja', 'Kan');
const year = fc.oneof(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), fc.constantFrom('19', '99', '0999', '20266'));
const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const zone = fc.oneof(
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 9999 })).map(([s, n]) => s + String(n).padStart(4, '0')),
  fc.constantFrom('GMT', 'JST', '+09:00', 'Z', '+9', ''),
);
const weekday = fc.constantFrom('', 'Tue, ', 'tue, ', 'TUE,', 'Tue ', 'Tuesday, ', 'Xyz, ', ' ');
const comment = fc.constantFrom('', ' (JST)', ' (PST)', ' (Coordinated  Universal\tTime)', ' (a (nested) one)', ' (', ' ()', ' (İ Kelvin \u212a)', '  (JST)', ' (JST) ');
const date = fc
  .tuple(weekday, day, sep, month, sep, year, sep, two, two, fc.option(two), sep, zone, comment)
  .map(([w, d, s1, m, s2, y, s3, h, mi, sec, s4, z, c]) => `${w}${d}${s1}${m}${s2}${y}${s3}${h}:${mi}${sec === null ? '' : ':' + sec}${s4}${z}${c}`);

describe('parseMailDate equals the normalising parse', () => {
  test('on generated dates', () => {
    let fast = 0;
    fc.assert(
      fc.property(date, fc.constantFrom('', ' ', '\n        ', '\t', '\u00a0', '\ufeff', 'x'.repeat(200), ' '.repeat(190)), (d, pad) => {
        for (const text of [d, d + pad, pad + d]) {
          const expected = parseNormalisedMailDate(text);
          if (expected && /^\d|^[A-Za-z]{3},/.test(text.trim())) fast++;
          expect(parseMailDate(text)).toEqual(expected);
        }
      }),
      { numRuns: 10000 },
    );
    expect(fast).toBeGreaterThan(100);
  });

  test('on written examples', () => {
    for (const text of [
      'Tue, 1 Jan 2019 10:53:17 +0900',
      'Mon, 31 Dec 2018 17:53:17 -0800 (PST)',
      'Mon,31 Dec 2018 17:53 -0800',
      '31 Dec 2018 17:53:17 +2400',
      '31 Feb 2018 17:53:17 +0000',
      '1 Jan 0099 00:00:00 +0000',
      'Fri, 1 Jul 2005 03.32.48 +0200',
      'x'.repeat(190) + ' 1 Jan 2019 10:53:17 +0900',
      ' '.repeat(180) + '1 Jan 2019 10:53:17 +0900 (JST)',
      '\r\n        Mon, 31 Dec 2018 17:53:17 -0800 (PST)',
      '1 Jan 2019 10:53:17 +0900 (' + 'y'.repeat(200) + ')',
    ]) {
      expect(parseMailDate(text)).toEqual(parseNormalisedMailDate(text));
    }
  });
});
