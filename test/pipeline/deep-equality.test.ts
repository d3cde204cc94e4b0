/**
 * The cheap first pass never drops a message that matters: a default scan (header pass, then a full parse of
 * only the messages that can concern Amazon) and --deep (a full parse of every message) give the same verdict
 * for every message. Issue 9; the benchmark mailbox is compared by `npm run bench`.
 */
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from '../../src/index.js';
import { expectKnownMisses } from '../ratchet/known-misses.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');

async function verdicts(paths: string[], deep: boolean): Promise<Map<string, string>> {
  const report = await scan(paths, { deep, lang: 'en' });
  return new Map(report.messages.map((m) => [`${m.location.file}#${m.location.index}`, m.verdict]));
}

/** The messages whose default and --deep verdicts differ, as ratchet entries (file relative to `base`). */
async function differences(paths: string[], base: string) {
  const [fast, deep] = await Promise.all([verdicts(paths, false), verdicts(paths, true)]);
  expect(fast.size).toBe(deep.size);
  const differ = [...deep]
    .filter(([loc, v]) => fast.get(loc) !== v)
    .map(([loc, v]) => ({ file: relative(base, loc), what: 'default and --deep differ', verdict: `default ${fast.get(loc)}, deep ${v}` }));
  return { deep, differ };
}

describe('default scan and --deep agree', () => {
  test('on every fixture of the project', async () => {
    const { deep, differ } = await differences([join(ROOT, 'fixtures')], ROOT);
    expect(differ).toEqual([]);
    expect(deep.size).toBeGreaterThan(50);
  });

  test.skipIf(!existsSync(CORPUS))('on every file of ../shared/corpus, both mbox files included, but for the listed misses', async () => {
    const { deep, differ } = await differences([CORPUS], CORPUS);
    expectKnownMisses('pipeline/deep-equality', differ);
    expect(deep.size).toBeGreaterThan(500);
  });
});
