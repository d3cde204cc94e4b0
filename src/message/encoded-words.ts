/**
 * RFC 2047 encoded words ("=?UTF-8?B?...?=") decoded by libmime, which also joins ISO-2022-JP split across
 * words. Memoised: a mailbox repeats the same encoded From and Subject values (every mail of a sender, every
 * notification of a kind), and libmime's decoding of a Japanese word costs 5-20 µs (iconv-lite lookup that
 * throws for ISO-2022-JP, then encoding-japanese). The result is a pure function of the value.
 */
import libmime from 'libmime';
import { memoizeString } from '../util/memo.js';
import { decodeLikeLibmime } from './charset.js';

// Bounded in entries and in the length of a value kept, so at most ~1,024 x 1 KiB (plus results) is held.
const MEMO_MAX_LENGTH = 1024;
const MEMO_ENTRIES = 1024;

// Only results are memoised: a value libmime throws on throws again on every call (memoizeString stores nothing
// when the function throws), so both functions below behave exactly as a direct libmime call.
const decodeMemo = memoizeString((value: string) => decodeBase64Run(value) ?? libmime.decodeWords(value), MEMO_ENTRIES);

/** libmime.decodeWords, memoised; throws where libmime throws. */
export function decodeEncodedWords(value: string): string {
  return value.length <= MEMO_MAX_LENGTH ? decodeMemo(value) : libmime.decodeWords(value);
}

/**
 * The usual shape of an encoded Subject or display name: one run of B-encoded words in one charset, written
 * the same way, with plain text (no "=?") before and after it, eg. `Re: =?ISO-2022-JP?B?...?=` or a long
 * subject split into words. Each word must be strict base64 (whole groups of four, padding only at its end).
 *
 * libmime joins such a run into one word (so that a character split between two words decodes), drops the
 * blanks between the words, decodes the base64 and then the charset; for strict base64 that is the words'
 * bytes in a row, which decodeLikeLibmime (charset.ts) turns into text as libmime's charset decode does.
 * libmime itself spends 5-20 µs on a Japanese word (its charset lookup throws for ISO-2022-JP, every time),
 * and every message's Subject and From go through here in the header pass. Anything else returns null and is
 * left to libmime. test/message/encoded-words.test.ts compares the two.
 */
const BASE64_RUN = /^((?:(?!=\?)[^])*?)(=\?([\w-]+)\?[Bb]\?[A-Za-z0-9+/]*={0,2}\?=(?:\s*=\?\3\?[Bb]\?[A-Za-z0-9+/]*={0,2}\?=)*)((?:(?!=\?)[^])*)$/;
const BASE64_WORD = /=\?[\w-]+\?[Bb]\?([A-Za-z0-9+/]*={0,2})\?=/g;

export function decodeBase64Run(value: string): string | null {
  const run = BASE64_RUN.exec(value);
  if (!run) return null;
  const [, before, words, charset, after] = run as unknown as [string, string, string, string, string];
  const bytes: Buffer[] = [];
  for (const [, text] of words.matchAll(BASE64_WORD)) {
    if (text!.length % 4 !== 0) return null;
    bytes.push(Buffer.from(text!, 'base64'));
  }
  return before + decodeLikeLibmime(bytes.length === 1 ? bytes[0]! : Buffer.concat(bytes), charset) + after;
}

/** The value with its encoded words decoded, or unchanged when libmime cannot decode it. */
export function decodeEncodedWordsOrKeep(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return decodeEncodedWords(value);
  } catch {
    return value;
  }
}
