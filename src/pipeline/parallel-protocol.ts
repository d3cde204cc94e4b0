import type { Envelope, Location } from '../input/types.js';
import type { AnalyzedMessage, ReportSummary } from './analyze.js';
import type { ScanOptions } from './options.js';
import type { Lang } from '../report/text/types.js';

/** What a worker is started with: the scan options (plain data only). */
export interface WorkerInput {
  options: ScanOptions & { lang: Lang };
}

/** Where one message lies in a batch's buffer, and what the reader knew about it. */
export interface BatchMessage {
  start: number;
  end: number;
  location: Location;
  envelope: Envelope;
}

/**
 * Main thread -> worker: the bytes of consecutive messages in one buffer, a pool buffer shared with the main
 * thread (the worker must not keep views of it after replying: the next batch overwrites it) or, for a batch
 * too large for the pool, a transferred one.
 */
export interface BatchRequest {
  seq: number;
  buffer: SharedArrayBuffer | ArrayBuffer;
  messages: BatchMessage[];
}

/**
 * What the main thread reads of one message's analysis besides its report entry. Messages with nothing of their
 * own to add (an unrelated mail: no security entry, no steps, no origin) share one object, which a thread message
 * clones once for the whole batch.
 */
export interface MessageFacts extends Pick<AnalyzedMessage, 'securityEntry' | 'steps' | 'origin'> {
  verdict: ReportSummary['verdict'];
  amazonRelated: boolean;
}

/**
 * Worker -> main thread: the analysis of every message of batch `seq`, in batch order: its report entry as JSON
 * text (strings clone far cheaper than the object graphs, and NDJSON output writes them as they are; one
 * string per message, not one joined text per batch, which would be a large object that only a full
 * collection frees, on both sides) and its facts. The main thread knows each message's location already.
 */
export interface WorkerReply {
  type: 'batch';
  seq: number;
  reports: string[];
  facts: MessageFacts[];
}
