/**
 * The analysed stream of one scan, before the report collector: every message analysed (or an error entry),
 * skips and input errors, in input order. The same stream runs in the main thread or, for several large
 * mailbox files, in worker threads (parallel.ts).
 */
import { readInputs } from '../input/index.js';
import type { SkippedFileReason, SkipReason } from '../input/types.js';
import { analyzeRawMessage, type AnalyzedMessage } from './analyze.js';
import { eventWithoutAnalysis } from './entries.js';
import type { ScanOptions } from './options.js';
import type { Lang } from '../report/text/types.js';

export type AnalyzedEvent =
  | { type: 'message'; analyzed: AnalyzedMessage }
  | { type: 'skipped'; reason: SkipReason }
  | { type: 'input-error'; path: string; reason: string }
  | { type: 'skipped-file'; path: string; reason: SkippedFileReason };

export async function* analyzedEvents(paths: string[], options: ScanOptions & { lang: Lang }): AsyncGenerator<AnalyzedEvent> {
  for await (const ev of readInputs(paths, { includeDeleted: options.includeDeleted, mboxo: options.mboxo, stdin: options.stdin })) {
    yield ev.type === 'message' ? { type: 'message', analyzed: await analyzeRawMessage(ev.message, options) } : eventWithoutAnalysis(ev);
  }
}
