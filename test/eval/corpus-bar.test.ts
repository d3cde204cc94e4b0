/**
 * Issue 8: the bar on real mail nobody here wrote (../shared/corpus, see its SOURCES.md). CI has the corpus;
 * a user's clone does not, and then these tests are skipped (and say so).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, type Evaluation } from '../../src/eval/evaluate.js';
import type { Category } from '../../src/eval/categories.js';
import type { Outcome } from '../../src/eval/judge.js';
import { expectKnownMisses, type Miss } from '../ratchet/known-misses.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) {
  console.info(`test/eval/corpus-bar.test.ts skipped: ${CORPUS} (../shared/corpus from the repository root) does not exist`);
}

/** A miss as the failure message shows it: file, verdict and why. */
const explain = (o: Outcome) => `${o.label} ${o.verdict}${o.note ? ` (${o.note})` : ''} [${o.reasons.join(', ')}]`;

/** An outcome as an entry of the ratchet (test/ratchet/known-misses.json). */
const asMiss = (category: Category, what: string) => (o: Outcome): Miss => ({ file: `${category}/${o.label}`, what, verdict: o.verdict });

/** The categories whose bar is held by the ratchet until the accuracy issues are done. */
const RATCHETED: readonly Category[] = ['amazon-phish', 'amazon-legit', 'amazon-unverifiable'];

describe.skipIf(!HAS_CORPUS)('the bar on ../shared/corpus', () => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluateCorpus(CORPUS);
  });
  const category = (name: Category) => evaluation.categories.find((c) => c.category === name)!;

  it('finds the files SOURCES.md lists in every category', () => {
    expect(evaluation.categories.map((c) => [c.category, c.present])).toEqual([
      ['amazon-phish', true],
      ['amazon-legit', true],
      ['amazon-unverifiable', true],
      ['other-ham', true],
      ['other-phish', true],
      ['uncertain', true],
      ['mbox', true],
    ]);
    expect(
      ['amazon-phish', 'amazon-legit', 'amazon-unverifiable', 'other-ham', 'other-phish', 'uncertain'].map((c) => category(c as Category).count),
    ).toEqual([93, 14, 6, 42, 42, 4]);
    expect(evaluation.mboxFiles.map((f) => f.file)).toEqual(['nazario-20051114.mbox', 'py4e-mbox-short.mbox']);
  });

  it('amazon-phish: every file phishing or suspicious, but for the listed misses', () => {
    expectKnownMisses('eval/amazon-phish', category('amazon-phish').misses.map(asMiss('amazon-phish', 'not flagged')));
  });

  it('amazon-phish: every file phishing (bar: at least 90%), but for the listed ones', () => {
    const c = category('amazon-phish');
    expectKnownMisses('eval/amazon-phish-phishing', c.outcomes.filter((o) => o.verdict !== 'phishing').map(asMiss('amazon-phish', 'not phishing')));
  });

  it('amazon-legit: every file genuine, but for the listed misses', () => {
    expectKnownMisses('eval/amazon-legit', category('amazon-legit').misses.map(asMiss('amazon-legit', 'not genuine')));
  });

  it('amazon-unverifiable: none phishing or suspicious, but for the listed misses', () => {
    expectKnownMisses('eval/amazon-unverifiable', category('amazon-unverifiable').misses.map(asMiss('amazon-unverifiable', 'flagged')));
  });

  it('other-ham: none phishing or suspicious', () => {
    expect(category('other-ham').misses.map(explain)).toEqual([]);
  });

  it('other-phish: none genuine', () => {
    expect(category('other-phish').misses.map(explain)).toEqual([]);
  });

  it('mbox: every message accounted for (438 and 27, counted by From_ line and stated in SOURCES.md)', () => {
    expect(evaluation.mboxFiles.map((f) => [f.file, f.separators, f.declared, f.reported + f.skipped, f.accounted])).toEqual([
      ['nazario-20051114.mbox', 438, 438, 438, true],
      ['py4e-mbox-short.mbox', 27, 27, 27, true],
    ]);
  });

  it('mbox: the rule finds the 34 Amazon impersonations SOURCES.md counts in the Nazario dump, and none in py4e', () => {
    expect(evaluation.mboxFiles.map((f) => [f.file, f.amazonClaims + f.amazonClaimsSkipped])).toEqual([
      ['nazario-20051114.mbox', 34],
      ['py4e-mbox-short.mbox', 0],
    ]);
  });

  it('mbox: every Amazon phish inside is phishing or suspicious', () => {
    expect(category('mbox').misses.map(explain)).toEqual([]);
  });

  it('meets the bar as a whole, but in the categories held by the ratchet', () => {
    const failed = evaluation.categories.filter((c) => !c.bar.met).map((c) => c.category);
    expect(failed.filter((c) => !RATCHETED.includes(c))).toEqual([]);
    if (failed.length === 0) expect(evaluation.headline).toMatch(/: bar met$/);
  });
});
