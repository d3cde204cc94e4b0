/**
 * Worker threads (--jobs, and the default for large files): the main thread reads, workers analyse, and the
 * output is exactly that of one thread, in input order, whatever mix of messages, skips and errors the input
 * holds. The workers run from the built dist/, so these tests use the CLI.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/amzcheck.js');
const fixture = (p: string) => join(ROOT, 'fixtures', p);

function run(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, 'scan', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('scanning with worker threads', () => {
  test('one large mailbox: the same NDJSON lines, in the same order, as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amzcheck-jobs-'));
    try {
      // The demo mailbox repeated to 4 MiB (about 1,900 messages: ten batches of up to 256 messages, more than
      // the three workers' six batches in flight, so shared buffers are reused and batches finish out of order),
      // plus a mailbox with a chat (skipped) in between. When the default picks workers is parallel-plan.test.ts's
      // concern (defaultWorkers); here only --jobs against one thread.
      const demo = readFileSync(fixture('demo/inbox.mbox'));
      const chat = readFileSync(fixture('input/gmail-takeout-with-chat.mbox'));
      const copies = Math.ceil((4 * 1024 * 1024) / demo.length);
      const big = Buffer.concat(Array.from({ length: copies }, (_, i) => (i === 7 ? Buffer.concat([demo, chat]) : demo)));
      const file = join(dir, 'big.mbox');
      writeFileSync(file, big);
      const one = run(['--ndjson', '--jobs', '1', file]);
      const three = run(['--ndjson', '--jobs', '3', file]);
      expect(one.stderr).toBe('');
      expect(three.stdout).toBe(one.stdout);
      expect(three.status).toBe(one.status);
      expect(one.stdout.split('\n').length).toBeGreaterThan(1_500);
      const summary = JSON.parse(one.stdout.trim().split('\n').at(-1)!);
      expect(summary.summary.skipped.chat).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  test('several inputs with a missing file and a directory: same report and exit code as one thread', () => {
    const inputs = [fixture('demo/inbox.mbox'), join(ROOT, 'no-such-file.mbox'), fixture('input/maildir'), fixture('input/thunderbird-deleted-message.mbox')];
    for (const format of ['--ndjson', '--json']) {
      const one = run([format, '--jobs', '1', ...inputs]);
      const two = run([format, '--jobs', '2', ...inputs]);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.status).toBe(one.status);
      expect(one.stderr).toContain('no-such-file.mbox');
    }
  }, 120_000);
});
