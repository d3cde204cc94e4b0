/**
 * Judging each link by where it really goes (after unwrapping), what it shows, and what it is for.
 * Background: rspamd's phishing module and SpamAssassin's URI rules (docs/sources.md#link-rules-elsewhere),
 * Amazon's own rules for its links (docs/sources.md#amazons-own-guidance: links start with https://www.amazon.co.jp
 * and the like, never an IP).
 */
import { domainToUnicode } from 'node:url';
import {
  isAmazonDomain,
  isRentableAmazonInfrastructure,
  registrableDomain,
} from '../../amazon/index.js';
import {
  AMAZON_CONTENT_HOSTS,
  AMAZON_SHORT_LINK_HOSTS,
  FREE_HOSTING_HOSTS,
  URL_SHORTENERS,
  type HostEntry,
  type LinkPurpose,
} from '../../amazon/link-patterns.js';
import { LISTED_PAGE_HOSTS, LISTED_URL_SHORTENERS, suspiciousTldOf } from '../../amazon/host-lists/index.js';
import { finding, severityRank, withEvidence, type EvidenceByCode, type Finding, type FindingOf, type Severity } from '../../findings.js';
import { presentsAsAmazon, type AmazonClaim } from '../../identity/index.js';
import type { AuthSummary } from '../authentication/types.js';
import { linkCodes, type LinkCounts, type LinkEvidenceBase } from './codes.js';
import { extractLinksBounded, MAX_LINKS_PER_MESSAGE } from './extract.js';
import { lookalikeOfHost, type LinkLookalike } from './lookalike.js';
import { amazonPatternOf, isCredentialPurpose, morePressing, purposeFromPath, purposeFromText } from './purpose.js';
import { findBareDomains, findTextUrls } from './text-links.js';
import type { ExtractedLink, LinkSummary } from './types.js';
import { unwrapLinkParsed } from './unwrap.js';
import { hasPunycodeLabel, ipLiteralForm, mayBeIpLiteral, parseLink, pathOf, type ParsedLink } from './url.js';
import type { Message } from '../../message/types.js';
import { memoizeString } from '../../util/memo.js';
import { memoizeHost } from './host-memo.js';

/**
 * The host lists, compiled once (see matchingHost): Sublime Security's lists (src/amazon/host-lists/) first, so
 * a finding names the list, then amzcheck's own additions in link-patterns.ts.
 */
// Amazon's short links and content hosts: both only ever serve Amazon's own pages and files.
const AMAZON_SHORT_LINKS = compileHostList([...AMAZON_SHORT_LINK_HOSTS, ...AMAZON_CONTENT_HOSTS]);
const SHORTENERS = compileHostList([...LISTED_URL_SHORTENERS, ...URL_SHORTENERS]);
const FREE_HOSTING = compileHostList([...LISTED_PAGE_HOSTS, ...FREE_HOSTING_HOSTS]);

/** The link goes to a public URL shortener of the lists, or to Amazon's own short links and content hosts. */
export function isUrlShortener(parsed: ParsedLink): boolean {
  return matchingHost(SHORTENERS, parsed) !== null;
}
export function isAmazonShortLink(parsed: ParsedLink): boolean {
  return matchingHost(AMAZON_SHORT_LINKS, parsed) !== null;
}

/** Bits of listedIn: which of the three lists have an entry for a host. */
const IN_AMAZON_SHORT_LINKS = 1;
const IN_SHORTENERS = 2;
const IN_FREE_HOSTING = 4;

/**
 * Which of the three host lists have an entry under the host itself or under a part after one of its dots.
 * Without one, matchingHost finds nothing whatever the path, so its lookups (and a slice per dot) are skipped
 * for the many links to hosts on no list. Memoised per host: hosts repeat within a mail and across mails.
 */
const listedIn = memoizeString(
  (host: string): number =>
    (hasEntriesFor(AMAZON_SHORT_LINKS, host) ? IN_AMAZON_SHORT_LINKS : 0) |
    (hasEntriesFor(SHORTENERS, host) ? IN_SHORTENERS : 0) |
    (hasEntriesFor(FREE_HOSTING, host) ? IN_FREE_HOSTING : 0),
);

