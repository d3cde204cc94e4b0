/**
 * The brand as raw bytes, for the cheap body search of the prefilter (src/pipeline/prefilter.ts). The body is
 * searched before any MIME or charset decoding, so each Japanese form is listed in every charset Japanese mail
 * uses (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP), as a latin1 string of its bytes.
 *
 * These needles only decide whether a message deserves a full parse; they are deliberately broad (a false
 * "maybe" costs a parse, a false "no" would lose a phishing mail).
 */
import { escapeRegExp } from '../util/regexp.js';
import iconv from 'iconv-lite';

/** ASCII forms, case-insensitive: the brand, its fragments left after a homoglyph swap, amzn, spaced forms. */
const ASCII_FORMS = ['amaz', 'maz[o0]', 'amzn', 'arnaz', 'a[ .]{1,3}m[ .]{1,3}a[ .]{1,3}z[ .]{1,3}o[ .]{1,3}n'];

/** Japanese and full-width forms: katakana, half-width katakana, full-width Latin. */
const JAPANESE_FORMS = ['アマゾン', 'ｱﾏｿﾞﾝ', 'Ａｍａｚｏｎ', 'ａｍａｚｏｎ', 'ＡＭＡＺＯＮ'];

function iso2022jpBody(s: string): string {
  // iconv-lite has no ISO-2022-JP encoder: JIS X 0208 bytes are EUC-JP bytes with the high bit cleared.
  const euc = iconv.encode(s, 'euc-jp');
  if (euc.some((b) => b === 0x8e)) return ''; // half-width kana use ESC ( I in ISO-2022-JP; skip that form
  return Buffer.from(euc.map((b) => b & 0x7f)).toString('latin1');
}


function japaneseNeedlesRaw(): string[] {
  const out = new Set<string>();
  for (const form of JAPANESE_FORMS) {
    out.add(Buffer.from(form, 'utf8').toString('latin1'));
    out.add(iconv.encode(form, 'shift_jis').toString('latin1'));
    out.add(iconv.encode(form, 'euc-jp').toString('latin1'));
    const jis = iso2022jpBody(form);
    if (jis) out.add(jis);
  }
  return [...out].filter((s) => s.length >= 4);
}

/**
 * The key under which a RegExp with the i flag and without u compares a literal: each char canonicalised as
 * ECMA-262 Canonicalize does (its upper case when that is one char, except that a char above 0x7f never
 * becomes ASCII). Two literals with the same key match exactly the same text.
 */
export function caseInsensitiveKey(literal: string): string {
  let key = '';
  for (let i = 0; i < literal.length; i++) {
    const ch = literal[i];
    const upper = ch.toUpperCase();
    key += upper.length === 1 && !(ch.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80) ? upper : ch;
  }
  return key;
}

/**
 * The literals without those that match the same text under /i as an earlier one. The needle lists hold
 * such repeats (the same bytes in two charsets, "Ａ"/"ａ" in EUC-JP differ only in the case of a latin1
 * char, the ISO-2022-JP forms only in ASCII case, both hex cases of a quoted-printable form): an alternation
 * is a union, so dropping them changes no answer, and each costs a try at every position where its first
 * char occurs (on Japanese UTF-8 text, about 20% of the search).
 */
function distinctIgnoringCase(literals: readonly string[]): string[] {
  const seen = new Set<string>();
  return literals.filter((literal) => {
    const key = caseInsensitiveKey(literal);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The Japanese needles as bytes, every form in every charset (quoted-printable needs them all: see below). */
const JAPANESE = japaneseNeedlesRaw();

const BODY_ALTERNATIVES = [...ASCII_FORMS, ...distinctIgnoringCase(JAPANESE).map(escapeRegExp)];

export const BODY_NEEDLES_LATIN1 = new RegExp(BODY_ALTERNATIVES.join('|'), 'i');

/**
 * BODY_NEEDLES_LATIN1 for text without a byte above 0x7f: only its all-ASCII alternatives (the ASCII forms
 * and the 7-bit ISO-2022-JP forms). It gives the same answer on such text because an alternative holding a
 * char above 0x7f cannot match there: without the u flag, /i folds case by toUpperCase but never maps a
 * char above 0x7f to one below (ECMA-262 Canonicalize), so that char needs a byte above 0x7f in the text.
 * About 40% cheaper than the whole alternation; test/pipeline/prefilter-fast.test.ts checks the equality.
 */
export const BODY_NEEDLES_ASCII = new RegExp(BODY_ALTERNATIVES.filter((a) => /^[\x00-\x7f]*$/.test(a)).join('|'), 'i');

/**
 * The same needles as they appear inside a quoted-printable body once its soft line breaks are removed:
 * ASCII letters stay as they are, other bytes become =XX (upper or lower case hex). Searching the encoded text
 * directly avoids decoding every quoted-printable part of every message.
 */
export const QP_NEEDLES_LATIN1 = new RegExp(
  // From the full byte list, not the one deduplicated for the decoded search: needles equal under /i as
  // latin1 text (EUC-JP "Ａ" A3 C1 and "ａ" A3 E1) differ once hex-encoded (=C1, =E1).
  [...ASCII_FORMS, ...distinctIgnoringCase(JAPANESE.flatMap((n) => [qpEncode(n, true), qpEncode(n, false)])).map(escapeRegExp)].join('|'),
  'i',
);

function qpEncode(latin1: string, upper: boolean): string {
  let out = '';
  for (const ch of latin1) {
    const b = ch.charCodeAt(0);
    if (b >= 0x21 && b <= 0x7e && b !== 0x3d) out += ch;
    else {
      const hex = b.toString(16).padStart(2, '0');
      out += '=' + (upper ? hex.toUpperCase() : hex);
    }
  }
  return out;
}
