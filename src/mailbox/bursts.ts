/**
 * Bursts of account-security mails: many codes or sign-in alerts to one address in a short time. This only
 * shows across messages, so it lives at mailbox level. Thresholds follow the pattern users report (several
 * codes within minutes) and MFA-fatigue detections on IdP logs (docs/sources.md#burst-thresholds: Elastic ">5 per
 * hour", Splunk ">10 in 5 min"); they are options because mailboxes differ.
 */
import type { Location } from '../input/types.js';
import type { SecurityMailType } from '../amazon/wording.js';
import { kindOfSecurityType } from '../checks/security-code/index.js';

// The pipeline reads burst detection and its findings from one place.
export { mailboxFindings, usualOrigin, type MailboxFindingOptions } from './findings.js';

export interface SecurityMailEntry {
  location: Location;
  /** The address the mail was delivered to, lower-cased; null when unknown. */
  recipient: string | null;
  date: Date | null;
  type: SecurityMailType;
  /** True only when authentication showed that Amazon sent it. */
  genuine: boolean;
  /** The message verdict (genuine, phishing, suspicious, unverified...). */
  verdict: string;
  language: string;
  marketplace: string | null;
}

export interface BurstWindow {
  /** At least this many mails... */
  count: number;
  /** ...within this many minutes (first to last, inclusive). */
  minutes: number;
}

export interface BurstOptions {
  windows: BurstWindow[];
}

/** 3 within 10 minutes catches a run of reset requests; 5 within 24 hours a slower, repeated attempt. */
export const DEFAULT_BURST_WINDOWS: readonly BurstWindow[] = [
  { count: 3, minutes: 10 },
  { count: 5, minutes: 24 * 60 },
];

export interface Burst {
  recipient: string | null;
  /** 'security-code' or 'sign-in-alert': bursts are counted per kind. */
  kind: 'security-code' | 'sign-in-alert';
  types: SecurityMailType[];
  /** Date of the first and of the last mail. */
  start: Date;
  end: Date;
  count: number;
  /** Mails authenticated as Amazon. */
  genuine: number;
  /** Mails not authenticated as Amazon (phishing, suspicious or unverified). */
  fake: number;
  marketplaces: string[];
  languages: string[];
  locations: Location[];
}

const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 24 * 60 };
const WINDOW_SPEC = /^(\d{1,6})\/(\d{1,6})([mhd])$/;

/**
 * Parse a CLI value like "3/10m,5/24h" (count/duration, units m, h, d). Throws an Error naming the bad part,
 * so the CLI can report it as a usage error.
 */
export function parseBurstWindows(value: string): BurstWindow[] {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) throw new Error(`no burst window in "${value}" (expected e.g. "3/10m,5/24h")`);
  return parts.map((part) => {
    const m = WINDOW_SPEC.exec(part);
    if (!m) throw new Error(`bad burst window "${part}" (expected COUNT/DURATION such as 3/10m, 5/24h or 7/2d)`);
    const count = Number(m[1]);
    const minutes = Number(m[2]) * UNIT_MINUTES[m[3]];
    if (count < 2) throw new Error(`bad burst window "${part}": a burst needs a count of at least 2`);
    if (minutes < 1) throw new Error(`bad burst window "${part}": the duration must be at least 1 minute`);
    return { count, minutes };
  });
}

interface Dated extends SecurityMailEntry {
  date: Date;
}

/**
 * Find bursts: per recipient and kind, every run of mails where some window's count is reached within its
 * duration (a sliding window, first to last mail inclusive). Overlapping runs, also from different windows,
 * merge into one burst. Mails without a date cannot be placed and are left out (see mailboxFindings).
 */
export function detectBursts(
  entries: readonly SecurityMailEntry[],
  options: BurstOptions = { windows: [...DEFAULT_BURST_WINDOWS] },
): Burst[] {
  const groups = new Map<string, Dated[]>();
  for (const e of entries) {
    if (!e.date || Number.isNaN(e.date.getTime())) continue;
    const key = `${kindOfSecurityType(e.type)}\u0000${e.recipient ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(e as Dated);
  }
  const bursts: Burst[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.date.getTime() - b.date.getTime() || a.location.index - b.location.index);
    for (const [from, to] of burstRanges(group, options.windows)) bursts.push(toBurst(group.slice(from, to + 1)));
  }
  bursts.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.recipient ?? '').localeCompare(b.recipient ?? ''));
  return bursts;
}

/** Index ranges [from, to] (inclusive) of a time-sorted group that form bursts, merged where they overlap. */
function burstRanges(group: readonly Dated[], windows: readonly BurstWindow[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const w of windows) {
    const span = w.minutes * 60_000;
    let j = 0;
    for (let i = 0; i < group.length; i++) {
      if (j < i) j = i;
      while (j + 1 < group.length && group[j + 1].date.getTime() - group[i].date.getTime() <= span) j++;
      if (j - i + 1 >= w.count) ranges.push([i, j]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function toBurst(mails: readonly Dated[]): Burst {
  const genuine = mails.filter((m) => m.genuine).length;
  return {
    recipient: mails[0].recipient,
    kind: kindOfSecurityType(mails[0].type),
    types: unique(mails.map((m) => m.type)),
    start: mails[0].date,
    end: mails[mails.length - 1].date,
    count: mails.length,
    genuine,
    fake: mails.length - genuine,
    marketplaces: unique(mails.map((m) => m.marketplace).filter((m): m is string => m !== null)),
    languages: unique(mails.map((m) => m.language)),
    locations: mails.map((m) => m.location),
  };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
