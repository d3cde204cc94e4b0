/**
 * The remediation steps each finding code calls for (beyond the steps of its verdict). Every code has an
 * entry, so a test can prove that no finding leaves the user without something to do.
 */
import type { FindingCode } from '../findings.js';
import type { RemediationId } from '../report/text/remediation.js';

export const REMEDIATION_BY_CODE: { readonly [C in FindingCode]: readonly RemediationId[] } = {
};
