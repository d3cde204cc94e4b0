/**
 * The security-code mails of a mailbox over time, as data: per hour when they span at most 3 days (a burst
 * then shows hour by hour), else per day. JSON-friendly (ISO strings); rendered by src/report/timeline.ts.
 */
import type { SecurityMailEntry } from './bursts.js';

export type TimelineBucket = 'hour' | 'day';

export interface TimelineBin {
  /** ISO 8601 start of the bin (UTC instant). */
  start: string;
  genuine: number;
  fake: number;
}

export interface Timeline {
  bucket: TimelineBucket;
  /** Offset from UTC, in minutes, that bins are aligned to (bins start at local midnight / full hour). */
  utcOffsetMinutes: number;
  /** Non-empty bins only, in time order; a renderer fills the gaps. */
  bins: TimelineBin[];
  /** Start of the first and of the last bin (null when there is no dated mail). */
  first: string | null;
  last: string | null;
  /** Mails without a usable date, not in any bin. */
  undated: number;
}

/** Spans up to this long are shown per hour. */
export const HOURLY_SPAN_MS = 3 * 24 * 3_600_000;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface TimelineOptions {
  /** Align bins to this offset from UTC (e.g. 540 for Japan). Default 0: UTC. */
  utcOffsetMinutes?: number;
}

export function buildTimeline(entries: readonly SecurityMailEntry[], options: TimelineOptions = {}): Timeline {
  const offsetMs = (options.utcOffsetMinutes ?? 0) * 60_000;
  const dated = entries.filter((e) => e.date && !Number.isNaN(e.date.getTime())) as (SecurityMailEntry & {
    date: Date;
  })[];
  const undated = entries.length - dated.length;
  if (dated.length === 0) {
    return { bucket: 'hour', utcOffsetMinutes: options.utcOffsetMinutes ?? 0, bins: [], first: null, last: null, undated };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const e of dated) {
    const t = e.date.getTime();
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const bucket: TimelineBucket = max - min <= HOURLY_SPAN_MS ? 'hour' : 'day';
  const size = bucket === 'hour' ? HOUR_MS : DAY_MS;
  const bins = new Map<number, TimelineBin>();
  for (const e of dated) {
    const start = Math.floor((e.date.getTime() + offsetMs) / size) * size - offsetMs;
    let bin = bins.get(start);
    if (!bin) bins.set(start, (bin = { start: new Date(start).toISOString(), genuine: 0, fake: 0 }));
    if (e.genuine) bin.genuine++;
    else bin.fake++;
  }
  const sorted = [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
  return {
    bucket,
    utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
    bins: sorted,
    first: sorted[0].start,
    last: sorted[sorted.length - 1].start,
    undated,
  };
}