/** What the judgement of a link reads about its destination host alone (see hostFactsOf). */
interface HostFacts {
  /** isAmazonDomain(host). */
  amazon: boolean;
  /** listedIn(host). */
  listed: number;
  /** isRentableAmazonInfrastructure(host). */
  rentable: boolean;
  /** The host may be an IP literal (ipLiteralForm is null for every other host, whatever was written). */
  ipLiteral: boolean;
  /** lookalikeOfHost(host): read only for hosts that are not Amazon's (asked once per host, memoised too). */
  lookalike: LinkLookalike | null;
  /** hasPunycodeLabel(host). */
  punycode: boolean;
  /** suspiciousTldOf(host): the suffix of the host on Sublime's suspicious_tlds list, or null. */
  suspiciousTld: string | null;
}

/**
 * The facts of a host, memoised per host: each is a pure function of the host, and a mail's links go to a
 * few hosts (an Amazon mail's ~23 links mostly to one), so one lookup per link replaces the several memo
 * lookups (each hashing a fresh host string) and the RegExp test these took one by one.
 */
const NO_HOST_FACTS: HostFacts = { amazon: false, listed: 0, rentable: false, ipLiteral: false, lookalike: null, punycode: false, suspiciousTld: null };
const hostFactsOf = memoizeHost(
  (host: string): HostFacts => ({
    amazon: isAmazonDomain(host),
    listed: listedIn(host),
    rentable: isRentableAmazonInfrastructure(host),
    ipLiteral: mayBeIpLiteral(host),
    lookalike: lookalikeOfHost(host),
    punycode: hasPunycodeLabel(host),
    suspiciousTld: suspiciousTldOf(host),
  }),
);

/** True when the list has entries under the host or a part after one of its dots (what matchingHost reads). */
export function hasEntriesFor(list: CompiledHostList, host: string): boolean {
  if (list.has(host)) return true;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) if (list.has(host.slice(dot + 1))) return true;
  return false;
}

/** At most this many links go into the report; findings still cover every extracted link. */
export const MAX_LINK_SUMMARIES = 50;

/** What the links check needs to know about the rest of the analysis. */
export interface LinkCheckContext {
  claim: AmazonClaim;
  auth: AuthSummary;
}

/**
 * How strongly the mail is about Amazon: it presents itself as Amazon (display name, address, subject), it
 * only mentions Amazon in its body (a newsletter quoting an amazon.com link), or neither.
 */
type AmazonRelation = 'presents' | 'mentions' | 'none';

function relationOf(claim: AmazonClaim): AmazonRelation {
  if (presentsAsAmazon(claim)) return 'presents';
  return claim.related ? 'mentions' : 'none';
}

export interface LinkCheckResult {
  links: LinkSummary[];
  findings: Finding[];
}

type LinkCode = keyof typeof linkCodes;
type LinkFinding = FindingOf<LinkCode>;

/** One link, read: where it ends, what that is, what it is for. */
export interface JudgedLink {
  link: ExtractedLink;
  original: ParsedLink;
  final: ParsedLink;
  finalUrl: string;
  chain: string[];
  via: string[];
  host: string;
  /** Facts of `host` (all false for no host). */
  facts: HostFacts;
  /** The destination is an Amazon domain (or Amazon's own short-link service). */
  amazonHost: boolean;
  amazon: boolean;
  purpose: LinkPurpose;
  amazonPattern: string | null;
}

export function checkLinks(msg: Message, ctx: LinkCheckContext): LinkCheckResult {
  const { links, truncated } = extractLinksBounded(msg);
  const judged = links.map(judgeLink);
  const findings = new FindingSet();
  const related = relationOf(ctx.claim);
  for (const j of judged) findingsForLink(j, ctx, related, findings);
  if (truncated) {
    findings.add('links.too-many-links', 'cap', { limit: MAX_LINKS_PER_MESSAGE }, 'info');
  }
  return { links: summaries(judged), findings: findings.list() };
}

