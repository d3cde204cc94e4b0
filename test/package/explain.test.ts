/** `amzcheck explain CODE`: what a finding means and what to do, readable in both languages. */
import { describe, expect, it } from 'vitest';
import { explainText, listCodes } from '../../src/report/explain.js';
import { FINDING_CODES } from '../../src/findings.js';
import { CODE_TEXT } from '../../src/report/text/index.js';
import { REMEDIATION_TEXT } from '../../src/report/text/remediation.js';
import { REMEDIATION_BY_CODE } from '../../src/verdict/remediation.js';
import { EXIT_ERROR, EXIT_OK } from '../../src/report/exit-codes.js';

const codes = Object.keys(FINDING_CODES) as (keyof typeof FINDING_CODES)[];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('amzcheck explain CODE', () => {
  it.each(codes)('explains %s in English with its title, explanation and steps', (code) => {
    const { text, exitCode } = explainText(code, 'en');
    expect(exitCode).toBe(EXIT_OK);
    expect(text.startsWith(`${code}: ${CODE_TEXT[code].en.title}\n`)).toBe(true);
    expect(text).toContain(CODE_TEXT[code].en.explain);
    for (const id of REMEDIATION_BY_CODE[code]) expect(text).toContain(REMEDIATION_TEXT[id].en);
  });

  it.each(codes)('explains %s in Japanese, with severity and verdict effect in Japanese words', (code) => {
    const { text, exitCode } = explainText(code, 'ja');
    expect(exitCode).toBe(EXIT_OK);
    expect(text).toContain(CODE_TEXT[code].ja.explain);
    for (const id of REMEDIATION_BY_CODE[code]) expect(text).toContain(REMEDIATION_TEXT[id].ja);
    const severity = text.split('\n').find((l) => l.startsWith('重大度: '));
    const effect = text.split('\n').find((l) => l.startsWith('判定への影響: '));
    expect(severity).toMatch(JAPANESE);
    expect(effect).toMatch(JAPANESE);
  });

  it('says how a code that needs an Amazon claim affects the verdict, not the policy keyword', () => {
    const { text } = explainText('links.lookalike-host', 'en');
    expect(text).not.toMatch(/phishing-if-claims/);
    expect(text).toMatch(/presents itself as Amazon/);
  });

  it('rejects an unknown code with exit 2 and suggests codes of the same concern', () => {
    const { text, exitCode } = explainText('auth.dmarc', 'en');
    expect(exitCode).toBe(EXIT_ERROR);
    expect(text).toMatch(/unknown finding code: auth\.dmarc/);
    expect(text).toContain('auth.amazon-dmarc-fail');
  });

  it('suggests the code whose name has a word misspelt by a letter, within the concern typed', () => {
    expect(explainText('sender.lookalke', 'en').text).toContain('sender.lookalike-domain');
    expect(explainText('links.lookalke', 'en').text).not.toContain('sender.lookalike-domain');
  });

  it.each(['en', 'ja'] as const)('lists every code once with its %s title', (lang) => {
    const list = listCodes(lang);
    for (const code of codes) {
      expect(list.split('\n').filter((l) => l.trim().split(/\s+/)[0] === code)).toEqual([expect.stringContaining(CODE_TEXT[code][lang].title)]);
    }
  });
});
