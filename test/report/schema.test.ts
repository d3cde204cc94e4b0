/**
 * The machine output is a contract: docs/report.schema.json describes --json (and each NDJSON line), and
 * --format sarif is valid SARIF 2.1.0. Checked on real output of every fixture, and of the shared corpus when
 * it is there.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { scan } from '../../src/index.js';
import { formatSarif } from '../../src/report/format/sarif.js';
import { ndjsonMessageLine, ndjsonSummaryLine } from '../../src/report/format/json.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/report.schema.json'), 'utf8')));
const validateMessageLine = ajv.compile({
  $ref: 'https://amzcheck.invalid/report.schema.json#/$defs/messageReport',
});

// The SARIF schema has a pattern that is not valid with the u flag (a stray "]"); read it as ECMAScript without u.
const sarifAjv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));

function mailFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...mailFiles(p));
    else if (/\.(eml|mbox)$/.test(name)) out.push(p);
  }
  return out;
}

function errorsOf(validate: { errors?: unknown }): string {
  return JSON.stringify(validate.errors, null, 1)?.slice(0, 2000) ?? '';
}

async function checkAll(paths: string[], lang: 'en' | 'ja') {
  const report = await scan(paths, { lang });
  expect(validateReport(JSON.parse(JSON.stringify(report))), errorsOf(validateReport)).toBe(true);
  for (const m of report.messages) {
    const line = JSON.parse(ndjsonMessageLine(m));
    expect(validateMessageLine(line), errorsOf(validateMessageLine)).toBe(true);
  }
  const summary = JSON.parse(ndjsonSummaryLine(report));
  expect(summary.type).toBe('summary');
  delete summary.type;
  expect(validateReport({ ...summary, messages: [] }), errorsOf(validateReport)).toBe(true);
  const sarif = JSON.parse(formatSarif(report));
  expect(validateSarif(sarif), errorsOf(validateSarif)).toBe(true);
  return report;
}

describe('report schema and SARIF', () => {
  test('every fixture of the project, in English: JSON, NDJSON lines and SARIF are valid', async () => {
    const files = mailFiles(join(ROOT, 'fixtures')).filter((f) => !f.includes(`${'/'}hostile${'/'}`));
    const report = await checkAll(files, 'en');
    expect(report.summary.messages).toBeGreaterThan(50);
  });

  test('the demo mailbox in Japanese', async () => {
    const report = await checkAll([join(ROOT, 'fixtures/demo/inbox.mbox')], 'ja');
    expect(report.lang).toBe('ja');
  });

  test.skipIf(!existsSync(CORPUS))('every file of ../shared/corpus', async () => {
    const report = await checkAll([CORPUS], 'en');
    expect(report.summary.messages).toBeGreaterThan(500);
  });
});
