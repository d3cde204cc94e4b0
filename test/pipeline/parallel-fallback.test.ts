/**
 * A parallel scan whose workers die loses nothing: batches in work on a dead worker are analysed again in the
 * main thread from their shared buffer, a worker is replaced at most a few times, and with none left the main
 * thread analyses the rest. Run from the TypeScript sources there is no compiled worker script, so every
 * worker dies at start: the output must still be that of the sequential scan, event for event.
 */
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyzedEvents, type AnalyzedEvent } from '../../src/pipeline/events.js';
import { parallelAnalyzedEvents } from '../../src/pipeline/parallel.js';
import { resolveOptions } from '../../src/pipeline/scan.js';

const fixture = (p: string) => fileURLToPath(new URL(`../../fixtures/${p}`, import.meta.url));

async function collect(events: AsyncGenerator<AnalyzedEvent>): Promise<string[]> {
  const out: string[] = [];
  for await (const ev of events) out.push(ev.type === 'message' ? JSON.stringify(ev.analyzed.report) : JSON.stringify(ev));
  return out;
}

describe('parallel scan when workers die', () => {
  test('every event of the sequential scan, in the same order', async () => {
    const paths = [
      fixture('demo/inbox.mbox'),
      fixture('input/gmail-takeout-with-chat.mbox'),
      fixture('input/three-messages-middle-one-large.mbox'),
      fixture('security/burst-mixed-3-genuine-2-fake-sign-in-codes-6min.mbox'),
    ];
    const options = resolveOptions({ lang: 'en' });
    const sequential = await collect(analyzedEvents(paths, options));
    const parallel = await collect(parallelAnalyzedEvents(paths, options, 3));
    expect(parallel).toEqual(sequential);
    expect(sequential.length).toBeGreaterThan(15);
  }, 60_000);
});
