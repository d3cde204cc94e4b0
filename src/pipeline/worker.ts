/**
 * Worker thread of a parallel scan (parallel.ts): receives batches of raw messages and returns their analysis.
 * It keeps no state between batches beyond the per-thread memos of the checks, so which worker gets which
 * batch never changes a result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeRawMessage } from './analyze.js';
import type { BatchRequest, SerializedAnalysis, WorkerInput, WorkerReply } from './parallel-protocol.js';

const port = parentPort!;
const { options } = workerData as WorkerInput;

// Batches are analysed one at a time, in arrival order: the main thread bounds how many are queued here.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: BatchRequest) => {
  queue = queue.then(async () => {
    const analyzed: SerializedAnalysis[] = [];
    for (const m of request.messages) {
      const bytes = Buffer.from(request.buffer, m.start, m.end - m.start);
      const a = await analyzeRawMessage({ bytes, location: m.location, envelope: m.envelope }, options);
      const report = a.report;
      // Literals, not rest/spread: V8 builds spread objects slowly (this runs for every message).
      analyzed.push({
        securityEntry: a.securityEntry,
        steps: a.steps,
        origin: a.origin,
        reportJson: JSON.stringify(report),
        summary: { location: report.location, verdict: report.verdict, amazonRelated: report.amazonRelated },
      });
    }
    port.postMessage({ type: 'batch', seq: request.seq, analyzed } satisfies WorkerReply);
  });
});
