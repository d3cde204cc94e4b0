/**
 * The cheap first pass never drops a message that matters: a default scan (header pass, then a full parse of
 * only the messages that can concern Amazon) and --deep (a full parse of every message) give the same verdict
 * for every message. Issue 9; the benchmark mailbox is compared by `npm run bench`.
 */
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');

async function verdicts(paths: string[], deep: boolean): Promise<Map<string, string>> {
  const report = await scan(paths, { deep, lang: 'en' });
  return new Map(report.messages.map((m) => [`${m.location.file}#${m.location.index}`, m.verdict]));
}

async function expectSameVerdicts(paths: string[]) {
  const [fast, deep] = await Promise.all([verdicts(paths, false), verdicts(paths, true)]);
  expect(fast.size).toBe(deep.size);
  const differences = [...deep].filter(([loc, v]) => fast.get(loc) !== v).map(([loc, v]) => `${loc}: default ${fast.get(loc)}, deep ${v}`);
  expect(differences).toEqual([]);
  return deep;
}

describe('default scan and --deep agree', () => {
  test('on every fixture of the project', async () => {
    const all = await expectSameVerdicts([join(ROOT, 'fixtures')]);
    expect(all.size).toBeGreaterThan(50);
  });

  test.skipIf(!existsSync(CORPUS))('on every file of ../shared/corpus, both mbox files included', async () => {
    const all = await expectSameVerdicts([CORPUS]);
    expect(all.size).toBeGreaterThan(500);
  });
});
