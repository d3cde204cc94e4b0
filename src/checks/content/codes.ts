import type { CodeTable } from '../../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const contentCodes = {
  /** The text presents itself as an Amazon order, payment, account or security mail; the sender is not Amazon. */
  'content.amazon-lure': 'medium',
  /** Such a mail asks the reader to call a phone number (callback phishing, "TOAD"). */
  'content.callback-number': 'high',
  /** The mail is a forward: the original sender is judged from the forwarded header block. */
  'content.forwarded-original': 'info',
} as const satisfies CodeTable;
