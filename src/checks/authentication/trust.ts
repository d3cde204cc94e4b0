/**
 * Which Authentication-Results to believe. Anyone can write an Authentication-Results header into a mail
 * they send (RFC 8601 section 7.2 and 7.6); only the ones the receiving side added mean anything. The rule,
 * its reasons and its limits are written down in docs/authentication.md ("Which results are trusted").
 */
import type { HeaderField } from '../../message/types.js';
import { registrableDomain } from '../../amazon/index.js';
import {
  parseAuthenticationResults,
  parseReceivedSpf,
  type ParsedAuthResults,
  type ParsedReceivedSpf,
} from './auth-results.js';
import { clientName, isInternalIp, parseReceived, type ReceivedHop } from './received.js';
import { operatorDomainsOf } from './list-infrastructure.js';
import { canonicalOrg, isProviderTraceField, providerOfBareHost, providerOfDomain } from './providers.js';

export type TrustBasis = 'receiver' | 'mailing-list' | 'configured' | 'none';

export interface LocatedAuthResults {
  headerIndex: number;
  parsed: ParsedAuthResults;
}

export interface TrustDecision {
  basis: TrustBasis;
  /** Trusted Authentication-Results, topmost first. */
  trusted: LocatedAuthResults[];
  /** Every other Authentication-Results header, topmost first. */
  untrusted: LocatedAuthResults[];
  /** Received-SPF headers written by the trusted receiving side, topmost first. */
  trustedSpf: { headerIndex: number; parsed: ParsedReceivedSpf }[];
  /** The hop where the mail entered the trusted chain from outside (its client is the sending side). */
  entryHop: ReceivedHop | null;
  /** All Received headers, topmost first. */
  hops: ReceivedHop[];
  /**
   * The hop where the final receiver took the mail from outside, also when the trusted results are a mailing
   * list's (then `entryHop` is the list's own entry): its client is who delivered the mail to the receiver.
   */
  receiverEntryHop: ReceivedHop | null;
  /**
   * Hosts of the trusted chain (receiver, and a mailing list it received the mail from): a spam filter's
   * verdict written by one of them may stand in for missing Authentication-Results (see spam-filter.ts).
   */
  chainHosts: { hosts: string[]; basis: 'receiver' | 'mailing-list' };
}

/**
 * Header fields a receiving MTA writes next to its own Received header. The receiver's results are the
 * run of these right after its entry hop; the first other field belongs to the message as the sender wrote it.
 */
const RECEIVER_TRACE_FIELDS = new Set([
  'authentication-results',
  'arc-authentication-results',
  'arc-seal',
  'arc-message-signature',
  'received-spf',
  'return-path',
  'delivered-to',
  'x-original-to',
  'x-incomingtopheadermarker',
]);

/**
 * The organisation a host belongs to: its registrable domain, with a provider's several domains as one
 * (providers.ts). A host name without a domain is a provider's own only where the table knows it and the
 * name was not announced by a host with a public address (`announced`: a client's name in a hop whose
 * client IP is public); otherwise it belongs to no organisation.
 */
export function orgOf(host: string | null, announced = false): string | null {
  if (!host) return null;
  const reg = registrableDomain(host);
  if (reg) return canonicalOrg(reg);
  if (announced) return null;
  const provider = providerOfBareHost(host);
  return provider ? provider.domains[0] : null;
}

/** The organisation of a hop's client, as orgOf says (a bare name counts only without a public client IP). */
export function clientOrgOf(hop: ReceivedHop): string | null {
  return orgOf(clientName(hop), hop.fromIp !== null && !isInternalIp(hop.fromIp));
}

interface Region {
  /** Position in `hops` of the entry hop, or -1 when every hop looked internal. */
  entry: number;
  /** Header index where the trusted region ends (exclusive). */
  end: number;
  orgs: Set<string>;
  byHosts: Set<string>;
}

/**
 * Walk the Received headers downwards from `start`, growing the set of organisations that handled the mail,
 * until a hop's client is outside them: that is the entry hop. The region ends after the receiver's own
 * trace fields below the entry hop.
 */
