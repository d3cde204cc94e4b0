/**
 * Report entries that need no analysis: a message found unrelated by the header pass, or one that could not be
 * read. Kept apart from analyze.ts so the main thread of a parallel scan can write them without loading the
 * analysers (each costs start-up time and memory; the workers have them).
 */
import type { InputEvent, Location, RawMessage } from '../input/types.js';
import type { AnalyzedMessage } from './analyze.js';
import type { AnalyzedEvent } from './events.js';
import type { MessageHeaders } from '../message/types.js';
import type { MessageReport } from '../report/model.js';
import { recipientOf } from '../mailbox/recipient.js';

/** The fields every entry starts with (the full analysis spreads them; headerDepthReport writes them out in this order). */
export function baseReport(location: Location, h: MessageHeaders | null) {
  return {
    location,
    messageId: h?.messageId ?? null,
    date: h?.date.value ? h.date.value.toISOString() : null,
    dateSource: h?.date.source ?? ('none' as const),
    from: h?.fromHeader ?? null,
    recipient: h ? recipientOf(h) : null,
    subject: h ? h.subject : null,
    labels: h?.gmailLabels ?? null,
  };
}

/**
 * The entry of a message that got no analysis: unrelated after the header pass, or unreadable (an error).
 * One object literal with every field in the order of MessageReport (the order of the JSON keys), not a
 * spread of baseReport: V8 builds a spread plus eleven more keys through a chain of map transitions, and
 * this entry is made for 83% of a mailbox (about 12 µs a message against 1.5 µs for the literal). A test
 * (test/pipeline/entries.test.ts) checks that it equals the spread form, keys in the same order.
 */
function headerDepthReport(location: Location, h: MessageHeaders | null, verdict: 'unrelated' | 'error', error: string | null): MessageReport {
  return {
    location,
    messageId: h?.messageId ?? null,
    date: h?.date.value ? h.date.value.toISOString() : null,
    dateSource: h?.date.source ?? 'none',
    from: h?.fromHeader ?? null,
    recipient: h ? recipientOf(h) : null,
    subject: h ? h.subject : null,
    labels: h?.gmailLabels ?? null,
    amazonRelated: false,
    kind: 'other',
    verdict,
    reasons: [],
    findings: [],
    authentication: null,
    securityCode: null,
    links: [],
    depth: 'headers',
    remediation: [],
    error,
  };
}

export function unrelatedReport(raw: RawMessage, h: MessageHeaders): MessageReport {
  return headerDepthReport(raw.location, h, 'unrelated', null);
}

export function errorReport(location: Location, reason: string, h: MessageHeaders | null = null): MessageReport {
  return headerDepthReport(location, h, 'error', reason);
}


/** The analysis of a message that cannot be analysed: its error entry. */
export function errorEntry(location: Location, reason: string): AnalyzedMessage {
  return { report: errorReport(location, reason), securityEntry: null, steps: [] };
}

/** What an input event other than a message becomes in the analysed stream (one thread or several alike). */
export function eventWithoutAnalysis(ev: Exclude<InputEvent, { type: 'message' }>): AnalyzedEvent {
  switch (ev.type) {
    case 'message-error':
      return { type: 'message', analyzed: errorEntry(ev.location, ev.reason) };
    case 'skipped':
      return { type: 'skipped', reason: ev.reason };
    case 'input-error':
      return { type: 'input-error', path: ev.path, reason: ev.reason };
    case 'skipped-file':
      return { type: 'skipped-file', path: ev.path, reason: ev.reason };
  }
}
