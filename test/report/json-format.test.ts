/**
 * NDJSON message lines written from a report that a worker thread already encoded as JSON are byte for byte
 * the lines written from the report object (parallel scans must not change the output).
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMessage } from '../../src/index.js';
import { ndjsonMessageLine, ndjsonMessageLineFromJson } from '../../src/report/format/json.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const emlFiles = (dir: string) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.eml'))
    .map((f) => join(FIXTURES, dir, f));

describe('ndjsonMessageLineFromJson', () => {
  const files = [...emlFiles('links'), ...emlFiles('security'), ...emlFiles('hostile')];

  test.each(files)('same line as from the report object: %s', async (file) => {
    const report = await analyzeMessage(readFileSync(file), { lang: 'ja' });
    expect(ndjsonMessageLineFromJson(JSON.stringify(report))).toBe(ndjsonMessageLine(report));
  });

  test('there are fixtures to compare', () => {
    expect(files.length).toBeGreaterThan(20);
  });
});
