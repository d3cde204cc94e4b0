import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractCode, maskCode } from '../../src/checks/security-code/index.js';
import { buildTimeline, detectBursts, type SecurityMailEntry } from '../../src/mailbox/index.js';
import { renderTimeline } from '../../src/report/timeline.js';

describe('properties', () => {
  test('an extracted code is always a 6-8 digit run that occurs in the text', () => {
    const piece = fc.constantFrom('otp: ', '確認コード ', 'order 503-', '¥', ' ', '2025', '.', '123456', '9876543', 'abc', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const got = extractCode(text);
        if (got) {
          expect(got.code).toMatch(/^\d{6,8}$/);
          expect(text).toContain(got.code);
        }
      }),
    );
  });

  test('a masked code keeps its length and shows at most 2 characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,16}$/), (code) => {
        const m = maskCode(code);
        expect([...m]).toHaveLength([...code].length);
        expect(m.replace(/•/g, '').length).toBeLessThanOrEqual(2);
        expect(code.startsWith(m.replace(/•/g, ''))).toBe(true);
      }),
    );
  });

  const entries = fc.array(
    fc.record({
      minutes: fc.option(fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }), { nil: null }),
      genuine: fc.boolean(),
      recipient: fc.constantFrom('a@example.jp', 'b@example.jp'),
    }),
    { maxLength: 200 },
  );
  function toEntries(xs: { minutes: number | null; genuine: boolean; recipient: string }[]): SecurityMailEntry[] {
    return xs.map((x, i) => ({
      location: { file: 'p.mbox', index: i + 1, offset: 0 },
      recipient: x.recipient,
      date: x.minutes === null ? null : new Date(Date.UTC(2024, 0, 1) + x.minutes * 60_000),
      type: 'password-reset',
      genuine: x.genuine,
      verdict: x.genuine ? 'genuine' : 'phishing',
      language: 'ja',
      marketplace: 'JP',
    }));
  }

  test('bursts never share a mail and count what they list', () => {
    fc.assert(
      fc.property(entries, (xs) => {
        const bursts = detectBursts(toEntries(xs));
        const seen = new Set<number>();
        for (const b of bursts) {
          expect(b.count).toBe(b.locations.length);
          expect(b.genuine + b.fake).toBe(b.count);
          expect(b.start.getTime()).toBeLessThanOrEqual(b.end.getTime());
          for (const l of b.locations) {
            expect(seen.has(l.index)).toBe(false);
            seen.add(l.index);
          }
        }
      }),
    );
  });

  test('the rendered timeline stays within its row limit and loses no mail', () => {
    fc.assert(
      fc.property(entries, (xs) => {
        const list = toEntries(xs);
        const lines = renderTimeline(buildTimeline(list), 'en', { maxRows: 20 });
        const dated = list.filter((e) => e.date !== null).length;
        if (dated === 0) return;
        const rows = lines.slice(1).filter((l) => !l.includes('without a date'));
        expect(rows.length).toBeLessThanOrEqual(20);
        const shown = rows.reduce((n, l) => {
          const bar = /│\S* (\d+)/.exec(l);
          const hidden = /… (\d+) earlier/.exec(l);
          return n + (bar ? Number(bar[1]) : hidden ? Number(hidden[1]) : 0);
        }, 0);
        expect(shown).toBe(dated);
      }),
    );
  });
});
