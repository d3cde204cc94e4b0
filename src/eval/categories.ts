/**
 * The corpus categories of issue 8 and the bar each one must clear. A category is a folder under the corpus
 * directory; its name is the label a person gave every mail in it.
 */
import type { Verdict } from '../verdict/types.js';

// In the order the report lists them: Amazon mail first, then the mail that must be left alone.
export const CATEGORIES = ['amazon-phish', 'amazon-legit', 'amazon-unverifiable', 'other-ham', 'other-phish', 'uncertain', 'mbox'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Categories whose folder holds one mail per file. */
export type FileCategory = Exclude<Category, 'mbox'>;

export function isCategory(name: string): name is Category {
  return (CATEGORIES as readonly string[]).includes(name);
}

/** Verdicts that tell the user "do not trust this mail". */
export const FLAGGED: readonly Verdict[] = ['phishing', 'suspicious'];

export function isFlagged(verdict: Verdict): boolean {
  return FLAGGED.includes(verdict);
}

/** Issue 8: at least this share of amazon-phish must be called `phishing`, not only `suspicious`. */
export const MIN_PHISHING_SHARE = 0.9;

/** The bar in words, as the report prints it. */
export const BAR_TEXT: Readonly<Record<Category, string>> = {
  'amazon-phish': `every file phishing or suspicious, at least ${MIN_PHISHING_SHARE * 100}% phishing`,
  'amazon-legit': 'every file genuine',
  'amazon-unverifiable': 'none phishing or suspicious',
  'other-phish': 'none genuine',
  'other-ham': 'none phishing or suspicious',
  uncertain: 'no bar (reported only)',
  mbox: 'every message accounted for, every Amazon-claiming message phishing or suspicious',
};

/**
 * Verdicts that clear the bar but are worth a look: amazon-phish only `suspicious` (they count against the
 * phishing share), other-ham shown as Amazon mail that could not be verified (the user is left unsure about
 * a mail that only mentions Amazon).
 */
export const NOTABLE: Readonly<Record<FileCategory, readonly Verdict[]>> = {
  'amazon-phish': ['suspicious'],
  'amazon-legit': [],
  'amazon-unverifiable': [],
  'other-ham': ['unverified'],
  'other-phish': [],
  uncertain: [],
};

/**
 * Does this verdict miss the bar for a file of this category? An `error` is a miss wherever there is a bar:
 * a mail the tool could not read has not been judged at all, whatever the category asks.
 */
export function isMiss(category: FileCategory, verdict: Verdict): boolean {
  switch (category) {
    case 'amazon-phish':
      return !isFlagged(verdict);
    case 'amazon-legit':
      return verdict !== 'genuine';
    case 'amazon-unverifiable':
    case 'other-ham':
      return isFlagged(verdict) || verdict === 'error';
    case 'other-phish':
      return verdict === 'genuine' || verdict === 'error';
    case 'uncertain':
      return false;
  }
}
