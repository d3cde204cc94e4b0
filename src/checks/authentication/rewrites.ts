/**
 * When a DKIM body hash no longer matches, was it a forger, or the receiving side at work? A mailing list
 * adds footers and subject tags, a security gateway rewrites links, a mail program re-saves a copy, and a
 * provider may change the body after it verified the signature. Those explain the change; then the receiver's
 * own results decide, or the mail is unverified, never suspicious for the rewrite alone.
 * docs/authentication.md ("Changed on the way in") gives the rules and their limits.
 */
import type { HeaderField, Message } from '../../message/types.js';
import { isAmazonDomain, registrableDomain } from '../../amazon/index.js';
import type { DkimBodyCheck } from './dkim-body.js';
import type { MethodResult } from './types.js';
import { canonicalOrg } from './providers.js';
import { clientOrgOf, listDomains, orgOf, type TrustDecision } from './trust.js';
import { LINK_REWRITING_GATEWAYS } from './gateways.js';

export type RewriteKind = 'receiver-verified' | 'mailing-list' | 'security-gateway' | 'saved-copy';

export interface RewriteExplanation {
  kind: RewriteKind;
  /** Who: the receiver's authserv-id, the list, or the gateway's name ('' for a saved copy). */
  by: string;
}

/** A mail with at least one Received header crossed the internet; one without is a saved or trimmed copy. */
export function hasDeliveryHeaders(headers: readonly HeaderField[]): boolean {
  return headers.some((h) => h.name === 'received');
}

export interface RewriteContext {
  msg: Message;
  trust: TrustDecision;
  /** The trusted receiver's results (not re-verified ones). */
  receiverResults: readonly MethodResult[];
  bodies: readonly DkimBodyCheck[];
}

/** Why the body of `sig` changed, when the receiving side explains it; null when nothing does. */
export function explainBodyChange(sig: DkimBodyCheck, ctx: RewriteContext): RewriteExplanation | null {
  // The provider verified this very signature when the mail arrived: whatever changed the body came after
  // (a gateway's link rewriting inside the provider, a mail program re-saving the copy). Its results decide.
  // Only for Amazon's own signatures: there the receiver's pass is the proof the verdict rests on. For another
  // sender's signature in a mail that presents itself as Amazon, a change after delivery that no list or
  // gateway accounts for stays unexplained (docs/authentication.md "Changed on the way in").
  const verified = isAmazonDomain(sig.domain)
    ? ctx.receiverResults.find(
        (r) => r.method === 'dkim' && r.result === 'pass' && r.source === 'receiver' && r.domain !== null && (r.domain === sig.domain || r.domain.endsWith('.' + sig.domain)),
      )
    : undefined;
  if (verified) return { kind: 'receiver-verified', by: verified.authservId ?? '' };
  if (!hasDeliveryHeaders(ctx.msg.headers)) return { kind: 'saved-copy', by: '' };
  const list = listRewrite(ctx);
  if (list) return list;
  const gateway = gatewayRewrite(ctx);
  if (gateway) return gateway;
  return null;
}

/**
 * A mailing list handled the mail: it says so (List-Id, List-Post, X-Mailing-List) and shows it. The host
 * that delivered the mail to the receiver is the list's, or the list signed or sealed the mail as it now is
 * (a DKIM signature of the list's domain whose body still matches, an ARC seal of the list's domain).
 */
function listRewrite(ctx: RewriteContext): RewriteExplanation | null {
  const lists = listDomains(ctx.msg.headers);
  if (lists.size === 0) return null;
  const name = listName(ctx.msg.headers);
  const entry = ctx.trust.receiverEntryHop;
  const deliveredByList = entry !== null && lists.has(clientOrgOf(entry) ?? '');
  const listSigned = ctx.bodies.some((b) => b.bodyIntact && lists.has(orgOf(b.domain) ?? ''));
  const listSealed = ctx.msg.headers.some((h) => h.name === 'arc-seal' && lists.has(orgOf(tagValue(h.value, 'd')) ?? ''));
  return deliveredByList || listSigned || listSealed ? { kind: 'mailing-list', by: name } : null;
}

/**
 * A link-rewriting gateway handled the mail: the body holds links in the gateway's rewritten form, and the
 * receiving side shows the gateway (its header fields, or its hosts in the Received chain).
 */
function gatewayRewrite(ctx: RewriteContext): RewriteExplanation | null {
  // Lower-cased once: the markers are lower-case host names (rare path: a changed body nothing else explained).
  const parts = [...ctx.msg.htmlParts, ...ctx.msg.textParts].map((p) => p.toLowerCase());
  if (parts.length === 0) return null;
  const hopOrgs = new Set<string>();
  for (const hop of ctx.trust.hops) {
    for (const host of [hop.byHost, hop.fromRdns]) {
      const reg = host ? registrableDomain(host) : null;
      if (reg) hopOrgs.add(canonicalOrg(reg));
    }
  }
  for (const g of LINK_REWRITING_GATEWAYS) {
    const rewritten = parts.some((p) => g.linkHosts.some((marker) => p.includes(marker)));
    if (!rewritten) continue;
    const headerSeen = ctx.msg.headers.some((h) => g.headerPrefixes.some((prefix) => h.name.startsWith(prefix)));
    const hostSeen = g.hostDomains.some((d) => hopOrgs.has(canonicalOrg(d)));
    if (headerSeen || hostSeen) return { kind: 'security-gateway', by: g.name };
  }
  return null;
}

/** The list's name for the wording: List-Id's <id>, else the first list header's value (bounded). */
function listName(headers: readonly HeaderField[]): string {
  const h = headers.find((x) => x.name === 'list-id') ?? headers.find((x) => x.name === 'x-mailing-list' || x.name === 'list-post');
  if (!h) return '';
  const v = h.value.slice(0, 300);
  const lt = v.lastIndexOf('<');
  const gt = v.lastIndexOf('>');
  return (lt >= 0 && gt > lt ? v.slice(lt + 1, gt) : v).trim().slice(0, 200);
}

/** The value of one tag (d=, s=) of a DKIM-style tag list; null when absent. */
function tagValue(value: string, tag: string): string | null {
  for (const part of value.slice(0, 4096).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === tag) return part.slice(eq + 1).replace(/\s+/g, '').toLowerCase() || null;
  }
  return null;
}
