/**
 * The demo mailbox scanned by the real command in a terminal 80 columns wide (a pseudo-terminal made by
 * util-linux `script`, sized with stty): no line is wider than 80 columns unless it is one word on its own, no
 * word, address or link is split across lines, and nothing is lost: the words are those of the piped report
 * (piped output is not wrapped). test/report/wrap.test.ts checks the same of formatHuman at width 80.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { displayWidth } from '../../src/index.js';
import { UNSPLITTABLE } from '../helpers/unsplittable.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEMO = 'fixtures/demo/inbox.mbox';
const ANSI = /\x1b\[[0-9;?]*[a-zA-Z]/g;
const hasScript = process.platform === 'linux' && !spawnSync('script', ['--version'], { encoding: 'utf8' }).error;

function run(args: string[], tty: boolean): string {
  const command = ['node', 'bin/amzcheck.js', ...args].map((a) => `'${a}'`).join(' ');
  const r = tty
    ? spawnSync('script', ['-qec', `stty cols 80 rows 50 && exec ${command}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    : spawnSync('node', ['bin/amzcheck.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.status).toBe(1); // phishing in the demo mailbox
  return r.stdout.replace(/\r/g, '').replace(ANSI, '');
}

describe.skipIf(!hasScript)('amzcheck scan of the demo mailbox in a terminal 80 columns wide', () => {
  test.each(['en', 'ja'])('--lang %s: lines fit, no word or address is split, nothing is lost', (lang) => {
    const args = ['scan', DEMO, '--lang', lang, '--no-progress'];
    const piped = run(args, false);
    const terminal = run(args, true);
    const lines = terminal.split('\n');
    expect(Math.max(...piped.split('\n').map(displayWidth))).toBeGreaterThan(80); // there was something to wrap
    for (const line of lines) if (displayWidth(line) > 80) expect(line.trim(), 'only a word longer than a line may overflow').not.toMatch(/\s/);
    const tokens = new Set(piped.match(UNSPLITTABLE) ?? []);
    expect(tokens.size).toBeGreaterThan(10);
    for (const t of tokens) expect(lines.some((l) => l.includes(t)), `${t} is split`).toBe(true);
    expect(lines.some((l) => l.includes('reportascam@amazon.com'))).toBe(true);
    if (lang === 'en') expect(terminal.trim().split(/\s+/)).toEqual(piped.trim().split(/\s+/));
    else expect(terminal.replace(/\s+/g, '')).toBe(piped.replace(/\s+/g, ''));
  });
});
