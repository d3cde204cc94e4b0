import type { CodeTable, FindingOf } from '../../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const senderCodes = {
  /** The display name says Amazon (in any disguise) over an address that is not Amazon's. */
  'sender.display-name-impersonation': 'high',
  /** The display name holds an address (e.g. "customers@services.amzn.com") other than the real sender's. */
  'sender.display-name-address': 'high',
  /** The sender's local part names Amazon (amazon-support2@…) at a domain that is not Amazon's. */
  'sender.local-part-impersonation': 'medium',
  /** From is an Amazon address, but nothing authenticates it: Amazon signs all its mail with its own domain. */
  'sender.amazon-address-unauthenticated': 'high',
  /** A mail claiming Amazon asks for replies somewhere else. */
  'sender.reply-to-elsewhere': 'medium',
  /** A mail claiming Amazon has its envelope sender (bounces) somewhere else. */
  'sender.return-path-elsewhere': 'low',
  /** A mail claiming Amazon comes from a free-mail account (gmail.com, yahoo.co.jp, docomo.ne.jp …). */
  'sender.free-mail': 'high',
  /** From is malformed: missing, no domain, a quoted pseudo-address, or several mailboxes. */
  'sender.malformed-from': 'high',
  /** A sender domain (From, Reply-To, Return-Path, Sender, DKIM d=) imitates an Amazon domain. */
  'sender.lookalike-domain': 'high',
} as const satisfies CodeTable;

/**
 * Set by the pipeline (src/pipeline/analyze.ts) on sender findings judged from the original sender written
 * in a forwarded mail.
 */
export type Forwarded = { forwarded?: true };

/** The evidence of each code (keys in JSON order); the text in src/report/text/sender.ts reads it. */
export interface SenderEvidence {
  'sender.display-name-impersonation': {
    displayName: string;
    address: string;
    domain: string | null;
    /** How the name claims Amazon, one technique per claim. */
    technique: readonly string[];
    header: 'from' | 'reply-to';
  } & Forwarded;
  'sender.display-name-address': {
    displayName: string;
    addressInName: string;
    address: string;
    domain: string | null;
    header: 'from' | 'reply-to';
  } & Forwarded;
  'sender.local-part-impersonation': { address: string; domain: string | null; header: 'from' | 'reply-to' } & Forwarded;
  'sender.amazon-address-unauthenticated':
    | { address: string; domain: string | null; reason: 'not-authenticated'; authservIds: readonly string[] }
    | { address: string; domain: string | null; reason: 'no-amazon-signature'; signedBy: readonly string[] };
  'sender.reply-to-elsewhere': { replyTo: string; replyToDomain: string | null; fromDomain: string | null; freeMail: boolean } & Forwarded;
  'sender.return-path-elsewhere': { returnPath: string | null; returnPathDomain: string; fromDomain: string | null } & Forwarded;
  'sender.free-mail': { address: string; provider: string } & Forwarded;
  'sender.malformed-from': (
    | { kind: 'missing'; from: string | null }
    | { kind: 'multiple-mailboxes'; from: string | null; addresses: readonly string[] }
    | { kind: 'quoted-pseudo-address' | 'no-domain'; from: string | null; address: string }
  ) &
    Forwarded;
  'sender.lookalike-domain': { header: string; host: string; imitates: string; technique: string; detail: string } & Forwarded;
}

/** A finding of this concern. */
export type SenderFinding = FindingOf<keyof typeof senderCodes>;
