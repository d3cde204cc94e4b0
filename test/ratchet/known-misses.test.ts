/**
 * The ratchet itself: a new miss and a listed miss that no longer happens both fail, and every list in
 * known-misses.json belongs to a test that reads it (a list nobody checks could only grow).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listedTestIds, ratchetDifferences, type Miss } from './known-misses.js';

const TEST_DIR = fileURLToPath(new URL('../', import.meta.url));
const a: Miss = { file: 'amazon-phish/a.eml', what: 'not flagged', verdict: 'unrelated' };
const b: Miss = { file: 'amazon-phish/b.eml', what: 'not flagged', verdict: 'unverified' };

describe('the ratchet', () => {
  it('passes when today matches the list', () => {
    expect(ratchetDifferences('t', [a, b], { t: [b, a] })).toEqual([]);
  });

  it('fails on a miss that is not listed', () => {
    expect(ratchetDifferences('t', [a, b], { t: [a] })).toEqual([
      'new miss, not in test/ratchet/known-misses.json "t": amazon-phish/b.eml | not flagged | unverified',
    ]);
  });

  it('fails on a listed miss that no longer happens', () => {
    expect(ratchetDifferences('t', [a], { t: [a, b] })).toEqual([
      'listed miss that no longer happens (remove it from "t"): amazon-phish/b.eml | not flagged | unverified',
    ]);
  });

  it('fails when a listed miss now has another verdict (the entry must say what happens today)', () => {
    expect(ratchetDifferences('t', [{ ...a, verdict: 'unverified' }], { t: [a] })).toHaveLength(2);
  });

  it('treats a test without a list as one that misses nothing', () => {
    expect(ratchetDifferences('none', [], {})).toEqual([]);
    expect(ratchetDifferences('none', [a], {})).toHaveLength(1);
  });

  it('has no list that no test reads', () => {
    const sources = readdirSync(TEST_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts') && !f.includes('ratchet'))
      .map((f) => readFileSync(join(TEST_DIR, f), 'utf8'))
      .join('\n');
    expect(listedTestIds().filter((id) => !sources.includes(`'${id}'`))).toEqual([]);
  });
});
