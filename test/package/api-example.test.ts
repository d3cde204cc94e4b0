/** README's API example runs as it is written (the package imports itself by name) and prints what it says. */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { displayWidth } from '../../src/report/format/wrap.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe.each(['README.md', 'README.ja.md'])('%s API example', (readme) => {
  test('runs against the built package and prints the phishing and the report', () => {
    const text = readFileSync(path.join(ROOT, readme), 'utf8');
    const code = /<!-- api-example -->\n```js\n([\s\S]*?)```/.exec(text)?.[1];
    expect(code).toBeTruthy();
    // Inside the package folder, so that `import ... from 'amzcheck'` resolves to this package (self-reference).
    const dir = mkdtempSync(path.join(ROOT, '.api-example-'));
    try {
      const file = path.join(dir, 'example.mjs');
      writeFileSync(file, code!);
      const r = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('Your Prime membership payment was declined: sender.display-name-impersonation');
      const human = r.stdout.slice(r.stdout.indexOf(readme === 'README.md' ? 'Action needed' : '対応が必要です'));
      expect(human.length).toBeGreaterThan(100);
      for (const line of human.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