function judgeLink(link: ExtractedLink): JudgedLink {
  const bare = link.element === 'bare-domain';
  let original: ParsedLink;
  let unwrapped: { finalUrl: string; chain: string[]; via: string[] };
  let final: ParsedLink;
  if (bare) {
    original = parseLink('http://' + link.url);
    unwrapped = { finalUrl: link.url, chain: [], via: [] };
    final = original;
  } else {
    // The unwrapping parses the link and its destination anyway; reuse those parses. parseLink trims and
    // bounds its input first, so parseLink(link.url) is the parse of the unwrapping's start string whenever
    // that string is link.url itself (already trimmed and bounded, as extracted links are).
    const walk = unwrapLinkParsed(link.url);
    unwrapped = walk;
    original = walk.start === link.url ? walk.first : parseLink(link.url);
    final = walk.final ?? parseLink(walk.finalUrl);
  }
  const host = final.host;
  const facts = host === '' ? NO_HOST_FACTS : hostFactsOf(host);
  const amazonHost = host !== '' && (facts.amazon || ((facts.listed & IN_AMAZON_SHORT_LINKS) !== 0 && matchesHostList(AMAZON_SHORT_LINKS, final)));
  const https = final.scheme === 'https';
  const pattern = amazonHost && !bare ? amazonPatternOf(pathOf(final)) : null;
  let purpose: LinkPurpose;
  if (link.element === 'form') purpose = formPurpose(link.credentialInputs);
  else if (pattern) purpose = pattern.purpose;
  else if (bare) purpose = 'other';
  else {
    const fromWords = morePressing(purposeFromText(link.text), purposeFromText(link.context));
    purpose = morePressing(fromWords, purposeFromPath(pathOf(final)));
  }
  return {
    link,
    original,
    final,
    finalUrl: unwrapped.finalUrl,
    chain: unwrapped.chain,
    via: unwrapped.via,
    host,
    facts,
    amazonHost,
    // Amazon's rule for its own links: https and an Amazon domain. A bare domain written in text has no scheme.
    amazon: amazonHost && (https || bare),
    purpose,
    amazonPattern: pattern?.name ?? null,
  };
}

function formPurpose(inputs: readonly string[]): LinkPurpose {
  if (inputs.some((i) => i.startsWith('cc-') || /card|cvv|cvc|csc|exp/i.test(i))) return 'payment';
  if (inputs.some((i) => /pass|pwd/i.test(i))) return 'sign-in';
  return 'account';
}

