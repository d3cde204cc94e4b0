/**
 * Exit codes (documented in the README and in --help):
 *   0  nothing at or above --fail-on (default: suspicious)
 *   1  at least one message at or above --fail-on
 *   2  usage error, or an input that could not be read at all (missing file, not mail, empty)
 * An execution error outranks findings: if an input could not be read, the exit code is 2 even when other
 * inputs had findings, so a script never mistakes a partial scan for a complete one.
 */
import type { Report } from '../report/model.js';
import type { FailOn, Verdict } from '../verdict/types.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const AT_OR_ABOVE: Record<FailOn, readonly Verdict[]> = {
  phishing: ['phishing'],
  suspicious: ['phishing', 'suspicious'],
  unverified: ['phishing', 'suspicious', 'unverified'],
  never: [],
};

export function exitCodeFor(report: Pick<Report, 'inputErrors' | 'summary'>, failOn: FailOn): number {
  if (report.inputErrors.length > 0) return EXIT_ERROR;
  return AT_OR_ABOVE[failOn].some((v) => report.summary.byVerdict[v] > 0) ? EXIT_FINDINGS : EXIT_OK;
}
