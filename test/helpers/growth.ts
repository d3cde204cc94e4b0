/**
 * A guard against catastrophic slowdowns (a regular expression that backtracks, a quadratic loop) that holds
 * on a busy machine: no budget in milliseconds, but a calibration measured in the same test. The same work runs
 * on an input `factor` times as large once, and on the small input `factor` times in a row; each is timed as
 * the best of a few tries. Linear work takes about as long both ways (ratio ~1), quadratic work takes `factor`
 * times as long on the large input, backtracking far more. Both timings are of the same length, so whatever
 * else the machine runs slows both alike. The bound, 6 at the default factor 16, leaves a margin of six for
 * noise (garbage collection of a large input, a core taken away) and still fails quadratic work by far.
 *
 * The inputs are built before the clock starts, and the small run goes once before timing, so start-up (module
 * loading, the JIT's first compile) is not timed. Pick n so that the large run takes some milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';

export interface GrowthOptions {
  /** How much larger the large input is, and how often the small one runs (default 16). */
  factor?: number;
  /** The ratio that fails (default 6). */
  maxRatio?: number;
  /** Timed tries of each side; the fastest counts (default 3). */
  tries?: number;
}

async function fastest(run: () => Promise<void>, tries: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The time of `work(build(factor * n))` over that of `factor` runs of `work(build(n))`. */
export async function growthRatio<T>(
  build: (n: number) => T | Promise<T>,
  work: (input: T) => unknown,
  n: number,
  options: GrowthOptions = {},
): Promise<{ ratio: number; small: number; large: number }> {
  const factor = options.factor ?? 16;
  const tries = options.tries ?? 3;
  const smallInput = await build(n);
  const largeInput = await build(n * factor);
  const smallRuns = async () => {
    for (let i = 0; i < factor; i++) await work(smallInput);
  };
  await smallRuns(); // warm-up, not timed
  const small = await fastest(smallRuns, tries);
  const large = await fastest(async () => void (await work(largeInput)), tries);
  // A floor of 0.05 ms keeps runs that the timer rounds to zero from making any ratio infinite.
  return { ratio: large / Math.max(small, 0.05), small, large };
}

/** Fails when the work on a `factor` times larger input costs more than `maxRatio` x `factor` small runs. */
export async function expectNearLinear<T>(
  build: (n: number) => T | Promise<T>,
  work: (input: T) => unknown,
  n: number,
  options: GrowthOptions = {},
): Promise<void> {
  const factor = options.factor ?? 16;
  const maxRatio = options.maxRatio ?? 6;
  const { ratio, small, large } = await growthRatio(build, work, n, options);
  const figures = `${factor} runs on n=${n}: ${small.toFixed(2)} ms; one run on n=${n * factor}: ${large.toFixed(2)} ms`;
  if (process.env.GROWTH_LOG) console.log(`growth ${expect.getState().currentTestName}: ${figures}, ratio ${ratio.toFixed(2)}`);
  expect(ratio, figures).toBeLessThan(maxRatio);
}
