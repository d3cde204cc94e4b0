/**
 * The authentication facts of one message, as amzcheck established them. Part of the report, and read by
 * later checks (links skip the authenticated sender's own domain; the verdict needs "is this Amazon?").
 */

export type AuthMethod = 'spf' | 'dkim' | 'dmarc' | 'arc';
export type AuthResultValue =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'policy'
  | 'unknown';

export interface MethodResult {
  method: AuthMethod;
  result: AuthResultValue;
  /** The domain the result is about (SPF mail-from domain, DKIM d=, DMARC header.from). */
  domain: string | null;
  /** Whether `domain` aligns (relaxed) with the From domain; null when it cannot be said. */
  aligned: boolean | null;
  /** Whether `domain` is exactly the From domain (DMARC strict alignment); null when it cannot be said. */
  alignedStrict: boolean | null;
  /** 'receiver': a trusted Authentication-Results header; 'recomputed': mailauth with --online. */
  source: 'receiver' | 'recomputed';
  /** The authserv-id of the header the result was read from (receiver results). */
  authservId: string | null;
  /** Provider comment or reason, as written (terminal-safety is the formatter's job). */
  comment: string | null;
}

export interface AuthSummary {
  /** The From domain the mail claims (first From address), lower-cased; null when malformed. */
  fromDomain: string | null;
  /** The authserv-ids whose results were trusted for this message. */
  trustedAuthservIds: string[];
  /** True when at least one trusted receiver result exists. */
  hasTrustedResults: boolean;
  results: MethodResult[];
  /**
   * The From domain when it is authenticated with alignment (DMARC pass, or an aligned DKIM/SPF pass) by a
   * trusted receiver or by re-verification; null otherwise.
   */
  authenticatedFromDomain: string | null;
  /** True when `authenticatedFromDomain` is an Amazon domain: the one proof that Amazon sent the mail. */
  amazonAuthenticated: boolean;
  /** Whether --online re-verification ran. */
  recomputed: boolean;
  /**
   * Whose results were trusted: the receiving provider, a mailing-list server that received the mail (when
   * the provider wrote none), the --trust-authserv names, or none.
   */
  trustBasis: 'receiver' | 'mailing-list' | 'configured' | 'none';
  /** Where the mail entered the trusted chain: the sending side's host as the receiver recorded it. */
  entry: { clientName: string | null; clientIp: string | null; receivedBy: string | null } | null;
  /** Microsoft 365 composite authentication (compauth=, reason=) from a trusted header, if present. */
  compauth: { result: string; reason: string | null } | null;
  /** Offline DKIM body-hash checks (run only for mail that claims Amazon or carries an Amazon d=). */
  dkimBodies: { domain: string; selector: string; bodyIntact: boolean }[];
}

/**
 * The summary of a mail nothing authenticates: no trusted results, nothing recomputed. What a forwarded
 * original (its authentication is lost in forwarding) or a hand-made .eml gives.
 */
export function unauthenticatedSummary(fromDomain: string | null = null): AuthSummary {
  return {
    fromDomain,
    trustedAuthservIds: [],
    hasTrustedResults: false,
    results: [],
    authenticatedFromDomain: null,
    amazonAuthenticated: false,
    recomputed: false,
    trustBasis: 'none',
    entry: null,
    compauth: null,
    dkimBodies: [],
  };
}
