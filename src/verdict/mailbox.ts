/**
 * The mailbox verdict: one status for the whole input and the one or two things that matter most.
 *
 * - danger: a phishing mail, or a burst/security finding that is high severity (e.g. genuine sign-in codes:
 *   someone knows the password);
 * - warning: suspicious or unverified Amazon-looking mail, or medium-severity mailbox findings (e.g. a burst of
 *   genuine password-reset codes: someone knows the address);
 * - incomplete: nothing of the above, but an input or a message could not be read, or no message was checked;
 * - ok: nothing of the above.
 * What could not be read is said first in the headline, whatever the status: a partial scan never looks whole.
 */
import { severityRank, compareSeverity, type Finding } from '../findings.js';
import type { SecurityMailEntry } from '../mailbox/bursts.js';
import type { HeadlineItem, OverallStatus, RemediationId, Verdict } from './types.js';

export interface OverallInput {
  byVerdict: Record<Verdict, number>;
  /** Inputs that could not be read at all (missing, empty, not mail, a folder without mail). */
  unreadInputs?: number;
  mailboxFindings: readonly Finding[];
  securityEntries: readonly SecurityMailEntry[];
}

/** Genuine mails of these types mean the password was typed correctly by someone (docs/sources.md#what-each-kind-means). */
const PASSWORD_KNOWN_TYPES = new Set(['sign-in-code', 'sign-in-approval', 'new-sign-in']);

/** The status, the one or two things that matter most (as data: src/report/ words them) and extra steps. */
export function overallStatus(input: OverallInput): { status: OverallStatus; headline: HeadlineItem[]; extraSteps: RemediationId[] } {
  const v = input.byVerdict;
  const headline: HeadlineItem[] = [];
  const unreadInputs = input.unreadInputs ?? 0;
  const unread = unreadInputs > 0 || v.error > 0;
  if (unread) headline.push({ kind: 'unread', inputs: unreadInputs, mails: v.error });
  const checked = Object.values(v).reduce((a, b) => a + b, 0) - v.error;
  if (!unread && checked === 0) headline.push({ kind: 'nothing-checked' });
  // Room for the two things that matter most after what could not be read.
  const room = headline.length + 2;
  const extraSteps: RemediationId[] = [];
  const passwordKnownMails = input.securityEntries.filter((e) => e.genuine && PASSWORD_KNOWN_TYPES.has(e.type));
  const strongBox = [...input.mailboxFindings].sort((a, b) => compareSeverity(a.severity, b.severity));
  // Someone knowing the password matters more than anything else in the mailbox.
  const boxSaysPasswordKnown = strongBox.some((f) => f.code === 'mailbox.burst-password-known');
  if (passwordKnownMails.length > 0 && !boxSaysPasswordKnown) headline.push({ kind: 'password-known', mails: passwordKnownMails.length });
  for (const f of strongBox.filter((f) => severityRank(f.severity) >= severityRank('medium')).slice(0, 1)) {
    headline.push({ kind: 'mailbox-finding', finding: f });
  }
  if (v.phishing > 0) headline.push({ kind: 'phishing', mails: v.phishing });
  if (headline.length < room && v.suspicious > 0) headline.push({ kind: 'suspicious', mails: v.suspicious });
  if (headline.length < room && v.unverified > 0) headline.push({ kind: 'unverified', mails: v.unverified });

  const passwordKnown = passwordKnownMails.length > 0;
  if (passwordKnown) extraSteps.push('change-password', 'enable-2sv', 'sign-out-devices');

  let status: OverallStatus = unread || checked === 0 ? 'incomplete' : 'ok';
  if (v.suspicious > 0 || v.unverified > 0 || input.mailboxFindings.some((f) => f.severity === 'medium')) status = 'warning';
  if (v.phishing > 0 || passwordKnown || input.mailboxFindings.some((f) => f.severity === 'high')) status = 'danger';
  // Nothing found among the messages that were read (said after what could not be read, if anything).
  if (headline.length === room - 2 && checked > 0) headline.push({ kind: 'clean' });
  return { status, headline: headline.slice(0, room), extraSteps };
}
