/**
 * Several mailbox files in one call, analysed in worker threads (--jobs N), one file per worker, up to the
 * number of cores. The output keeps input order: events of the first file are passed on as they come, later files
 * are worked on ahead but wait (credits, see worker.ts) until their turn. One large file, stdin, directories,
 * small inputs and --online stay in the main thread: there a worker costs more (start-up, copying) than it
 * gives (tech.md 3.3: workers gained nothing for one prefiltered mailbox). Measured in docs/performance.md.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzedEvent } from './events.js';
import type { ScanOptions } from './options.js';
import type { WorkerInput, WorkerMessage } from './parallel-protocol.js';
import type { Lang } from '../report/text/types.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Below this total size the workers' start-up (~0.3 s each) is not repaid. */
export const PARALLEL_MIN_TOTAL_BYTES = 32 * 1024 * 1024;

/** The files and the number of workers when a parallel scan pays, else null. */
export async function planParallel(paths: string[], options: ScanOptions): Promise<{ files: string[]; jobs: number } | null> {
  // Opt-in: measured on the 2-core machine CI uses, two workers did not beat one thread (docs/performance.md).
  if (options.jobs === undefined || options.jobs === 1 || options.online || options.resolver || paths.length < 2) return null;
  // Running from TypeScript sources (tests) there is no compiled worker; the scan then stays sequential.
  if (!existsSync(fileURLToPath(WORKER_URL))) return null;
  let total = 0;
  for (const p of paths) {
    if (p === '-') return null;
    try {
      const s = await stat(p);
      if (!s.isFile()) return null;
      total += s.size;
    } catch {
      return null; // the sequential path reports it with its reason
    }
  }
  if (total < PARALLEL_MIN_TOTAL_BYTES) return null;
  const jobs = Math.min(options.jobs, availableParallelism(), paths.length);
  return jobs >= 2 ? { files: paths, jobs } : null;
}

interface FileQueue {
  batches: AnalyzedEvent[][];
  done: boolean;
  error: string | null;
  worker: Worker | null;
}

export async function* parallelAnalyzedEvents(
  files: string[],
  options: ScanOptions & { lang: Lang },
  jobs: number,
): AsyncGenerator<AnalyzedEvent> {
  const queues: FileQueue[] = files.map(() => ({ batches: [], done: false, error: null, worker: null }));
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  // Only plain data crosses to a worker.
  const { stdin: _stdin, resolver: _resolver, ...cloneable } = options;

  const start = (i: number) => {
    const q = queues[i]!;
    const input: WorkerInput = { file: files[i]!, options: cloneable };
    const worker = new Worker(WORKER_URL, { workerData: input });
    q.worker = worker;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'batch') q.batches.push(m.events);
      else if (m.type === 'fatal') {
        q.error = m.message;
        q.done = true;
      } else q.done = true;
      notify();
    });
    worker.on('error', (err) => {
      q.error = err.message;
      q.done = true;
      notify();
    });
    worker.on('exit', () => {
      if (!q.done) q.error ??= 'the worker stopped unexpectedly';
      q.done = true;
      notify();
    });
  };

  let next = 0;
  try {
    while (next < Math.min(jobs, files.length)) start(next++);
    for (let i = 0; i < files.length; i++) {
      const q = queues[i]!;
      for (;;) {
        const batch = q.batches.shift();
        if (batch) {
          q.worker?.postMessage('credit');
          yield* batch;
          continue;
        }
        if (q.done) break;
        await new Promise<void>((r) => (wake = r));
      }
      if (q.error) yield { type: 'input-error', path: files[i]!, reason: `internal error while scanning: ${q.error}` };
      await q.worker?.terminate();
      q.worker = null;
      if (next < files.length) start(next++);
    }
  } finally {
    for (const q of queues) await q.worker?.terminate();
  }
}
