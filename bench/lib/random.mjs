// Seeded pseudo-random numbers for the benchmark mailbox: the same seed must give the same bytes on every
// machine and Node version, so Math.random() is never used.

/**
 * mulberry32: 32-bit state, fast, good enough for picking test data (not for anything secret).
 * @param {number} seed
 */
export function createRandom(seed) {
  let state = seed | 0;
  /** @returns {number} in [0, 1) */
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** integer in [min, max] */
    int: (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1)),
    /** @template T @param {readonly T[]} items @returns {T} */
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (/** @type {number} */ p) => next() < p,
    /** six decimal digits, as security-code mails carry them */
    code6: () => String(100000 + Math.floor(next() * 900000)),
  };
}
