/**
 * When the default scan uses worker threads. On two cores the workers' start-up (each loads and warms up the
 * whole analyser, beside the main thread and V8's compiler and GC threads) is repaid only by a large mailbox,
 * and sooner with --deep, whose per-message work is heavier (docs/performance.md, fourth round). These pin the
 * measured thresholds, so that a change to them is a decision, not an accident.
 */
import { describe, expect, test } from 'vitest';
import { defaultWorkers, PARALLEL_MIN_BYTES } from '../../src/pipeline/parallel.js';

const MiB = 1024 * 1024;

describe('default worker threads', () => {
  test('one core: never', () => {
    expect(defaultWorkers(10_000 * MiB, 1, false)).toBeNull();
    expect(defaultWorkers(10_000 * MiB, 1, true)).toBeNull();
  });

  test('two cores: one thread up to 160 MiB of mailbox, one worker per core from there', () => {
    expect(defaultWorkers(100 * MiB, 2, false)).toBeNull();
    expect(defaultWorkers(160 * MiB - 1, 2, false)).toBeNull();
    expect(defaultWorkers(160 * MiB, 2, false)).toBe(2);
    expect(defaultWorkers(400 * MiB, 2, false)).toBe(2);
  });

  test('two cores with --deep: workers from 64 MiB, where the heavier analysis repays them', () => {
    expect(defaultWorkers(34 * MiB, 2, true)).toBeNull();
    expect(defaultWorkers(64 * MiB, 2, true)).toBe(2);
    expect(defaultWorkers(100 * MiB, 2, true)).toBe(2);
  });

  test('three cores use the two-core thresholds; four or more the earlier 32 MiB', () => {
    expect(defaultWorkers(100 * MiB, 3, false)).toBeNull();
    expect(defaultWorkers(32 * MiB, 4, false)).toBe(4);
    expect(defaultWorkers(32 * MiB, 8, true)).toBe(8);
    expect(defaultWorkers(32 * MiB - 1, 8, false)).toBeNull();
  });

  test('--deep never needs more mailbox than the default scan before workers help', () => {
    for (const t of [PARALLEL_MIN_BYTES.fewCores, PARALLEL_MIN_BYTES.manyCores]) expect(t.deep).toBeLessThanOrEqual(t.default);
  });
});
