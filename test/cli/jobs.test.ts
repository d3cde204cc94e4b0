/**
 * --jobs: several mailbox files analysed in worker threads give exactly the output of one thread, in input
 * order (the workers run from the built dist/, so this test uses the CLI).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/amzcheck.js');

function ndjson(args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, 'scan', '--ndjson', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('--jobs', () => {
  test('two large mailbox files in two workers: same lines, same order as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amzcheck-jobs-'));
    try {
      // Over the 32 MiB threshold: the demo mailbox repeated (each copy a separate mbox message).
      const demo = readFileSync(join(ROOT, 'fixtures/demo/inbox.mbox'));
      const big = Buffer.concat(Array.from({ length: Math.ceil((17 * 1024 * 1024) / demo.length) }, () => demo));
      writeFileSync(join(dir, 'a.mbox'), big);
      writeFileSync(join(dir, 'b.mbox'), Buffer.concat([demo, big]));
      const files = [join(dir, 'a.mbox'), join(dir, 'b.mbox')];
      const one = ndjson([...files, '--jobs', '1']);
      const two = ndjson([...files, '--jobs', '2']);
      expect(two).toBe(one);
      const lines = two.trim().split('\n');
      expect(JSON.parse(lines[0]!).location.file).toBe(files[0]);
      expect(JSON.parse(lines.at(-2)!).location.file).toBe(files[1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
