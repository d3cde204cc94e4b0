import type { CodeTable } from '../../findings.js';

/**
 * Finding codes of this concern and their default severity. Text for each lives in src/report/text/links.ts.
 * The default is the severity in a mail that presents itself as Amazon; in a mail that does not, the check
 * lowers it (see severityFor in judge.ts), so ordinary newsletters and receipts never get more than low.
 */
export const linkCodes = {
  /** The visible text shows an Amazon address or domain, the link goes to another registrable domain. */
  'links.text-shows-amazon-goes-elsewhere': 'high',
  /** A sign-in, password, account-verification or payment link whose destination is not Amazon. */
  'links.credential-link-off-amazon': 'high',
  /** A form asking for a password or card number that sends it somewhere other than Amazon. */
  'links.credential-form': 'high',
  /** The host is an IP address (in any notation). Amazon never links to one (docs/sources.md#amazons-own-guidance). */
  'links.ip-address-host': 'high',
  /** user@host trick: the part before "@" looks like a host, the browser goes to the part after it. */
  'links.userinfo-trick': 'high',
  /** A javascript: or data: link: runs code or shows an attacker-made page from the mail itself. */
  'links.script-or-data-url': 'high',
  /** The host imitates an Amazon domain (confusables, typos, brand inside another domain). */
  'links.lookalike-host': 'high',
  /** A sign-in, password or payment link over plain http. */
  'links.credential-link-plain-http': 'medium',
  /** A public URL shortener hides the destination. */
  'links.url-shortener': 'medium',
  /** The page or file is on a service anyone can publish on: file host, form or page builder, free subdomain. */
  'links.free-hosting': 'medium',
  /**
   * The host ends in a top-level domain with a high share of abuse (Sublime's suspicious_tlds list): weaker
   * evidence, raised only in mail that presents itself as Amazon and is not authenticated as Amazon.
   */
  'links.suspicious-tld': 'low',
  /** The page is on Amazon cloud infrastructure that anyone can rent (S3, CloudFront ...): not Amazon itself. */
  'links.rented-amazon-infrastructure': 'medium',
  /** Amazon's (or another well-known) redirector starts on a trusted-looking host and forwards elsewhere. */
  'links.redirect-leaves-amazon': 'medium',
  /** The host has non-ASCII (punycode) labels and is not a known lookalike: worth a careful look. */
  'links.punycode-host': 'low',
  /** More links than amzcheck reads in one mail; the rest were not judged. */
  'links.too-many-links': 'info',
} as const satisfies CodeTable;

/**
 * What every link finding shows about its link (keys in JSON order), then the keys of its code, then the
 * counts FindingSet.list (judge.ts) adds when one finding stands for several links.
 */
export type LinkEvidenceBase = {
  url: string;
  finalUrl: string;
  host: string;
  /** LinkWhere: 'html', 'text' or 'attachment:<name>'. */
  where: string;
  /** LinkElement. */
  element: string;
  text: string;
  context: string;
  imageOnly: boolean;
  /** LinkPurpose. */
  purpose: string;
  /** The wrappers the link was unwrapped from, outermost first. */
  unwrappedFrom: readonly string[];
};
/** Added by FindingSet.list: more links to the same destination, more destinations than it reports. */
export type LinkCounts = { occurrences?: number; otherHosts?: number };
type Link<Extra = unknown> = LinkEvidenceBase & Extra & LinkCounts;

/** The evidence of each code; the text in src/report/text/links.ts reads it. */
export interface LinkEvidence {
  'links.text-shows-amazon-goes-elsewhere': Link<{ shownDomain: string }>;
  'links.credential-link-off-amazon': Link;
  'links.credential-form': Link<{ inputs: readonly string[] }>;
  'links.ip-address-host': Link<{ technique: string; writtenHost: string }>;
  'links.userinfo-trick': Link<{ shownAs: string }>;
  'links.script-or-data-url': Link<{ scheme: string }>;
  'links.lookalike-host': Link<{ imitates: string; technique: string; detail: string }>;
  'links.credential-link-plain-http': Link;
  /** `service`: the list entry the host matched; `list`: the Sublime list it is on, or "amzcheck" (HostListId). */
  'links.url-shortener': Link<{ service: string; list: string }>;
  'links.free-hosting': Link<{ service: string; list: string }>;
  /** `tld`: the suffix on the list; `list`: "suspicious_tlds". */
  'links.suspicious-tld': Link<{ tld: string; list: string }>;
  'links.rented-amazon-infrastructure': Link<{ service: string }>;
  'links.redirect-leaves-amazon': Link<{ startsAt: string; redirectors: readonly string[] }>;
  'links.punycode-host': Link<{ unicodeHost: string }>;
  'links.too-many-links': { limit: number } & LinkCounts;
}