function findingsForLink(
  j: JudgedLink,
  ctx: LinkCheckContext,
  related: AmazonRelation,
  out: FindingSet,
): void {
  // Most links produce no finding: build their evidence only when one does (one object, shared as before).
  let baseCache: LinkEvidenceBase | null = null;
  const base = (): LinkEvidenceBase => (baseCache ??= baseEvidence(j));
  const key = j.host || j.finalUrl.slice(0, 200);
  const addedBefore = out.added;

  if (j.link.element === 'form') {
    if (j.link.credentialInputs.length > 0 && !j.amazonHost) {
      // Not capped like links: a password or card form inside a mail is phishing whoever the mail claims to be.
      out.add('links.credential-form', key, { ...base(), inputs: j.link.credentialInputs }, related === 'none' ? 'medium' : 'high');
    }
    return;
  }

  const scheme = j.final.scheme;
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    out.add('links.script-or-data-url', scheme, { ...base(), scheme }, severityFor('links.script-or-data-url', related));
    return;
  }
  if (!j.host) return;

  const ipForm = j.facts.ipLiteral ? ipLiteralForm(j.final) : null;
  if (ipForm) {
    out.add('links.ip-address-host', key, { ...base(), technique: ipForm, writtenHost: j.final.writtenHost }, severityFor('links.ip-address-host', related));
  }

  const userinfo = j.original.userinfo || j.final.userinfo; // the first one written
  if (userinfo) {
    // "https://amazon.co.jp@evil.example": a reader sees the first name, the browser goes to the second.
    const looksLikeHost = userinfo.includes('.');
    out.add(
      'links.userinfo-trick',
      key,
      { ...base(), shownAs: userinfo.slice(0, 200) },
      looksLikeHost ? severityFor('links.userinfo-trick', related) : 'low',
    );
  }

  const lookalike = j.amazonHost ? null : j.facts.lookalike;
  if (lookalike) {
    out.add(
      'links.lookalike-host',
      key,
      { ...base(), imitates: lookalike.imitates, technique: lookalike.technique, detail: lookalike.detail },
      severityFor('links.lookalike-host', related),
    );
  } else if (!j.amazonHost && j.facts.punycode) {
    // Japanese IDN sites are legitimate and common: only worth a note when the mail presents itself as Amazon.
    out.add('links.punycode-host', key, { ...base(), unicodeHost: unicodeHost(j.host) }, related === 'presents' ? 'low' : 'info');
  }

  // A domain merely written in text (quoted headers, signatures) is judged only for imitating Amazon.
  if (j.link.element === 'bare-domain') return;

  // Amazon's own hosts are never judged by the host lists (Amazon's names are left out of them too).
  const listed = j.amazonHost ? 0 : j.facts.listed; // j.host is j.final.host
  const shortener = (listed & IN_SHORTENERS) !== 0 ? matchingHost(SHORTENERS, j.final) : null;
  if (shortener) {
    out.add(
      'links.url-shortener',
      key,
      { ...base(), service: shortener.host, list: shortener.list ?? OWN_LIST },
      severityFor('links.url-shortener', related, ctx.auth.amazonAuthenticated),
    );
  }
  const freeHost = (listed & IN_FREE_HOSTING) !== 0 ? matchingHost(FREE_HOSTING, j.final) : null;
  if (freeHost) {
    out.add(
      'links.free-hosting',
      key,
      { ...base(), service: freeHost.host, list: freeHost.list ?? OWN_LIST },
      severityFor('links.free-hosting', related, ctx.auth.amazonAuthenticated),
    );
  } else if (j.facts.rentable) {
    out.add(
      'links.rented-amazon-infrastructure',
      key,
      { ...base(), service: registrableDomain(j.host) ?? j.host },
      severityFor('links.rented-amazon-infrastructure', related, ctx.auth.amazonAuthenticated),
    );
  }

  // Read the link text for Amazon domains only for links that go elsewhere (the only ones this can flag; all
  // three tests are pure, so their order does not change the outcome): most links in Amazon mail go to Amazon.
  const shown = j.amazonHost ? null : amazonDomainShownIn(j.link.text);
  if (shown && !isAuthenticatedSenderSite(j.host, ctx.auth)) {
    out.add(
      'links.text-shows-amazon-goes-elsewhere',
      key,
      { ...base(), shownDomain: shown },
      severityFor('links.text-shows-amazon-goes-elsewhere', related),
    );
  }

  if (isCredentialPurpose(j.purpose) && !j.amazonHost) {
    let severity: Severity | null;
    if (ctx.auth.amazonAuthenticated) severity = 'low'; // Amazon itself wrote this link (its own, authenticated mail)
    else if (related === 'presents') severity = 'high';
    else if (isAuthenticatedSenderSite(j.host, ctx.auth)) severity = null; // another sender's own, authenticated site
    else severity = related === 'mentions' ? 'low' : 'info';
    if (severity) out.add('links.credential-link-off-amazon', key, base(), severity);
  }

  if (isCredentialPurpose(j.purpose) && j.final.scheme === 'http') {
    out.add('links.credential-link-plain-http', key, base(), severityFor('links.credential-link-plain-http', related, ctx.auth.amazonAuthenticated));
  }

  if (j.chain.length > 0 && !j.amazonHost && j.original.host && isAmazonDomain(j.original.host) && !ctx.auth.amazonAuthenticated) {
    out.add(
      'links.redirect-leaves-amazon',
      key,
      { ...base(), startsAt: j.original.host, redirectors: j.via },
      severityFor('links.redirect-leaves-amazon', related),
    );
  }

  // A top-level domain with a high share of abuse is weak evidence: it is said only where nothing else is said
  // about the link, in mail that presents itself as Amazon and is not authenticated as Amazon.
  const tld = j.facts.suspiciousTld;
  if (tld && out.added === addedBefore && related === 'presents' && !ctx.auth.amazonAuthenticated && !j.amazonHost) {
    out.add('links.suspicious-tld', key, { ...base(), tld, list: 'suspicious_tlds' }, 'low');
  }
}

/**
 * The default severity in a mail that presents itself as Amazon; at most low in one that does not, even when
 * its body mentions Amazon (ordinary newsletters and receipts of other senders are never above low).
 */
function severityFor(code: LinkCode, related: AmazonRelation, amazonAuthenticated = false): Severity {
  const s = linkCodes[code];
  const capped = related !== 'presents' || (amazonAuthenticated && WHERE_IT_LIVES.has(code));
  return capped && severityRank(s) > severityRank('low') ? 'low' : s;
}

