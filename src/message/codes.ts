import type { CodeTable } from '../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const messageCodes = {
  // The Date header disagrees with the receiving server's clock by more than a day. Bulk and phishing tools
  // often write bogus dates, but so do misconfigured legitimate senders and delayed list mail: weak evidence.
  'message.date-skew': 'low',
} as const satisfies CodeTable;
