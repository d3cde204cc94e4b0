/** Every finding code can be explained to the user, in both languages, with something to do. */
import { describe, expect, test } from 'vitest';
import { FINDING_CODES, type FindingCode } from '../../src/findings.js';
import { CODE_TEXT, LANGS } from '../../src/report/text/index.js';
import { REMEDIATION_BY_CODE } from '../../src/verdict/remediation.js';
import { REMEDIATION_TEXT } from '../../src/report/text/remediation.js';
import { REMEDIATION_IDS } from '../../src/verdict/types.js';

/** Every code's text fed one shared sample (or none): evidence typed as no one code's, on purpose. */
const loose = (e: object): never => e as never;

const codes = Object.keys(FINDING_CODES) as FindingCode[];

describe('text and remediation for every finding code', () => {
  test.each(codes)('%s has a title, a message and an explanation in English and Japanese', (code) => {
    for (const lang of LANGS) {
      const t = CODE_TEXT[code]?.[lang];
      expect(t, `${code} ${lang}`).toBeDefined();
      expect(t.title.trim().length).toBeGreaterThan(0);
      expect(t.explain.trim().length).toBeGreaterThan(0);
      expect(typeof t.message(loose({}))).toBe('string');
    }
  });

  test.each(codes)('%s has at least one remediation step', (code) => {
    expect(REMEDIATION_BY_CODE[code].length).toBeGreaterThan(0);
  });

  test('every remediation step has English and Japanese text, and the Japanese is Japanese', () => {
    for (const id of REMEDIATION_IDS) {
      expect(REMEDIATION_TEXT[id].en.length).toBeGreaterThan(10);
      expect(REMEDIATION_TEXT[id].ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  test('no text table has a code that does not exist', () => {
    expect(Object.keys(CODE_TEXT).sort()).toEqual([...codes].sort());
  });
});

describe('Japanese typography', () => {
  // One rule throughout: a half-width space between Latin words and Japanese ("Amazon の", "IP アドレス"), as
  // most of the text already had it. Official Japanese product names written solid are kept as Amazon writes them.
  const SOLID_NAMES = ['Amazonビジネス', 'Amazonギフトカード', 'Amazonポイント', 'Amazonプライム'];
  const LATIN_TOUCHING_JAPANESE = /[A-Za-z][\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff]|[\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff][A-Za-z]/;
  const unspaced = (s: string) => {
    let t = s;
    for (const name of SOLID_NAMES) t = t.split(name).join(' ');
    return LATIN_TOUCHING_JAPANESE.exec(t)?.[0] ?? null;
  };
  test.each(codes)('%s: Latin words and Japanese are spaced in the title and explanation', (code) => {
    const t = CODE_TEXT[code].ja;
    expect(unspaced(t.title), t.title).toBeNull();
    expect(unspaced(t.explain), t.explain).toBeNull();
  });
  test('remediation steps too', () => {
    for (const id of REMEDIATION_IDS) expect(unspaced(REMEDIATION_TEXT[id].ja), id).toBeNull();
  });
});
