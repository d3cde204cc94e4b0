import type { Envelope, Location } from '../input/types.js';
import type { AnalyzedMessage } from './analyze.js';
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

/** Main thread -> worker: the bytes of consecutive messages in one transferred buffer. */
export interface BatchRequest {
  seq: number;
  buffer: ArrayBuffer;
  messages: BatchMessage[];
}

/** Worker -> main thread: the analysis of every message of batch `seq`, in batch order. */
export type WorkerReply = { type: 'ready' } | { type: 'batch'; seq: number; analyzed: AnalyzedMessage[] };
