/**
 * From amzcheck's reports to the evaluation: one outcome per file (or per Amazon-claiming mbox message), the
 * verdict counts per category, the misses against the bar, and the headline. Pure functions over reports, so
 * the bar logic is tested without scanning anything.
 */
import type { FindingCode } from '../findings.js';
import type { MessageReport, Report } from '../report/model.js';
import { VERDICTS, type Verdict } from '../verdict/types.js';
import { BAR_TEXT, isFlagged, isMiss, MIN_PHISHING_SHARE, NOTABLE, type Category, type FileCategory } from './categories.js';
import { claimsAmazon, type MboxEntry } from './mbox-count.js';

/** What amzcheck said about one file of a category, or one message of an mbox. */
export interface Outcome {
  /** Path relative to the category folder; `file#index` for a message inside an mbox. */
  label: string;
  verdict: Verdict;
  /** The finding codes that decided the verdict, strongest first. */
  reasons: FindingCode[];
  /** Titles of the strongest findings (English). */
  titles: string[];
  amazonRelated: boolean;
  /** The Subject, for mbox messages (file names say what a corpus file is; mbox positions do not). */
  subject: string | null;
  /** Why there is no real verdict (read error, not exactly one message, no report for an mbox message). */
  note: string | null;
}

export interface BarRule {
  rule: string;
  met: boolean;
}

export interface CategoryResult {
  category: Category;
  /** Whether the corpus has this folder at all; an absent category has no bar to clear. */
  present: boolean;
  /** Files, or for mbox the messages in all its files. */
  count: number;
  byVerdict: Record<Verdict, number>;
  bar: { text: string; met: boolean; rules: BarRule[] };
  misses: Outcome[];
  /** Outcomes that clear the bar but are worth a look (categories.ts NOTABLE). */
  notable: Outcome[];
  /** Every file's outcome; for mbox, only the Amazon-claiming messages (the ones the bar is about). */
  outcomes: Outcome[];
}

/** Whether amzcheck accounted for every message of one mbox file. */
export interface MboxAccount {
  /** Path relative to the mbox folder. */
  file: string;
  /** Messages found by the evaluation's own splitter (mbox-count.ts). */
  separators: number;
  /** Messages SOURCES.md states for this file, when it does. */
  declared: number | null;
  /** Message reports amzcheck produced (including `error` verdicts). */
  reported: number;
  /** Messages amzcheck skipped on purpose (Thunderbird-deleted, Takeout chat). */
  skipped: number;
  inputErrors: string[];
  accounted: boolean;
  /** Amazon-claiming messages that amzcheck judged (the bar's denominator). */
  amazonClaims: number;
  amazonFlagged: number;
  /** Amazon-claiming messages amzcheck skipped on purpose (deleted, chat): not judged, so not counted. */
  amazonClaimsSkipped: number;
}

/** Titles shown for a miss: enough to see why, short enough for one line. */
const TITLES_SHOWN = 3;

export function emptyVerdictCounts(): Record<Verdict, number> {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
}

export function outcomeOfMessage(label: string, message: MessageReport, subject: string | null = null): Outcome {
  return {
    label,
    verdict: message.verdict,
    reasons: message.reasons,
    titles: message.findings.slice(0, TITLES_SHOWN).map((f) => f.title),
    amazonRelated: message.amazonRelated,
    subject,
    note: message.error,
  };
}

function errorOutcome(label: string, note: string, subject: string | null = null): Outcome {
  return { label, verdict: 'error', reasons: [], titles: [], amazonRelated: false, subject, note };
}

/** A file of a one-mail-per-file category: exactly one message report, or it was not judged. */
export function outcomeOfFile(label: string, report: Report): Outcome {
  if (report.inputErrors.length > 0) return errorOutcome(label, report.inputErrors.map((e) => e.reason).join('; '));
  const skipped = report.summary.skipped.deleted + report.summary.skipped.chat;
  if (report.messages.length !== 1) {
    return errorOutcome(label, `expected one message, amzcheck reported ${report.messages.length} (${skipped} skipped)`);
  }
  return outcomeOfMessage(label, report.messages[0]);
}

export function judgeFileCategory(category: FileCategory, outcomes: Outcome[], present = true): CategoryResult {
  const byVerdict = emptyVerdictCounts();
  for (const o of outcomes) byVerdict[o.verdict]++;
  const count = outcomes.length;
  const rules = barRules(category, byVerdict, count);
  return {
    category,
    present,
    count,
    byVerdict,
    bar: { text: BAR_TEXT[category], met: !present || rules.every((r) => r.met), rules },
    misses: outcomes.filter((o) => isMiss(category, o.verdict)),
    notable: outcomes.filter((o) => NOTABLE[category].includes(o.verdict)),
    outcomes,
  };
}

function barRules(category: FileCategory, v: Record<Verdict, number>, count: number): BarRule[] {
  const flagged = v.phishing + v.suspicious;
  switch (category) {
    case 'amazon-phish':
      return [
        { rule: 'every file phishing or suspicious', met: flagged === count },
        { rule: `at least ${MIN_PHISHING_SHARE * 100}% phishing`, met: v.phishing >= MIN_PHISHING_SHARE * count },
      ];
    case 'amazon-legit':
      return [{ rule: 'every file genuine', met: v.genuine === count }];
    case 'amazon-unverifiable':
    case 'other-ham':
      return [{ rule: 'none phishing or suspicious', met: flagged === 0 && v.error === 0 }];
    case 'other-phish':
      return [{ rule: 'none genuine', met: v.genuine === 0 && v.error === 0 }];
    case 'uncertain':
      return [];
  }
}

