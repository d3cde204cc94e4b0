/**
 * Turning bytes into text when the mail does not say (or lies about) its charset. Japanese mail is the
 * common case (tech.md section 5): raw 8-bit Shift_JIS headers, 8-bit bodies without a charset parameter,
 * and ISO-2022-JP escape sequences in parts that declare nothing or us-ascii.
 */
import { isUtf8 } from 'node:buffer';
import Encoding from 'encoding-japanese';
import { decode as decodeCharset } from 'libmime/lib/charset.js';

/** Charset names that say "7-bit only": a part labelled so but holding 8-bit or ESC bytes is really undeclared. */
const SEVEN_BIT_CHARSETS = new Set(['us-ascii', 'ascii', 'usascii', 'ansi_x3.4-1968']);

const HAS_8BIT = /[\x80-\xff]/;
// ISO-2022-JP designations (RFC 1468): ESC $ @, ESC $ B (JIS X 0208), ESC ( I (half-width kana), ESC ( J.
const ISO_2022_JP_ESCAPE = /\x1b(?:\$[@B]|\([IJ])/;
// Full-width hiragana and katakana. Latin-1 text misread as Shift_JIS or EUC-JP turns into kanji or
// half-width kana, almost never into these, while real Japanese sentences nearly always contain them.
const KANA = /[\u3041-\u30ff]/;

export type GuessedCharset = 'UTF-8' | 'ISO-2022-JP' | 'Shift_JIS' | 'EUC-JP' | 'windows-1252' | 'us-ascii';

export interface DecodedBytes {
  text: string;
  /** The charset the bytes were read as. */
  charset: GuessedCharset;
}

const windows1252 = new TextDecoder('windows-1252');

function japanese(bytes: Uint8Array, from: 'JIS' | 'SJIS' | 'EUCJP'): string {
  return Encoding.convert(bytes, { to: 'UNICODE', from, type: 'string' });
}

/**
 * Decode bytes whose charset nobody declared: ISO-2022-JP when they carry its escape sequences, UTF-8 when
 * valid, Shift_JIS or EUC-JP when encoding-japanese detects one and the result reads as Japanese, else
 * windows-1252 (the superset of Latin-1 that mail clients assume).
 */
export function decodeUndeclared(bytes: Uint8Array): DecodedBytes {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!HAS_8BIT.test(latin1)) {
    if (ISO_2022_JP_ESCAPE.test(latin1)) return { text: japanese(bytes, 'JIS'), charset: 'ISO-2022-JP' };
    return { text: latin1, charset: 'us-ascii' };
  }
  if (isUtf8(bytes)) return { text: Buffer.from(bytes).toString('utf8'), charset: 'UTF-8' };
  const detected = Encoding.detect(bytes, ['SJIS', 'EUCJP']);
  if (detected === 'SJIS' || detected === 'EUCJP') {
    const text = japanese(bytes, detected);
    if (KANA.test(text)) return { text, charset: detected === 'SJIS' ? 'Shift_JIS' : 'EUC-JP' };
  }
  return { text: windows1252.decode(bytes), charset: 'windows-1252' };
}

/** True when a declared charset cannot be taken at its word and the bytes decide instead. */
export function isUndeclaredCharset(charset: string | null | undefined): boolean {
  return !charset || SEVEN_BIT_CHARSETS.has(charset.trim().toLowerCase());
}

/**
 * Decode a body with its declared charset; with none (or a 7-bit label on bytes that are not 7-bit ASCII)
 * fall back to `decodeUndeclared`. `guessed` names the charset used when it was not the declared one.
 */
export function decodeBody(bytes: Uint8Array, declared: string | null): { text: string; guessed: GuessedCharset | null } {
  if (declared === null || isUndeclaredCharset(declared)) {
    const d = decodeUndeclared(bytes);
    return { text: d.text, guessed: d.charset === 'us-ascii' ? null : d.charset };
  }
  // Spam often labels Shift_JIS or EUC-JP bytes as UTF-8; believe the label only when the bytes are UTF-8.
  if (/^utf-?8$/i.test(declared.trim()) && !isUtf8(bytes)) {
    const d = decodeUndeclared(bytes);
    if (d.charset === 'Shift_JIS' || d.charset === 'EUC-JP') return { text: d.text, guessed: d.charset };
  }
  return { text: decodeCharset(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared), guessed: null };
}

/**
 * Decode one unfolded header value held as latin1 (one char per byte). Only values with 8-bit bytes or
 * ISO-2022-JP escapes need work; everything else is returned unchanged.
 */
export function decodeHeaderBytes(latin1: string): string {
  if (!HAS_8BIT.test(latin1) && !latin1.includes('\x1b')) return latin1;
  return decodeUndeclared(Buffer.from(latin1, 'latin1')).text;
}
