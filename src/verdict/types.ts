/**
 * The words the verdict stage decides in: what a message is (`Verdict`), what the whole input is
 * (`OverallStatus`, with its headline as data), which steps to recommend (`RemediationId`) and when the exit
 * code fails (`FailOn`). They live here, below src/report/, so that the verdict never imports the report; the
 * report reads them and turns them into words (src/report/text/).
 */
import type { Finding } from '../findings.js';

export type Verdict = 'phishing' | 'suspicious' | 'unverified' | 'genuine' | 'unrelated' | 'error';
export const VERDICTS: readonly Verdict[] = ['phishing', 'suspicious', 'unverified', 'genuine', 'unrelated', 'error'];

/**
 * `incomplete`: nothing to warn about among what was read, but not everything could be read (an input error, a
 * message that could not be analysed) or nothing at all was checked: never shown as a clean result.
 */
export type OverallStatus = 'danger' | 'warning' | 'incomplete' | 'ok';

/** The verdict at or above which the exit code says "found something" (`never`: only errors do). */
export type FailOn = 'phishing' | 'suspicious' | 'unverified' | 'never';

/** The steps amzcheck can recommend, by stable id; their words are in src/report/text/remediation.ts. */
export const REMEDIATION_IDS = [
  'dont-click',
  'check-yourself',
  'message-center',
  'open-amazon-yourself',
  'report-amazon',
  'report-antiphishing-jp',
  'if-you-entered-details',
  'change-password',
  'enable-2sv',
  'sign-out-devices',
  'check-account-activity',
  'deny-unknown-sign-in',
  'dont-share-codes',
  'reset-codes-mean-address-known',
  'alias-email',
  'treat-as-unverified',
  'save-original-with-headers',
  'genuine-no-action',
  'marketplace-text-caution',
] as const;

export type RemediationId = (typeof REMEDIATION_IDS)[number];

/**
 * One line of the mailbox headline, as data: what to say and the numbers to say it with. The sentences are
 * written by src/report/ (localizeHeadline), in each language.
 */
export type HeadlineItem =
  /** Amazon really sent sign-in codes or requests: someone typed the correct password. */
  | { kind: 'password-known'; mails: number }
  /** The strongest mailbox finding (a burst...), said with its own finding text. */
  | { kind: 'mailbox-finding'; finding: Finding }
  | { kind: 'phishing'; mails: number }
  | { kind: 'suspicious'; mails: number }
  | { kind: 'unverified'; mails: number }
  /** Inputs (files, folders, stdin) and messages that could not be read: said first, whatever else was found. */
  | { kind: 'unread'; inputs: number; mails: number }
  /** Everything given was read, but it held no message to check (e.g. only deleted messages). */
  | { kind: 'nothing-checked' }
  /** Nothing to report. */
  | { kind: 'clean' };
