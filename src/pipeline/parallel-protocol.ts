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
 * One message's analysis as it crosses back: the report entry as JSON text (one string clones far cheaper than
 * the object graph, and NDJSON output writes it as it is) plus the few facts the main thread reads from it.
 */
export interface SerializedAnalysis extends Omit<AnalyzedMessage, 'report' | 'reportJson' | 'summary'> {
  reportJson: string;
  summary: ReportSummary;
}

/** Worker -> main thread: the analysis of every message of batch `seq`, in batch order. */
export type WorkerReply = { type: 'batch'; seq: number; analyzed: SerializedAnalysis[] };
