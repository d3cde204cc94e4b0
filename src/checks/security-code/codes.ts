import type { CodeTable } from '../../findings.js';

/**
 * Finding codes of this concern and their default severity. Text for each lives in src/report/text/.
 *
 * The meaning codes are ranked by what a genuine mail of that kind tells about the account
 * (docs/sources.md#what-each-kind-means): a password-reset or new-account code needs only the e-mail address; a
 * sign-in code or approval request needs the correct password; a new sign-in notice means someone may already be
 * in.
 */
export const securityCodeCodes = {
  'security-code.password-reset': 'low',
  'security-code.new-account': 'low',
  'security-code.verification-code': 'low',
  'security-code.account-change': 'medium',
  'security-code.sign-in-code': 'high',
  'security-code.sign-in-approval': 'high',
  'security-code.new-sign-in': 'high',
  /** A mail worded as an Amazon security mail that authentication says Amazon did not send. */
  'security-code.imitation': 'high',
  'security-code.unusual-marketplace': 'medium',
  'security-code.unusual-language': 'medium',
} as const satisfies CodeTable;

/** What a security mail shows, for the meaning codes and the imitation (keys in JSON order). */
export type SecurityMailEvidence = {
  /** SecurityMailType. */
  type: string;
  language: string;
  marketplace: string | null;
  /** The code with all but its last digits masked; the raw code never leaves the check. */
  codeMasked: string | null;
  matched: string;
  subject: string;
};

/** The evidence of each code; the text in src/report/text/security-code.ts reads it. */
export interface SecurityCodeEvidence {
  'security-code.password-reset': SecurityMailEvidence;
  'security-code.new-account': SecurityMailEvidence;
  'security-code.verification-code': SecurityMailEvidence;
  'security-code.account-change': SecurityMailEvidence;
  'security-code.sign-in-code': SecurityMailEvidence;
  'security-code.sign-in-approval': SecurityMailEvidence;
  'security-code.new-sign-in': SecurityMailEvidence;
  'security-code.imitation': SecurityMailEvidence;
  'security-code.unusual-marketplace': { type: string; marketplace: string; usualMarketplaces: readonly string[] };
  'security-code.unusual-language': { type: string; language: string; usualLanguages: readonly string[] };
}
