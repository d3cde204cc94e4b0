/**
 * A spam filter's record of authentication, for receivers that wrote no Authentication-Results.
 * SpamAssassin's X-Spam-Status lists the tests that hit: DKIM_VALID_AU means "a valid DKIM signature from the
 * author's (From) domain", DKIM_INVALID "a signature that does not verify" (Mail::SpamAssassin::Plugin::DKIM).
 *
 * Trust rule, the same as for Authentication-Results: only a verdict written by a host of the trusted chain
 * counts, named by X-Spam-Checker-Version ("SpamAssassin 3.4.6 (...) on HOST"). SpamAssassin removes
 * X-Spam-* headers that were already in a mail before adding its own, as an RFC 8601 border MTA removes
 * Authentication-Results with its own authserv-id, so a sender cannot leave one behind for a trusted host.
 * With two or more X-Spam-Status headers nothing is trusted. The DKIM pass is used only together with an
 * intact body hash of an aligned signature (checked in index.ts), so the verdict and the mail still agree.
 */
import type { HeaderField } from '../../message/types.js';

export interface SpamFilterVerdict {
  /** The host the filter ran on. */
  host: string;
  /** "dkim=pass" for DKIM_VALID_AU; "dkim=fail" for DKIM_INVALID without any valid signature. */
  dkim: 'pass' | 'fail' | null;
  /** The test names as written, for evidence. */
  tests: string[];
}

const MAX_VALUE = 4096;

export function spamFilterVerdict(headers: readonly HeaderField[], chainHosts: readonly string[]): SpamFilterVerdict | null {
  const status = headers.filter((h) => h.name === 'x-spam-status');
  const checker = headers.filter((h) => h.name === 'x-spam-checker-version');
  if (status.length !== 1 || checker.length !== 1) return null;
  const on = /\bon\s+([a-z0-9.-]+\.[a-z]{2,})\s*$/i.exec(checker[0]!.value.slice(0, MAX_VALUE).trim());
  const host = on?.[1]?.toLowerCase();
  if (!host || !chainHosts.includes(host)) return null;
  const m = /\btests=([A-Z0-9_,\s]*)/.exec(status[0]!.value.slice(0, MAX_VALUE));
  if (!m) return null;
  const tests = m[1]!.split(/[\s,]+/).filter((t) => t.length > 0);
  const has = (t: string) => tests.includes(t);
  const dkim = has('DKIM_VALID_AU') ? 'pass' : has('DKIM_INVALID') && !has('DKIM_VALID') ? 'fail' : null;
  return { host, dkim, tests: tests.filter((t) => t.startsWith('DKIM') || t.startsWith('SPF')) };
}
