/**
 * One message through the pipeline of docs/sources.md#design-notes: header pass, prefilter, full parse, checks,
 * verdict, report entry. Never throws: whatever goes wrong becomes an `error` entry with its reason.
 */
import type { RawMessage } from '../input/types.js';
import type { MessageHeaders, Message } from '../message/types.js';
import { parseHeaders, parseMessage, messageFindings, damageFindings, readDamagedMail, type MailDamage } from '../message/index.js';
import { readClaims, type AmazonClaim } from '../identity/index.js';
import { analyzeAuthentication } from '../checks/authentication/index.js';
import { checkSender } from '../checks/sender/index.js';
import { checkLinks } from '../checks/links/index.js';
import { checkContent, checkInsertedText } from '../checks/content/index.js';
import { forwardedOriginalOf, type ForwardedOriginal } from '../message/forwarded.js';
import { finding, compareSeverity, withEvidence } from '../findings.js';
import { nearBrandOf } from '../amazon/index.js';
import { checkAttachments, pdfPlaceOf } from '../checks/attachments/index.js';
import { attachmentName } from '../message/attachments/index.js';
import { MAX_ATTACHED_DEPTH } from '../message/limits.js';
import type { AttachedPart } from '../message/attached.js';
import type { Verdict } from '../verdict/types.js';
import { classifyMail, checkSecurityMail, type MailClassification } from '../checks/security-code/index.js';
import { securityMailEntry, type SecurityMailEntry } from '../mailbox/index.js';
import { baseReport, errorReport, unrelatedReport } from './entries.js';
import type { Finding } from '../findings.js';
import { unauthenticatedSummary } from '../checks/authentication/types.js';
import { decideVerdict } from '../verdict/index.js';
import { messageRemediation } from '../verdict/remediation.js';
import type { RemediationId } from '../verdict/types.js';
import type { AttachedAs, AttachedMessageReport, MessageReport } from '../report/model.js';
import { localizeFinding, localizeSteps } from '../report/localize.js';
import type { Lang } from '../report/text/types.js';
import type { ScanOptions } from './options.js';
import { firstPassSelects } from './prefilter.js';

/** The report entry plus what the mailbox stage and the overall remediation need. */
export type ReportSummary = Pick<MessageReport, 'location' | 'verdict' | 'amazonRelated'>;

export interface AnalyzedMessage {
  /** The report entry. From a worker thread (parallel.ts) it is parsed from `reportJson` on first access. */
  report: MessageReport;
  /** The entry as JSON text, when it arrived that way from a worker: NDJSON output then needs no re-encoding. */
  reportJson?: string;
  /** With `reportJson`: what the main thread reads of the entry, without parsing it. */
  summary?: ReportSummary;
  /** Set for account-security mails: the input of burst detection. */
  securityEntry: SecurityMailEntry | null;
  steps: RemediationId[];
  /** Marketplace and language of a genuine Amazon mail: the mailbox learns the user's usual ones from them. */
  origin?: { marketplace: string | null; language: string | null } | null;
}

export async function analyzeRawMessage(given: RawMessage, options: ScanOptions & { lang: Lang }): Promise<AnalyzedMessage> {
  return (await analyzeRaw(given, options, 0)).analyzed;
}

/**
 * One message, at `nesting` 0 for a message of the mailbox, 1 for a mail attached to it, and so on; with the
 * header pass's result, from which a carrier reads its attached original's sender.
 */
