/**
 * The brand needles drop alternatives that match the same text under /i as an earlier one
 * (identity/brand-needles.ts, distinctIgnoringCase). These properties compare each RegExp with the full
 * alternation built as before the change (kept below verbatim) on generated text full of needles, their
 * case variants (ASCII and latin1) and fragments.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { BODY_NEEDLES_ASCII, BODY_NEEDLES_LATIN1, QP_NEEDLES_LATIN1, caseInsensitiveKey } from '../../src/identity/brand-needles.js';
import { escapeRegExp } from '../../src/util/regexp.js';

// ---- the reference: the needle RegExps before the deduplication, verbatim ----
const ASCII_FORMS = ['amaz', 'maz[o0]', 'amzn', 'arnaz', 'a[ .]{1,3}m[ .]{1,3}a[ .]{1,3}z[ .]{1,3}o[ .]{1,3}n'];
const JAPANESE_FORMS = ['アマゾン', 'ｱﾏｿﾞﾝ', 'Ａｍａｚｏｎ', 'ａｍａｚｏｎ', 'ＡＭＡＺＯＮ'];
function iso2022jpBody(s: string): string {
  const euc = iconv.encode(s, 'euc-jp');
  if (euc.some((b) => b === 0x8e)) return '';
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
const JAPANESE = japaneseNeedlesRaw();
const BODY_ALTERNATIVES = [...ASCII_FORMS, ...JAPANESE.map(escapeRegExp)];
const OLD_LATIN1 = new RegExp(BODY_ALTERNATIVES.join('|'), 'i');
const OLD_ASCII = new RegExp(BODY_ALTERNATIVES.filter((a) => /^[\x00-\x7f]*$/.test(a)).join('|'), 'i');
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
const OLD_QP = new RegExp([...ASCII_FORMS, ...JAPANESE.flatMap((n) => [qpEncode(n, true), qpEncode(n, false)]).map(escapeRegExp)].join('|'), 'i');
// ---- end of the reference ----

/** Flip the case of some chars as /i would see them: ASCII letters and latin1 letters 0xc0-0xfe. */
function flipCase(s: string, mask: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const flip = (mask >> i % 30) & 1;
    if (flip && ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) out += String.fromCharCode(c + 0x20);
    else if (flip && ((c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7))) out += String.fromCharCode(c - 0x20);
    else out += s[i];
  }
  return out;
}
const latin1 = (bytes: number[]) => Buffer.from(bytes).toString('latin1');
const needles = [...JAPANESE, 'amazon', 'a m a z o n', 'amaz0n', 'arnazon', 'amzn'];
const qpNeedles = JAPANESE.flatMap((n) => [qpEncode(n, true), qpEncode(n, false)]);

function textOf(list: string[]) {
  const piece = fc.oneof(
    fc.tuple(fc.constantFrom(...list), fc.nat()).map(([n, mask]) => flipCase(n, mask)),
    fc.tuple(fc.constantFrom(...list), fc.nat()).map(([n, mask]) => flipCase(n, mask).slice(1)),
    fc.tuple(fc.constantFrom(...list), fc.nat()).map(([n, mask]) => flipCase(n, mask).slice(0, -1)),
    fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }).map(latin1),
    fc.constantFrom('=', '=E3', '=e3', '#', '%', 'a', ' '),
  );
  return fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
}

describe('needle alternations without /i repeats answer as the full ones', () => {
  test('the dropped alternatives are repeats under /i', () => {
    const keys = (re: RegExp) => new Set(re.source.split('|').map((a) => caseInsensitiveKey(a.replace(/\\(.)/g, '$1'))));
    expect(keys(BODY_NEEDLES_LATIN1)).toEqual(keys(OLD_LATIN1));
    expect(keys(QP_NEEDLES_LATIN1)).toEqual(keys(OLD_QP));
    expect(BODY_NEEDLES_LATIN1.source.split('|').length).toBeLessThan(OLD_LATIN1.source.split('|').length);
  });

  test('caseInsensitiveKey agrees with the RegExp engine on every latin1 char pair', () => {
    for (let a = 0; a < 256; a++) {
      const ca = String.fromCharCode(a);
      const re = new RegExp(`^${escapeRegExp(ca)}$`, 'i');
      for (let b = 0; b < 256; b++) {
        const cb = String.fromCharCode(b);
        expect(re.test(cb)).toBe(caseInsensitiveKey(ca) === caseInsensitiveKey(cb));
      }
    }
  });

  test('BODY_NEEDLES_LATIN1 and BODY_NEEDLES_ASCII', () => {
    const seen = new Set<boolean>();
    fc.assert(fc.property(textOf(needles), (t) => {
      seen.add(OLD_LATIN1.test(t));
      expect(BODY_NEEDLES_LATIN1.test(t)).toBe(OLD_LATIN1.test(t));
      expect(BODY_NEEDLES_ASCII.test(t)).toBe(OLD_ASCII.test(t));
    }), { numRuns: 5000 });
    expect(seen).toEqual(new Set([true, false]));
  });

  test('QP_NEEDLES_LATIN1', () => {
    const seen = new Set<boolean>();
    fc.assert(fc.property(textOf([...qpNeedles, 'amazon']), (t) => {
      seen.add(OLD_QP.test(t));
      expect(QP_NEEDLES_LATIN1.test(t)).toBe(OLD_QP.test(t));
    }), { numRuns: 5000 });
    expect(seen).toEqual(new Set([true, false]));
  });
});
