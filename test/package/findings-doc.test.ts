/** docs/findings.md is generated from the code tables (scripts/gen-findings-doc.mjs); it must not go stale. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/findings.js';
import { CODE_TEXT } from '../../src/report/text/index.js';
import { assertBuildIsCurrent, REPO_ROOT } from './build.js';

const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'findings.md'), 'utf8');
const codes = Object.keys(FINDING_CODES) as (keyof typeof FINDING_CODES)[];

describe('docs/findings.md', () => {
  it.each(codes)('has a section for %s with its English and Japanese title', (code) => {
    const section = doc.split(`### \`${code}\`\n`)[1]?.split('\n### ')[0] ?? '';
    expect(section).toContain(CODE_TEXT[code].en.title);
    expect(section).toContain(CODE_TEXT[code].ja.title);
  });

  it('has no section for a code that no longer exists', () => {
    const documented = [...doc.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]);
    expect(documented.filter((c) => !(c in FINDING_CODES))).toEqual([]);
  });

  it('is what the generator writes now (else run: npm run build && node scripts/gen-findings-doc.mjs)', () => {
    assertBuildIsCurrent();
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'gen-findings-doc.mjs'), '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
