/**
 * "Is it really from Amazon?" A mail is genuine Amazon mail only if an Amazon domain in its From header is
 * authenticated and aligned. This check establishes that from the receiver's own results (trust.ts), offline
 * by default, and says "could not verify" where it cannot. docs/authentication.md explains the rules.
 */
import { finding, type Finding } from '../../findings.js';
import type { Message } from '../../message/types.js';
import { exactSenderAddresses, isAmazonDomain, isRentableAmazonInfrastructure, normalizeHost } from '../../amazon/index.js';
import type { AuthMethod, AuthResultValue, AuthSummary, MethodResult } from './types.js';
import { resultsFor, type AuthResultsEntry } from './auth-results.js';
import { decideTrust, type LocatedAuthResults, type TrustDecision } from './trust.js';
import { domainOfIdentity, isAligned } from './alignment.js';
import { checkDkimBodies, type DkimBodyCheck } from './dkim-body.js';
import { spamFilterVerdict } from './spam-filter.js';
import { createOnlineResolver, type DnsLookup, type OnlineResolver } from './online.js';
import { isInternalIp } from './received.js';
import { explainBodyChange, hasDeliveryHeaders } from './rewrites.js';

export {
  parseAuthenticationResults,
  parseArcAuthenticationResults,
  parseReceivedSpf,
  resultsFor,
  type ParsedAuthResults,
  type AuthResultsEntry,
  type ParsedReceivedSpf,
} from './auth-results.js';
export { parseReceived, type ReceivedHop } from './received.js';
export { decideTrust, type TrustDecision, type TrustBasis } from './trust.js';
export { isAligned, domainOfIdentity, type AlignmentMode } from './alignment.js';
export { checkDkimBodies, type DkimBodyCheck } from './dkim-body.js';
export { hasDeliveryHeaders, explainBodyChange, type RewriteExplanation, type RewriteKind } from './rewrites.js';
export type { AuthSummary, MethodResult, AuthMethod, AuthResultValue } from './types.js';

export interface AuthOptions {
  /** The identity check's judgement that the mail concerns Amazon: it presents itself as Amazon or mentions it. */
  claimsAmazon: boolean;
  /**
   * The mail presents itself as Amazon (display name, address, subject), not only mentions it in its text: the
   * findings say which (a newsletter that mentions Amazon is not "presenting itself as Amazon"). Default: claimsAmazon.
   */
  presentsAsAmazon?: boolean;
  /** Re-verify SPF/DKIM/DMARC/ARC with DNS (mailauth). Without it no DNS query is ever made. */
  online?: boolean;
  /** Read and write DNS answers here (mailauth's JSON cache format); used only with `online`. */
  dnsCacheFile?: string;
  /** Trust exactly these authserv-ids (and hosts under them); turns the default trust rule off. */
  trustAuthserv?: string[];
  /** Answer DNS queries with this instead of the network (used only with `online`). */
  resolver?: DnsLookup;
  /** DNS servers for --online (host or host:port) instead of the system's. */
  dnsServers?: string[];
  /**
   * The mail is attached to another mail: its headers came with the carrier, so no Authentication-Results in
   * it are trusted and it is not re-verified (its Received chain, from which --online would take the client
   * address, could be written by the carrier's sender). It can be unverified, never genuine.
   */
  attachedCopy?: boolean;
}

export interface AuthAnalysis {
  summary: AuthSummary;
  findings: Finding[];
}

const METHODS: readonly AuthMethod[] = ['spf', 'dkim', 'dmarc', 'arc'];