/**
 * Where a page lives says little when Amazon itself (DMARC-authenticated) wrote the mail: Amazon employees'
 * mails link to syzkaller.appspot.com (corpus amazon-legit/hams-042437ad). Deceptive links (lookalikes, IP
 * hosts, user@host, scripts) keep their weight: attacker text can ride in genuine Amazon mail
 * (Sublime abuse_amazon_header_stuffing, docs/sources.md#phishing-patterns).
 */
const WHERE_IT_LIVES: ReadonlySet<LinkCode> = new Set<LinkCode>([
  'links.url-shortener',
  'links.free-hosting',
  'links.rented-amazon-infrastructure',
  'links.credential-link-plain-http',
]);

function baseEvidence(j: JudgedLink): LinkEvidenceBase {
  return {
    url: j.link.url,
    finalUrl: j.finalUrl,
    host: j.host,
    where: j.link.where,
    element: j.link.element,
    text: j.link.text,
    context: j.link.context,
    imageOnly: j.link.imageOnly,
    purpose: j.purpose,
    unwrappedFrom: j.chain,
  };
}

/** The first Amazon domain written in a link's visible text (as an address or a bare domain), or null. */
function amazonDomainShownIn(text: string): string | null {
  if (!text || !/[.．]/.test(text)) return null;
  const urls = findTextUrls(text);
  for (const u of urls) {
    const host = parseLink(u.url).host;
    if (host && isAmazonDomain(host)) return host;
  }
  for (const d of findBareDomains(text, urls)) {
    if (isAmazonDomain(d)) return d;
  }
  return null;
}

/** rspamd's exception: a link to the DMARC-authenticated sender's own domain is not a mismatch. */
function isAuthenticatedSenderSite(host: string, auth: AuthSummary): boolean {
  if (!auth.authenticatedFromDomain) return false;
  const target = registrableDomain(host);
  return target !== null && target === registrableDomain(auth.authenticatedFromDomain);
}

/** A host-list entry with what matching needs computed once: its place in the list, the lower-cased path prefix. */
interface CompiledHostEntry {
  entry: HostEntry;
  index: number;
  pathPrefix: string | null;
}

/** A host list indexed by host: the entries of each host, in list order. */
export type CompiledHostList = ReadonlyMap<string, readonly CompiledHostEntry[]>;

export function compileHostList(list: readonly HostEntry[]): CompiledHostList {
  const byHost = new Map<string, CompiledHostEntry[]>();
  list.forEach((entry, index) => {
    const compiled = { entry, index, pathPrefix: entry.pathPrefix ? entry.pathPrefix.toLowerCase() : null };
    const same = byHost.get(entry.host);
    if (same) same.push(compiled);
    else byHost.set(entry.host, [compiled]);
  });
  return byHost;
}

/** True when the host is "www." + the entry's host (a subdomainOnly entry's own site, not a tenant's). */
function isWwwOf(host: string, entryHost: string): boolean {
  return host.length === entryHost.length + 4 && host.startsWith('www.');
}

/**
 * The first entry of the list (in list order) whose host, and path prefix when it has one, the link matches.
 * An entry matches the host itself (unless `subdomainOnly`), or with `anySubdomain` (or `subdomainOnly`, but not
 * "www." + its host) a host ending in "." + its host: so only the
 * entries under the host and under each part after one of its dots can match, found by lookups instead of a
 * walk over the whole list (test/links/host-list-index.test.ts compares with the walk).
 */
export function matchingHost(list: CompiledHostList, parsed: ParsedLink): HostEntry | null {
  const host = parsed.host;
  if (!host) return null;
  let best: CompiledHostEntry | null = null;
  let path: string | null = null; // read only when an entry with a path prefix matches the host
  const consider = (entries: readonly CompiledHostEntry[] | undefined, subdomain: boolean) => {
    if (!entries) return;
    for (const c of entries) {
      if (best && c.index >= best.index) return; // entries are in list order: nothing earlier follows
      if (subdomain ? !(c.entry.anySubdomain || (c.entry.subdomainOnly && !isWwwOf(host, c.entry.host))) : c.entry.subdomainOnly) continue;
      if (c.pathPrefix) {
        path ??= pathOf(parsed);
        if (!path.startsWith(c.pathPrefix)) continue;
      }
      best = c;
      return;
    }
  };
  consider(list.get(host), false);
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) consider(list.get(host.slice(dot + 1)), true);
  return (best as CompiledHostEntry | null)?.entry ?? null;
}

