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
} as const satisfies CodeTable;
