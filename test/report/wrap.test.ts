/**
 * The human report on terminals of every width: lines wrap between words, never inside an address or a link;
 * Japanese wraps between characters where Japanese allows it and wide characters count as two columns; piped
 * output is not wrapped.
 */
import { describe, expect, test } from 'vitest';
import { Chalk } from 'chalk';
import { scan } from '../../src/index.js';
import { formatHuman } from '../../src/report/format/human.js';
import { displayWidth, wrapLine, wrapReport, HANG } from '../../src/report/format/wrap.js';
import { terminalWidth } from '../../src/cli/scan.js';
import type { Report } from '../../src/report/model.js';
import { UNSPLITTABLE } from '../helpers/unsplittable.js';

const DEMO = 'fixtures/demo/inbox.mbox';
const ANSI = /\x1b\[[0-9;]*m/g;


describe('wrapLine', () => {
  test('breaks between words and continues under the hanging indent', () => {
    expect(wrapLine('  one two three four five six', 12, 2)).toEqual(['  one two', '  three four', '  five six']);
  });
  test('never cuts an address or a link: a word longer than the line stands alone', () => {
    const lines = wrapLine('  forward it to reportascam@amazon.com or https://www.amazon.co.jp/gp/help/customer/display.html now', 20, 2);
    expect(lines).toContain('  reportascam@amazon.com');
    expect(lines).toContain('  https://www.amazon.co.jp/gp/help/customer/display.html');
    for (const l of lines) expect(l).not.toMatch(/ $/);
  });
  test('full-width characters count as two columns', () => {
    expect(displayWidth('本物')).toBe(4);
    expect(displayWidth('\x1b[31mab\x1b[39m')).toBe(2);
    const lines = wrapLine('あいうえおかきくけこ', 10, 0);
    expect(lines).toEqual(['あいうえお', 'かきくけこ']);
  });
  test('Japanese: never before 。、 or a closing bracket, never after an opening one', () => {
    // 「 may not end a line, so the first break comes before it; 」 and 。 may not start one, so く goes with them.
    expect(wrapLine('あいうえ「かきく」。', 10, 0)).toEqual(['あいうえ', '「かき', 'く」。']);
    expect(wrapLine('あいうえお、かきくけ', 10, 0)).toEqual(['あいうえ', 'お、かきく', 'け']);
    expect(wrapLine('あいう「えおかきくけ', 8, 0)).toEqual(['あいう', '「えおか', 'きくけ']);
  });
  test('colour sequences do not count, and survive a break', () => {
    const c = new Chalk({ level: 1 });
    const line = '  ' + c.bold('aaa bbb ccc') + ' ddd';
    const lines = wrapLine(line, 9, 2);
    expect(lines.map((l) => l.replace(ANSI, ''))).toEqual(['  aaa bbb', '  ccc ddd']);
    expect(lines.join('\n')).toContain('\x1b[1m');
    expect(lines.join('\n')).toContain('\x1b[22m');
  });
  test('the hang mark sets where continuation lines start; no width leaves lines whole', () => {
    expect(wrapReport([`  1. ${HANG}alpha beta gamma`], 14)).toEqual(['  1. alpha', '     beta', '     gamma']);
    expect(wrapReport([`  1. ${HANG}alpha beta gamma`], undefined)).toEqual(['  1. alpha beta gamma']);
  });
});

describe('the demo mailbox at 80 columns', async () => {
  const report: Report = await scan([DEMO], { lang: 'en' });
  const reportJa: Report = await scan([DEMO], { lang: 'ja' });

  for (const [lang, r] of [
    ['en', report],
    ['ja', reportJa],
  ] as const) {
    for (const colour of [0, 1] as const) {
      test(`${lang}, colour level ${colour}: every line fits, no address or link is split`, () => {
        const chalk = new Chalk({ level: colour });
        const flat = formatHuman(r, { chalk }).replace(ANSI, '');
        const wrapped = formatHuman(r, { chalk, width: 80 }).replace(ANSI, '');
        const lines = wrapped.split('\n');
        for (const line of lines) {
          if (displayWidth(line) > 80) {
            // Only a word that is longer than a line on its own may overflow.
            expect(line.trim()).not.toMatch(/\s/);
          }
        }
        expect(Math.max(...flat.split('\n').map(displayWidth))).toBeGreaterThan(80);
        const tokens = new Set(flat.match(UNSPLITTABLE) ?? []);
        expect(tokens.size).toBeGreaterThan(10);
        for (const t of tokens) expect(lines.some((l) => l.includes(t)), `${t} is split`).toBe(true);
        // The address people are told to forward phishing to, whole.
        expect(lines.some((l) => l.includes('reportascam@amazon.com'))).toBe(true);
        // Nothing is lost or added: the same text, only the line breaks differ.
        expect(wrapped.replace(/\s+/g, '')).toBe(flat.replace(/\s+/g, ''));
        if (lang === 'en') {
          // English breaks only between words: the words are exactly those of the unwrapped report.
          expect(wrapped.split(/\s+/)).toEqual(flat.split(/\s+/));
        } else {
          for (const line of lines) expect(line.trimStart()).not.toMatch(/^[、。」）』]/);
        }
      });
    }
  }

  test('Japanese labels line up: full-width labels are padded by their columns', () => {
    const lines = formatHuman(reportJa, { width: 80 }).split('\n');
    const from = lines.find((l) => l.includes('差出人'))!;
    const subject = lines.find((l) => l.includes('件名'))!;
    expect(displayWidth(from.slice(0, from.indexOf('Amazon')))).toBe(displayWidth(subject.slice(0, subject.indexOf('【'))));
  });

  test('without a width (piped), lines are never wrapped', () => {
    const text = formatHuman(report);
    expect(text).toContain('  6. Report it to Amazon: forward the mail (as an attachment if you can) to reportascam@amazon.com, or use');
  });
});

describe('terminalWidth', () => {
  test("the terminal's columns on a TTY, none when piped", () => {
    expect(terminalWidth({ isTTY: true, columns: 132 } as NodeJS.WriteStream)).toBe(132);
    expect(terminalWidth({ isTTY: true, columns: 0 } as unknown as NodeJS.WriteStream)).toBe(80);
    expect(terminalWidth({ isTTY: false } as NodeJS.WriteStream)).toBeUndefined();
  });
});
