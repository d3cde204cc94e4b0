/**
 * A mail forwarded inline ("Fwd:", Outlook's "From: … Sent: … Subject:" block) carries the original sender
 * only as text. People forward suspicious mail to ask about it, and phishing collections are full of such
 * forwards (corpus amazon-phish/pp-sample-1201.eml and other phishing_pot samples forwarded from Outlook in
 * Portuguese). The forwarder's own authentication says nothing about the original, so the checks judge the
 * original's sender from this block, and never call it genuine.
 *
 * Labels of the forwarded header block in the languages of Amazon's marketplaces and of common mail clients.
 *
 * The layouts of the common clients (fixtures/forwards/ has one of each):
 * - Gmail: "---------- Forwarded message ---------", then From, Date, Subject, To.
 * - Outlook: a rule of underscores or "-----Original Message-----" (Japanese Outlook "----- 元のメッセージ -----"),
 *   then From (or 差出人), Sent (送信日時), To, Subject (件名); the address may be written "[mailto:...]".
 * - Apple Mail: "Begin forwarded message:" (Japanese 「転送されたメッセージ:」), the header block quoted as "> From: ...".
 * - Thunderbird: "-------- Forwarded Message --------" (Japanese "-------- 転送メッセージ --------"), Subject FIRST,
 *   then Date, From, To, each label followed by a tab.
 * - Lotus Notes and Japanese corporate clients: "----- Forwarded by NAME on DATE -----", then From, To, Date, Subject.
 */
import type { Address, Message } from './types.js';
import { parseAddresses } from './addresses.js';

export interface ForwardedOriginal {
  from: Address[];
  /** The From line's value as written. */
  fromText: string;
  subject: string;
  /**
   * Set when the original is a mail attached to the forward (message/rfc822...), which is judged as a message of
   * its own (src/pipeline/analyze.ts): its part number in the forward.
   */
  attachedPart?: string;
}

const FROM_LABELS = ['from', 'de', 'von', 'da', 'van', 'från', 'fra', 'od', 'kimden', 'от', '差出人', '送信者', '送信元'];
const SUBJECT_LABELS = ['subject', 'assunto', 'asunto', 'betreff', 'objet', 'oggetto', 'onderwerp', 'ämne', 'emne', 'temat', 'konu', 'тема', '件名'];
/** Markers that introduce a forwarded block; one of them, or a forward subject, must be present. */
// (?<!-) and [^\]\s[] keep these linear on a long run of dashes or of "[mailto:" (quadratic before; scripts/check-regexes.mjs).
const MARKERS = /(?<!-)-{3,} ?(?:forwarded message|original message|forwarded by|mensagem encaminhada|mensaje reenviado|weitergeleitete nachricht|message transféré|messaggio inoltrato|doorgestuurd bericht|転送メッセージ|転送されたメッセージ|元のメッセージ)|^_{10,}$|^-{5,}\s*$|^begin forwarded message:|^転送されたメッセージ[:：]/imu;
const FORWARD_SUBJECT = /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|fw|wg|tr|rv|enc|i|doorst|vs|転送|fwd)\s*[:：]/iu;

// Only the start of the text is searched: the forwarded block comes first in a forward (bounded for hostile input).
const SEARCH_CHARS = 20_000;
const MAX_VALUE = 512;

/** "label: value" of a header line of the block, or null. */
function labelOf(line: string): { label: string; value: string } | null {
  const m = /^\s*\**([^\s:：*]{1,12})\**\s?[:：]\s?(.*)$/u.exec(line);
  return m ? { label: m[1]!.toLowerCase(), value: m[2]!.trim().slice(0, MAX_VALUE) } : null;
}

function labelled(line: string, labels: readonly string[]): string | null {
  const l = labelOf(line);
  return l && labels.includes(l.label) ? l.value : null;
}

/** A line without the quote markers in front of it ("> From: ..." in Apple Mail's forwards, "> > " nested). */
function unquoted(line: string): string {
  return line.replace(/^(?:[ \t]{0,3}>)+[ \t]?/, '');
}

/** How far from the From line the Subject line may be: Outlook puts To and Cc between them, Thunderbird Date. */
const BLOCK_LINES = 8;

/** The first forwarded header block of a message's text, or null when the mail is not a forward. */
export function findForwardedOriginal(subject: string, text: string): ForwardedOriginal | null {
  const head = text.slice(0, SEARCH_CHARS);
  const looksForwarded = FORWARD_SUBJECT.test(subject) || MARKERS.test(head);
  if (!looksForwarded) return null;
  const lines = head.split('\n').map((l) => unquoted(l.replace(/\r$/, '')));
  for (let i = 0; i < lines.length; i++) {
    const fromText = labelled(lines[i]!, FROM_LABELS);
    if (fromText === null || !fromText.includes('@')) continue;
    const subjectText = subjectNear(lines, i);
    if (subjectText === null) continue;
    // Outlook writes "Name [mailto:addr]"; make it an ordinary mailbox.
    const cleaned = fromText.replace(/\[mailto:([^\]\s[]+)\]/i, '<$1>');
    const from = parseAddresses([cleaned]).filter((a) => a.address.includes('@'));
    if (from.length === 0) continue;
    return { from, fromText, subject: subjectText };
  }
  return null;
}

/**
 * The Subject of the header block whose From line is `lines[at]`: below it within BLOCK_LINES lines (Gmail,
 * Outlook, Notes), else above it, where every line in between is a header line (Thunderbird writes Subject and
 * Date before From).
 */
function subjectNear(lines: readonly string[], at: number): string | null {
  for (let j = at + 1; j < Math.min(lines.length, at + BLOCK_LINES); j++) {
    const subjectText = labelled(lines[j]!, SUBJECT_LABELS);
    if (subjectText !== null) return subjectText;
  }
  for (let j = at - 1; j >= Math.max(0, at - BLOCK_LINES); j--) {
    if (labelOf(lines[j]!) === null) return null;
    const subjectText = labelled(lines[j]!, SUBJECT_LABELS);
    if (subjectText !== null) return subjectText;
  }
  return null;
}

/**
 * The original of a forwarded mail: an inline forwarded block, else the attached mail that `attached` offers
 * (the pipeline, which judges attached mail, picks the one that matters most).
 */
export function forwardedOriginalOf(msg: Pick<Message, 'subject' | 'text'>, attached: ForwardedOriginal | null = null): ForwardedOriginal | null {
  return findForwardedOriginal(msg.subject, msg.text) ?? attached;
}
