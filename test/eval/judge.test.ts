/**
 * The bar of issue 8, held against hand-made reports: what counts as a miss in each category, the phishing
 * share, mbox accounting and the headline.
 */
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/index.js';
import {
  headline,
  judgeFileCategory,
  judgeMbox,
  judgeMboxFile,
  outcomeOfFile,
  outcomeOfMessage,
  type Outcome,
} from '../../src/eval/judge.js';
import type { MboxEntry } from '../../src/eval/mbox-count.js';
import { messageReport, reportOf } from './helpers.js';

const outcome = (label: string, verdict: Verdict): Outcome => outcomeOfMessage(label, messageReport(verdict));
const outcomes = (verdicts: Verdict[]): Outcome[] => verdicts.map((v, i) => outcome(`mail-${i + 1}.eml`, v));
const missedLabels = (r: { misses: Outcome[] }) => r.misses.map((m) => m.label);

describe('amazon-phish', () => {
  it('counts suspicious as flagged', () => {
    const r = judgeFileCategory('amazon-phish', outcomes([...Array(9).fill('phishing'), 'suspicious']));
    expect(r.misses).toEqual([]);
    expect(r.bar.met).toBe(true);
  });

  it('misses a file called unverified, unrelated or error', () => {
    const r = judgeFileCategory('amazon-phish', outcomes(['phishing', 'unverified', 'unrelated', 'error', 'genuine']));
    expect(missedLabels(r)).toEqual(['mail-2.eml', 'mail-3.eml', 'mail-4.eml', 'mail-5.eml']);
    expect(r.bar.met).toBe(false);
  });

  it('fails the bar below 90% phishing even when every file is flagged', () => {
    const r = judgeFileCategory('amazon-phish', outcomes([...Array(8).fill('phishing'), 'suspicious', 'suspicious']));
    expect(r.misses).toEqual([]);
    expect(r.bar.rules).toEqual([
      { rule: 'every file phishing or suspicious', met: true },
      { rule: 'at least 90% phishing', met: false },
    ]);
    expect(r.bar.met).toBe(false);
  });

  it('lists the suspicious files as worth a look', () => {
    const r = judgeFileCategory('amazon-phish', outcomes(['phishing', 'suspicious']));
    expect(r.notable.map((o) => o.label)).toEqual(['mail-2.eml']);
  });
});

describe('amazon-legit', () => {
  it('misses every file that is not genuine, unverified included', () => {
    const r = judgeFileCategory('amazon-legit', outcomes(['genuine', 'unverified', 'suspicious', 'unrelated']));
    expect(missedLabels(r)).toEqual(['mail-2.eml', 'mail-3.eml', 'mail-4.eml']);
    expect(r.bar.met).toBe(false);
  });

  it('meets the bar when every file is genuine', () => {
    expect(judgeFileCategory('amazon-legit', outcomes(['genuine', 'genuine'])).bar.met).toBe(true);
  });
});

describe('other-ham', () => {
  it('misses a mail flagged phishing or suspicious', () => {
    const r = judgeFileCategory('other-ham', outcomes(['unrelated', 'phishing', 'suspicious']));
    expect(missedLabels(r)).toEqual(['mail-2.eml', 'mail-3.eml']);
  });

  it('does not miss a mail that mentions Amazon and is left unverified, but lists it as worth a look', () => {
    const r = judgeFileCategory('other-ham', outcomes(['unrelated', 'unverified']));
    expect(r.misses).toEqual([]);
    expect(r.bar.met).toBe(true);
    expect(r.notable.map((o) => o.label)).toEqual(['mail-2.eml']);
  });

  it('misses a file that could not be read', () => {
    expect(missedLabels(judgeFileCategory('other-ham', outcomes(['error'])))).toEqual(['mail-1.eml']);
  });
});

