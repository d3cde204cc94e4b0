/**
 * Findings are data: a stable code, a severity and structured evidence. Checks only create them; the text a
 * person reads is written in src/report/text/, and the verdict policy in src/verdict/ reads the codes.
 *
 * Each concern declares its own codes (with their default severity) and the evidence of each code beside its
 * logic; this module only joins them into the closed union `FindingCode` and the table `EvidenceByCode`, so
 * that `finding(code, evidence)` accepts exactly the keys of that code and `Finding` is a union discriminated
 * by `code` (after `if (f.code === 'links.lookalike-host')`, `f.evidence.host` is typed).
 */
import { authenticationCodes, type AuthenticationEvidence } from './checks/authentication/codes.js';
import { senderCodes, type SenderEvidence } from './checks/sender/codes.js';
import { linkCodes, type LinkEvidence } from './checks/links/codes.js';
import { contentCodes, type ContentEvidence } from './checks/content/codes.js';
import { attachmentCodes, type AttachmentEvidence } from './checks/attachments/codes.js';
import { securityCodeCodes, type SecurityCodeEvidence } from './checks/security-code/codes.js';
import { messageCodes, type MessageEvidence } from './message/codes.js';
import { mailboxCodes, type MailboxEvidence } from './mailbox/codes.js';

export type Severity = 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

export type CodeTable = Readonly<Record<string, Severity>>;

export const FINDING_CODES = {
  ...messageCodes,
  ...authenticationCodes,
  ...senderCodes,
  ...linkCodes,
  ...contentCodes,
  ...attachmentCodes,
  ...securityCodeCodes,
  ...mailboxCodes,
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export type EvidenceValue = string | number | boolean | null | readonly string[];
/** Evidence of any code, as the report and its formatters treat it: keys and JSON values. */
export type Evidence = Readonly<Record<string, EvidenceValue | undefined>>;

/** The evidence of each code, joined from the concerns like FINDING_CODES. */
export type EvidenceByCode = MessageEvidence &
  AuthenticationEvidence &
  SenderEvidence &
  LinkEvidence &
  ContentEvidence &
  AttachmentEvidence &
  SecurityCodeEvidence &
  MailboxEvidence;

// Every code has its evidence, no evidence lacks a code, and all evidence is JSON data (a failure here names
// the offending code).
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const everyCodeHasEvidence: Exactly<keyof EvidenceByCode, FindingCode> = true;
const evidenceIsData: { [C in FindingCode]: EvidenceByCode[C] extends Evidence ? true : never } = Object.fromEntries(
  Object.keys(FINDING_CODES).map((c) => [c, true]),
) as { [C in FindingCode]: true };
void everyCodeHasEvidence;
void evidenceIsData;

/**
 * A finding of the codes C: one member per code, each with exactly that code's evidence. `FindingOf<LinkCode>`
 * is the union of the link findings.
 */
export type FindingOf<C extends FindingCode> = C extends FindingCode
  ? {
      code: C;
      severity: Severity;
      /** What was seen: header names and values, hosts, links, techniques. Also what the text interpolates. */
      evidence: EvidenceByCode[C];
    }
  : never;

/** Any finding: a union discriminated by `code`. */
export type Finding = FindingOf<FindingCode>;

/** Make a finding with the code's default severity unless the check has a reason to say otherwise. */
export function finding<C extends FindingCode>(code: C, evidence: EvidenceByCode[C], severity?: Severity): FindingOf<C> {
  // The one place the union is built: TypeScript cannot resolve FindingOf<C> for a C not yet known.
  return { code, severity: severity ?? FINDING_CODES[code], evidence } as FindingOf<C>;
}

/**
 * The finding with keys added to its evidence that its code declares (optional), such as the link counts or
 * `forwarded`: `extra` can only hold keys of the finding's own evidence.
 */
export function withEvidence<F extends Finding>(f: F, extra: Partial<F['evidence']>): F {
  return { ...f, evidence: { ...f.evidence, ...extra } };
}

export function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(FINDING_CODES, code);
}

/**
 * The one severity order of the project (SEVERITIES, strongest first): every comparison of severities goes
 * through these two functions.
 */
const RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, SEVERITIES.length - 1 - i])) as Record<Severity, number>;
/** Higher is stronger: info 0 ... high 3. */
export function severityRank(s: Severity): number {
  return RANK[s];
}
/** For sort(): strongest first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/** A type guard for one code: `findings.filter(ofCode('links.lookalike-host'))` holds typed findings of it. */
export function ofCode<C extends FindingCode>(code: C): (f: Finding) => f is FindingOf<C> {
  return (f): f is FindingOf<C> => f.code === code;
}
