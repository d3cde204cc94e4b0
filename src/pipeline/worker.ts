/**
 * Worker thread: analyses one mailbox file and sends its events back in batches. Flow control by credits, so
 * a worker that runs ahead of the output waits instead of filling memory (parallel.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzedEvents, type AnalyzedEvent } from './events.js';
import { BATCH_EVENTS, BATCHES_IN_FLIGHT, type WorkerInput, type WorkerMessage } from './parallel-protocol.js';

const port = parentPort!;
const { file, options } = workerData as WorkerInput;

let credits = BATCHES_IN_FLIGHT;
let resume: (() => void) | null = null;
port.on('message', (m: string) => {
  if (m === 'credit') {
    credits++;
    resume?.();
    resume = null;
  }
});

let batch: AnalyzedEvent[] = [];
async function send(): Promise<void> {
  if (batch.length === 0) return;
  while (credits <= 0) await new Promise<void>((r) => (resume = r));
  credits--;
  port.postMessage({ type: 'batch', events: batch } satisfies WorkerMessage);
  batch = [];
}

try {
  for await (const ev of analyzedEvents([file], options)) {
    batch.push(ev);
    if (batch.length >= BATCH_EVENTS) await send();
  }
  await send();
  port.postMessage({ type: 'done' } satisfies WorkerMessage);
} catch (err) {
  port.postMessage({ type: 'fatal', message: err instanceof Error ? err.message : String(err) } satisfies WorkerMessage);
}
