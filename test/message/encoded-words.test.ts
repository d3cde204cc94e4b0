/**
 * The header pass decodes display names and subjects through one memo (message/encoded-words.ts); a cached
 * answer must be libmime's answer, also on the second call and for values libmime cannot decode.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import libmime from 'libmime';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { decodeBase64Run, decodeEncodedWords, decodeEncodedWordsOrKeep } from '../../src/message/encoded-words.js';

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

/** Text in a charset as bytes: ISO-2022-JP through encoding-japanese (iconv-lite only decodes it). */
function encode(text: string, charset: string): Buffer {
  if (/^iso-2022-jp$/i.test(charset)) return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }));
  // A label nobody knows: the bytes are UTF-8 (libmime then reads them as UTF-8).
  return iconv.encodingExists(charset) ? iconv.encode(text, charset) : Buffer.from(text);
}

describe('a run of B-encoded words in one charset, read without libmime (the header pass\'s usual case)', () => {
  const charsets = ['UTF-8', 'utf-8', 'ISO-2022-JP', 'iso-2022-jp', 'Shift_JIS', 'EUC-JP', 'windows-1252', 'x-unknown'];
  const japanese = fc.constantFrom('アマゾン', 'ご注文の確認', '明日の会議について', 'ｱﾏｿﾞﾝ', '①②', '〜', '髙', ' ', 'Amazon.co.jp', '😀', 'é');
  const text = fc.array(fc.oneof(japanese, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  // Words cut at any byte, as mail software splits long subjects: a character may straddle two words.
  const encodedRun = fc
    .record({ text, charset: fc.constantFrom(...charsets), cuts: fc.array(fc.nat(), { maxLength: 3 }), lower: fc.boolean() })
    .map(({ text, charset, cuts, lower }) => {
      const bytes = encode(text, charset);
      const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const pieces = [0, ...points, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1], end));
      return pieces.filter((p, i) => p.length > 0 || i === 0).map((p) => `=?${charset}?${lower ? 'b' : 'B'}?${p.toString('base64')}?=`);
    });
  const value = fc
    .record({
      words: encodedRun,
      separator: fc.constantFrom(' ', '', '\t', '  ', ' \t '),
      before: fc.constantFrom('', 'Re: ', '[amazon] ', ' ', 'Fwd:', '"'),
      after: fc.constantFrom('', ' ', ' (2/3)', '" <a@b.example>', '?='),
    })
    .map(({ words, separator, before, after }) => before + words.join(separator) + after);

  test('is taken, and gives what libmime gives', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeBase64Run(v)).toBe(libmime.decodeWords(v));
        expect(decodeEncodedWords(v)).toBe(libmime.decodeWords(v));
      }),
      { numRuns: 4000 },
    );
  });

  test('leaves everything else to libmime', () => {
    for (const v of [
      '=?UTF-8?Q?caf=C3=A9?=', // Q words
      '=?UTF-8?B?44GC?= =?Shift_JIS?B?g2WDWINn?=', // two charsets
      '=?UTF-8?B?44GC?= =?utf-8?B?44GC?=', // one charset written two ways (libmime compares normalised names)
      '=?UTF-8?B?44G?=', // not whole groups of four
      '=?UTF-8?B?44 GC?=', // a blank inside
      '=?UTF-8*ja?B?44GC?=', // an RFC 2231 language
      'a =?UTF-8?B?44GC?= b =?UTF-8?B?44GC?=', // text between words
      'no words at all',
    ]) {
      expect(decodeBase64Run(v), v).toBeNull();
      expect(decodeEncodedWords(v), v).toBe(libmime.decodeWords(v));
    }
  });
});
