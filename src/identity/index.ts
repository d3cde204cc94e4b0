/**
 * The identity stage: whom does a mail present itself as, and how. It sits between message/ (which reads the
 * mail) and checks/ (which raise findings): claim detection (claim.ts), the lookalike engine (lookalike/) and
 * the brand's byte forms for the cheap first pass (brand-needles.ts) live here, with the one entry the
 * pipeline calls: readClaims.
 *
 * A mail's claims are read in parts. The header part is cheap and read at once (the prefilter reads it for
 * every message: headerClaims). The body part (the costly one: the visible text, the HTML title, alt and
 * link text, images from Amazon's hosts, PDF pages; claimSources) is read only when a caller asks, once: where
 * the headers already present the mail as Amazon, `related` and presentsAsAmazon are the same with or without
 * it (a body claim adds at most an `actor` strength, which they already have), and its one other reader, the
 * content check, asks for it only when its other conditions hold. test/identity/claim-parts.test.ts proves the
 * parts give what one detectAmazonClaim call over headers, text and sources gives.
 */
import type { MessageHeaders, Message } from '../message/types.js';
import type { ForwardedOriginal } from '../message/forwarded.js';
import { scanHtml } from '../message/html-scan.js';
import { normalizeText } from '../message/text.js';
import { detectAmazonClaim, presentsAsAmazon, type AmazonClaim, type ClaimInput, type ClaimSource } from './claim.js';
import type { NearBrand } from '../amazon/index.js';

export {
  detectAmazonClaim,
  presentsAsAmazon,
  type AmazonClaim,
  type Claim,
  type ClaimInput,
  type ClaimPlace,
  type ClaimSource,
  type ClaimStrength,
  type ClaimWhere,
} from './claim.js';
export { brandAsActor, wordExcerpt } from './actor.js';
export { amazonImageHost, type AmazonImage } from './image-host.js';
export { findLookalike, type LookalikeMatch, type LookalikeTechnique } from './lookalike/index.js';

/** What a mail claims to be, read by readClaims. The header parts are read at once, the body part on demand. */
export interface MailClaims {
  /** The claims of the mail's own headers (names and addresses of From, Reply-To, Sender, Return-Path, DKIM d=, the subject). */
  readonly header: AmazonClaim;
  /** The claims of a forwarded original's From and subject (null when the mail is not a forward). */
  readonly forwarded: AmazonClaim | null;
  /**
   * The claims the authentication, sender and links checks read: the header claims, the body claims when the
   * headers do not present the mail as Amazon, then the forwarded original's (a forward presents itself as Amazon when its
   * original does). `related` and presentsAsAmazon of it are those of all().
   */
  readonly claim: AmazonClaim;
  /** True when the mail presents itself as Amazon, not just mentions it (presentsAsAmazon of `claim`). */
  readonly presentsAsAmazon: boolean;
  /**
   * The claims of the body alone (all `where: 'body'`, each with its place: the visible text, title, alt text,
   * link text, images from Amazon's hosts, PDF pages): read on the first call, remembered.
   */
  body(): AmazonClaim;
  /** Every claim: header, body, then the forwarded original's. Reads the body part. */
  all(): AmazonClaim;
  /**
   * The claims the sender check judges the mail's own sender by: a forwarder is not claiming to be Amazon by
   * forwarding Amazon's subject, so for a forward these are its own header claims without the subject ones.
   */
  readonly ownSender: AmazonClaim;
}

/** The header fields the claims are read from. */
export type ClaimedHeaders = Pick<MessageHeaders, 'from' | 'replyTo' | 'sender' | 'returnPath' | 'dkimSignatures' | 'subject'>;

/** What readClaims reads of a message: its headers, its text, and (when the full parse gave them) its HTML parts and attachment reads. */
export type ClaimedMessage = ClaimedHeaders & Pick<Message, 'text'> & Partial<Pick<Message, 'htmlParts' | 'attachmentReads'>>;

/**
 * The claims of a message; `forwarded` is its forwarded original (message/forwarded.ts forwardedOriginalOf) or
 * null; `ownNearBrand` the near brand its From domain is authenticated as (its own name is then no claim).
 */
export function readClaims(
  msg: ClaimedMessage,
  forwarded: Pick<ForwardedOriginal, 'from' | 'subject'> | null,
  ownNearBrand: NearBrand | null = null,
): MailClaims {
  const header = ownNearBrand ? detectAmazonClaim({ ...headerClaimInput(msg), ownNearBrand }) : headerClaims(msg);
  const bodyInput = (): ClaimInput => {
    const input = bodyClaimInput(msg.text, claimSources(msg));
    return ownNearBrand ? { ...input, ownNearBrand } : input;
  };
  // The body can only change `claim` and presentsAsAmazon where the headers do not present the mail as Amazon.
  let body: AmazonClaim | null = presentsAsAmazon(header) ? null : detectAmazonClaim(bodyInput());
  const readBody = (): AmazonClaim => (body ??= detectAmazonClaim(bodyInput()));
  const forwardedClaim = forwarded
    ? detectAmazonClaim({ fromName: forwarded.from.map((a) => a.name), addresses: forwarded.from.map((a) => a.address), subject: forwarded.subject })
    : null;
  const claim = withForwardedClaims(withBodyClaims(header, body), forwardedClaim);
  let all: AmazonClaim | null = null;
  return {
    header,
    forwarded: forwardedClaim,
    claim,
    presentsAsAmazon: presentsAsAmazon(claim),
    body: readBody,
    all: () => (all ??= withForwardedClaims(withBodyClaims(header, readBody()), forwardedClaim)),
    ownSender: forwarded ? withoutSubjectClaims(header) : claim,
  };
}

