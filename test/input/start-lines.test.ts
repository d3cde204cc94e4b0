/**
 * startLines: the line on which each message starts in its file, counted after the scan from the byte offsets
 * the input stage gave. The reference is independent: the text before the offset, split at line feeds.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, startLines, type Location } from '../../src/index.js';

async function locationsOf(path: string): Promise<Location[]> {
  const out: Location[] = [];
  for await (const ev of readInputs([path])) {
    if (ev.type === 'message') out.push(ev.message.location);
    else if (ev.type === 'skipped' || ev.type === 'message-error') out.push(ev.location);
  }
  return out;
}

/** 1 + the line feeds before the offset. */
function referenceLine(bytes: Buffer, offset: number): number {
  return bytes.subarray(0, offset).toString('latin1').split('\n').length;
}

describe('startLines', () => {
  test.each([
    'fixtures/demo/inbox.mbox',
    'fixtures/input/crlf-two-messages.mbox',
    'fixtures/input/mboxrd-escaped-from-lines.mbox',
    'fixtures/input/mboxcl2-content-length-with-from-in-body.mbox',
    'fixtures/input/gmail-takeout-with-chat.mbox',
    'fixtures/input/single-message.eml',
  ])('%s: the line after each From_ line, line 1 of a single message', async (path) => {
    const locations = await locationsOf(path);
    expect(locations.length).toBeGreaterThan(0);
    const bytes = readFileSync(path);
    const lines = await startLines(locations);
    for (const loc of locations) expect(lines(loc), `message ${loc.index}`).toBe(referenceLine(bytes, loc.offset));
    if (path.endsWith('.mbox')) {
      // The first message starts on line 2, right after its From_ line.
      expect(lines(locations[0]!)).toBe(2);
    }
  });

  test('across read chunks (a mailbox of several MiB), only the offsets asked for, in any order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amzcheck-lines-'));
    try {
      const body = Array.from({ length: 40 }, (_, i) => `line ${i} ${'x'.repeat(i * 7)}`).join('\n');
      const mails = Array.from({ length: 4000 }, (_, i) => `From a@b Mon Jan  1 00:00:00 2024\nSubject: ${i}\n\n${body}\n`);
      const path = join(dir, 'big.mbox');
      writeFileSync(path, mails.join('\n'));
      const bytes = readFileSync(path);
      expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
      const all = await locationsOf(path);
      expect(all).toHaveLength(4000);
      const some = [all[3999]!, all[17]!, all[2500]!, all[0]!, all[2501]!];
      const lines = await startLines(some);
      for (const loc of some) expect(lines(loc)).toBe(referenceLine(bytes, loc.offset));
      expect(lines(all[1]!)).toBeUndefined(); // not asked for
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('no line where none can be known: stdin after its first byte, a file gone or shorter since the scan', async () => {
    const lines = await startLines([
      { file: '-', index: 2, offset: 500 },
      { file: 'no/such/file.mbox', index: 2, offset: 100 },
      { file: 'fixtures/input/single-message.eml', index: 2, offset: 10_000_000 },
    ]);
    expect(lines({ file: '-', index: 1, offset: 0 })).toBe(1);
    expect(lines({ file: '-', index: 2, offset: 500 })).toBeUndefined();
    expect(lines({ file: 'no/such/file.mbox', index: 2, offset: 100 })).toBeUndefined();
    expect(lines({ file: 'fixtures/input/single-message.eml', index: 2, offset: 10_000_000 })).toBeUndefined();
  });
});
