import type { CodeTable } from '../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const mailboxCodes = {
  /** A burst of genuine sign-in codes, approval requests or new sign-in notices: the password is known. */
  'mailbox.burst-password-known': 'high',
  /** A burst of genuine password-reset / verification / new-account codes: the address is known. */
  'mailbox.burst-address-known': 'medium',
  /** A burst of security mails none of which Amazon sent: a phishing campaign aimed at this address. */
  'mailbox.burst-phishing': 'high',
  /** A burst mixing genuine codes and fakes: real attempts with lures timed to them. */
  'mailbox.burst-mixed': 'high',
  /** Genuine security mails from a marketplace or in a language the user does not normally use. */
  'mailbox.unusual-origin': 'medium',
  /** Security mails without a usable date: they could not be placed in time. */
  'mailbox.undated-security-mails': 'info',
} as const satisfies CodeTable;

/** A burst of security mails: whom, when, how many, which (keys in JSON order). */
export type BurstEvidence = {
  recipient: string | null;
  /** SecurityMailType of the mails counted. */
  types: readonly string[];
  /** ISO dates. */
  start: string;
  end: string;
  count: number;
  genuine: number;
  fake: number;
  marketplaces: readonly string[];
  languages: readonly string[];
};

/** The evidence of each code; the text in src/report/text/mailbox.ts reads it. */
export interface MailboxEvidence {
  'mailbox.burst-password-known': BurstEvidence;
  'mailbox.burst-address-known': BurstEvidence;
  'mailbox.burst-phishing': BurstEvidence;
  'mailbox.burst-mixed': BurstEvidence;
  'mailbox.unusual-origin': {
    count: number;
    marketplaces: readonly string[];
    languages: readonly string[];
    usualMarketplaces: readonly string[];
    usualLanguages: readonly string[];
  };
  'mailbox.undated-security-mails': { count: number };
}
