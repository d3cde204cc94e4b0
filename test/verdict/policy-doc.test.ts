/** docs/verdicts.md and src/verdict/policy.ts describe the same policy: every row, both ways. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { VERDICT_POLICY } from '../../src/verdict/policy.js';
import { FINDING_CODES } from '../../src/findings.js';

const doc = readFileSync(new URL('../../docs/verdicts.md', import.meta.url), 'utf8');
const rows = [...doc.matchAll(/^\| `([a-z-]+\.[a-z0-9-]+)` \| (\w+) \| `([a-z-]+)` \|/gm)].map((m) => ({ code: m[1]!, severity: m[2]!, effect: m[3]! }));

describe('the documented verdict policy', () => {
  test('lists every finding code once', () => {
    expect(rows.map((r) => r.code).sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });

  test('gives each code the effect the code gives it', () => {
    for (const r of rows) expect({ code: r.code, effect: r.effect }).toEqual({ code: r.code, effect: VERDICT_POLICY[r.code as keyof typeof VERDICT_POLICY] });
  });

  test('gives each code its default severity', () => {
    for (const r of rows) expect({ code: r.code, severity: r.severity }).toEqual({ code: r.code, severity: FINDING_CODES[r.code as keyof typeof FINDING_CODES] });
  });
});