const RESULT_VALUES = new Set<AuthResultValue>(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy']);

function toResultValue(result: string): AuthResultValue {
  const r = result.toLowerCase();
  if (r === 'temperr') return 'temperror';
  if (r === 'permerr') return 'permerror';
  if (r === 'hardfail') return 'fail';
  // Microsoft 365: the domain publishes no DMARC record, but would have passed. That is not a DMARC pass.
  if (r === 'bestguesspass') return 'none';
  return RESULT_VALUES.has(r as AuthResultValue) ? (r as AuthResultValue) : 'unknown';
}

/** The domain an AR result is about (RFC 8601 section 2.7: smtp.mailfrom / header.d / header.i / header.from). */
function domainOfEntry(method: string, e: AuthResultsEntry): string | null {
  const p = e.props;
  switch (method) {
    case 'spf':
      return domainOfIdentity(p['smtp.mailfrom'] ?? p['smtp.mfrom'] ?? p['smtp.helo']);
    case 'dkim':
      return domainOfIdentity(p['header.d'] ?? p['header.i']);
    case 'dmarc':
      return domainOfIdentity(p['header.from']);
    default:
      return null;
  }
}

function methodResult(
  method: AuthMethod,
  result: string,
  domain: string | null,
  fromDomain: string | null,
  source: MethodResult['source'],
  authservId: string | null,
  comment: string | null,
): MethodResult {
  const can = method !== 'arc' && domain !== null && fromDomain !== null;
  return {
    method,
    result: toResultValue(result),
    domain,
    aligned: can ? isAligned(domain, fromDomain, 'relaxed') : null,
    alignedStrict: can ? isAligned(domain, fromDomain, 'strict') : null,
    source,
    authservId,
    comment,
  };
}

/** The authserv-id to show for a trusted header; M365 writes none, so name the receiving host instead. */
function effectiveAuthservId(ar: LocatedAuthResults, trust: TrustDecision): string {
  if (ar.parsed.authservId) return ar.parsed.authservId;
  let below: string | null = null;
  for (const hop of trust.hops) {
    if (hop.headerIndex > ar.headerIndex && hop.byHost) {
      below = hop.byHost;
      break;
    }
  }
  return below ?? '(no authserv-id)';
}

interface ReceiverView {
  results: MethodResult[];
  /** Trusted entries hidden by a higher trusted header for the same method: checked like untrusted ones. */
  shadowed: LocatedAuthResults[];
  compauth: AuthSummary['compauth'];
  ids: string[];
}

/**
 * Results from the trusted headers. For each method the topmost header that reports it wins (RFC 8601
 * section 5: the receiver's header is added on top); a lower header with the same id cannot override it.
 */
function receiverView(trust: TrustDecision, fromDomain: string | null): ReceiverView {
  const results: MethodResult[] = [];
  const shadowed: LocatedAuthResults[] = [];
  const ids: string[] = [];
  let compauth: AuthSummary['compauth'] = null;
  const seen = new Set<string>();
  for (const ar of trust.trusted) {
    const id = effectiveAuthservId(ar, trust);
    if (!ids.includes(id)) ids.push(id);
    let hidden = false;
    for (const method of METHODS) {
      const entries = resultsFor(ar.parsed, method);
      if (entries.length === 0) continue;
      if (seen.has(method)) {
        hidden = true;
        continue;
      }
      seen.add(method);
      for (const e of entries) results.push(methodResult(method, e.result, domainOfEntry(method, e), fromDomain, 'receiver', id, e.comment));
    }
    const ca = resultsFor(ar.parsed, 'compauth')[0];
    if (ca && !compauth) compauth = { result: ca.result, reason: ca.reason };
    if (hidden) shadowed.push(ar);
  }
  if (!seen.has('spf') && trust.trustedSpf.length > 0) {
    const spf = trust.trustedSpf[0].parsed;
    const domain = domainOfIdentity(spf.props['envelope-from'] ?? spf.props['helo']);
    results.push(methodResult('spf', spf.result, domain, fromDomain, 'receiver', spf.props['receiver'] ?? null, spf.comment));
  }
  return { results, shadowed, compauth, ids };
}

/**
 * The From domain if these results authenticate it with alignment. A DMARC verdict about the From domain
 * decides when there is one (it applies the domain's own strict/relaxed policy); otherwise an aligned
 * DKIM or SPF pass does, as DMARC itself would count it.
 */
function authenticatedDomain(results: MethodResult[], fromDomain: string | null): string | null {
  if (!fromDomain) return null;
  const dmarc = results.filter((r) => r.method === 'dmarc' && r.aligned === true);
  if (dmarc.some((r) => r.result === 'fail')) return null;
  if (dmarc.some((r) => r.result === 'pass')) return fromDomain;
  const alignedPass = results.some((r) => (r.method === 'dkim' || r.method === 'spf') && r.result === 'pass' && r.aligned === true);
  return alignedPass ? fromDomain : null;
}

// One resolver (and its cache) per process and cache file, so a mailbox scan shares answers across messages.
const onlineResolvers = new Map<string, { lookup: DnsLookup | undefined; resolver: OnlineResolver }>();

function onlineResolverFor(options: AuthOptions): OnlineResolver {
  const key = `${options.dnsCacheFile ?? ''}\u0000${(options.dnsServers ?? []).join(',')}`;
  const existing = onlineResolvers.get(key);
  if (existing && existing.lookup === options.resolver) return existing.resolver;
  const resolver = createOnlineResolver({ lookup: options.resolver, cacheFile: options.dnsCacheFile, servers: options.dnsServers });
  onlineResolvers.set(key, { lookup: options.resolver, resolver });
  return resolver;
}

/** Write DNS cache files and forget in-process DNS state. Call once at the end of a scan. */
export async function closeAuthentication(): Promise<void> {
  const all = [...onlineResolvers.values()];
  onlineResolvers.clear();
  for (const { resolver } of all) await resolver.flush();
}

/** Fields of mailauth's authenticate() result read here (4.13.3; docs/sources.md#mailauth-offline). */
interface MailauthRuntimeResult {
  dkim?: { results?: { signingDomain?: string; status?: { result?: string; comment?: string } }[] };
  spf?: { domain?: string; status?: { result?: string; comment?: string } } | false;
  dmarc?: { status?: { result?: string; comment?: string }; alignment?: { dkim?: { strict?: boolean }; spf?: { strict?: boolean } } } | false;
  arc?: { status?: { result?: string; comment?: string } } | false;
}

/**
 * Re-run SPF/DKIM/DMARC/ARC with mailauth. Client IP and HELO come from the trusted entry hop, MAIL FROM
 * from Return-Path (written by the final receiver) or, for list mail, from the list server's own SPF result.
 */
async function recompute(msg: Message, trust: TrustDecision, receiver: MethodResult[], fromDomain: string | null, resolver: OnlineResolver): Promise<MethodResult[]> {
  const hop = trust.entryHop;
  const ip = hop?.fromIp && !isInternalIp(hop.fromIp) ? hop.fromIp : undefined;
  let sender: string | undefined = msg.returnPath ?? undefined;
  if (trust.basis === 'mailing-list') {
    const listSpf = receiver.find((r) => r.method === 'spf')?.domain;
    sender = listSpf ? `postmaster@${listSpf}` : undefined;
  }
  const { authenticate } = await import('mailauth'); // loaded only for --online
  const res = (await authenticate(msg.raw, {
    resolver: resolver.resolve as (name: string, rrtype: string) => Promise<string[][] | string[]>,
    ip,
    helo: hop?.fromHelo ?? undefined,
    sender,
    mta: 'amzcheck.invalid',
    disableBimi: true,
  })) as unknown as MailauthRuntimeResult;
  const out: MethodResult[] = [];
  for (const d of res.dkim?.results ?? []) {
    if (!d.signingDomain) continue;
    out.push(methodResult('dkim', d.status?.result ?? 'none', d.signingDomain.toLowerCase(), fromDomain, 'recomputed', null, d.status?.comment ?? null));
  }
  if (res.spf && ip) out.push(methodResult('spf', res.spf.status?.result ?? 'none', res.spf.domain?.toLowerCase() ?? null, fromDomain, 'recomputed', null, res.spf.status?.comment ?? null));
  if (res.dmarc) {
    let result = res.dmarc.status?.result ?? 'none';
    if (result === 'pass' || result === 'fail') {
      // A record was found. mailauth 4.13.3 ignores adkim=s / aspf=s (lib/tools.js getAlignment receives an
      // object as its "strict" flag), so the verdict is decided here with our own alignment
      // (docs/sources.md#design-notes).
      const dkimMode = res.dmarc.alignment?.dkim?.strict ? 'strict' : 'relaxed';
      const spfMode = res.dmarc.alignment?.spf?.strict ? 'strict' : 'relaxed';
      const aligned = out.some(
        (r) => r.result === 'pass' && ((r.method === 'dkim' && isAligned(r.domain, fromDomain, dkimMode)) || (r.method === 'spf' && isAligned(r.domain, fromDomain, spfMode))),
      );
      result = aligned ? 'pass' : 'fail';
    }
    // DMARC is about the From domain (mailauth reports the organisational domain in header.from).
    out.push(methodResult('dmarc', result, fromDomain, fromDomain, 'recomputed', null, res.dmarc.status?.comment ?? null));
  }
  if (res.arc && res.arc.status?.result && res.arc.status.result !== 'none') {
    out.push(methodResult('arc', res.arc.status.result, null, fromDomain, 'recomputed', null, res.arc.status.comment ?? null));
  }
  return out;
}

/**
 * An exact sender in a rented zone (login.awsapps.com, family.ts) is Amazon only from a listed address and with
 * a passing DKIM signature of that very host: relaxed alignment, or a DMARC pass, would let any tenant of the
 * zone through. Every other Amazon domain: true.
 */
function exactSenderHolds(msg: Message, fromDomain: string, results: MethodResult[]): boolean {
  const addresses = exactSenderAddresses(fromDomain);
  if (addresses === null) return true;
  const from = msg.from.find((a) => a.domain)?.address.toLowerCase() ?? '';
  return addresses.includes(from) && results.some((r) => r.method === 'dkim' && r.result === 'pass' && r.domain !== null && normalizeHost(r.domain) === normalizeHost(fromDomain));
}

function hasDkimSignature(msg: Message): boolean {
  return msg.dkimSignatures.length > 0 || msg.headers.some((h) => h.name === 'dkim-signature');
}

/** d= domains of the message's DKIM-Signature headers. */
function signatureDomains(msg: Message, bodies: DkimBodyCheck[]): string[] {
  const out = new Set<string>();
  for (const s of msg.dkimSignatures) if (s.domain) out.add(s.domain.toLowerCase());
  for (const b of bodies) out.add(b.domain);
  return [...out];
}

export async function analyzeAuthentication(msg: Message, options: AuthOptions): Promise<AuthAnalysis> {
  // The first From address that has a domain: "From: Spray-X, <info@amazon.de>" parses as two addresses.
  const fromDomain = msg.from.find((a) => a.domain)?.domain ?? null;
  const trust = decideTrust(msg.headers, options.trustAuthserv, options.attachedCopy === true);
  const receiver = receiverView(trust, fromDomain);
  const fromIsAmazon = fromDomain !== null && isAmazonDomain(fromDomain);
  // An Amazon From or an Amazon signature makes the mail's authentication Amazon's business whatever its wording.
  const amazonIdentity = fromIsAmazon || msg.dkimSignatures.some((s) => isAmazonDomain(s.domain));
  const claims = options.claimsAmazon || amazonIdentity;

  let bodies: DkimBodyCheck[] = [];
  let recomputed: MethodResult[] = [];
  if (claims && hasDkimSignature(msg)) bodies = await checkDkimBodies(msg.raw, msg.headers);
  if (claims && options.online) recomputed = await recompute(msg, trust, receiver.results, fromDomain, onlineResolverFor(options));

  // No Authentication-Results from the trusted chain: a spam filter of that chain may have recorded DKIM.
  const filter = receiver.results.length === 0 && claims ? spamFilterVerdict(msg.headers, trust.chainHosts.hosts) : null;
  if (filter?.dkim && fromDomain) {
    const alignedIntact = bodies.some((b) => b.bodyIntact && isAligned(b.domain, fromDomain, 'relaxed'));
    // A pass counts only while the body still matches an aligned signature; a fail always counts.
    if (filter.dkim === 'fail' || alignedIntact) {
      const id = `${filter.host} (SpamAssassin)`;
      receiver.results.push(
        methodResult('dkim', filter.dkim, filter.dkim === 'pass' ? fromDomain : null, fromDomain, 'receiver', id, `X-Spam-Status: ${filter.tests.join(' ')}`),
      );
      receiver.ids.push(id);
      trust.basis = trust.chainHosts.basis;
    }
  }
  const receiverAuth = authenticatedDomain(receiver.results, fromDomain);
  const recomputedAuth = options.online && claims ? authenticatedDomain(recomputed, fromDomain) : null;
  const authenticatedFromDomain = receiverAuth ?? recomputedAuth;
  const amazonAuthenticated =
    authenticatedFromDomain !== null && isAmazonDomain(authenticatedFromDomain) && exactSenderHolds(msg, authenticatedFromDomain, [...receiver.results, ...recomputed]);

  const hop = trust.entryHop;
  const summary: AuthSummary = {
    fromDomain,
    trustedAuthservIds: receiver.ids,
    hasTrustedResults: receiver.results.length > 0,
    results: [...receiver.results, ...recomputed],
    authenticatedFromDomain,
    amazonAuthenticated,
    recomputed: Boolean(options.online && claims),
    trustBasis: receiver.results.length > 0 ? trust.basis : 'none',
    entry: hop ? { clientName: hop.fromRdns ?? hop.fromHelo, clientIp: hop.fromIp, receivedBy: hop.byHost } : null,
    compauth: receiver.compauth,
    dkimBodies: bodies.map((b) => ({ domain: b.domain, selector: b.selector, bodyIntact: b.bodyIntact })),
  };
  // For the findings' wording: an Amazon From or signature presents the mail as Amazon as much as a display name does.
  const presents = (options.presentsAsAmazon ?? options.claimsAmazon) || amazonIdentity;
  const findings = claims ? authFindings(msg, summary, trust, receiver, bodies, presents) : [];
  return { summary, findings };
}

function authFindings(
  msg: Message,
  summary: AuthSummary,
  trust: TrustDecision,
  receiver: ReceiverView,
  bodies: DkimBodyCheck[],
  presentsAsAmazon: boolean,
): Finding[] {
  const out: Finding[] = [];
  const { fromDomain } = summary;
  const fromIsAmazon = fromDomain !== null && isAmazonDomain(fromDomain);
  const results = summary.results;
  const sourceOf = (r: MethodResult): string => (r.source === 'receiver' ? (r.authservId ?? 'receiver') : 'amzcheck --online');

  if (summary.amazonAuthenticated) {
    const proof = results.filter((r) => r.result === 'pass' && r.aligned === true && r.method !== 'spf').concat(
      results.filter((r) => r.result === 'pass' && r.aligned === true && r.method === 'spf'),
    );
    out.push(
      finding('auth.amazon-authenticated', {
        fromDomain,
        methods: [...new Set(proof.map((r) => r.method))],
        verifiedBy: [...new Set(proof.map(sourceOf))],
        trustBasis: summary.trustBasis,
      }),
    );
  } else if (fromIsAmazon) {
    const dmarcFail = results.find((r) => r.method === 'dmarc' && r.result === 'fail' && r.aligned === true);
    // arc=none and temporary errors say nothing about the From domain.
    const decisive = results.filter((r) => r.method !== 'arc' && r.result !== 'temperror' && r.result !== 'unknown');
    // M365's composite verdict (compauth=fail) is its spoof decision, also where it wrote dmarc=none
    // (docs/sources.md#receiving-providers-headers).
    const compauthFail = summary.compauth?.result === 'fail' ? summary.compauth : null;
    if (dmarcFail || compauthFail) {
      out.push(
        finding('auth.amazon-dmarc-fail', {
          fromDomain,
          method: dmarcFail ? 'dmarc' : 'compauth',
          verifiedBy: dmarcFail ? sourceOf(dmarcFail) : (summary.trustedAuthservIds[0] ?? 'receiver'),
          comment: dmarcFail ? dmarcFail.comment : `compauth=fail reason=${compauthFail?.reason ?? ''}`,
          results: resultList(results),
        }),
      );
    } else if (decisive.length > 0) {
      out.push(finding('auth.amazon-not-authenticated', { fromDomain, verifiedBy: [...new Set(decisive.map(sourceOf))], results: resultList(results) }));
    } else {
      out.push(
        finding('auth.amazon-unverified', {
          fromDomain,
          reason: results.length > 0 ? 'temperror' : hasDeliveryHeaders(msg.headers) ? 'no-trusted-results' : 'no-delivery-headers',
          untrustedClaims: amazonPassClaims(trust.untrusted).map((c) => `${c.authservId ?? '(no authserv-id)'}: ${c.method}=pass ${c.domain}`),
        }),
      );
    }
  } else if (!summary.hasTrustedResults && !summary.recomputed) {
    out.push(finding('auth.no-trusted-results', { fromDomain, receivedHops: trust.hops.length, presentsAsAmazon }));
  }

  // No Received header at all: a saved, exported or trimmed copy. Nothing in it can show who sent it.
  if (!hasDeliveryHeaders(msg.headers) && !summary.amazonAuthenticated) {
    out.push(
      finding('auth.copy-without-delivery-headers', {
        fromDomain,
        signedBy: msg.dkimSignatures.map((d) => d.domain),
        resultsWritten: trust.untrusted.length,
        savedAs: msg.envelope.outlookTransportHeaders === false ? 'outlook-msg' : null,
      }),
    );
  }

  if (!summary.amazonAuthenticated && summary.hasTrustedResults) {
    for (const claim of amazonPassClaims([...trust.untrusted, ...receiver.shadowed])) {
      out.push(
        finding('auth.forged-results', {
          forgedAuthservId: claim.authservId ?? '(none)',
          method: claim.method,
          domain: claim.domain,
          trustedAuthservIds: summary.trustedAuthservIds,
          trustedResults: resultList(results.filter((r) => r.method === claim.method)),
        }),
      );
    }
  }

  const receiverResults = results.filter((r) => r.source === 'receiver');
  for (const b of bodies) {
    if (b.bodyIntact) continue;
    if (!isAmazonDomain(b.domain) && !isAligned(b.domain, fromDomain)) continue;
    // A list footer, a gateway's link rewriting, a change after the receiver verified the signature: the
    // receiving side explains the change, which is then no evidence against the mail (rewrites.ts).
    const rewrite = explainBodyChange(b, { msg, trust, receiverResults, bodies });
    if (rewrite) {
      out.push(finding('auth.rewritten-in-transit', { domain: b.domain, selector: b.selector, kind: rewrite.kind, by: rewrite.by }));
      continue;
    }
    out.push(finding('auth.dkim-body-modified', { domain: b.domain, selector: b.selector, signedBodyHash: b.signedBodyHash, currentBodyHash: b.currentBodyHash }));
  }

  if (!summary.amazonAuthenticated) {
    const infra = new Set<string>();
    for (const d of signatureDomains(msg, bodies)) if (isRentableAmazonInfrastructure(d)) infra.add(`dkim d=${d}`);
    for (const r of results) if (r.result === 'pass' && r.domain && isRentableAmazonInfrastructure(r.domain)) infra.add(`${r.method} ${r.domain}`);
    const rp = domainOfIdentity(msg.returnPath);
    if (rp && isRentableAmazonInfrastructure(rp)) infra.add(`return-path ${rp}`);
    if (infra.size > 0) out.push(finding('auth.only-amazon-infrastructure', { fromDomain, infrastructure: [...infra] }));

    const others = results.filter(
      (r) => (r.method === 'spf' || r.method === 'dkim') && r.result === 'pass' && r.domain && !isAmazonDomain(r.domain) && !isRentableAmazonInfrastructure(r.domain),
    );
    if (others.length > 0) {
      out.push(
        finding('auth.non-amazon-sender-authenticated', {
          fromDomain,
          domains: [...new Set(others.map((r) => r.domain as string))],
          methods: [...new Set(others.map((r) => `${r.method}=pass ${r.domain}`))],
          presentsAsAmazon,
        }),
      );
    }

    const temp = results.filter((r) => r.result === 'temperror');
    if (temp.length > 0) {
      out.push(finding('auth.temperror', { methods: [...new Set(temp.map((r) => r.method))], verifiedBy: [...new Set(temp.map(sourceOf))] }));
    }
  }
  return out;
}

function resultList(results: MethodResult[]): string[] {
  return results.map((r) => `${r.method}=${r.result}${r.domain ? ' ' + r.domain : ''}`);
}

/** Pass results for an Amazon domain in the given headers: what a forger writes. */
function amazonPassClaims(headers: LocatedAuthResults[]): { authservId: string | null; method: string; domain: string }[] {
  const out: { authservId: string | null; method: string; domain: string }[] = [];
  for (const ar of headers) {
    for (const method of ['dmarc', 'dkim', 'spf'] as const) {
      for (const e of resultsFor(ar.parsed, method)) {
        const domain = domainOfEntry(method, e);
        if (e.result === 'pass' && domain && isAmazonDomain(domain)) out.push({ authservId: ar.parsed.authservId, method, domain });
      }
    }
  }
  return out;
}
