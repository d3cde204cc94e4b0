/**
 * Mailbox-level findings: what the bursts mean, mails from an unusual origin, and mails that could not be
 * placed in time. The meaning of a burst depends on whether Amazon really sent its mails and on their types
 * (docs/sources.md#what-each-kind-means): genuine sign-in codes or approvals mean the password is known; genuine
 * reset codes mean the address is known; fakes are a phishing campaign aimed at the address.
 */
import type { FindingOf } from '../findings.js';
import type { BurstEvidence, mailboxCodes } from './codes.js';

type MailboxFinding = FindingOf<keyof typeof mailboxCodes>;
import { finding } from '../findings.js';
import type { SecurityMailType } from '../amazon/wording.js';
import type { Burst, SecurityMailEntry } from './bursts.js';

/** Types whose genuine mail is only sent after the correct password was entered (or a sign-in succeeded). */
const PASSWORD_KNOWN_TYPES: ReadonlySet<SecurityMailType> = new Set([
  'sign-in-code',
  'sign-in-approval',
  'new-sign-in',
  'account-change',
]);

export interface MailboxFindingOptions {
  /** Marketplaces the user normally uses; given by the user or learned with usualOrigin(). */
  usualMarketplaces?: readonly string[];
  /** Languages the user's Amazon mail is normally in. */
  usualLanguages?: readonly string[];
}

function burstEvidence(b: Burst, types: readonly SecurityMailType[]): BurstEvidence {
  return {
    recipient: b.recipient,
    types: [...types],
    start: b.start.toISOString(),
    end: b.end.toISOString(),
    count: b.count,
    genuine: b.genuine,
    fake: b.fake,
    marketplaces: b.marketplaces,
    languages: b.languages,
  };
}

export function mailboxFindings(
  bursts: readonly Burst[],
  entries: readonly SecurityMailEntry[],
  options: MailboxFindingOptions = {},
): MailboxFinding[] {
  const out: MailboxFinding[] = [];
  const byLocation = new Map(entries.map((e) => [`${e.location.file}\u0000${e.location.index}`, e]));
  for (const b of bursts) {
    const mails = b.locations
      .map((l) => byLocation.get(`${l.file}\u0000${l.index}`))
      .filter((e): e is SecurityMailEntry => e !== undefined);
    const genuineTypes = [...new Set(mails.filter((m) => m.genuine).map((m) => m.type))];
    if (b.genuine > 0) {
      const passwordKnown = genuineTypes.some((t) => PASSWORD_KNOWN_TYPES.has(t));
      out.push(
        finding(passwordKnown ? 'mailbox.burst-password-known' : 'mailbox.burst-address-known', burstEvidence(b, genuineTypes)),
      );
    }
    if (b.fake > 0) {
      out.push(finding(b.genuine > 0 ? 'mailbox.burst-mixed' : 'mailbox.burst-phishing', burstEvidence(b, b.types)));
    }
  }

  const unusual = unusualOriginMails(entries, options);
  if (unusual.length > 0) {
    out.push(
      finding('mailbox.unusual-origin', {
        count: unusual.length,
        marketplaces: [...new Set(unusual.map((e) => e.marketplace).filter((m): m is string => m !== null))],
        languages: [...new Set(unusual.map((e) => e.language))],
        usualMarketplaces: [...(options.usualMarketplaces ?? [])],
        usualLanguages: [...(options.usualLanguages ?? [])],
      }),
    );
  }

  const undated = entries.filter((e) => !e.date || Number.isNaN(e.date.getTime())).length;
  if (undated > 0) out.push(finding('mailbox.undated-security-mails', { count: undated }));
  return out;
}

/** Genuine security mails whose marketplace or language is not among the user's usual ones. */
function unusualOriginMails(entries: readonly SecurityMailEntry[], options: MailboxFindingOptions): SecurityMailEntry[] {
  const mps = options.usualMarketplaces ?? [];
  const langs = options.usualLanguages ?? [];
  if (mps.length === 0 && langs.length === 0) return [];
  return entries.filter(
    (e) =>
      e.genuine &&
      ((mps.length > 0 && e.marketplace !== null && !mps.includes(e.marketplace)) ||
        (langs.length > 0 && !langs.includes(e.language))),
  );
}

/** A share below this does not make a marketplace or language "usual": one stray order is not a habit. */
export const USUAL_SHARE = 0.25;
/** With fewer genuine mails than this, nothing can be said about what is usual. */
export const USUAL_MIN_MAILS = 3;

/**
 * The user's usual marketplaces and languages, learned from the genuine Amazon mail of the mailbox (orders,
 * shipping, and also codes): each one that makes up at least USUAL_SHARE of it. Empty lists when there is
 * too little genuine mail to tell.
 */
export function usualOrigin(mails: readonly { marketplace: string | null; language: string | null; count?: number }[]): {
  marketplaces: string[];
  languages: string[];
} {
  return {
    marketplaces: majority(mails.map((m) => [m.marketplace, m.count ?? 1])),
    languages: majority(mails.map((m) => [m.language, m.count ?? 1])),
  };
}

/** Values that make up at least USUAL_SHARE of the weighted list (each value with its number of mails). */
function majority(values: readonly (readonly [string | null, number])[]): string[] {
  const counts = new Map<string, number>();
  let known = 0;
  for (const [v, n] of values) {
    if (v === null) continue;
    known += n;
    counts.set(v, (counts.get(v) ?? 0) + n);
  }
  if (known < USUAL_MIN_MAILS) return [];
  return [...counts]
    .filter(([, n]) => n / known >= USUAL_SHARE)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([v]) => v);
}
