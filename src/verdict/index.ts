/**
 * From findings to one verdict per message, with the findings that decided it (strongest first).
 * The table is in policy.ts; this is the small amount of logic around it.
 */
import { compareSeverity, type Finding, type FindingCode } from '../findings.js';
import type { Verdict } from './types.js';
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
 * What a finding does to the verdict in this mail, after the claim conditions.
 *
 * Severity carries the context the checks saw, so it gates the effect: information never decides a verdict,
 * and a low-severity finding counts only in a mail that presents itself as Amazon without being authenticated
 * as Amazon. Checks lower a finding to low where the context makes it weak: a link in a mail that only
 * mentions Amazon in its body, or an off-Amazon link in mail Amazon really sent (marketplace and partner
 * text travels through Amazon's own system).
 */
export function effectiveEffect(
  f: Finding,
  context: { presentsAsAmazon: boolean; amazonAuthenticated?: boolean },
): 'phishing' | 'suspicious' | 'none' {
  if (f.severity === 'info') return 'none';
  if (f.severity === 'low' && (!context.presentsAsAmazon || context.amazonAuthenticated)) return 'none';
  const presentsAsAmazon = context.presentsAsAmazon;
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
    .map((f) => ({ f, effect: effectiveEffect(f, input) }))
    .sort(
      (a, b) =>
        EFFECT_RANK[b.effect] - EFFECT_RANK[a.effect] || compareSeverity(a.f.severity, b.f.severity),
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
  // The informative findings explain genuine and unverified verdicts: a forward first (its original cannot be
  // verified, whoever forwarded it), then the authentication facts.
  const informative = unique([
    ...ranked.filter((r) => r.f.code === 'content.forwarded-original').map((r) => r.f.code),
    ...ranked.filter((r) => r.f.code.startsWith('auth.')).map((r) => r.f.code),
  ]);
  if (input.amazonAuthenticated) return { verdict: 'genuine', reasons: informative };
  return { verdict: 'unverified', reasons: informative };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
