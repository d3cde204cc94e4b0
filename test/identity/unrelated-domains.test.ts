import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findLookalike, judgeIdn } from '../../src/identity/lookalike/index.js';

const domains = readFileSync(new URL('../../fixtures/identity/unrelated-domains.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter((l) => l.length > 0);

describe('real domains unrelated to Amazon', () => {
  test('the list is long enough to mean something', () => {
    expect(domains.length).toBeGreaterThanOrEqual(200);
  });

  test('none is reported as an Amazon lookalike', () => {
    const flagged = domains.flatMap((d) => {
      const m = findLookalike(d);
      return m ? [`${d}: ${m.technique} (${m.detail})`] : [];
    });
    expect(flagged).toEqual([]);
  });

  test('Japanese IDNs are safe for Chromium-style IDN judgement', () => {
    for (const d of ['日本語.jp', '日本語-abc.jp', 'お名前.com', 'ドメイン名例.jp']) expect(judgeIdn(d)).toEqual({ unsafe: false, reasons: [] });
  });

  test('Latin mixed with Cyrillic is unsafe for IDN judgement', () => {
    expect(judgeIdn('аmazon.com').unsafe).toBe(true);
  });
});