async function analyzeRaw(given: RawMessage, options: ScanOptions & { lang: Lang }, nesting: number): Promise<{ analyzed: AnalyzedMessage; headers: MessageHeaders | null }> {
  let headers: MessageHeaders | null = null;
  let raw = given;
  try {
    // Damaged mail (NUL bytes in the header, bare CR line ends) is read as mail servers read it, before
    // anything else, so that the damage hides nothing from the first pass either (message/damage.ts).
    const { bytes, damage } = readDamagedMail(given.bytes);
    if (damage.length > 0) raw = { bytes, location: given.location, envelope: given.envelope };
    headers = parseHeaders(raw);
    // A header pass that reached a limit (message/limits.ts) did not see every header, so it cannot rule Amazon
    // out: the full analysis runs and reports the limit instead of calling the mail unrelated on half the facts.
    if (!options.deep && !firstPassSelects(raw, headers, nesting)) {
      return { analyzed: { report: unrelatedReport(raw, headers), securityEntry: null, steps: [] }, headers };
    }
    const msg = await parseMessage(raw, headers);
    return { analyzed: await analyzeParsed(msg, options, damage, nesting), headers };
  } catch (err) {
    return { analyzed: { report: errorReport(raw.location, reasonOf(err), headers), securityEntry: null, steps: [] }, headers };
  }
}

/** A mail attached to the message, judged as a message of its own. */
interface AttachedAnalysis {
  part: AttachedPart;
  report: AttachedMessageReport;
  headers: MessageHeaders | null;
}

/**
 * The mails attached to `msg` (message/attached.ts), each analysed as a message of its own, one level deeper:
 * its headers came with the carrier, so none of its authentication results is trusted and it is not
 * re-verified online (it can be unverified, never genuine: docs/verdicts.md "Attached mail").
 */
async function analyzeAttached(msg: Message, options: ScanOptions & { lang: Lang }, nesting: number): Promise<AttachedAnalysis[]> {
  const out: AttachedAnalysis[] = [];
  for (const part of msg.attachedMessages) {
    const raw: RawMessage = { bytes: part.bytes, location: msg.location, envelope: msg.envelope };
    const { analyzed, headers } = await analyzeRaw(raw, { ...options, online: false }, nesting + 1);
    const attachedAs: AttachedAs = { part: part.part, name: part.filename, contentType: part.contentType };
    out.push({ part, report: { ...analyzed.report, attachedAs }, headers });
  }
  return out;
}

const VERDICT_RANK: Record<Verdict, number> = { phishing: 4, suspicious: 3, unverified: 2, genuine: 1, unrelated: 0, error: 0 };

/**
 * The attached mail a carrier forwards, as its forwarded original (message/forwarded.ts): the one that matters
 * most (phishing before suspicious before unverified), else the first with a sender.
 */
function attachedOriginal(attached: readonly AttachedAnalysis[]): ForwardedOriginal | null {
  const withSender = attached.filter((a) => a.headers !== null && a.headers.from.length > 0);
  const first = [...withSender].sort((a, b) => VERDICT_RANK[b.report.verdict] - VERDICT_RANK[a.report.verdict])[0];
  if (!first || !first.headers) return null;
  return { from: first.headers.from, fromText: first.headers.fromHeader ?? '', subject: first.headers.subject, attachedPart: first.part.part };
}

/** The carrier's findings about its attached mail: at least what the attached mail is (docs/verdicts.md). */
function attachedFindings(attached: readonly AttachedAnalysis[]): Finding[] {
  const out: Finding[] = [];
  for (const a of attached) {
    const r = a.report;
    const where = { attachment: attachmentName({ filename: a.part.filename, contentType: a.part.contentType }), part: a.part.part };
    const sender = a.headers?.from[0];
    const from = sender ? (sender.name ? `${sender.name} <${sender.address}>` : sender.address) : (r.from ?? '');
    const about = { ...where, from, subject: r.subject ?? '', reasons: [...r.reasons] };
    if (r.verdict === 'phishing') out.push(finding('attachment.attached-phishing', about));
    else if (r.verdict === 'suspicious') out.push(finding('attachment.attached-suspicious', about));
    else if (r.verdict === 'error') out.push(finding('attachment.attached-unreadable', { ...where, reason: r.error ?? '' }));
  }
  return out;
}

