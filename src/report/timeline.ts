/**
 * The timeline of security-code mails as a compact terminal bar chart, so a burst shows at a glance. A pure
 * function from the timeline data to lines of text; no colour (the human formatter may add it).
 *
 * At most `maxRows` rows: empty stretches collapse into one "… 3 days without codes …" row, and when there
 * are still too many rows the bins are merged into days, weeks, then months.
 */
import type { Timeline, TimelineBin } from '../mailbox/timeline.js';
import type { Lang } from './text/types.js';

export const GENUINE_BAR = '█';
export const FAKE_BAR = '░';

type Unit = 'hour' | 'day' | 'week' | 'month';

interface Words {
  legend: (genuine: string, fake: string, unit: Unit, zone: string) => string;
  gap: (n: number, unit: Unit) => string;
  earlier: (n: number) => string;
  undated: (n: number) => string;
  none: string;
  count: (genuine: number, fake: number) => string;
}

const UNIT_EN: Record<Unit, [string, string]> = {
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
};
const UNIT_JA: Record<Unit, string> = { hour: '時間', day: '日', week: '週間', month: 'か月' };
const PER_JA: Record<Unit, string> = { hour: '1時間ごと', day: '1日ごと', week: '1週間ごと', month: '1か月ごと' };

const WORDS: Record<Lang, Words> = {
  en: {
    legend: (g, f, unit, zone) => `${g} genuine Amazon  ${f} fake or unverified  (per ${UNIT_EN[unit][0]}, ${zone})`,
    gap: (n, unit) => `… ${n} ${UNIT_EN[unit][n === 1 ? 0 : 1]} without codes …`,
    earlier: (n) => `… ${n} earlier mail${n === 1 ? '' : 's'} not shown …`,
    undated: (n) => `${n} mail${n === 1 ? '' : 's'} without a date (not shown)`,
    none: 'No dated security-code mails.',
    count: (g, f) => (f === 0 ? `${g}` : g === 0 ? `${f} fake` : `${g + f} (${f} fake)`),
  },
  ja: {
    legend: (g, f, unit, zone) => `${g} 本物の Amazon  ${f} 偽物または未確認  （${PER_JA[unit]}、${zone}）`,
    gap: (n, unit) => `… ${n}${UNIT_JA[unit]} コードなし …`,
    earlier: (n) => `… それ以前の ${n} 通は省略 …`,
    undated: (n) => `日時不明 ${n} 通（表示なし）`,
    none: '日時の分かる確認コードメールはありません。',
    count: (g, f) => (f === 0 ? `${g}` : g === 0 ? `偽 ${f}` : `${g + f}（偽 ${f}）`),
  },
};

export interface RenderTimelineOptions {
  /** Most rows of bars and gaps (the legend and the undated line come on top). Default 20. */
  maxRows?: number;
  /** Longest bar in characters. Default 30. */
  barWidth?: number;
}

