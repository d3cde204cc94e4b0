/**
 * The evaluation end to end on fixtures/eval/small-corpus: copies of the project's fixtures filed by category,
 * two of them in the wrong category on purpose, an empty file, and a hand-written mbox (see its SOURCES.md).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, type Evaluation } from '../../src/eval/evaluate.js';
import { formatEvaluation } from '../../src/eval/format.js';
import { parseEvalArgs, runEval } from '../../src/eval/cli.js';
import type { Category } from '../../src/eval/categories.js';

const SMALL = fileURLToPath(new URL('../../fixtures/eval/small-corpus', import.meta.url));
const MBOX = 'four-messages-two-claim-amazon-one-deleted.mbox';

let evaluation: Evaluation;
beforeAll(async () => {
  evaluation = await evaluateCorpus(SMALL);
});

const category = (name: Category) => evaluation.categories.find((c) => c.category === name)!;
const missed = (name: Category) => category(name).misses.map((m) => m.label);

describe('the verdict table', () => {
  it('has a row per category in report order', () => {
    expect(evaluation.categories.map((c) => c.category)).toEqual([
      'amazon-phish',
      'amazon-legit',
      'amazon-unverifiable',
      'other-ham',
      'other-phish',
      'uncertain',
      'mbox',
    ]);
  });

  it('counts one item per file, and for mbox one per message report', () => {
    expect(evaluation.categories.map((c) => [c.category, c.count])).toEqual([
      ['amazon-phish', 3],
      ['amazon-legit', 1],
      ['amazon-unverifiable', 1],
      ['other-ham', 3],
      ['other-phish', 1],
      ['uncertain', 1],
      ['mbox', 3],
    ]);
  });

  it('counts the verdicts of the files', () => {
    expect(category('amazon-phish').byVerdict).toMatchObject({ phishing: 2, unrelated: 1 });
    expect(category('amazon-legit').byVerdict).toMatchObject({ genuine: 1 });
    expect(category('other-ham').byVerdict).toMatchObject({ phishing: 1, unrelated: 1, error: 1 });
  });
});

describe('misses', () => {
  it('names the file filed as Amazon phishing that amzcheck does not flag', () => {
    expect(missed('amazon-phish')).toEqual(['newsletter-mentioning-amazon-misfiled-as-phish.eml']);
  });

  it('names the file filed as ham that amzcheck flags, with the reasons that decided it', () => {
    const lure = category('other-ham').misses.find((m) => m.label === 'amazon-sign-in-lure-misfiled-as-ham.eml');
    expect(lure?.verdict).toBe('phishing');
    expect(lure?.reasons.length).toBeGreaterThan(0);
    expect(lure?.titles.length).toBeGreaterThan(0);
  });

  it('counts a file that cannot be read as a miss, with the reason', () => {
    const empty = category('other-ham').misses.find((m) => m.label === 'empty-file-cannot-be-judged.eml');
    expect(empty).toMatchObject({ verdict: 'error', note: 'empty file' });
  });

  // A genuine Amazon mail saved without its transport headers: nothing in it proves or disproves the sender,
  // so it is `unverified`, and `phishing` would be a miss of the amazon-unverifiable bar (issue 19).
  it('calls the copy without transport headers unverified, not phishing', () => {
    expect(category('amazon-unverifiable').misses).toEqual([]);
    expect(category('amazon-unverifiable').byVerdict).toMatchObject({ unverified: 1 });
  });

  it('has none where the files are filed right', () => {
    expect([missed('amazon-legit'), missed('other-phish'), missed('uncertain')]).toEqual([[], [], []]);
  });
});

describe('the mbox file', () => {
  it('is accounted for: 3 reports and 1 deleted message make the 4 From_ messages SOURCES.md states', () => {
    expect(evaluation.mboxFiles).toEqual([
      {
        file: MBOX,
        separators: 4,
        declared: 4,
        reported: 3,
        skipped: 1,
        inputErrors: [],
        accounted: true,
        amazonClaims: 2,
        amazonFlagged: 1,
        amazonClaimsSkipped: 1,
      },
    ]);
  });

  it('misses the Amazon-claiming message that is not flagged, by position and subject', () => {
    expect(category('mbox').misses.map((m) => [m.label, m.subject])).toEqual([[`${MBOX}#3`, 'my amazon wishlist']]);
  });
});

describe('the report', () => {
  it('ends with the headline', () => {
    const text = formatEvaluation(evaluation);
    expect(text.trimEnd().split('\n').at(-1)).toBe(evaluation.headline);
    expect(evaluation.headline).toMatch(
      /^amazon-phish 2\/3 flagged \(2 phishing, 66%\), amazon-legit 1\/1 genuine, amazon-unverifiable 0\/1 flagged, other-ham 1\/3 flagged, other-phish 0\/1 genuine, mbox 4\/4 accounted, 1\/2 Amazon phish flagged: bar NOT met \(4 misses; /,
    );
  });

  it('prints the table header and a row per category', () => {
    const lines = formatEvaluation(evaluation).split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^category +count +phishing +suspicious +unverified +genuine +unrelated +error +misses +bar$/));
    expect(lines).toContainEqual(expect.stringMatching(/^amazon-phish +3 +2 +0 +0 +0 +1 +0 +1 +NOT met$/));
    expect(lines).toContainEqual(expect.stringMatching(/^amazon-legit +1 +0 +0 +0 +1 +0 +0 +0 +met$/));
  });

  it('lists each miss under its category with verdict and reasons', () => {
    const text = formatEvaluation(evaluation);
    expect(text).toMatch(/Misses in amazon-phish[^\n]*\n {2}newsletter-mentioning-amazon-misfiled-as-phish\.eml {2}unrelated /);
    expect(text).toMatch(/ {2}empty-file-cannot-be-judged\.eml {2}error \(empty file\)/);
  });
});

describe('the command', () => {
  const run = async (argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runEval(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { code, out, err };
  };

  it('exits 1 when the bar is not met', async () => {
    expect((await run([SMALL])).code).toBe(1);
  });

  it('writes the same evaluation as JSON with --json', async () => {
    const { code, out } = await run([SMALL, '--json']);
    const json = JSON.parse(out) as Evaluation;
    expect(code).toBe(1);
    expect(json.headline).toBe(evaluation.headline);
    expect(json.categories.map((c) => c.misses.map((m) => m.label))).toEqual(evaluation.categories.map((c) => c.misses.map((m) => m.label)));
  });

  it('exits 2 on a directory without category folders', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'amzcheck-eval-'));
    mkdirSync(path.join(empty, 'notes'));
    try {
      const { code, err } = await run([empty]);
      expect(code).toBe(2);
      expect(err).toContain('none of the category folders');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('exits 2 on a directory that does not exist', async () => {
    expect((await run([path.join(SMALL, 'no-such-folder')])).code).toBe(2);
  });

  it('parses DIR, --json and --deep, and refuses the rest', () => {
    expect(parseEvalArgs(['c', '--deep', '--json'])).toEqual({ dir: 'c', json: true, deep: true });
    expect(parseEvalArgs([])).toBe('DIR is missing');
    expect(parseEvalArgs(['c', '--online'])).toBe('unknown option --online');
    expect(parseEvalArgs(['a', 'b'])).toBe('one directory only (got a and b)');
  });
});

