/**
 * NDJSON streams: a message's line is written once its message is analysed, also while the input stalls (a pipe
 * whose writer pauses), not when the next message or the end of the input comes. The CLI runs as a child with
 * its stdin a pipe that the test keeps open; each test waits (by events, with a generous timeout) for the lines
 * that must arrive while the pipe is still open, then closes it. What is legitimately held: the last message of
 * an mbox, whose end is known only at the next From_ line or the end of the input.
 */
import { describe, expect, test } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/amzcheck.js');
const DEMO = join(ROOT, 'fixtures/demo/inbox.mbox');
/** Generous: the machine may be busy; a line that streams arrives long before, one that is held never does. */
const WAIT_MS = 90_000;

interface Line {
  type: string;
  location?: { file: string; index: number };
}

class Scan {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: Line[] = [];
  private rest = '';
  private readonly exited: Promise<number | null>;
  private stderr = '';

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, 'scan', '--ndjson', '--no-progress', ...args], { cwd: ROOT });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (text: string) => {
      const parts = (this.rest + text).split('\n');
      this.rest = parts.pop()!;
      for (const p of parts) this.lines.push(JSON.parse(p) as Line);
    });
    this.child.stderr.on('data', (d) => (this.stderr += String(d)));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  messages(file = '-'): number[] {
    return this.lines.filter((l) => l.type === 'message' && l.location?.file === file).map((l) => l.location!.index);
  }

  /** Resolves when `done()` holds after some output; fails if the child exits first or nothing comes in time. */
  waitFor(done: () => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        cleanup();
        resolve();
      };
      const exit = () => {
        cleanup();
        reject(new Error(`the scan ended before ${what} (stderr: ${this.stderr})`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${what}: not seen within ${WAIT_MS} ms while the input stayed open; lines: ${JSON.stringify(this.lines.map((l) => [l.type, l.location?.index]))}`));
      }, WAIT_MS);
      const cleanup = () => {
        clearTimeout(timer);
        this.child.stdout.off('data', check);
        this.child.off('close', exit);
      };
      this.child.stdout.on('data', check);
      this.child.on('close', exit);
      check();
    });
  }

  async close(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }
}

/** The first `n` messages of the demo mailbox, as an mbox. */
function demoMessages(n: number): Buffer {
  const text = readFileSync(DEMO, 'latin1');
  const parts = text.split(/\n(?=From )/);
  expect(parts.length).toBeGreaterThanOrEqual(n);
  return Buffer.from(parts.slice(0, n).join('\n') + '\n', 'latin1');
}

describe('NDJSON streams while the input stalls', () => {
  for (const jobs of [[], ['--jobs', '2']]) {
    const how = jobs.length === 0 ? 'one thread' : 'worker threads';

    test(`an mbox on stdin whose writer pauses: every message but the last is printed at once (${how})`, async () => {
      const scan = new Scan([...jobs, '-']);
      try {
        scan.child.stdin.write(demoMessages(3));
        // Messages 1 and 2 end where the next From_ line starts: both are known and analysed.
        await scan.waitFor(() => scan.messages().length >= 2, 'the lines of messages 1 and 2');
        expect(scan.child.exitCode).toBeNull();
        expect(scan.messages().slice(0, 2)).toEqual([1, 2]);
      } finally {
        const code = await scan.close();
        // The rest comes when the input ends: the last message and the summary.
        expect(scan.messages()).toEqual([1, 2, 3]);
        expect(scan.lines.at(-1)!.type).toBe('summary');
        expect(code).toBe(1);
      }
    }, 200_000);

    test(`a mailbox file before a stalled stdin: all its lines come out before stdin ends (${how})`, async () => {
      const scan = new Scan([...jobs, DEMO, '-']);
      try {
        await scan.waitFor(() => scan.messages(DEMO).length === 11, 'the 11 lines of the demo mailbox');
        expect(scan.child.exitCode).toBeNull();
        expect(scan.messages(DEMO)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        expect(scan.lines.some((l) => l.type === 'summary')).toBe(false);
      } finally {
        const code = await scan.close();
        // stdin ended with nothing in it: an input error, then the summary.
        expect(scan.lines.map((l) => l.type).slice(-2)).toEqual(['input-error', 'summary']);
        expect(code).toBe(1);
      }
    }, 200_000);
  }
});
