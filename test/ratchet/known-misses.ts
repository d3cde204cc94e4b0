/**
 * The ratchet on the real-mail corpus (docs/sources.md#real-samples-in-the-corpus): each test that reads the
 * corpus compares what it misses today with the committed list in known-misses.json. A miss that is not listed
 * fails the test (something got worse), and so does a listed miss that no longer happens (something got better:
 * remove its entry, so that it cannot come back unnoticed). The list may only shrink; each accuracy issue removes
 * the entries it fixes.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** One miss: the corpus file (relative to the corpus directory), what is missed, and the verdict or value seen. */
export interface Miss {
  file: string;
  what: string;
  verdict: string;
}

type KnownMisses = Record<string, Miss[]>;

const LIST_URL = new URL('./known-misses.json', import.meta.url);

function knownMisses(): KnownMisses {
  return JSON.parse(readFileSync(LIST_URL, 'utf8')) as KnownMisses;
}

const key = (m: Miss) => `${m.file} | ${m.what} | ${m.verdict}`;

/**
 * What `observed` differs from the list of `testId` by, in words a failure message can show: misses that are
 * new, and listed misses that did not happen. Empty when the two agree.
 */
export function ratchetDifferences(testId: string, observed: readonly Miss[], list: KnownMisses = knownMisses()): string[] {
  const known = list[testId] ?? [];
  const seen = new Set(observed.map(key));
  const listed = new Set(known.map(key));
  return [
    ...[...seen].filter((k) => !listed.has(k)).sort().map((k) => `new miss, not in test/ratchet/known-misses.json "${testId}": ${k}`),
    ...[...listed].filter((k) => !seen.has(k)).sort().map((k) => `listed miss that no longer happens (remove it from "${testId}"): ${k}`),
  ];
}

/** The assertion each corpus test makes: today's misses are exactly the listed ones. */
export function expectKnownMisses(testId: string, observed: readonly Miss[]): void {
  expect(ratchetDifferences(testId, observed)).toEqual([]);
}

/** Every test id that has a list, so that a test can check no list belongs to a test that no longer exists. */
export function listedTestIds(): string[] {
  return Object.keys(knownMisses());
}