describe('other-phish', () => {
  it('misses only a genuine verdict (and an error)', () => {
    const r = judgeFileCategory('other-phish', outcomes(['unrelated', 'phishing', 'unverified', 'genuine', 'error']));
    expect(missedLabels(r)).toEqual(['mail-4.eml', 'mail-5.eml']);
  });
});

describe('uncertain', () => {
  it('has no bar: nothing is a miss', () => {
    const r = judgeFileCategory('uncertain', outcomes(['phishing', 'genuine', 'error']));
    expect(r.misses).toEqual([]);
    expect(r.bar).toMatchObject({ met: true, rules: [] });
    expect(r.byVerdict).toMatchObject({ phishing: 1, genuine: 1, error: 1 });
  });
});

describe('an absent category folder', () => {
  it('has nothing to clear and says so in the headline', () => {
    const r = judgeFileCategory('amazon-legit', [], false);
    expect(r.bar.met).toBe(true);
    expect(headline([r], [])).toBe('amazon-legit absent: bar met');
  });
});

describe('one file of a one-mail-per-file category', () => {
  it('takes the verdict, reasons and strongest finding titles of its message', () => {
    const o = outcomeOfFile('a.eml', reportOf([messageReport('phishing')]));
    expect(o).toMatchObject({
      label: 'a.eml',
      verdict: 'phishing',
      reasons: ['sender.display-name-impersonation'],
      titles: ['The sender name says Amazon, the address does not'],
      note: null,
    });
  });

  it('is an error when the file cannot be read', () => {
    const o = outcomeOfFile('empty.eml', reportOf([], { inputErrors: ['empty file'] }));
    expect(o).toMatchObject({ verdict: 'error', note: 'empty file' });
  });

  it('is an error when it holds more than one message', () => {
    const o = outcomeOfFile('two.eml', reportOf([messageReport('phishing'), messageReport('genuine')]));
    expect(o).toMatchObject({ verdict: 'error', note: 'expected one message, amzcheck reported 2 (0 skipped)' });
  });
});

describe('an mbox file', () => {
  const entries: MboxEntry[] = [
    { index: 1, offset: 50, from: 'Bank <a@bank.example>', subject: 'Verify your account' },
    { index: 2, offset: 400, from: '"Amazon" <service@amazon.com>', subject: 'Account on hold' },
    { index: 3, offset: 900, from: 'friend@example.org', subject: 'my amazon wishlist' },
  ];
  const at = (offset: number, verdict: Verdict) => messageReport(verdict, { location: { file: 'm.mbox', index: 0, offset } });

  it('is accounted for when reports plus skipped equal the From_ count', () => {
    const r = judgeMboxFile('m.mbox', entries, reportOf([at(50, 'unrelated'), at(400, 'phishing')], { skipped: 1 }), 3);
    expect(r.account).toMatchObject({ separators: 3, reported: 2, skipped: 1, accounted: true });
  });

  it('is not accounted for when a message is missing', () => {
    const r = judgeMboxFile('m.mbox', entries, reportOf([at(50, 'unrelated'), at(400, 'phishing')]), null);
    expect(r.account.accounted).toBe(false);
  });

  it('is not accounted for when SOURCES.md states another count', () => {
    const report = reportOf([at(50, 'unrelated'), at(400, 'phishing'), at(900, 'phishing')]);
    expect(judgeMboxFile('m.mbox', entries, report, 4).account.accounted).toBe(false);
  });

  it('judges the Amazon-claiming messages by the report at the same byte offset', () => {
    const report = reportOf([at(50, 'phishing'), at(400, 'phishing'), at(900, 'unverified')]);
    const r = judgeMboxFile('m.mbox', entries, report, null);
    expect(r.claims.map((c) => [c.label, c.verdict, c.subject])).toEqual([
      ['m.mbox#2', 'phishing', 'Account on hold'],
      ['m.mbox#3', 'unverified', 'my amazon wishlist'],
    ]);
    expect(r.account).toMatchObject({ amazonClaims: 2, amazonFlagged: 1 });
    expect(missedLabels(judgeMbox([r]))).toEqual(['m.mbox#3']);
  });

  it('leaves out an Amazon-claiming message that amzcheck skipped on purpose', () => {
    const r = judgeMboxFile('m.mbox', entries, reportOf([at(50, 'unrelated'), at(400, 'phishing')], { skipped: 1 }), null);
    expect(r.claims.map((c) => c.label)).toEqual(['m.mbox#2']);
    expect(r.account.amazonClaimsSkipped).toBe(1);
  });

  it('misses an Amazon-claiming message without a report when the counts disagree', () => {
    const r = judgeMboxFile('m.mbox', entries, reportOf([at(50, 'unrelated'), at(400, 'phishing')]), null);
    expect(r.claims.find((c) => c.label === 'm.mbox#3')).toMatchObject({ verdict: 'error', note: 'no message report at byte offset 900' });
    const category = judgeMbox([r]);
    expect(category.bar.rules).toEqual([
      { rule: 'every message accounted for', met: false },
      { rule: 'every Amazon-claiming message phishing or suspicious', met: false },
    ]);
  });

  it('counts the verdicts of every message for the table', () => {
    const report = reportOf([at(50, 'phishing'), at(400, 'phishing'), at(900, 'unrelated')]);
    expect(judgeMbox([judgeMboxFile('m.mbox', entries, report, null)]).byVerdict).toMatchObject({ phishing: 2, unrelated: 1 });
  });
});

