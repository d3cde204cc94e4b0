/**
 * A mail forwarded inline ("Fwd:", Outlook's "From: … Sent: … Subject:" block) carries the original sender
 * only as text. People forward suspicious mail to ask about it, and phishing collections are full of such
 * forwards (corpus amazon-phish/pp-sample-1201.eml and other phishing_pot samples forwarded from Outlook in
 * Portuguese). The forwarder's own authentication says nothing about the original, so the checks judge the
 * original's sender from this block, and never call it genuine.
 *
 * Labels of the forwarded header block in the languages of Amazon's marketplaces and of common mail clients.
 */
import type { Address, Message } from './types.js';
import { parseAddresses } from './addresses.js';
import { parseHeaders } from './headers.js';

export interface ForwardedOriginal {
  from: Address[];
  /** The From line's value as written. */
  fromText: string;
  subject: string;
}

const FROM_LABELS = ['from', 'de', 'von', 'da', 'van', 'från', 'fra', 'od', 'kimden', 'от', '差出人', '送信者', '送信元'];
const SUBJECT_LABELS = ['subject', 'assunto', 'asunto', 'betreff', 'objet', 'oggetto', 'onderwerp', 'ämne', 'emne', 'temat', 'konu', 'тема', '件名'];
/** Markers that introduce a forwarded block; one of them, or a forward subject, must be present. */
// (?<!-) and [^\]\s[] keep these linear on a long run of dashes or of "[mailto:" (quadratic before; scripts/check-regexes.mjs).
const MARKERS = /(?<!-)-{3,} ?(?:forwarded message|original message|mensagem encaminhada|mensaje reenviado|weitergeleitete nachricht|message transféré|messaggio inoltrato|doorgestuurd bericht|転送メッセージ|元のメッセージ)|^_{10,}$|^-{5,}\s*$|^begin forwarded message:/imu;
const FORWARD_SUBJECT = /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|fw|wg|tr|rv|enc|i|doorst|vs|転送|fwd)\s*[:：]/iu;

// Only the start of the text is searched: the forwarded block comes first in a forward (bounded for hostile input).
const SEARCH_CHARS = 20_000;
const MAX_VALUE = 512;

function labelled(line: string, labels: readonly string[]): string | null {
  const m = /^\s*\**([^\s:：*]{1,12})\**\s?[:：]\s?(.*)$/u.exec(line);
  if (!m) return null;
  return labels.includes(m[1]!.toLowerCase()) ? m[2]!.trim().slice(0, MAX_VALUE) : null;
}

/** The first forwarded header block of a message's text, or null when the mail is not a forward. */
export function findForwardedOriginal(subject: string, text: string): ForwardedOriginal | null {
  const head = text.slice(0, SEARCH_CHARS);
  const looksForwarded = FORWARD_SUBJECT.test(subject) || MARKERS.test(head);
  if (!looksForwarded) return null;
  const lines = head.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fromText = labelled(lines[i]!, FROM_LABELS);
    if (fromText === null || !fromText.includes('@')) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
      const subjectText = labelled(lines[j]!, SUBJECT_LABELS);
      if (subjectText === null) continue;
      // Outlook writes "Name [mailto:addr]"; make it an ordinary mailbox.
      const cleaned = fromText.replace(/\[mailto:([^\]\s[]+)\]/i, '<$1>');
      const from = parseAddresses([cleaned]).filter((a) => a.address.includes('@'));
      if (from.length === 0) break;
      return { from, fromText, subject: subjectText };
    }
  }
  return null;
}

/** The original of a forwarded mail: an inline forwarded block, else an attached message/rfc822. */
export function forwardedOriginalOf(msg: Message): ForwardedOriginal | null {
  const inline = findForwardedOriginal(msg.subject, msg.text);
  if (inline) return inline;
  for (const a of msg.attachments) {
    if (a.contentType !== 'message/rfc822' || !a.content) continue;
    try {
      const h = parseHeaders({ bytes: a.content, location: msg.location, envelope: msg.envelope });
      if (h.from.length > 0) return { from: h.from, fromText: h.fromHeader ?? '', subject: h.subject };
    } catch {
      // An attached message without headers is no forward.
    }
  }
  return null;
}
