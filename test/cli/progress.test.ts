/** The progress line: messages, bytes read, and a percentage where the total is known. */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { Progress, formatBytes } from '../../src/cli/progress.js';

const DEMO = 'fixtures/demo/inbox.mbox';
function tty(): NodeJS.WriteStream & { written: string } {
  const s = { isTTY: true, written: '', write(t: string) { s.written += t; return true; } };
  return s as unknown as NodeJS.WriteStream & { written: string };
}

describe('progress', () => {
  it('shows bytes and the percentage of a known total', () => {
    const p = Progress.start(tty(), 'en', [DEMO])!;
    const size = statSync(DEMO).size;
    p.tick(DEMO, Math.floor(size / 2));
    expect(p.line(DEMO)).toMatch(/^1 messages, \d+ KiB \((49|50)%\)… fixtures\/demo\/inbox\.mbox$/);
  });
  it('no percentage when the total is unknown (stdin, folders), Japanese wording', () => {
    const p = Progress.start(tty(), 'ja', ['-'])!;
    p.tick('-', 2048);
    expect(p.line('-')).toBe('1 通、2 KiB… -');
  });
  it('nothing on a pipe; clear() erases a shown line', () => {
    expect(Progress.start({ isTTY: false } as NodeJS.WriteStream)).toBeNull();
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MiB');
  });
});
