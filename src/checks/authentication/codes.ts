import type { CodeTable } from '../../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const authenticationCodes = {
  /** An Amazon From domain, authenticated with alignment by a trusted receiver or by re-verification. */
  'auth.amazon-authenticated': 'info',
  /** An Amazon From domain and DMARC fail at a trusted receiver (or on re-verification): the strongest spoof signal. */
  'auth.amazon-dmarc-fail': 'high',
  /** An Amazon From domain that trusted results checked and did not authenticate, without an explicit DMARC fail. */
  'auth.amazon-not-authenticated': 'medium',
  /** An Amazon From domain and no trusted authentication results: could not verify. */
  'auth.amazon-unverified': 'medium',
  /** A mail that claims to be Amazon, with no trusted authentication results at all. */
  'auth.no-trusted-results': 'info',
  /** An untrusted Authentication-Results header claims a pass for an Amazon domain that the trusted ones do not give. */
  'auth.forged-results': 'high',
  /** A DKIM signature's body hash no longer matches: the body was changed after signing. */
  'auth.dkim-body-modified': 'medium',
  /** The only Amazon in the authentication is rentable infrastructure (d=amazonses.com, an SES Return-Path). */
  'auth.only-amazon-infrastructure': 'low',
  /** SPF/DKIM passed for a domain that is not Amazon's, on a mail that claims to be Amazon: who really sent it. */
  'auth.non-amazon-sender-authenticated': 'low',
  /** A DNS or receiver temporary error: the result could not be verified. */
  'auth.temperror': 'low',
  /**
   * A DKIM body-hash mismatch that the receiving side explains: a mailing list, a link-rewriting security
   * gateway, a change after the receiver had verified the signature, or a saved copy. Not evidence of forgery.
   */
  'auth.rewritten-in-transit': 'info',
  /** No Received header at all: an export, draft or trimmed copy that never crossed the internet as it is. */
  'auth.copy-without-delivery-headers': 'info',
} as const satisfies CodeTable;

/**
 * The evidence of each code: its keys are what the JSON report shows (in this order) and what the text in
 * src/report/text/authentication.ts reads. `verifiedBy` names an authserv-id, or "amzcheck --online".
 */
export interface AuthenticationEvidence {
  'auth.amazon-authenticated': {
    fromDomain: string | null;
    methods: readonly string[];
    verifiedBy: readonly string[];
    trustBasis: 'receiver' | 'mailing-list' | 'configured' | 'none';
  };
  'auth.amazon-dmarc-fail': {
    fromDomain: string | null;
    method: 'dmarc' | 'compauth';
    verifiedBy: string;
    comment: string | null;
    results: readonly string[];
  };
  'auth.amazon-not-authenticated': { fromDomain: string | null; verifiedBy: readonly string[]; results: readonly string[] };
  'auth.amazon-unverified': {
    fromDomain: string | null;
    /** no-delivery-headers: a copy without any Received header, where nothing could be trusted. */
    reason: 'temperror' | 'no-trusted-results' | 'no-delivery-headers';
    untrustedClaims: readonly string[];
  };
  'auth.no-trusted-results': { fromDomain: string | null; receivedHops: number; presentsAsAmazon: boolean };
  'auth.forged-results': {
    forgedAuthservId: string;
    method: string;
    domain: string;
    trustedAuthservIds: readonly string[];
    trustedResults: readonly string[];
  };
  'auth.dkim-body-modified': {
    domain: string;
    selector: string | null;
    signedBodyHash: string | null;
    currentBodyHash: string | null;
  };
  'auth.only-amazon-infrastructure': { fromDomain: string | null; infrastructure: readonly string[] };
  'auth.non-amazon-sender-authenticated': {
    fromDomain: string | null;
    domains: readonly string[];
    methods: readonly string[];
    presentsAsAmazon: boolean;
  };
  'auth.temperror': { methods: readonly string[]; verifiedBy: readonly string[] };
  'auth.rewritten-in-transit': {
    domain: string;
    selector: string;
    /** receiver-verified, mailing-list, security-gateway or saved-copy (rewrites.ts). */
    kind: 'receiver-verified' | 'mailing-list' | 'security-gateway' | 'saved-copy';
    /** The receiver's authserv-id, the list's id or the gateway's name; '' for a saved copy. */
    by: string;
  };
  'auth.copy-without-delivery-headers': {
    fromDomain: string | null;
    /** d= of the DKIM signatures the copy still carries. */
    signedBy: readonly string[];
    /** Authentication-Results headers in the copy, none of them trusted. */
    resultsWritten: number;
    /**
     * `outlook-msg`: an Outlook .msg file that kept no transport headers, whose header was made from the item's
     * properties (input/outlook-msg.ts); null for any other copy.
     */
    savedAs: 'outlook-msg' | null;
  };
}