/** One mbox file: amzcheck's report held against the independent split of the same file. */
export interface MboxFileResult {
  account: MboxAccount;
  /** Every message report of the file (for the verdict counts). */
  verdicts: Verdict[];
  /** The Amazon-claiming messages (by the rule in mbox-count.ts) with amzcheck's verdict on each. */
  claims: Outcome[];
}

export function judgeMboxFile(file: string, entries: MboxEntry[], report: Report, declared: number | null): MboxFileResult {
  const skipped = report.summary.skipped.deleted + report.summary.skipped.chat;
  const reported = report.messages.length;
  const inputErrors = report.inputErrors.map((e) => e.reason);
  const accounted =
    inputErrors.length === 0 && reported + skipped === entries.length && (declared === null || declared === entries.length);
  const byOffset = new Map(report.messages.map((m) => [m.location.offset, m]));
  const entryOffsets = new Set(entries.map((e) => e.offset));
  // When the counts agree and every report sits on a message of our own split, the messages without a report
  // are exactly the ones amzcheck skipped on purpose (a deleted mail is not the user's to judge).
  const unreportedAreSkipped = accounted && report.messages.every((m) => entryOffsets.has(m.location.offset));
  const claims: Outcome[] = [];
  let skippedClaims = 0;
  for (const entry of entries.filter(claimsAmazon)) {
    const label = `${file}#${entry.index}`;
    const subject = entry.subject || null;
    const message = byOffset.get(entry.offset);
    if (message) claims.push(outcomeOfMessage(label, message, subject));
    else if (unreportedAreSkipped) skippedClaims++;
    else claims.push(errorOutcome(label, `no message report at byte offset ${entry.offset}`, subject));
  }
  return {
    account: {
      file,
      separators: entries.length,
      declared,
      reported,
      skipped,
      inputErrors,
      accounted,
      amazonClaims: claims.length,
      amazonFlagged: claims.filter((c) => isFlagged(c.verdict)).length,
      amazonClaimsSkipped: skippedClaims,
    },
    verdicts: report.messages.map((m) => m.verdict),
    claims,
  };
}

export function judgeMbox(files: MboxFileResult[], present = true): CategoryResult {
  const byVerdict = emptyVerdictCounts();
  for (const f of files) for (const v of f.verdicts) byVerdict[v]++;
  const claims = files.flatMap((f) => f.claims);
  const misses = claims.filter((c) => !isFlagged(c.verdict));
  const rules: BarRule[] = [
    { rule: 'every message accounted for', met: files.every((f) => f.account.accounted) },
    { rule: 'every Amazon-claiming message phishing or suspicious', met: misses.length === 0 },
  ];
  return {
    category: 'mbox',
    present,
    count: files.reduce((n, f) => n + f.verdicts.length, 0),
    byVerdict,
    bar: { text: BAR_TEXT.mbox, met: !present || rules.every((r) => r.met), rules },
    misses,
    notable: [],
    outcomes: claims,
  };
}

/** Misses that count against the bar: files and messages, plus mbox files not fully accounted for. */
export function missCount(categories: CategoryResult[], mboxFiles: MboxAccount[]): number {
  return categories.reduce((n, c) => n + c.misses.length, 0) + mboxFiles.filter((f) => !f.accounted).length;
}

/**
 * The last line: e.g. "amazon-phish 57/57 flagged (55 phishing, 96%), amazon-legit 6/6 genuine, other-ham 0/30
 * flagged, other-phish 0/22 genuine, mbox 465/465 accounted, 34/34 Amazon phish flagged: bar met".
 */
export function headline(categories: CategoryResult[], mboxFiles: MboxAccount[]): string {
  const parts: string[] = [];
  for (const c of categories) {
    if (c.category === 'uncertain') continue;
    if (!c.present) {
      parts.push(`${c.category} absent`);
      continue;
    }
    const v = c.byVerdict;
    const flagged = v.phishing + v.suspicious;
    switch (c.category) {
      case 'amazon-phish':
        parts.push(`amazon-phish ${flagged}/${c.count} flagged (${v.phishing} phishing, ${percent(v.phishing, c.count)})`);
        break;
      case 'amazon-legit':
        parts.push(`amazon-legit ${v.genuine}/${c.count} genuine`);
        break;
      case 'amazon-unverifiable':
      case 'other-ham':
        parts.push(`${c.category} ${flagged}/${c.count} flagged`);
        break;
      case 'other-phish':
        parts.push(`other-phish ${v.genuine}/${c.count} genuine`);
        break;
      case 'mbox': {
        const total = mboxFiles.reduce((n, f) => n + f.separators, 0);
        const accounted = mboxFiles.filter((f) => f.accounted).reduce((n, f) => n + f.separators, 0);
        const claims = mboxFiles.reduce((n, f) => n + f.amazonClaims, 0);
        const flaggedClaims = mboxFiles.reduce((n, f) => n + f.amazonFlagged, 0);
        parts.push(`mbox ${accounted}/${total} accounted, ${flaggedClaims}/${claims} Amazon phish flagged`);
        break;
      }
    }
  }
  const met = categories.every((c) => c.bar.met);
  const misses = missCount(categories, mboxFiles);
  const failedRules = categories
    .filter((c) => c.present)
    .flatMap((c) => c.bar.rules.filter((r) => !r.met).map((r) => `${c.category}: ${r.rule}`));
  const verdict = met ? 'bar met' : `bar NOT met (${misses} ${misses === 1 ? 'miss' : 'misses'}; failed: ${failedRules.join(', ')})`;
  return `${parts.join(', ')}: ${verdict}`;
}

/** Rounded down, so 89.6% never shows as the 90% it is not. */
function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${Math.floor((part / whole) * 100)}%`;
}
