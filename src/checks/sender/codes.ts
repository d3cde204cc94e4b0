import type { CodeTable } from '../../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const senderCodes = {
  /** The display name says Amazon (in any disguise) over an address that is not Amazon's. */
  'sender.display-name-impersonation': 'high',
  /** The display name holds an address (e.g. "customers@services.amzn.com") other than the real sender's. */
  'sender.display-name-address': 'high',
  /** The sender's local part names Amazon (amazon-support2@…) at a domain that is not Amazon's. */
  'sender.local-part-impersonation': 'medium',
  /** From is an Amazon address, but nothing authenticates it: Amazon signs all its mail with its own domain. */
  'sender.amazon-address-unauthenticated': 'high',
  /** A mail claiming Amazon asks for replies somewhere else. */
  'sender.reply-to-elsewhere': 'medium',
  /** A mail claiming Amazon has its envelope sender (bounces) somewhere else. */
  'sender.return-path-elsewhere': 'low',
  /** A mail claiming Amazon comes from a free-mail account (gmail.com, yahoo.co.jp, docomo.ne.jp …). */
  'sender.free-mail': 'high',
  /** From is malformed: missing, no domain, a quoted pseudo-address, or several mailboxes. */
  'sender.malformed-from': 'high',
  /** A sender domain (From, Reply-To, Return-Path, Sender, DKIM d=) imitates an Amazon domain. */
  'sender.lookalike-domain': 'high',
} as const satisfies CodeTable;