/** The claims of the headers alone: what the cheap first pass reads of every message. */
export function headerClaims(h: ClaimedHeaders): AmazonClaim {
  return detectAmazonClaim(headerClaimInput(h));
}

/** The input of detectAmazonClaim for the headers: names and addresses of the senders, DKIM d=, the subject. */
export function headerClaimInput(h: ClaimedHeaders): ClaimInput {
  const all = [...h.from, ...h.replyTo, ...h.sender];
  return {
    fromName: all.map((a) => a.name).filter((n) => n.length > 0),
    addresses: [...all.map((a) => a.address), ...(h.returnPath ? [h.returnPath] : []), ...h.dkimSignatures.map((d) => d.domain)],
    subject: h.subject,
  };
}

/** The input of detectAmazonClaim for the body alone: its claims are the ones `where: 'body'`. */
export function bodyClaimInput(text: string, sources: readonly ClaimSource[] = []): ClaimInput {
  return sources.length > 0 ? { fromName: [], addresses: [], subject: '', text, sources } : { fromName: [], addresses: [], subject: '', text };
}

/** PDF pages read for claims, per message (each page is also in the text). */
const MAX_PDF_PAGES_READ = 50;
/** Images of Amazon's hosts read per message. */
const MAX_IMAGE_SOURCES = 200;

/**
 * The places of the body other than its visible text where a reader sees the brand: the HTML title, the alt
 * text of images, the text of links (one source each, the texts of all HTML parts joined), each image
 * hot-linked from one of Amazon's hosts, and each page of a PDF attachment with its location. The HTML is not
 * parsed again: the full parse scanned each part (message/html-scan.ts remembers the last scans).
 */
export function claimSources(msg: Partial<Pick<Message, 'htmlParts' | 'attachmentReads'>>): ClaimSource[] {
  const sources: ClaimSource[] = [];
  const titles: string[] = [];
  const alts: string[] = [];
  const linkTexts: string[] = [];
  let images = 0;
  for (const html of msg.htmlParts ?? []) {
    const scan = scanHtml(html);
    if (scan.title.trim()) titles.push(scan.title);
    for (const image of scan.images) {
      if (image.alt.trim()) alts.push(image.alt);
      if (images < MAX_IMAGE_SOURCES && /amazon/i.test(image.src)) {
        sources.push({ place: 'image-host', text: image.src });
        images++;
      }
    }
    for (const el of scan.linkElements) {
      if (el.tag === 'a' && el.text.trim()) linkTexts.push(el.text);
      else if (el.tag === 'area' && el.alt.trim()) alts.push(el.alt);
    }
  }
  const joined = (texts: string[]) => normalizeText(texts.join('\n'));
  if (titles.length > 0) sources.push({ place: 'title', text: joined(titles) });
  if (alts.length > 0) sources.push({ place: 'alt-text', text: joined(alts) });
  if (linkTexts.length > 0) sources.push({ place: 'link-text', text: joined(linkTexts) });
  let pages = 0;
  for (const read of msg.attachmentReads ?? []) {
    for (const page of read.pages) {
      if (pages++ >= MAX_PDF_PAGES_READ) break;
      if (page.text.trim()) sources.push({ place: 'attachment', text: normalizeText(page.text), location: `${read.name}, page ${page.page}` });
    }
  }
  return sources;
}

/**
 * detectAmazonClaim({ ...headerInput, text }) from its header part and its body part (null: not read). The
 * detector adds the body's claims last and merges equal claims only within one `where`, so the whole is the
 * header claims followed by the body claims.
 */
export function withBodyClaims(header: AmazonClaim, body: AmazonClaim | null): AmazonClaim {
  if (!body || body.claims.length === 0) return header;
  return { related: true, claims: [...header.claims, ...body.claims] };
}

/** detectAmazonClaim of the same headers with an empty subject: the subject's claims are the `where: 'subject'` ones. */
export function withoutSubjectClaims(header: AmazonClaim): AmazonClaim {
  const claims = header.claims.filter((c) => c.where !== 'subject');
  return { related: claims.length > 0, claims };
}

/** A mail's own claims followed by those of its forwarded original (null: not a forward). */
function withForwardedClaims(own: AmazonClaim, forwarded: AmazonClaim | null): AmazonClaim {
  return forwarded ? { related: own.related || forwarded.related, claims: [...own.claims, ...forwarded.claims] } : own;
}
