/**
 * Property: whatever bytes arrive, analyzeMessage and scan return a report in which every message is analysed
 * or is an `error` entry with a reason. They never throw and never hang. Seeded: FUZZ_SEED=<n> replays a run
 * (the seed is printed, and fast-check prints the seed and path of any counterexample).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuzzTarget, buildForChildren, fuzzSeed } from './harness.js';
import { applyAll, fixtureMessages, mutation, toMbox } from './mutations.js';

const SEED = fuzzSeed();
// Per input: a real message takes milliseconds; anything near this is a hang, not slowness.
const CASE_TIMEOUT_MS = 10_000;

const target = new FuzzTarget(CASE_TIMEOUT_MS);
const seeds = fixtureMessages();

beforeAll(() => {
  buildForChildren();
  console.log(`hostile fuzz: FUZZ_SEED=${SEED} (set FUZZ_SEED to replay)`);
});
afterAll(() => target.close());

async function holds(mode: 'message' | 'scan', bytes: Buffer): Promise<void> {
  const outcome = await target.run(mode, bytes);
  expect(outcome.problem, `input of ${bytes.length} bytes`).toBeNull();
}

describe('fuzzing the whole pipeline', () => {
  it('has fixture messages to mutate', () => {
    expect(seeds.length).toBeGreaterThan(50);
  });

  it('analyses random bytes or reports an error entry, never throws or hangs', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      // Random bytes behind a plausible first header, so they reach the MIME parser and the checks.
      fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.concat([Buffer.from('From: Amazon <a@amazon.co.jp>\r\nSubject: '), b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => holds('message', Buffer.from(b))),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it('survives structural mutations of real messages (truncation, headers, boundaries, charsets, encodings, 8-bit, folding)', async () => {
    const mutated = fc
      .record({ seed: fc.nat(seeds.length - 1), edits: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
      .map(({ seed, edits }) => ({ name: seeds[seed]!.name, edits, bytes: applyAll(seeds[seed]!.bytes, edits) }));
    await fc.assert(
      fc.asyncProperty(mutated, async (m) => holds('message', m.bytes)),
      { seed: SEED + 1, numRuns: 2_500 },
    );
  });

  it('scans mutated mailboxes (several damaged messages in one mbox on stdin) to one report', async () => {
    const mailbox = fc
      .array(fc.record({ seed: fc.nat(seeds.length - 1), edits: fc.array(mutation, { maxLength: 3 }) }), { minLength: 1, maxLength: 5 })
      .map((list) => toMbox(list.map(({ seed, edits }) => applyAll(seeds[seed]!.bytes, edits))));
    await fc.assert(
      fc.asyncProperty(mailbox, async (mbox) => holds('scan', mbox)),
      { seed: SEED + 2, numRuns: 400 },
    );
  });

  it('reports a hang as a failure instead of hanging the suite', async () => {
    // The watchdog itself must work, or the properties above could not fail on a hang.
    const watchdog = new FuzzTarget(50);
    const slow = Buffer.from('From: a@amazon.co.jp\r\nSubject: ' + 'x'.repeat(3_000_000) + '\r\n\r\n' + 'amazon '.repeat(2_000_000));
    const outcome = await watchdog.run('message', slow);
    await watchdog.close();
    expect(outcome.problem).toMatch(/hang/);
  });
});