interface Row {
  /** Start of the bin in local milliseconds (UTC instant + offset). */
  local: number;
  genuine: number;
  fake: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What the renderer needs: the report's timeline (bucket and bins) is enough; offset and undated are optional. */
export type TimelineInput = Pick<Timeline, 'bucket' | 'bins'> & Partial<Pick<Timeline, 'utcOffsetMinutes' | 'undated'>>;

export function renderTimeline(t: TimelineInput, lang: Lang, options: RenderTimelineOptions = {}): string[] {
  const maxRows = Math.max(3, options.maxRows ?? 20);
  const barWidth = Math.max(5, options.barWidth ?? 30);
  const w = WORDS[lang];
  const out: string[] = [];
  const undated = t.undated ?? 0;
  const offsetMinutes = t.utcOffsetMinutes ?? 0;
  if (t.bins.length === 0) {
    out.push(w.none);
    if (undated > 0) out.push(w.undated(undated));
    return out;
  }
  const offset = offsetMinutes * 60_000;
  let unit: Unit = t.bucket;
  let rows = toRows(t.bins, offset);
  const order: Unit[] = ['hour', 'day', 'week', 'month'];
  while (layoutSize(rows, unit) > maxRows && unit !== 'month') {
    unit = order[order.indexOf(unit) + 1];
    rows = coarsen(rows, unit);
  }

  out.push(w.legend(GENUINE_BAR, FAKE_BAR, unit, zoneName(offsetMinutes)));
  if (undated > 0) out.push(w.undated(undated));

  let lines = layout(rows, unit, w, barWidth);
  if (lines.length > maxRows) {
    // Even per month too long: keep the most recent rows, which is where a current attack shows.
    const hidden = lines.slice(0, lines.length - (maxRows - 1));
    const hiddenMails = hidden.reduce((n, l) => n + l.mails, 0);
    lines = [{ text: w.earlier(hiddenMails), mails: 0 }, ...lines.slice(lines.length - (maxRows - 1))];
  }
  out.push(...lines.map((l) => l.text));
  return out;
}

function toRows(bins: readonly TimelineBin[], offset: number): Row[] {
  return bins.map((b) => ({ local: Date.parse(b.start) + offset, genuine: b.genuine, fake: b.fake }));
}

/** The start of the unit a local time falls in. Weeks start on Monday; months are calendar months. */
function unitStart(local: number, unit: Unit): number {
  switch (unit) {
    case 'hour':
      return Math.floor(local / HOUR) * HOUR;
    case 'day':
      return Math.floor(local / DAY) * DAY;
    case 'week': {
      const day = Math.floor(local / DAY) * DAY;
      const weekday = (new Date(day).getUTCDay() + 6) % 7;
      return day - weekday * DAY;
    }
    case 'month': {
      const d = new Date(local);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    }
  }
}

/** How many units lie strictly between two unit starts. */
function unitsBetween(a: number, b: number, unit: Unit): number {
  switch (unit) {
    case 'hour':
      return Math.round((b - a) / HOUR) - 1;
    case 'day':
      return Math.round((b - a) / DAY) - 1;
    case 'week':
      return Math.round((b - a) / (7 * DAY)) - 1;
    case 'month': {
      const da = new Date(a);
      const db = new Date(b);
      return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + (db.getUTCMonth() - da.getUTCMonth()) - 1;
    }
  }
}

function coarsen(rows: readonly Row[], unit: Unit): Row[] {
  const merged = new Map<number, Row>();
  for (const r of rows) {
    const start = unitStart(r.local, unit);
    const m = merged.get(start);
    if (m) {
      m.genuine += r.genuine;
      m.fake += r.fake;
    } else {
      merged.set(start, { local: start, genuine: r.genuine, fake: r.fake });
    }
  }
  return [...merged.values()].sort((a, b) => a.local - b.local);
}

function layoutSize(rows: readonly Row[], unit: Unit): number {
  let n = rows.length;
  for (let i = 1; i < rows.length; i++) if (unitsBetween(rows[i - 1].local, rows[i].local, unit) > 0) n++;
  return n;
}

function layout(rows: readonly Row[], unit: Unit, w: Words, barWidth: number): { text: string; mails: number }[] {
  const max = Math.max(...rows.map((r) => r.genuine + r.fake));
  const labels = rows.map((r) => label(r.local, unit));
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const lines: { text: string; mails: number }[] = [];
  rows.forEach((r, i) => {
    if (i > 0) {
      const gap = unitsBetween(rows[i - 1].local, r.local, unit);
      if (gap > 0) lines.push({ text: ' '.repeat(labelWidth) + ' ' + w.gap(gap, unit), mails: 0 });
    }
    const [g, f] = barLengths(r.genuine, r.fake, max, barWidth);
    const bar = GENUINE_BAR.repeat(g) + FAKE_BAR.repeat(f);
    lines.push({ text: `${labels[i].padEnd(labelWidth)} │${bar} ${w.count(r.genuine, r.fake)}`, mails: r.genuine + r.fake });
  });
  return lines;
}

/** Bar lengths scaled to the busiest row; a non-zero count never disappears. */
function barLengths(genuine: number, fake: number, max: number, width: number): [number, number] {
  if (max <= width) return [genuine, fake];
  const scale = width / max;
  const g = genuine === 0 ? 0 : Math.max(1, Math.round(genuine * scale));
  const f = fake === 0 ? 0 : Math.max(1, Math.round(fake * scale));
  return [g, f];
}

function label(local: number, unit: Unit): string {
  const iso = new Date(local).toISOString();
  switch (unit) {
    case 'hour':
      return `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00`;
    case 'day':
      return iso.slice(0, 10);
    case 'week':
      return `${iso.slice(0, 10)}~`;
    case 'month':
      return iso.slice(0, 7);
  }
}

function zoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
