import { describe, expect, test } from 'vitest';
import { buildTimeline, type SecurityMailEntry } from '../../src/mailbox/index.js';
import { renderTimeline, GENUINE_BAR, FAKE_BAR } from '../../src/report/timeline.js';

const T0 = Date.parse('2025-06-15T14:00:00Z');
let index = 0;
function at(minutes: number | null, genuine = true): SecurityMailEntry {
  index++;
  return {
    location: { file: 'box.mbox', index, offset: 0 },
    recipient: 'hanako.yamada@gmail.com',
    date: minutes === null ? null : new Date(T0 + minutes * 60_000),
    type: 'password-reset',
    genuine,
    verdict: genuine ? 'genuine' : 'phishing',
    language: 'ja',
    marketplace: 'JP',
  };
}
const HOUR = 60;
const DAY = 24 * HOUR;

describe('buildTimeline', () => {
  test('bins per hour when the mails span at most 3 days', () => {
    const t = buildTimeline([at(0), at(10), at(70, false), at(3 * DAY)]);
    expect(t.bucket).toBe('hour');
    expect(t.bins).toEqual([
      { start: '2025-06-15T14:00:00.000Z', genuine: 2, fake: 0 },
      { start: '2025-06-15T15:00:00.000Z', genuine: 0, fake: 1 },
      { start: '2025-06-18T14:00:00.000Z', genuine: 1, fake: 0 },
    ]);
  });

  test('bins per day when they span more than 3 days', () => {
    const t = buildTimeline([at(0), at(30), at(3 * DAY + 1)]);
    expect(t.bucket).toBe('day');
    expect(t.bins.map((b) => [b.start, b.genuine])).toEqual([
      ['2025-06-15T00:00:00.000Z', 2],
      ['2025-06-18T00:00:00.000Z', 1],
    ]);
  });

  test('day bins follow the given offset from UTC (local midnight in Japan)', () => {
    const t = buildTimeline([at(0), at(11 * HOUR), at(5 * DAY)], { utcOffsetMinutes: 540 });
    // 14:00Z is 23:00 JST on the 15th; 01:00Z next day is 10:00 JST on the 16th.
    expect(t.bins.map((b) => b.start)).toEqual([
      '2025-06-14T15:00:00.000Z',
      '2025-06-15T15:00:00.000Z',
      '2025-06-19T15:00:00.000Z',
    ]);
  });

  test('counts mails without a date apart', () => {
    const t = buildTimeline([at(0), at(null)]);
    expect(t.undated).toBe(1);
    expect(t.bins.reduce((n, b) => n + b.genuine + b.fake, 0)).toBe(1);
  });

  test('is plain JSON', () => {
    const t = buildTimeline([at(0), at(90, false)]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe('renderTimeline', () => {
  test('one row per busy hour, bars of genuine and fake mails', () => {
    const lines = renderTimeline(buildTimeline([at(0), at(5), at(10, false)]), 'en');
    expect(lines[0]).toContain('per hour');
    expect(lines[1]).toBe(`2025-06-15 14:00 │${GENUINE_BAR.repeat(2)}${FAKE_BAR} 3 (1 fake)`);
  });

  test('an empty stretch collapses into one row', () => {
    const lines = renderTimeline(buildTimeline([at(0), at(5 * HOUR)]), 'en');
    expect(lines.slice(1)).toEqual([
      `2025-06-15 14:00 │${GENUINE_BAR} 1`,
      '                 … 4 hours without codes …',
      `2025-06-15 19:00 │${GENUINE_BAR} 1`,
    ]);
  });

  test('Japanese labels', () => {
    const lines = renderTimeline(buildTimeline([at(0), at(3 * DAY + 60, false)]), 'ja');
    expect(lines[0]).toContain('1日ごと');
    expect(lines).toContain('           … 2日 コードなし …');
    expect(lines[lines.length - 1]).toContain('偽 1');
  });

  test('never more than 20 rows: busy hours merge into days, weeks, months', () => {
    const entries = Array.from({ length: 60 }, (_, i) => at(i * 7 * HOUR));
    const lines = renderTimeline(buildTimeline(entries), 'en');
    expect(lines.length - 1).toBeLessThanOrEqual(20);
    const total = lines.slice(1).reduce((n, l) => n + (/│\S* (\d+)/.exec(l) ? Number(/│\S* (\d+)/.exec(l)![1]) : 0), 0);
    expect(total).toBe(60);
  });

  test('a long bar is scaled down but a single mail still shows', () => {
    const entries = [...Array.from({ length: 90 }, () => at(0)), at(HOUR, false)];
    const lines = renderTimeline(buildTimeline(entries), 'en', { barWidth: 30 });
    expect(lines[1]).toBe(`2025-06-15 14:00 │${GENUINE_BAR.repeat(30)} 90`);
    expect(lines[2]).toBe(`2025-06-15 15:00 │${FAKE_BAR} 1 fake`);
  });

  test('says so when no mail has a date', () => {
    expect(renderTimeline(buildTimeline([at(null)]), 'en')).toEqual([
      'No dated security-code mails.',
      '1 mail without a date (not shown)',
    ]);
  });

  test('accepts the report form of a timeline (bucket and bins only)', () => {
    const lines = renderTimeline({ bucket: 'day', bins: [{ start: '2025-06-15T00:00:00.000Z', genuine: 1, fake: 0 }] }, 'en');
    expect(lines[1]).toBe(`2025-06-15 │${GENUINE_BAR} 1`);
  });
});
