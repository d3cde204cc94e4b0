/** What only shows across messages: bursts of account-security mails, their meaning, and the timeline. */
import type { Message } from '../message/types.js';
import type { MailClassification } from '../checks/security-code/index.js';
import type { SecurityMailEntry } from './bursts.js';

export * from './bursts.js';
export * from './findings.js';
export * from './timeline.js';
export { recipientOf } from './recipient.js';
import { recipientOf } from './recipient.js';

/**
 * The mailbox entry for a classified account-security message, or null for any other message. `genuine` and
 * `verdict` come from authentication and the verdict policy, which this module does not know about.
 */
export function securityMailEntry(
  msg: Message,
  classification: MailClassification,
  genuine: boolean,
  verdict: string,
): SecurityMailEntry | null {
  const s = classification.security;
  if (!s) return null;
  return {
    location: msg.location,
    recipient: recipientOf(msg),
    date: msg.date.value,
    type: s.type,
    genuine,
    verdict,
    language: s.language,
    marketplace: s.marketplace,
  };
}

