/**
 * Turning bytes into text when the mail does not say (or lies about) its charset. Japanese mail is the
 * common case (docs/sources.md#japanese-charsets): raw 8-bit Shift_JIS headers, 8-bit bodies without a charset
 * parameter, and ISO-2022-JP escape sequences in parts that declare nothing or us-ascii.
 */
import { isUtf8 } from 'node:buffer';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { normalizeCharset } from 'libmime/lib/charset.js';

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
  if (from === 'JIS') {
    const text = iso2022jpLikeEncodingJapanese(bytes);
    if (text !== null) return text;
  }
  return Encoding.convert(bytes, { to: 'UNICODE', from, type: 'string' });
}

const iso2022jp = new TextDecoder('iso-2022-jp');
/**
 * What TextDecoder gives where encoding-japanese gives something else, for bytes of the shape below: U+FFFD
 * (encoding-japanese writes "?" for an unmapped cell) and the ten NEC duplicates of JIS X 0208 row 2 in row
 * 13 plus one IBM cell, which encoding-japanese leaves unmapped. The same characters from their own cells
 * decode alike, so their presence only costs the slow path.
 */
const DECODES_OTHERWISE = /[\ufffd\u2252\u2261\u222b\u221a\u22a5\u2220\u2235\u2229\u222a\uffe2]/;

/**
 * ISO-2022-JP as encoding-japanese reads it (what libmime and the undeclared-charset path use), through
 * Node's own decoder: ~0.3 µs for a subject against ~7 µs, and Japanese mail is mostly ISO-2022-JP. Only for
 * 7-bit bytes whose escapes are ASCII, JIS X 0208 and half-width kana (ESC ( B, ESC $ B, ESC ( I), and
 * only when the text holds nothing the two decode differently; else null, and encoding-japanese decides.
 * test/message/charset-decode.test.ts compares the two on every JIS X 0208 cell and on generated sequences.
 */
export function iso2022jpLikeEncodingJapanese(bytes: Uint8Array): string | null {
  // The designated set: ASCII, JIS X 0208 (pairs of 0x21-0x7E) or half-width kana (0x21-0x5F).
  let mode: 'ascii' | 'jis0208' | 'kana' = 'ascii';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x1b) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if (b1 === 0x28 && b2 === 0x42) mode = 'ascii';
      else if (b1 === 0x24 && b2 === 0x42) mode = 'jis0208';
      else if (b1 === 0x28 && b2 === 0x49) mode = 'kana';
      else return null;
      i += 2;
    } else if (mode === 'ascii') {
      if (b >= 0x80 || b === 0x0e || b === 0x0f) return null;
    } else if (mode === 'kana') {
      if (b < 0x21 || b > 0x5f) return null;
    } else {
      const trail = bytes[i + 1];
      if (b < 0x21 || b > 0x7e || trail === undefined || trail < 0x21 || trail > 0x7e) return null;
      i++;
    }
  }
  const text = iso2022jp.decode(bytes);
  return DECODES_OTHERWISE.test(text) ? null : text;
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
  return { text: decodeLikeLibmime(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared), guessed: null };
}

/**
 * Decode one unfolded header value held as latin1 (one char per byte). Only values with 8-bit bytes or
 * ISO-2022-JP escapes need work; everything else is returned unchanged.
 */
export function decodeHeaderBytes(latin1: string): string {
  if (!HAS_8BIT.test(latin1) && !latin1.includes('\x1b')) return latin1;
  return decodeUndeclared(Buffer.from(latin1, 'latin1')).text;
}

/*
 * libmime's charset decode (libmime 5.6.4, dist/esm/charset.js `decode`), with what depends on the label alone
 * worked out once per label. libmime looks the label up in iconv-lite on every call, and for the Japanese
 * labels iconv-lite does not know (ISO-2022-JP, the most common charset of Japanese mail) that lookup throws
 * and is caught, each time. The steps and their order are libmime's; test/message/charset-decode.test.ts
 * compares the two on every label libmime knows and more, with generated bytes.
 */
/** Names libmime decodes as UTF-8 without iconv-lite. */
const LIBMIME_UTF8_COMPATIBLE = /^(?:(?:us-)?ascii|utf-8|7bit)$/i;
/** Names libmime hands to encoding-japanese first. */
const LIBMIME_JAPANESE_CHARSET = /^jis|^iso-?2022-?jp|^EUCJP/i;
/** Of those, the names encoding-japanese reads as ISO-2022-JP. */
const ISO_2022_JP_NAME = /^(?:iso-?2022-?jp|jis|csiso2022jp)$/i;
/** iconv-lite codecs libmime refuses (UTF-7 smuggles markup; base64 and hex are no charsets): read as UTF-8. */
const LIBMIME_REFUSED_CODECS = new Set(['utf7', 'utf7imap', 'base64', 'hex'].map((name) => iconv.getCodec(name)));

interface DecodePlan {
  /** libmime's normalised name of the label. */
  name: string;
  how: 'utf8' | 'japanese' | 'iconv';
}

const plans = new Map<string, DecodePlan>();
/** Labels come from mail: bound the memo (cleared when full, as the header pass's word memo is). */
const MAX_PLANS = 256;

function planFor(label: string): DecodePlan {
  const known = plans.get(label);
  if (known) return known;
  const name = normalizeCharset(label || 'UTF-8');
  let codec: unknown = null;
  try {
    codec = iconv.getCodec(name as Parameters<typeof iconv.getCodec>[0]);
  } catch {
    // a name iconv-lite does not know
  }
  let how: DecodePlan['how'];
  if (LIBMIME_UTF8_COMPATIBLE.test(name) || (codec !== null && LIBMIME_REFUSED_CODECS.has(codec as never))) how = 'utf8';
  else if (LIBMIME_JAPANESE_CHARSET.test(name)) how = 'japanese';
  // libmime's iconv.decode throws for a name iconv-lite does not know, and the catch reads UTF-8.
  else how = codec === null ? 'utf8' : 'iconv';
  if (plans.size >= MAX_PLANS) plans.clear();
  const plan = { name, how };
  plans.set(label, plan);
  return plan;
}

/** What libmime's decode(buf, label) returns. */
export function decodeLikeLibmime(buf: Buffer, label: string): string {
  const { name, how } = planFor(label);
  if (how === 'utf8') return buf.toString('utf-8');
  try {
    if (how === 'japanese') {
      const fast = ISO_2022_JP_NAME.test(name) ? iso2022jpLikeEncodingJapanese(buf) : null;
      if (fast !== null) return fast;
      try {
        const output: unknown = Encoding.convert(buf, { to: 'UNICODE', from: name as Encoding.Encoding, type: 'string' });
        if (typeof output === 'string') return output;
      } catch {
        // libmime falls through to iconv-lite
      }
    }
    return iconv.decode(buf, name);
  } catch {
    return buf.toString();
  }
}