export async function analyzeParsed(
  msg: Message,
  options: ScanOptions & { lang: Lang },
  damage: readonly MailDamage[] = [],
  nesting = 0,
): Promise<AnalyzedMessage> {
  // Mail attached to this one first: the carrier is at least what its attached mail is. Deeper than
  // MAX_ATTACHED_DEPTH they are not analysed, and the limit is reported (message.not-fully-read).
  const deepest = nesting >= MAX_ATTACHED_DEPTH;
  const attached = deepest ? [] : await analyzeAttached(msg, options, nesting);
  if (deepest && msg.attachedMessages.length > 0 && !msg.limitsReached.includes('attached-depth')) {
    msg.limitsReached.push('attached-depth');
    msg.parseNotes.push(`mail attached more than ${MAX_ATTACHED_DEPTH} levels deep was not analysed`);
  }
  const forwarded = forwardedOriginalOf(msg, attachedOriginal(attached));
  let claims = readClaims(msg, forwarded);
  const auth = await analyzeAuthentication(msg, {
    claimsAmazon: claims.claim.related,
    presentsAsAmazon: claims.presentsAsAmazon,
    online: nesting === 0 ? options.online : false,
    dnsCacheFile: options.dnsCacheFile,
    trustAuthserv: options.trustAuthserv,
    resolver: options.resolver,
    attachedCopy: nesting > 0,
  });
  // A near brand authenticated as itself (Amaron, AMAZONE: amazon/near-brands.ts): its own name is no claim to
  // be Amazon. Only the authentication can say so, so the claims are read again once it is known.
  const ownNearBrand = nearBrandOf(auth.summary.authenticatedFromDomain);
  if (ownNearBrand) claims = readClaims(msg, forwarded, ownNearBrand);
  const mentionsAmazon = claims.claim.related || auth.summary.amazonAuthenticated || attached.some((a) => a.report.amazonRelated);
  const presentsAsAmazon = claims.presentsAsAmazon;
  const classification = classifyMail(msg);
  const linkResult = checkLinks(msg, { claim: claims.claim, auth: auth.summary });
  const contentFindings = checkContent({
    subject: forwarded ? forwarded.subject : msg.subject,
    fromDomains: (forwarded ? forwarded.from : msg.from).map((a) => a.domain).filter((d): d is string => d !== null),
    text: msg.text,
    claims,
    auth: auth.summary,
    kind: classification.kind,
    forwarded: forwarded !== null,
    links: linkResult.links,
  });
  const findings: Finding[] = [
    ...damageFindings(damage),
    ...messageFindings(msg),
    ...auth.findings,
    // A forwarder is not claiming to be Amazon by forwarding Amazon's subject: judge its own name and address only.
    ...checkSender(msg, claims.ownSender, auth.summary),
    ...(forwarded && claims.forwarded ? forwardedSenderFindings(msg, forwarded, claims.forwarded) : []),
    ...attachedFindings(attached),
    ...linkResult.findings,
    ...contentFindings.map((f) => withPdfPlace(f, msg)),
    // Amazon's own mail carrying a part someone else wrote (a seller's message, an organisation name...).
    ...checkInsertedText({ from: msg.from, subject: msg.subject, text: msg.text, auth: auth.summary }),
    ...checkAttachments(msg, { presentsAsAmazon, auth: auth.summary }),
  ];
  const decide = (fs: Finding[]) =>
    decideVerdict({ findings: fs, amazonRelated: mentionsAmazon, presentsAsAmazon, amazonAuthenticated: auth.summary.amazonAuthenticated });
  let { verdict, reasons } = decide(findings);
  // What a security mail means depends on who sent it, so its findings come after the first verdict: genuine
  // (authenticated) -> what the code means; shown fake (phishing) -> an imitation; otherwise the meaning, as
  // "if this is genuine".
  if (mentionsAmazon && classification.security) {
    findings.push(
      ...checkSecurityMail(msg, classification, {
        authenticAmazon: auth.summary.amazonAuthenticated ? true : verdict === 'phishing' ? false : undefined,
        usualMarketplaces: options.usualMarketplaces,
      }),
    );
    ({ verdict, reasons } = decide(findings));
  }
  // Amazon-related in the report: the mail is, or pretends to be, Amazon mail (a verdict other than unrelated).
  const amazonRelated = verdict !== 'unrelated';
  const kind = amazonRelated ? classification.kind : 'other';
  const security = amazonRelated ? classification.security : null;
  const steps = messageRemediation({
    verdict,
    kind,
    securityType: security?.type ?? null,
    findings,
    japanese: options.lang === 'ja' || (classification.language ?? security?.language) === 'ja',
  });
  // One literal with baseReport's fields first (the JSON key order), not a spread of it: V8 builds spread
  // objects slowly (entries.ts).
  const base = baseReport(msg.location, msg);
  const report: MessageReport = {
    location: base.location,
    messageId: base.messageId,
    date: base.date,
    dateSource: base.dateSource,
    from: base.from,
    recipient: base.recipient,
    subject: base.subject,
    labels: base.labels,
    amazonRelated,
    kind,
    verdict,
    reasons,
    findings: sortFindings(findings).map((f) => localizeFinding(f, options.lang)),
    authentication: amazonRelated ? auth.summary : null,
    securityCode: security
      ? { type: security.type, language: security.language, marketplace: security.marketplace, codeMasked: security.codeMasked }
      : null,
    links: amazonRelated ? linkResult.links : [],
    depth: 'full',
    remediation: localizeSteps(steps, options.lang),
    error: null,
  };
  if (attached.length > 0) report.attachedMessages = attached.map((a) => a.report);
  const securityEntry = amazonRelated
    ? securityMailEntry(msg, classification, verdict === 'genuine' && auth.summary.amazonAuthenticated, verdict)
    : null;
  return { report, securityEntry, steps, origin: verdict === 'genuine' ? originOf(classification) : null };
}

