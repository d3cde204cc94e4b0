import type { AnalyzedEvent } from './events.js';
import type { ScanOptions } from './options.js';
import type { Lang } from '../report/text/types.js';

/** Events per message to the main thread; batches cut the cost of thread messages. */
export const BATCH_EVENTS = 200;
/** Batches a worker may send before the main thread has taken them: bounds memory per worker. */
export const BATCHES_IN_FLIGHT = 64;

export interface WorkerInput {
  file: string;
  options: ScanOptions & { lang: Lang };
}

export type WorkerMessage = { type: 'batch'; events: AnalyzedEvent[] } | { type: 'done' } | { type: 'fatal'; message: string };
