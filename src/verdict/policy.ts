/**
 * The verdict policy: how findings decide what a mail is. One table, mirrored in docs/verdicts.md (a test
 * compares them). Every finding code has an entry, so a new code cannot slip past the policy unnoticed.
 *
 * Effects:
 * - `phishing`: conclusive impersonation on its own (e.g. an Amazon From domain failing DMARC at a trusted
 *   receiver, a lookalike sender domain).
 * - `phishing-if-claims`: conclusive when the mail presents itself as Amazon (display name, sender or
 *   subject), e.g. a credential link that leaves Amazon; otherwise a red flag (`suspicious`).
 * - `suspicious`: a red flag that is not conclusive on its own.
 * - `suspicious-if-claims`: a red flag only in a mail that presents itself as Amazon; ignored otherwise.
 * - `none`: information (the positive authentication result, what a security code means...).
 *
 * Then: any `phishing` -> phishing; else any `suspicious` -> suspicious; else an Amazon From domain aligned and
 * authenticated by a trusted receiver or by re-verification -> genuine; else a mail related to Amazon ->
 * unverified; else unrelated.
 */
import type { FindingCode } from '../findings.js';

export type Effect = 'phishing' | 'phishing-if-claims' | 'suspicious' | 'suspicious-if-claims' | 'none';

export const VERDICT_POLICY: { readonly [C in FindingCode]: Effect } = {
};