/**
 * The sender check on a forwarded original, as written in the forward. Its authentication is lost in
 * forwarding, so "an Amazon address without Amazon's signature" cannot be judged and is left out.
 */
export function forwardedSenderFindings(msg: Message, original: ForwardedOriginal, claim: AmazonClaim): Finding[] {
  // An attached original is judged as a message of its own (its sender findings are in its own entry).
  if (original.attachedPart !== undefined) return [finding('content.forwarded-original', { from: original.fromText, subject: original.subject })];
  const headers: MessageHeaders = {
    ...msg,
    headers: [],
    subject: original.subject,
    fromHeader: original.fromText,
    from: original.from,
    replyTo: [],
    sender: [],
    returnPath: null,
    dkimSignatures: [],
  };
  const judged = checkSender(headers, claim, unauthenticatedSummary(original.from[0]?.domain ?? null))
    .filter((f) => f.code !== 'sender.amazon-address-unauthenticated')
    .map((f) => withEvidence(f, { forwarded: true }));
  return [finding('content.forwarded-original', { from: original.fromText, subject: original.subject }), ...judged];
}


/** A content finding whose words were read in a PDF attachment says where: "invoice.pdf, page 1". */
function withPdfPlace<F extends Finding>(f: F, msg: Message): F {
  if (msg.attachmentReads.length === 0 || (f.code !== 'content.amazon-lure' && f.code !== 'content.callback-number')) return f;
  const words = f.code === 'content.callback-number' ? f.evidence.context : f.code === 'content.amazon-lure' ? f.evidence.claimText : '';
  const place = pdfPlaceOf(msg.attachmentReads, words);
  return place ? { ...f, evidence: { ...f.evidence, attachment: place } } : f;
}

function originOf(c: MailClassification): { marketplace: string | null; language: string | null } {
  return { marketplace: c.marketplace, language: c.language };
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => compareSeverity(a.severity, b.severity));
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

