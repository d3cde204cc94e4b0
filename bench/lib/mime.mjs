// Wire-format helpers for the synthetic mailbox: how real mailers encode what the benchmark writes.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {import('encoding-japanese')} */
const Encoding = require('encoding-japanese');

/** @typedef {'UTF-8' | 'ISO-2022-JP' | 'Shift_JIS' | 'EUC-JP'} Charset */

/**
 * Text as bytes in a Japanese mail charset, the way Japanese mailers produce them: encoding-japanese maps
 * U+301C WAVE DASH to JIS 1-33 like they do (iconv-lite writes "?"), and ISO-2022-JP gets half-width kana
 * converted to full-width first, because RFC 1468 has no half-width kana.
 * @param {string} text
 * @param {Charset} charset
 * @returns {Buffer}
 */
export function encodeText(text, charset) {
  if (charset === 'UTF-8') return Buffer.from(text, 'utf8');
  const to = charset === 'ISO-2022-JP' ? 'JIS' : charset === 'Shift_JIS' ? 'SJIS' : 'EUCJP';
  const source = to === 'JIS' ? Encoding.toZenkanaCase(text) : text;
  return Buffer.from(Encoding.convert(Encoding.stringToCode(source), { to, from: 'UNICODE' }));
}

/** Base64 in 76-character lines (RFC 2045 section 6.8). */
export function base64Lines(/** @type {Buffer} */ bytes) {
  const flat = bytes.toString('base64');
  const lines = [];
  for (let i = 0; i < flat.length; i += 76) lines.push(flat.slice(i, i + 76));
  return lines.join('\n');
}

/** Quoted-printable of UTF-8 text with soft line breaks at 76 columns (RFC 2045 section 6.7). */
export function quotedPrintable(/** @type {string} */ text) {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10) {
      // a space before a hard line break must be encoded (rule 3)
      if (line.endsWith(' ')) line = line.slice(0, -1) + '=20';
      out += line + '\n';
      line = '';
      continue;
    }
    const token = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (line.length + token.length > 75) {
      out += line + '=\n';
      line = '';
    }
    line += token;
  }
  return out + line;
}

/** An RFC 2047 encoded-word, B encoding, the way Japanese mailers write Subject and display names. */
export function encodedWord(/** @type {string} */ text, /** @type {Charset} */ charset) {
  return `=?${charset}?B?${encodeText(text, charset).toString('base64')}?=`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (/** @type {number} */ n) => String(n).padStart(2, '0');
const clock = (/** @type {Date} */ d) => `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;

/** The date in a Gmail Takeout From_ line: `Mon Nov 06 04:42:58 +0000 2017`. */
export function takeoutAsctime(/** @type {Date} */ d) {
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())} ${clock(d)} +0000 ${d.getUTCFullYear()}`;
}

/** RFC 5322 section 3.3 date-time in a given zone offset (minutes east of UTC). */
export function rfc5322Date(/** @type {Date} */ d, offsetMinutes = 0) {
  const local = new Date(d.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
  return `${DAYS[local.getUTCDay()]}, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${clock(local)} ${zone}`;
}

/**
 * mboxrd quoting (what Gmail Takeout writes): every body line matching `^>*From ` gets one more `>`, so a
 * reader can undo it losslessly. Returns the escaped text and how many lines were escaped.
 * @param {string} body
 */
export function mboxrdEscape(body) {
  let escaped = 0;
  const text = body.replace(/^(>*From )/gm, (m) => {
    escaped++;
    return '>' + m;
  });
  return { text, escaped };
}