function matchesHostList(list: CompiledHostList, parsed: ParsedLink): boolean {
  return matchingHost(list, parsed) !== null;
}

/** The `list` of a finding about an entry of amzcheck's own lists (link-patterns.ts). */
const OWN_LIST = 'amzcheck';

/** The host as a reader would see it in an address bar that shows Unicode. */
function unicodeHost(host: string): string {
  return domainToUnicode(host) || host;
}

/** Distinct destinations reported per code; beyond this they are only counted (a report must stay readable). */
export const MAX_FINDINGS_PER_CODE = 20;

/**
 * One finding per code and destination: fifty links to the same phishing host are one finding (with
 * `occurrences`), and a code seen on more than MAX_FINDINGS_PER_CODE hosts adds `otherHosts` to its last one.
 */
class FindingSet {
  private readonly byKey = new Map<string, { finding: LinkFinding; occurrences: number; otherHosts: number }>();
  private readonly keysPerCode = new Map<LinkCode, string[]>();
  /** How many times add was called: a link's judgement compares it before and after. */
  added = 0;

  add<C extends LinkCode>(code: C, key: string, evidence: EvidenceByCode[C], severity: Severity): void {
    this.added++;
    const k = code + '\u0000' + key;
    const existing = this.byKey.get(k);
    if (existing) {
      existing.occurrences++;
      if (severityRank(severity) > severityRank(existing.finding.severity)) {
        existing.finding = finding(code, evidence, severity);
      }
      return;
    }
    const keys = this.keysPerCode.get(code) ?? [];
    if (keys.length >= MAX_FINDINGS_PER_CODE) {
      this.byKey.get(keys[keys.length - 1])!.otherHosts++;
      return;
    }
    keys.push(k);
    this.keysPerCode.set(code, keys);
    this.byKey.set(k, { finding: finding(code, evidence, severity), occurrences: 1, otherHosts: 0 });
  }

  list(): LinkFinding[] {
    return [...this.byKey.values()].map(({ finding: f, occurrences, otherHosts }) => {
      if (occurrences === 1 && otherHosts === 0) return f;
      const extra: LinkCounts = {};
      if (occurrences > 1) extra.occurrences = occurrences;
      if (otherHosts > 0) extra.otherHosts = otherHosts;
      return withEvidence(f, extra);
    });
  }
}

/**
 * The report's links: the first MAX_LINK_SUMMARIES distinct (where, url, text), in order. Distinct as the
 * joined key `${where}\0${url}\0${text}` was: for links with no NUL in any of the three, two keys are equal
 * exactly when the three parts are (each key has exactly two NULs, which split it back), and such a key never
 * equals the key of a link with a NUL (which has more). So those links are compared part by part, found by
 * url (no joined string built and hashed per link), and the rare others keep the joined key.
 * test/links/summaries-distinct.test.ts compares with the joined key.
 */
export function summaries(judged: readonly JudgedLink[]): LinkSummary[] {
  const seenByUrl = new Map<string, ExtractedLink[]>();
  const seenWithNul = new Set<string>();
  const out: LinkSummary[] = [];
  for (const j of judged) {
    if (out.length >= MAX_LINK_SUMMARIES) break;
    const { where, url, text } = j.link;
    if (where.includes('\u0000') || url.includes('\u0000') || text.includes('\u0000')) {
      const k = `${where}\u0000${url}\u0000${text}`;
      if (seenWithNul.has(k)) continue;
      seenWithNul.add(k);
    } else {
      const same = seenByUrl.get(url);
      if (same === undefined) seenByUrl.set(url, [j.link]);
      else if (same.some((l) => l.where === where && l.text === text)) continue;
      else same.push(j.link);
    }
    out.push({
      url: j.link.url,
      finalUrl: j.finalUrl,
      host: j.host,
      where: j.link.where,
      text: j.link.text,
      amazon: j.amazon,
      purpose: j.purpose,
      amazonPattern: j.amazonPattern,
      unwrappedFrom: j.chain,
    });
  }
  return out;
}