function walkRegion(headers: HeaderField[], hops: ReceivedHop[], start: number, orgs: Set<string>, byHosts: Set<string>): Region {
  let entry = -1;
  for (let h = start; h < hops.length; h++) {
    const hop = hops[h];
    const byOrg = orgOf(hop.byHost);
    if (byOrg) orgs.add(byOrg);
    if (hop.byHost) byHosts.add(hop.byHost);
    if (hop.fromHelo === null && hop.fromRdns === null && hop.fromIp === null) continue; // local hand-off
    if (hop.fromIp && isInternalIp(hop.fromIp)) continue;
    const clientOrg = clientOrgOf(hop);
    if (clientOrg && orgs.has(clientOrg)) continue;
    entry = h;
    break;
  }
  const last = entry >= 0 ? hops[entry] : hops[hops.length - 1];
  // The receiving provider may write fields of its own among its results (iCloud's X-ICL-*, X-DMARC-*).
  const provider = providerOfDomain(orgOf(last.byHost));
  const isTrace = (name: string) => RECEIVER_TRACE_FIELDS.has(name) || (provider !== null && isProviderTraceField(provider, name));
  let end = last.headerIndex + 1;
  while (end < headers.length && isTrace(headers[end].name)) end++;
  return { entry, end, orgs, byHosts };
}

function isAnchored(ar: LocatedAuthResults, region: Region, firstHopIndex: number): boolean {
  // Above the topmost Received header: added at delivery by the final receiver (Yahoo writes it there).
  if (ar.headerIndex < firstHopIndex) return true;
  const id = ar.parsed.authservId;
  if (id === null) {
    for (const org of region.orgs) if (providerOfDomain(org)?.anonymousResults) return true;
    return false;
  }
  if (region.byHosts.has(id)) return true;
  const org = orgOf(id);
  return org !== null && region.orgs.has(org);
}

/** Registrable domains the mail says a mailing list distributed it from (RFC 2919 List-Id, RFC 2369, Return-Path). */
export function listDomains(headers: readonly HeaderField[]): Set<string> {
  const out = new Set<string>();
  let isList = false;
  for (const h of headers) {
    let host: string | null = null;
    if (h.name === 'list-id') {
      isList = true;
      const lt = h.value.lastIndexOf('<');
      const gt = h.value.lastIndexOf('>');
      host = lt >= 0 && gt > lt ? h.value.slice(lt + 1, gt) : h.value.trim();
    } else if (h.name === 'x-mailing-list' || h.name === 'list-post' || h.name === 'return-path') {
      if (h.name !== 'return-path') isList = true;
      const at = h.value.lastIndexOf('@');
      if (at >= 0) host = h.value.slice(at + 1).replace(/[>\s].*$/s, '');
    }
    const org = host ? orgOf(host.slice(0, 253)) : null;
    if (org) out.add(org);
  }
  if (!isList) return new Set();
  // Lists whose delivery hosts live under other names (list-infrastructure.ts).
  for (const op of operatorDomainsOf([...out])) out.add(op);
  return out;
}

function matchesConfigured(id: string, trustedIds: readonly string[]): boolean {
  return trustedIds.some((t) => id === t || id.endsWith('.' + t));
}

function nearestByHosts(hops: ReceivedHop[], headerIndex: number): string[] {
  let above: string | null = null;
  let below: string | null = null;
  for (const hop of hops) {
    if (hop.headerIndex < headerIndex) above = hop.byHost ?? above;
    else if (below === null && hop.byHost) below = hop.byHost;
  }
  return [above, below].filter((x): x is string => x !== null);
}

/**
 * Decide which Authentication-Results headers of a message to trust.
 *
 * Default: the receiving side's own headers (see walkRegion and isAnchored); if it wrote none and the mail
 * came from a mailing list, the list server's headers (one level). With `trustAuthserv`, exactly the headers
 * whose authserv-id is one of those names (or a host under one of them); the default rule is off.
 */
/**
 * `trustNone`: the mail is a copy inside another mail (an attached message): whoever sent the carrier could
 * have written every header of it, so none of its results is trusted; its Received chain is still read.
 */
