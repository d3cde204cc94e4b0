import type { CodeTable } from '../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const messageCodes = {
  // The Date header disagrees with the receiving server's clock by more than a day. Bulk and phishing tools
  // often write bogus dates, but so do misconfigured legitimate senders and delayed list mail: weak evidence.
  'message.date-skew': 'low',
  // A limit of limits.ts stopped the parse reading all of the mail (a huge header, deep nesting, megabytes of
  // text). Real mail, Amazon's included, never comes near them; mail that does may be hiding its content
  // from filters. It counts only in mail that presents itself as Amazon without being authenticated as Amazon.
  'message.not-fully-read': 'low',
  // The mail is damaged the way no mail program writes it (NUL bytes in the header, bare CR line ends) and was
  // read as mail servers read it (damage.ts). Such damage can hide a mail from filters; like a limit, it
  // counts only in mail that presents itself as Amazon without being authenticated as Amazon.
  'message.malformed': 'low',
  // Apple Mail kept a message without some of its attachments (.partial.emlx) and had not downloaded them: the
  // verdict covers what was on disk. Information, not a sign of anything.
  'message.attachments-not-downloaded': 'info',
} as const satisfies CodeTable;

/** The evidence of each code (keys in JSON order); the text in src/report/text/message.ts reads it. */
export interface MessageEvidence {
  'message.date-skew': {
    /** The Date header as written. */
    dateHeader: string | null;
    dateHeaderTime: string;
    receivedTime: string;
    /** Positive: the Date header claims a time after the provider received the mail. */
    skewHours: number;
    direction: 'future' | 'past';
  };
  'message.not-fully-read': { limits: readonly string[]; notes: readonly string[] };
  /** MailDamage: what was repaired before reading. */
  'message.malformed': { damage: readonly string[] };
  /** The attachments' file names (else "part N") whose content was neither in the file nor beside it. */
  'message.attachments-not-downloaded': { attachments: readonly string[] };
}
