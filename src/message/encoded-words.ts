/**
 * RFC 2047 encoded words ("=?UTF-8?B?...?=") decoded by libmime, which also joins ISO-2022-JP split across
 * words. Memoised: a mailbox repeats the same encoded From and Subject values (every mail of a sender, every
 * notification of a kind), and libmime's decoding of a Japanese word costs 5-20 µs (iconv-lite lookup that
 * throws for ISO-2022-JP, then encoding-japanese). The result is a pure function of the value.
 */
import libmime from 'libmime';
import { memoizeString } from '../util/memo.js';

// Bounded in entries and in the length of a value kept, so at most ~1,024 x 1 KiB (plus results) is held.
const MEMO_MAX_LENGTH = 1024;
const MEMO_ENTRIES = 1024;

// Only results are memoised: a value libmime throws on throws again on every call (memoizeString stores nothing
// when the function throws), so both functions below behave exactly as a direct libmime call.
const decodeMemo = memoizeString((value: string) => libmime.decodeWords(value), MEMO_ENTRIES);

/** libmime.decodeWords, memoised; throws where libmime throws. */
export function decodeEncodedWords(value: string): string {
  return value.length <= MEMO_MAX_LENGTH ? decodeMemo(value) : libmime.decodeWords(value);
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
