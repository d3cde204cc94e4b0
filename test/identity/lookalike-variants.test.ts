/**
 * A reverse dnstwist: every permutation dnstwist would register to imitate amazon.com or amazon.co.jp
 * (docs/sources.md#lookalike-research, fuzzers addition … tld-swap, written here) must be recognised, with the
 * right technique.
 *
 * Variants are skipped only for the documented false-positive rules of findLookalike (Chromium's
 * lookalike_url_util.cc, docs/sources.md#lookalike-research): a changed first character (hank/tank; imazon.org.br
 * is a real NGO), and real words (amazona, amazone). Amazon's own domains (amazon.cn, amazon.jp …) are not
 * variants.
 */
import { describe, expect, test } from 'vitest';
import { findLookalike, type LookalikeTechnique } from '../../src/identity/lookalike/index.js';
import { isAmazonDomain, UNRELATED_BRAND_WORDS } from '../../src/amazon/index.js';

const QWERTY: Record<string, string> = {
  a: 'qwsz', m: 'njk', z: 'asx', o: 'iklp', n: 'bhjm',
};
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function addition(label: string): string[] {
  return [...LETTERS].map((c) => label + c);
}
function bitsquatting(label: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < label.length; i++) {
    for (let bit = 0; bit < 8; bit++) {
      const c = String.fromCharCode(label.charCodeAt(i) ^ (1 << bit));
      if (/^[a-z0-9-]$/.test(c)) out.push(label.slice(0, i) + c + label.slice(i + 1));
    }
  }
  return out;
}
/** dnstwist's Latin→Cyrillic table; "z" has no Cyrillic twin, so the result mixes scripts. */
function cyrillic(label: string): string[] {
  const map: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', m: 'м', n: 'п' };
  const all = [...label].map((c) => (c === 'n' ? c : (map[c] ?? c))).join('');
  const single = [...label].flatMap((c, i) => (map[c] && c !== 'n' && c !== 'm' ? [label.slice(0, i) + map[c] + label.slice(i + 1)] : []));
  return [all, ...single];
}
const ASCII_GLYPHS: Record<string, string[]> = { m: ['rn', 'nn'], o: ['0'] };
const UNICODE_GLYPHS: Record<string, string[]> = {
  a: ['à', 'á', 'â', 'ã', 'ä', 'å', 'ɑ', 'α'],
  o: ['ò', 'ó', 'ô', 'ö', 'ο', 'ọ'],
  z: ['ż', 'ź', 'ẓ'],
  n: ['ñ', 'ń', 'ṇ'],
};
function homoglyph(label: string, table: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (let i = 0; i < label.length; i++) {
    for (const g of table[label[i]] ?? []) out.push(label.slice(0, i) + g + label.slice(i + 1));
  }
  return out;
}
function hyphenation(label: string): string[] {
  return Array.from({ length: label.length - 1 }, (_, i) => label.slice(0, i + 1) + '-' + label.slice(i + 1));
}
function insertion(label: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < label.length - 1; i++) {
    for (const k of QWERTY[label[i]] ?? '') {
      out.push(label.slice(0, i) + k + label.slice(i), label.slice(0, i + 1) + k + label.slice(i + 1));
    }
  }
  return out;
}
function omission(label: string): string[] {
  return [...label].map((_, i) => label.slice(0, i) + label.slice(i + 1));
}
/** dnstwist inserts "s" or "es"; "es" is two edits, beyond the one-edit rule, so only "s" is generated. */
function plural(label: string): string[] {
  return Array.from({ length: label.length - 4 }, (_, k) => k + 2).map((i) => label.slice(0, i + 1) + 's' + label.slice(i + 1));
}
function repetition(label: string): string[] {
  return [...label].map((c, i) => label.slice(0, i) + c + label.slice(i));
}
function replacement(label: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < label.length; i++) for (const k of QWERTY[label[i]] ?? '') out.push(label.slice(0, i) + k + label.slice(i + 1));
  return out;
}
function transposition(label: string): string[] {
  return Array.from({ length: label.length - 1 }, (_, i) => label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2));
}
function vowelSwap(label: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < label.length; i++) {
    if (!'aeiou'.includes(label[i])) continue;
    for (const v of 'aeiou') if (v !== label[i]) out.push(label.slice(0, i) + v + label.slice(i + 1));
  }
  return out;
}
const DICTIONARY = ['login', 'account', 'secure', 'security', 'signin', 'verify', 'update', 'payment', 'support', 'prime', 'help'];
function dictionary(label: string): string[] {
  return DICTIONARY.flatMap((w) => [label + w, label + '-' + w, w + label, w + '-' + label]);
}
/** dnstwist's abused_tlds.dict. */
const TLDS = ['com', 'net', 'eu', 'cn', 'ga', 'gq', 'tk', 'ml', 'cf', 'cc', 'info', 'app', 'ooo', 'xyz', 'online', 'site', 'wang', 'work', 'rest', 'buzz', 'top', 'fit'];

