/**
 * Worker thread of a parallel scan (parallel.ts): receives batches of raw messages and returns their analysis.
 * It keeps no state between batches beyond the per-thread memos of the checks, so which worker gets which
 * batch never changes a result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeRawMessage } from './analyze.js';
import type { BatchRequest, MessageFacts, WorkerInput, WorkerReply } from './parallel-protocol.js';

const port = parentPort!;
const { options } = workerData as WorkerInput;

/** The facts of a message that adds nothing but its verdict: one object per verdict, shared by the batch. */
const plainFacts = new Map<string, MessageFacts>();
const EMPTY_STEPS: never[] = [];

// Batches are analysed one at a time, in arrival order: the main thread bounds how many are queued here.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: BatchRequest) => {
  queue = queue.then(async () => {
    const reports: string[] = [];
    const facts: MessageFacts[] = [];
    for (const m of request.messages) {
      const bytes = Buffer.from(request.buffer, m.start, m.end - m.start);
      const a = await analyzeRawMessage({ bytes, location: m.location, envelope: m.envelope }, options);
      const { verdict, amazonRelated } = a.report;
      reports.push(JSON.stringify(a.report));
      if (a.securityEntry === null && a.steps.length === 0 && !a.origin) {
        const key = `${verdict}:${amazonRelated}`;
        let shared = plainFacts.get(key);
        if (!shared) plainFacts.set(key, (shared = { verdict, amazonRelated, securityEntry: null, steps: EMPTY_STEPS, origin: null }));
        facts.push(shared);
      } else {
        // A literal, not a spread: V8 builds spread objects slowly.
        facts.push({ verdict, amazonRelated, securityEntry: a.securityEntry, steps: a.steps, origin: a.origin ?? null });
      }
    }
    port.postMessage({ type: 'batch', seq: request.seq, reports, facts } satisfies WorkerReply);
  });
});
