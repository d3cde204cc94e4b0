import { describe, expect, it } from 'vitest';
import { safeText, isTerminalSafe } from '../../src/report/safe-text.js';

describe('safeText: what reaches the terminal from a mail', () => {
  it('shows an ANSI escape sequence as text instead of letting the terminal interpret it', () => {
    const out = safeText('Order \x1b[31mcancelled\x1b[0m');
    expect(out).not.toContain('\x1b');
    expect(out).toBe('Order \\x1b[31mcancelled\\x1b[0m');
  });

  it('neutralises an OSC 8 hyperlink that would hide the real link target', () => {
    const out = safeText('\x1b]8;;https://evil.example/\x07https://www.amazon.co.jp/\x1b]8;;\x07');
    expect(isTerminalSafe(out)).toBe(true);
    expect(out).toContain('evil.example');
  });

  it('makes bidi overrides and isolates visible (U+202E would reverse the text after it)', () => {
    for (const ch of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      const out = safeText(`amazon${ch}moc.evil`);
      expect(out).not.toContain(ch);
      expect(out).toContain(`\\u{${ch.codePointAt(0)!.toString(16)}}`);
    }
  });

  it('makes zero-width characters visible so a split brand name is noticed', () => {
    expect(safeText('Am\u200bazon')).toBe('Am\\u{200b}azon');
    expect(safeText('\ufeffPrime')).toBe('\\u{feff}Prime');
  });

  it('replaces C0 and C1 controls and DEL, and turns line breaks into spaces', () => {
    expect(safeText('a\u0000b\u0007c\u007fd\u0085e\u009bf')).toBe('a\\x00b\\x07c\\x7fd\\x85e\\x9bf');
    expect(safeText('line1\r\nline2\nline3\tx')).toBe('line1 line2 line3 x');
    expect(safeText('x\u2028y\u2029z')).toBe('x\\u{2028}y\\u{2029}z');
  });

  it('keeps Japanese and ordinary punctuation as they are', () => {
    const s = '【重要】Amazon.co.jp: アカウントを確認してください（至急）';
    expect(safeText(s)).toBe(s);
  });

  it('cuts very long text to the limit with an ellipsis', () => {
    const out = safeText('x'.repeat(1000), 50);
    expect(Array.from(out)).toHaveLength(50);
    expect(out.endsWith('…')).toBe(true);
  });
});
