/**
 * Files smaller than one read chunk are read whole and synchronously (a Maildir or a folder of .eml files holds
 * thousands of them, and an asynchronous read cost more per file than the analysis of the message). Larger files,
 * and anything that is not a regular file, are streamed. Both ways must give the same events, and the scan's
 * two reused read buffers (transientViews, what the parallel scan reads with) are shared by one file after the
 * other, small and large mixed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputEvent, type ReadInputsOptions } from '../../src/input/index.js';
import { collect, messagesOf } from './helpers.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'amzcheck-small-files-'));

async function collectCopying(paths: string[], options: ReadInputsOptions): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const event of readInputs(paths, { ...options, transientViews: true })) {
    events.push(event.type === 'message' ? { ...event, message: { ...event.message, bytes: Buffer.from(event.message.bytes) } } : event);
  }
  return events;
}

const eml = (i: number, bodyBytes: number) =>
  `From: sender${i}@example.com\nMessage-ID: <${i}@example.com>\nSubject: message ${i}\n\n${String(i % 10).repeat(bodyBytes)}\n`;
const mbox = (n: number, bodyBytes: number) =>
  Array.from({ length: n }, (_, i) => `From sender@example.com Mon Jan  1 00:00:00 2024\n${eml(i, bodyBytes)}\n`).join('');

describe('small files are read whole, and give what streaming gives', () => {
  // Sorted names put large and small files in turn, so the shared buffers go from one kind to the other.
  const folder = path.join(tmp, 'mixed');
  mkdirSync(path.join(folder, 'cur'), { recursive: true });
  mkdirSync(path.join(folder, 'new'), { recursive: true });
  const sizes = [10, 5_000, 3, 40_000, 1_500, 9_000, 0];
  sizes.forEach((bytes, i) => writeFileSync(path.join(folder, 'cur', `${1_700_000_000 + i}.${i}.host:2,S`), eml(i, bytes)));
  const mboxes = path.join(tmp, 'mboxes');
  mkdirSync(mboxes, { recursive: true });
  writeFileSync(path.join(mboxes, 'a-large.mbox'), mbox(12, 3_000));
  writeFileSync(path.join(mboxes, 'b-small.mbox'), mbox(2, 100));
  writeFileSync(path.join(mboxes, 'c-large.mbox'), mbox(5, 7_000));
  writeFileSync(path.join(mboxes, 'd-empty.eml'), '');
  const paths = [folder, mboxes, path.join(fixtures, 'input', 'thunderbird-profile'), path.join(fixtures, 'demo', 'inbox.mbox')];

  it('the same events whether every file is streamed in tiny chunks or most are read whole', async () => {
    const streamed = await collect(paths, { readChunkBytes: 7 });
    const whole = await collect(paths); // 1 MiB chunks: every file here is read whole
    expect(whole).toEqual(streamed);
    expect(messagesOf(whole).length).toBeGreaterThan(sizes.length + 12 + 2 + 5);
    expect(whole.some((e) => e.type === 'skipped-file' && e.path.endsWith('d-empty.eml') && e.reason === 'empty')).toBe(true);
  });

  it.each([4_096, 16_384, 65_536])('transient views with %s-byte buffers, files below and above it in turn', async (readChunkBytes) => {
    expect(await collectCopying(paths, { readChunkBytes })).toEqual(await collect(paths, { readChunkBytes: 7 }));
  });

  it('a missing file is an input error with the reason, and the next file is still read', async () => {
    const events = await collect([path.join(tmp, 'missing.eml'), path.join(folder, 'cur', `${1_700_000_000}.0.host:2,S`)]);
    expect(events[0]).toMatchObject({ type: 'input-error', reason: expect.stringMatching(/no such file/i) });
    expect(messagesOf(events)).toHaveLength(1);
  });
});

describe.runIf(process.platform !== 'win32')('a named pipe given as a path', () => {
  it('is streamed, not opened synchronously (which would block the whole process until a writer comes)', async () => {
    const fifo = path.join(tmp, 'pipe.eml');
    execFileSync('mkfifo', [fifo]);
    // The writer is another process that writes message 1 when told to, and it is told by a timer of this
    // thread. A reader that blocked the thread until a writer came would keep the timer from running; the
    // writer then gives up after 30 s and writes message 2 instead, so the test fails on content, not on a
    // clock: ordering decides.
    const write = (n: number) => `require('fs').writeFileSync(${JSON.stringify(fifo)}, ${JSON.stringify(eml(n, 50))}); process.exit(0)`;
    const writer = spawn(process.execPath, ['-e', `process.stdin.once('data', () => { ${write(1)} }); setTimeout(() => { ${write(2)} }, 30000)`]);
    const writerClosed = new Promise((resolve) => writer.on('close', resolve));
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
      writer.stdin.end('go\n');
    }, 20);
    const events = await collect([fifo]);
    await writerClosed;
    expect(timerRan).toBe(true);
    expect(messagesOf(events).map((m) => m.bytes.toString())).toEqual([eml(1, 50)]);
  });
});
