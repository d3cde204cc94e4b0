/**
 * Exit codes (documented in the README, README.ja.md and --help):
 *   0  every input was read, and no message is at or above --fail-on (default: suspicious)
 *   1  at least one message is at or above --fail-on, whatever else happened: also when another input could not
 *      be read, so that a script always learns that phishing was found (the report and stderr say what was not
 *      read)
 *   2  nothing at or above --fail-on, and something could not be checked: an input that could not be read
 *      (missing, empty, not mail, a folder without mail), a message that could not be analysed, or no message
 *      at all; also a usage error. A scan that read nothing never exits 0.
 */
import type { Report } from './model.js';
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
  const v = report.summary.byVerdict;
  if (AT_OR_ABOVE[failOn].some((verdict) => v[verdict] > 0)) return EXIT_FINDINGS;
  const checked = report.summary.messages - v.error;
  if (report.inputErrors.length > 0 || v.error > 0 || checked === 0) return EXIT_ERROR;
  return EXIT_OK;
}
