/**
 * Which steps to recommend, keyed to finding codes, to the verdict and to the kind of mail. The words are in
 * src/report/text/remediation.ts. Order matters: the most urgent step comes first.
 */
import type { Finding } from '../findings.js';
import type { MailKind } from '../checks/security-code/index.js';
import type { Verdict, RemediationId } from './types.js';
import { REMEDIATION_BY_CODE } from './remediation-by-code.js';

export { REMEDIATION_BY_CODE } from './remediation-by-code.js';

export interface RemediationInput {
  verdict: Verdict;
  kind: MailKind;
  /** The security-mail type when the mail is one (password-reset, sign-in-code, ...). */
  securityType: string | null;
  findings: readonly Finding[];
  /** Japanese mail or a Japanese marketplace: offer the Japanese reporting channel too. */
  japanese: boolean;
}

/** Steps for a genuine account-security mail: what the user should do depends on what the code means. */
const GENUINE_SECURITY_STEPS: Record<string, RemediationId[]> = {
  'password-reset': ['reset-codes-mean-address-known', 'dont-share-codes', 'alias-email'],
  'sign-in-code': ['change-password', 'enable-2sv', 'sign-out-devices', 'check-account-activity', 'dont-share-codes'],
  'sign-in-approval': ['deny-unknown-sign-in', 'change-password', 'enable-2sv', 'sign-out-devices', 'check-account-activity'],
  'new-sign-in': ['change-password', 'sign-out-devices', 'enable-2sv', 'check-account-activity'],
  'account-change': ['change-password', 'check-account-activity', 'enable-2sv', 'sign-out-devices'],
  'new-account': ['dont-share-codes', 'alias-email'],
  // A code that does not say what it is for: it may be a sign-in, so the safe reading is "password known".
  'verification-code': ['dont-share-codes', 'change-password', 'enable-2sv', 'sign-out-devices'],
};

/** Order and payment mails are the ones Message Center shows; sign-in and code mails are not there. */
const MESSAGE_CENTER_KINDS: ReadonlySet<MailKind> = new Set(['order', 'payment', 'account']);

/** Steps that fit only some verdicts; every other step fits any verdict that has steps. */
const STEP_VERDICTS: Partial<Record<RemediationId, readonly Verdict[]>> = {
  'genuine-no-action': ['genuine'],
  'treat-as-unverified': ['unverified'],
  'message-center': ['suspicious', 'unverified', 'genuine'],
};

export function messageRemediation(input: RemediationInput): RemediationId[] {
  const steps: RemediationId[] = [];
  const add = (...ids: RemediationId[]) => steps.push(...ids);
  const securityMail = input.kind === 'security-code' || input.kind === 'sign-in-alert';

  switch (input.verdict) {
    case 'phishing':
      add('dont-click', 'if-you-entered-details', 'report-amazon');
      if (input.japanese) add('report-antiphishing-jp');
      if (securityMail) add('dont-share-codes');
      add('check-yourself');
      break;
    case 'suspicious':
      add('dont-click', 'open-amazon-yourself');
      if (MESSAGE_CENTER_KINDS.has(input.kind)) add('message-center');
      add('check-yourself', 'report-amazon');
      break;
    case 'unverified':
      add('treat-as-unverified', 'open-amazon-yourself');
      if (MESSAGE_CENTER_KINDS.has(input.kind)) add('message-center');
      add('check-yourself');
      break;
    case 'genuine':
      if (input.securityType && GENUINE_SECURITY_STEPS[input.securityType]) {
        add(...GENUINE_SECURITY_STEPS[input.securityType]);
      } else {
        add('genuine-no-action');
      }
      break;
    case 'unrelated':
    case 'error':
      return [];
  }
  for (const f of input.findings) add(...REMEDIATION_BY_CODE[f.code]);
  return dedupe(steps)
    .filter((id) => input.japanese || id !== 'report-antiphishing-jp')
    // A finding's steps are written for the verdict it usually leads to; where the verdict says otherwise the
    // step would contradict it ("No action is needed" on a suspicious mail, "treat it as unverified" or "if it
    // is not in Message Center, treat it as fake" on one already called phishing).
    .filter((id) => STEP_VERDICTS[id] === undefined || STEP_VERDICTS[id].includes(input.verdict))
    // Message Center does not show sign-in and code mails (docs/sources.md#amazons-own-guidance): never offer it
    // as their test.
    .filter((id) => id !== 'message-center' || MESSAGE_CENTER_KINDS.has(input.kind));
}

/**
 * Steps for the whole mailbox: the union of the messages' steps, most urgent first. `priority` is the order in
 * which the per-message lists were produced, which already puts the urgent cases (phishing, password known)
 * first when the caller sorts messages by severity.
 */
export function mailboxRemediation(lists: readonly RemediationId[][], extra: readonly RemediationId[] = []): RemediationId[] {
  // Each situation (password known, phishing, a reset-code burst...) first gets its most urgent steps, in
  // order of urgency, so that one long list cannot push another situation's essentials out; then the rest.
  const situations = [extra, ...lists].map((l) => l.filter((id) => !PER_MESSAGE_ONLY.has(id))).filter((l) => l.length > 0);
  const firsts = situations.flatMap((l) => l.slice(0, STEPS_PER_SITUATION));
  const rest = situations.flatMap((l) => l.slice(STEPS_PER_SITUATION));
  return dedupe([...firsts, ...rest]).slice(0, MAX_MAILBOX_STEPS);
}

const STEPS_PER_SITUATION = 3;
/** Steps that only make sense next to one mail ("this mail is authenticated..."), not for a whole mailbox. */
const PER_MESSAGE_ONLY: ReadonlySet<RemediationId> = new Set(['genuine-no-action', 'treat-as-unverified']);
/** A worried person reads a short list; the most urgent steps come first. */
const MAX_MAILBOX_STEPS = 10;


function dedupe<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
