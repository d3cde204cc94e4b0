/**
 * Findings are data: a stable code, a severity and structured evidence. Checks only create them; the text a
 * person reads is written in src/report/text/, and the verdict policy in src/verdict/ reads the codes.
 *
 * Each concern declares its own codes (with their default severity) beside its logic; this module only joins
 * them into the closed union `FindingCode`.
 */
import { authenticationCodes } from './checks/authentication/codes.js';
import { senderCodes } from './checks/sender/codes.js';
import { linkCodes } from './checks/links/codes.js';
import { contentCodes } from './checks/content/codes.js';
import { securityCodeCodes } from './checks/security-code/codes.js';
import { messageCodes } from './message/codes.js';
import { mailboxCodes } from './mailbox/codes.js';

export type Severity = 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

export type CodeTable = Readonly<Record<string, Severity>>;

export const FINDING_CODES = {
  ...messageCodes,
  ...authenticationCodes,
  ...senderCodes,
  ...linkCodes,
  ...contentCodes,
  ...securityCodeCodes,
  ...mailboxCodes,
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export type EvidenceValue = string | number | boolean | null | readonly string[];
export type Evidence = Readonly<Record<string, EvidenceValue>>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** What was seen: header names and values, hosts, links, techniques. Also what the text interpolates. */
  evidence: Evidence;
}

/** Make a finding with the code's default severity unless the check has a reason to say otherwise. */
export function finding(code: FindingCode, evidence: Evidence = {}, severity?: Severity): Finding {
  return { code, severity: severity ?? FINDING_CODES[code], evidence };
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
