/**
 * From findings to one verdict per message, with the findings that decided it (strongest first).
 * The table is in policy.ts; this is the small amount of logic around it.
 */
import { severityRank, type Finding, type FindingCode } from '../findings.js';
import type { Verdict } from '../report/model.js';
import { VERDICT_POLICY, type Effect } from './policy.js';

export { VERDICT_POLICY, type Effect } from './policy.js';

export interface VerdictInput {
  findings: readonly Finding[];
  /** The mail mentions or concerns Amazon anywhere (subject, sender, body). */
  amazonRelated: boolean;
  /** The mail presents itself as Amazon: display name, sender address or subject. */
  presentsAsAmazon: boolean;
  /** An Amazon From domain is aligned-authenticated by a trusted receiver or by re-verification. */
  amazonAuthenticated: boolean;
}

export interface VerdictResult {
  verdict: Verdict;
  reasons: FindingCode[];
}

/**
 * What a finding does to the verdict in this mail, after the claim conditions. Information (severity info)
 * never decides a verdict: a check lowers a finding to info when the context makes it harmless.
 */
export function effectiveEffect(f: Finding, presentsAsAmazon: boolean): 'phishing' | 'suspicious' | 'none' {
  if (f.severity === 'info') return 'none';
  const effect: Effect = VERDICT_POLICY[f.code];
  switch (effect) {
    case 'phishing':
      return 'phishing';
    case 'phishing-if-claims':
      return presentsAsAmazon ? 'phishing' : 'suspicious';
    case 'suspicious':
      return 'suspicious';
    case 'suspicious-if-claims':
      return presentsAsAmazon ? 'suspicious' : 'none';
    case 'none':
      return 'none';
  }
}

const EFFECT_RANK = { phishing: 2, suspicious: 1, none: 0 } as const;

export function decideVerdict(input: VerdictInput): VerdictResult {
  const ranked = input.findings
    .map((f) => ({ f, effect: effectiveEffect(f, input.presentsAsAmazon) }))
    .sort(
      (a, b) =>
        EFFECT_RANK[b.effect] - EFFECT_RANK[a.effect] || severityRank(b.f.severity) - severityRank(a.f.severity),
    );
  const reasons = (effect: 'phishing' | 'suspicious') =>
    unique(ranked.filter((r) => EFFECT_RANK[r.effect] >= EFFECT_RANK[effect]).map((r) => r.f.code));

  const strongest = ranked[0]?.effect ?? 'none';
  if (strongest === 'phishing') return { verdict: 'phishing', reasons: reasons('phishing') };
  if (strongest === 'suspicious' && (input.amazonRelated || input.presentsAsAmazon)) {
    return { verdict: 'suspicious', reasons: reasons('suspicious') };
  }
  // A mail that only mentions Amazon (a newsletter quoting an amazon.com link) and shows no red flag is not
  // Amazon mail: it is unrelated, not "unverified".
  if (!input.amazonRelated || (!input.presentsAsAmazon && !input.amazonAuthenticated)) {
    return { verdict: 'unrelated', reasons: [] };
  }
  // The informative findings explain genuine and unverified verdicts (authentication facts first).
  const informative = unique(ranked.filter((r) => r.f.code.startsWith('auth.')).map((r) => r.f.code));
  if (input.amazonAuthenticated) return { verdict: 'genuine', reasons: informative };
  return { verdict: 'unverified', reasons: informative };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
