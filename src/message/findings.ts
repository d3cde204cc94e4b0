/** Findings that only the message model can raise (docs/sources.md#dates: report a large Date/Received skew). */
import { finding, type Finding } from '../findings.js';
import type { Envelope } from '../input/index.js';
import type { MessageHeaders } from './types.js';
import type { MailDamage } from './damage.js';

/** The finding for mail read as mail servers read it (damage.ts), or none. */
export function damageFindings(damage: readonly MailDamage[]): Finding[] {
  return damage.length === 0 ? [] : [finding('message.malformed', { damage: [...damage] })];
}

/** A Date header more than this far from the top Received time stamp is reported. */
export const DATE_SKEW_THRESHOLD_MS = 24 * 60 * 60 * 1000;

const HOUR_MS = 60 * 60 * 1000;

export function messageFindings(headers: MessageHeaders & { envelope?: Envelope }): Finding[] {
  const out: Finding[] = [];
  // A .partial.emlx whose attachments Apple Mail had not downloaded (input/emlx.ts): say what was not checked.
  const missing = headers.envelope?.missingAttachments;
  if (missing && missing.length > 0) out.push(finding('message.attachments-not-downloaded', { attachments: missing.slice(0, 20) }));
  if (headers.limitsReached.length > 0) {
    out.push(finding('message.not-fully-read', { limits: [...headers.limitsReached], notes: headers.parseNotes.slice(0, 20) }));
  }
  const { headerDate, receivedDate, header } = headers.date;
  if (headerDate && receivedDate) {
    const skew = headerDate.getTime() - receivedDate.getTime();
    if (Math.abs(skew) > DATE_SKEW_THRESHOLD_MS) {
      out.push(
        finding('message.date-skew', {
          dateHeader: header,
          dateHeaderTime: headerDate.toISOString(),
          receivedTime: receivedDate.toISOString(),
          // Positive: the Date header claims a time after the provider received the mail.
          skewHours: Math.round(skew / HOUR_MS),
          direction: skew > 0 ? 'future' : 'past',
        }),
      );
    }
  }
  return out;
}
