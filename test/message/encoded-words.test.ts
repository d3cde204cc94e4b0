/**
 * The header pass decodes display names and subjects through one memo (message/encoded-words.ts); a cached
 * answer must be libmime's answer, also on the second call and for values libmime cannot decode.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import libmime from 'libmime';
import { decodeEncodedWords, decodeEncodedWordsOrKeep } from '../../src/message/encoded-words.js';

const word = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => libmime.encodeWord(s, 'B')),
  fc.string({ maxLength: 12 }).map((s) => libmime.encodeWord(s, 'Q')),
  fc.constantFrom('=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=', '=?Shift_JIS?B?g2WDWINn?=', '=?utf-8?q?caf=C3=A9?=', '=?x-unknown?B?YWJj?=', '=?UTF-8?B?***?=', '=?', '?='),
  fc.string({ maxLength: 8 }),
);
const value = fc.array(word, { maxLength: 5 }).chain((ws) => fc.constantFrom(' ', '', '\t', ' <a@b.example>').map((sep) => ws.join(sep)));

function libmimeOrKeep(v: string): string {
  if (!v.includes('=?')) return v;
  try {
    return libmime.decodeWords(v);
  } catch {
    return v;
  }
}

describe('memoised encoded-word decoding', () => {
  test('equals libmime, first and second time', () => {
    fc.assert(
      fc.property(value, (v) => {
        let expected: string | Error;
        try {
          expected = libmime.decodeWords(v);
        } catch (err) {
          expected = err as Error;
        }
        for (let i = 0; i < 2; i++) {
          if (expected instanceof Error) expect(() => decodeEncodedWords(v)).toThrow();
          else expect(decodeEncodedWords(v)).toBe(expected);
          expect(decodeEncodedWordsOrKeep(v)).toBe(libmimeOrKeep(v));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('values longer than the memo keeps', () => {
    const long = Array.from({ length: 200 }, () => '=?UTF-8?B?44GC?=').join(' ');
    expect(decodeEncodedWords(long)).toBe(libmime.decodeWords(long));
  });
});