describe('the headline', () => {
  function corpus(phish: Verdict[], legit: Verdict[], ham: Verdict[], otherPhish: Verdict[]) {
    const categories = [
      judgeFileCategory('amazon-phish', outcomes(phish)),
      judgeFileCategory('amazon-legit', outcomes(legit)),
      judgeFileCategory('other-ham', outcomes(ham)),
      judgeFileCategory('other-phish', outcomes(otherPhish)),
      judgeFileCategory('uncertain', outcomes(['phishing'])),
    ];
    const entries: MboxEntry[] = [{ index: 1, offset: 10, from: 'service@amazon.com', subject: '' }];
    const mbox = judgeMboxFile('m.mbox', entries, reportOf([messageReport('phishing', { location: { file: 'm', index: 1, offset: 10 } })]), 1);
    return { categories: [...categories, judgeMbox([mbox])], mboxFiles: [mbox.account] };
  }

  it('gives the figures of every category with a bar, and says the bar is met', () => {
    const { categories, mboxFiles } = corpus(
      [...Array(19).fill('phishing'), 'suspicious'],
      ['genuine'],
      ['unrelated', 'unverified'],
      ['unrelated'],
    );
    expect(headline(categories, mboxFiles)).toBe(
      'amazon-phish 20/20 flagged (19 phishing, 95%), amazon-legit 1/1 genuine, other-ham 0/2 flagged, ' +
        'other-phish 0/1 genuine, mbox 1/1 accounted, 1/1 Amazon phish flagged: bar met',
    );
  });

  it('rounds the phishing share down, so 89.5% never reads as 90%', () => {
    const phish: Verdict[] = [...Array(179).fill('phishing'), ...Array(21).fill('suspicious')];
    const { categories, mboxFiles } = corpus(phish, ['genuine'], [], []);
    expect(headline(categories, mboxFiles)).toContain('amazon-phish 200/200 flagged (179 phishing, 89%)');
  });

  it('counts the misses and names the failed rules', () => {
    const { categories, mboxFiles } = corpus(['phishing', 'unrelated'], ['unverified'], ['suspicious'], ['genuine']);
    expect(headline(categories, mboxFiles)).toMatch(
      /: bar NOT met \(4 misses; failed: amazon-phish: every file phishing or suspicious, amazon-phish: at least 90% phishing, amazon-legit: every file genuine, other-ham: none phishing or suspicious, other-phish: none genuine\)$/,
    );
  });
});
