/**
 * The mailbox verdict: one status for the whole input and the one or two things that matter most.
 *
 * - danger: a phishing mail, or a burst/security finding that is high severity (e.g. genuine sign-in codes:
 *   someone knows the password);
 * - warning: suspicious or unverified Amazon-looking mail, or medium-severity mailbox findings (e.g. a burst of
 *   genuine password-reset codes: someone knows the address);
 * - ok: nothing of the above.
 */
import { severityRank, compareSeverity, type Finding } from '../findings.js';
import type { SecurityMailEntry } from '../mailbox/bursts.js';
import type { HeadlineItem, OverallStatus, RemediationId, Verdict } from './types.js';

export interface OverallInput {
  byVerdict: Record<Verdict, number>;
  mailboxFindings: readonly Finding[];
  securityEntries: readonly SecurityMailEntry[];
}

/** Genuine mails of these types mean the password was typed correctly by someone (docs/sources.md#what-each-kind-means). */
const PASSWORD_KNOWN_TYPES = new Set(['sign-in-code', 'sign-in-approval', 'new-sign-in']);

/** The status, the one or two things that matter most (as data: src/report/ words them) and extra steps. */
export function overallStatus(input: OverallInput): { status: OverallStatus; headline: HeadlineItem[]; extraSteps: RemediationId[] } {
  const v = input.byVerdict;
  const headline: HeadlineItem[] = [];
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
  if (headline.length < 2 && v.suspicious > 0) headline.push({ kind: 'suspicious', mails: v.suspicious });
  if (headline.length < 2 && v.unverified > 0) headline.push({ kind: 'unverified', mails: v.unverified });
  if (headline.length === 0 && v.error > 0) headline.push({ kind: 'errors', mails: v.error });

  const passwordKnown = passwordKnownMails.length > 0;
  if (passwordKnown) extraSteps.push('change-password', 'enable-2sv', 'sign-out-devices');

  let status: OverallStatus = 'ok';
  if (v.suspicious > 0 || v.unverified > 0 || input.mailboxFindings.some((f) => f.severity === 'medium')) status = 'warning';
  if (v.phishing > 0 || passwordKnown || input.mailboxFindings.some((f) => f.severity === 'high')) status = 'danger';
  if (headline.length === 0) headline.push({ kind: 'clean' });
  return { status, headline: headline.slice(0, 2), extraSteps };
}
