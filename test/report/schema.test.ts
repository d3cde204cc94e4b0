/**
 * The machine output is a contract: docs/report.schema.json describes --json (and each NDJSON line), and
 * --format sarif is valid SARIF 2.1.0. Checked on real output of every fixture, and of the shared corpus when
 * it is there, and on every kind of line the CLI prints with --ndjson.
 *
 * The published schema lets objects carry fields it does not list (fields may be added within a schemaVersion:
 * a consumer's copy of the schema must keep accepting newer output). The tests also validate against a strict
 * copy that forbids unlisted fields, so every field amzcheck prints is documented.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

type Schema = Record<string, unknown>;
const SCHEMA_ID = 'https://amzcheck.invalid/report.schema.json';
const published = JSON.parse(readFileSync(join(ROOT, 'docs/report.schema.json'), 'utf8')) as Schema;

/** Every schema object in `node`, with its JSON pointer. */
function* schemaNodes(node: unknown, pointer = ''): Generator<[Schema, string]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* schemaNodes(node[i], `${pointer}/${i}`);
  } else if (node !== null && typeof node === 'object') {
    yield [node as Schema, pointer];
    for (const [k, v] of Object.entries(node)) yield* schemaNodes(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

/**
 * The schema with every object closed (`unevaluatedProperties: false` wherever `properties` are listed), except
 * the fragments that others extend with properties of their own (`allOf: [{ $ref }]` beside `properties`).
 */
function strictCopy(schema: Schema): Schema {
  const copy = structuredClone(schema);
  const fragments = new Set<string>();
  for (const [node] of schemaNodes(copy)) {
    if (!Array.isArray(node.allOf) || !node.properties) continue;
    for (const part of node.allOf as Schema[]) if (typeof part.$ref === 'string') fragments.add(part.$ref.slice(1));
  }
  for (const [node, pointer] of schemaNodes(copy)) {
    const isSchemaWithProperties = node.properties !== undefined && typeof node.properties === 'object' && !pointer.endsWith('/properties');
    if (isSchemaWithProperties && !('additionalProperties' in node) && !('patternProperties' in node) && !fragments.has(pointer)) {
      node.unevaluatedProperties = false;
    }
  }
  return copy;
}

function compile(schema: Schema) {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(schema);
  const get = (ref: string) => ajv.getSchema(`${SCHEMA_ID}${ref}`)!;
  return { report: get(''), messageLine: get('#/$defs/messageLine'), summaryLine: get('#/$defs/summaryLine'), line: get('#/$defs/ndjsonLine') };
}
const open = compile(published);
const strict = compile(strictCopy(published));
const validateReport = strict.report;

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
    expect(strict.messageLine(line), errorsOf(strict.messageLine)).toBe(true);
  }
  const summary = JSON.parse(ndjsonSummaryLine(report));
  expect(summary.type).toBe('summary');
  expect(strict.summaryLine(summary), errorsOf(strict.summaryLine)).toBe(true);
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

describe('every line the CLI prints with --ndjson', () => {
  test('message, input-error and summary lines all validate, in the published and in the strict schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amzcheck-ndjson-schema-'));
    try {
      const empty = join(dir, 'empty.eml');
      writeFileSync(empty, '');
      // A folder with a file that is not mail: counted in the summary's skippedFiles, not an error.
      writeFileSync(join(dir, 'notes.txt'), 'not mail at all\n');
      const inputs = [join(ROOT, 'fixtures/demo/inbox.mbox'), join(ROOT, 'fixtures/input'), join(dir, 'missing.mbox'), empty, dir];
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/amzcheck.js'), 'scan', '--ndjson', '--no-progress', ...inputs], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(r.status, r.stderr).toBe(1);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; skippedFiles?: unknown[] });
      const kinds = new Set<string>();
      for (const line of lines) {
        kinds.add(line.type);
        expect(open.line(line), errorsOf(open.line)).toBe(true);
        expect(strict.line(line), errorsOf(strict.line)).toBe(true);
      }
      expect([...kinds].sort()).toEqual(['input-error', 'message', 'summary']);
      expect(lines.at(-1)!.type).toBe('summary');
      expect(lines.at(-1)!.skippedFiles!.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('a field added within the schema version still validates (the promise); the strict copy catches it', async () => {
    const report = await scan([join(ROOT, 'fixtures/demo/inbox.mbox')], { lang: 'en' });
    const summary = { ...JSON.parse(ndjsonSummaryLine(report)), addedLater: 1 };
    const message = { ...JSON.parse(ndjsonMessageLine(report.messages[0]!)), addedLater: 'x' };
    message.authentication = { ...message.authentication, addedLater: true };
    const document = { ...JSON.parse(JSON.stringify(report)), addedLater: [] };
    for (const [validate, value] of [
      [open.line, summary],
      [open.line, message],
      [open.report, document],
    ] as const) {
      expect(validate(value), errorsOf(validate)).toBe(true);
    }
    expect(strict.line(summary)).toBe(false);
    expect(strict.line(message)).toBe(false);
    expect(strict.report(document)).toBe(false);
    // A line of an unknown type is not an NDJSON line of this version.
    expect(open.line({ type: 'progress', done: 1 })).toBe(false);
  });
});