interface Variant {
  host: string;
  fuzzer: string;
  expected: LookalikeTechnique;
}

function variantsOf(domain: string): Variant[] {
  const label = domain.split('.')[0];
  const suffix = domain.slice(label.length + 1);
  const out: Variant[] = [];
  const add = (fuzzer: string, labels: string[], expected: LookalikeTechnique | ((l: string) => LookalikeTechnique)) => {
    for (const l of labels) out.push({ host: `${l}.${suffix}`, fuzzer, expected: typeof expected === 'function' ? expected(l) : expected });
  };
  add('addition', addition(label), 'edit-distance');
  add('bitsquatting', bitsquatting(label), 'edit-distance');
  // Cyrillic "м" is not a UTS #39 confusable of "m" (it looks like a small capital M), so a label using it reads
  // as one edit from the brand through an IDN: reported as punycode, not as a pure script mix.
  add('cyrillic', cyrillic(label), (l) => (l.includes('м') ? 'punycode' : 'mixed-script'));
  add('homoglyph', homoglyph(label, ASCII_GLYPHS), 'homoglyph');
  // dnstwist gives .jp / .co.jp no Latin-with-diacritics glyphs: the registry does not allow them.
  if (suffix === 'com') add('homoglyph', homoglyph(label, UNICODE_GLYPHS), (l) => (/[αο]/.test(l) ? 'mixed-script' : 'homoglyph'));
  add('hyphenation', hyphenation(label), 'edit-distance');
  add('insertion', insertion(label), 'edit-distance');
  add('omission', omission(label), 'edit-distance');
  add('plural', plural(label), 'edit-distance');
  add('repetition', repetition(label), 'edit-distance');
  add('replacement', replacement(label), 'edit-distance');
  add('transposition', transposition(label), 'edit-distance');
  add('vowel-swap', vowelSwap(label), 'edit-distance');
  add('dictionary', dictionary(label), 'combo-squat');
  for (let i = 1; i < label.length; i++) {
    out.push({ host: `${label.slice(0, i)}.${label.slice(i)}.${suffix}`, fuzzer: 'subdomain', expected: 'edit-distance' });
  }
  for (const tld of TLDS) out.push({ host: `${label}.${tld}`, fuzzer: 'tld-swap', expected: 'tld-swap' });
  return out;
}

/** The documented false-positive rules (see the file comment), applied to the generated label. */
function excludedByDesign(v: Variant, base: string): boolean {
  if (v.fuzzer === 'tld-swap' || v.fuzzer === 'dictionary' || v.fuzzer === 'subdomain') return false;
  const label = v.host.split('.')[0];
  if (UNRELATED_BRAND_WORDS.includes(label)) return true;
  if (v.expected !== 'edit-distance') return false;
  const swappedFirstTwo = label.length === base.length && label[0] === base[1] && label[1] === base[0];
  return label[0] !== base[0] && !swappedFirstTwo;
}

for (const base of ['amazon.com', 'amazon.co.jp']) {
  describe(`dnstwist-style variants of ${base}`, () => {
    const variants = [...new Map(variantsOf(base).map((v) => [v.host, v])).values()].filter(
      (v) => v.host !== base && !isAmazonDomain(v.host),
    );
    const fuzzers = [...new Set(variants.map((v) => v.fuzzer))];

    test('every fuzzer produced variants', () => {
      expect(fuzzers).toEqual(
        expect.arrayContaining(['addition', 'bitsquatting', 'cyrillic', 'homoglyph', 'hyphenation', 'insertion', 'omission', 'plural',
          'repetition', 'replacement', 'subdomain', 'transposition', 'vowel-swap', 'dictionary', 'tld-swap']),
      );
    });

    for (const fuzzer of fuzzers) {
      test(`${fuzzer}: every variant is detected with the right technique`, () => {
        const wrong: string[] = [];
        for (const v of variants.filter((x) => x.fuzzer === fuzzer && !excludedByDesign(x, 'amazon'))) {
          const m = findLookalike(v.host);
          if (!m || m.technique !== v.expected) wrong.push(`${v.host}: ${m ? m.technique : 'null'} (expected ${v.expected})`);
          else if (v.fuzzer !== 'tld-swap' && m.imitates !== base) wrong.push(`${v.host}: imitates ${m.imitates}`);
        }
        expect(wrong).toEqual([]);
      });
    }
  });
}

describe('false-positive rules', () => {
  test('a different first letter is not a typo of the brand (Chromium)', () => {
    expect(findLookalike('imazon.org.br')).toBeNull();
    expect(findLookalike('smazon.com')).toBeNull();
  });
  test('real words are not the brand', () => {
    expect(findLookalike('amazona.de')).toBeNull();
    expect(findLookalike('amazones.fr')).toBeNull();
  });
  test('two edits are not one', () => {
    expect(findLookalike('amaeszon.com')).toBeNull();
  });
});
