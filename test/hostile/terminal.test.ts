/**
 * Terminal safety: subjects, names and links are written by attackers. The human output must show any escape
 * sequence, control, bidi or zero-width character as visible text (never let the terminal act on it), and
 * the JSON must keep the exact text, because a script reading it needs the truth.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForChildren, runCli } from './harness.js';

const HOSTILE = {
  sgr: '\x1b[31mRED\x1b[0m',
  clearScreen: '\x1b[2J\x1b[H',
  cursorUp: '\x1b[1A\x1b[2K',
  osc8: '\x1b]8;;https://evil.example/\x07https://www.amazon.co.jp/\x1b]8;;\x07',
  oscTitle: '\x1b]0;pwned\x07',
  c0: 'bell\x07back\x08space\x7fdel\x0bvt\x0cff',
  c1: 'csi\u009b31m osc\u009d0;x\u009c nel\u0085',
  bidi: 'moc.nozama\u202e \u202dltr\u202c \u2066iso\u2069 \u2067r\u2068f\u2069 \u200e\u200f\u061c',
  zeroWidth: 'Am\u200bazon Pri\u200cme \u200dAm\u2060azon \ufeffJP',
};
const ALL = Object.values(HOSTILE).join(' | ');

// Characters a terminal can act on or that change how the line is shown: C0 (except the line feed the
// formatter itself writes), DEL, C1, bidi controls, zero-width and other format characters.
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
const SGR = /\x1b\[[0-9;]*m/g;

const encodedWord = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const subject = `Your Amazon account ${ALL}`;
const name = `Amazon ${HOSTILE.bidi} ${HOSTILE.sgr}`;
const linkText = `Sign in ${HOSTILE.osc8} ${HOSTILE.zeroWidth}`;
const href = 'https://amazon.co.jp.account-verify.example/ap/signin?x=\u202e';

let dir: string;
let mail: string;

beforeAll(() => {
  buildForChildren();
  dir = mkdtempSync(join(tmpdir(), 'amzcheck-terminal-'));
  mail = join(dir, 'escapes-in-subject-name-and-links.eml');
  const html = `<p>${HOSTILE.clearScreen}${HOSTILE.cursorUp}Your account is locked.</p><a href="${href}">${linkText}</a>`;
  writeFileSync(
    mail,
    Buffer.concat([
      Buffer.from(
        [
          `From: ${encodedWord(name)} <account-update@amazon.co.jp>`,
          'To: hanako@example.jp',
          `Subject: ${encodedWord(subject)}`,
          'Date: Mon, 23 Nov 2026 10:00:00 +0900',
          'MIME-Version: 1.0',
          'Content-Type: text/html; charset=utf-8',
          'Content-Transfer-Encoding: 8bit',
          '',
          '',
        ].join('\r\n'),
      ),
      Buffer.from(html, 'utf8'),
    ]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectTerminalSafe(out: string): void {
  const bad = [...out].filter((c) => UNSAFE.test(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  expect([...new Set(bad)]).toEqual([]);
}

describe('human output with hostile subjects, names and links', () => {
  for (const lang of ['en', 'ja']) {
    it(`shows no escape, control, bidi or zero-width character raw (NO_COLOR, --verbose, ${lang})`, async () => {
      const run = await runCli(['scan', '--verbose', '--no-progress', '--lang', lang, mail], { env: { NO_COLOR: '1' } });
      expect([0, 1]).toContain(run.code);
      expect(run.stdout).toContain('Amazon');
      expectTerminalSafe(run.stdout);
      expectTerminalSafe(run.stderr);
      // Made visible, not dropped: the reader sees that something was hidden there.
      expect(run.stdout).toContain('\\x1b[31mRED');
      expect(run.stdout).toContain('\\u{202e}');
    });
  }

  it('writes no escape sequence but chalk\'s own SGR colours with FORCE_COLOR=1', async () => {
    const run = await runCli(['scan', '--verbose', '--no-progress', mail], { env: { FORCE_COLOR: '1' } });
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toMatch(SGR);
    expectTerminalSafe(run.stdout.replace(SGR, ''));
  });

  it('keeps the default (not verbose) output safe too', async () => {
    const run = await runCli(['scan', '--no-progress', mail], { env: { NO_COLOR: '1' } });
    expectTerminalSafe(run.stdout);
  });

  it('keeps the exact text in --json', async () => {
    const run = await runCli(['scan', '--json', '--no-progress', mail], { env: { NO_COLOR: '1' } });
    const report = JSON.parse(run.stdout) as { messages: { subject: string; from: string; links: { url: string; text: string }[] }[] };
    const [m] = report.messages;
    expect(m.subject).toBe(subject);
    expect(m.from).toContain(name);
    expect(m.links.map((l) => l.url)).toContain(href);
  });
});