export function decideTrust(headers: HeaderField[], trustAuthserv?: readonly string[], trustNone = false): TrustDecision {
  const hops: ReceivedHop[] = [];
  const all: LocatedAuthResults[] = [];
  const spf: { headerIndex: number; parsed: ParsedReceivedSpf }[] = [];
  headers.forEach((h, i) => {
    if (h.name === 'received') hops.push(parseReceived(h.value, i));
    else if (h.name === 'authentication-results') all.push({ headerIndex: i, parsed: parseAuthenticationResults(h.value) });
    else if (h.name === 'received-spf') {
      const parsed = parseReceivedSpf(h.value);
      if (parsed) spf.push({ headerIndex: i, parsed });
    }
  });
  const none: TrustDecision = {
    basis: 'none',
    trusted: [],
    untrusted: all,
    trustedSpf: [],
    entryHop: null,
    hops,
    receiverEntryHop: null,
    chainHosts: { hosts: [], basis: 'receiver' },
  };
  if (hops.length === 0 || trustNone) return none;

  const receiver = walkRegion(headers, hops, 0, new Set(), new Set());
  const entryHop = receiver.entry >= 0 ? hops[receiver.entry] : null;
  const receiverHosts = { hosts: [...receiver.byHosts], basis: 'receiver' as const };
  none.receiverEntryHop = entryHop;

  if (trustAuthserv && trustAuthserv.length > 0) {
    const ids = trustAuthserv.map((t) => t.trim().toLowerCase()).filter(Boolean);
    const trusted = all.filter((ar) =>
      ar.parsed.authservId !== null
        ? matchesConfigured(ar.parsed.authservId, ids)
        : nearestByHosts(hops, ar.headerIndex).some((host) => matchesConfigured(host, ids)),
    );
    return { ...split('configured', all, trusted, spf, Number.POSITIVE_INFINITY, entryHop, hops, entryHop), chainHosts: { hosts: [], basis: 'receiver' } };
  }

  const firstHopIndex = hops[0].headerIndex;
  const inReceiver = all.filter((ar) => ar.headerIndex < receiver.end && isAnchored(ar, receiver, firstHopIndex));
  if (inReceiver.length > 0) return { ...split('receiver', all, inReceiver, spf, receiver.end, entryHop, hops, entryHop), chainHosts: receiverHosts };

  // The receiver wrote nothing. A mailing list that received the mail from its author may have (kernel.org
  // lists do, with ARC): trust its headers only when the entry hop's client is the list's own domain.
  if (entryHop) {
    const client = clientOrgOf(entryHop);
    const lists = listDomains(headers);
    if (client && lists.has(client)) {
      // The list's own organisations: its List-Id domain and, for known lists, its operator's hosts.
      const orgs = new Set([...receiver.orgs, ...lists]);
      const list = walkRegion(headers, hops, receiver.entry + 1, orgs, new Set(receiver.byHosts));
      const inList = all.filter((ar) => ar.headerIndex < list.end && isAnchored(ar, list, -1));
      const listHosts = { hosts: [...list.byHosts], basis: 'mailing-list' as const };
      if (inList.length > 0) {
        const listEntry = list.entry >= 0 ? hops[list.entry] : null;
        return { ...split('mailing-list', all, inList, spf, list.end, listEntry, hops, entryHop), chainHosts: listHosts };
      }
      const listEntry = list.entry >= 0 ? hops[list.entry] : null;
      return { ...none, entryHop: listEntry ?? entryHop, chainHosts: listHosts };
    }
  }
  return { ...none, entryHop, chainHosts: receiverHosts };
}

function split(
  basis: TrustBasis,
  all: LocatedAuthResults[],
  trusted: LocatedAuthResults[],
  spf: { headerIndex: number; parsed: ParsedReceivedSpf }[],
  end: number,
  entryHop: ReceivedHop | null,
  hops: ReceivedHop[],
  receiverEntryHop: ReceivedHop | null,
): Omit<TrustDecision, 'chainHosts'> {
  const set = new Set(trusted);
  return {
    basis,
    trusted,
    untrusted: all.filter((ar) => !set.has(ar)),
    trustedSpf: basis === 'configured' ? [] : spf.filter((s) => s.headerIndex < end),
    entryHop,
    hops,
    receiverEntryHop,
  };
}
