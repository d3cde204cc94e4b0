/**
 * The identity stage: whom does a mail present itself as, and how. It sits between message/ (which reads the
 * mail) and checks/ (which raise findings): claim detection (claim.ts), the lookalike engine (lookalike/) and
 * the brand's byte forms for the cheap first pass (brand-needles.ts) live here, with the one entry the
 * pipeline calls: readClaims.
 *
 * A mail's claims are read in parts. The header part is cheap and read at once (the prefilter reads it for
 * every message: headerClaims). The body part (the costly one) is read only when a caller asks, once: where
 * the headers already claim Amazon, `related` and presentsAsAmazon are the same with or without it (body
 * claims never count there), and its one other reader, the content check, asks for it only when its other
 * conditions hold. test/identity/claim-parts.test.ts proves the parts give what one detectAmazonClaim call
 * over headers and text gives.
 */
import type { MessageHeaders, Message } from '../message/types.js';
import type { ForwardedOriginal } from '../message/forwarded.js';
import { detectAmazonClaim, presentsAsAmazon, type AmazonClaim, type ClaimInput } from './claim.js';
import type { NearBrand } from '../amazon/index.js';

export { detectAmazonClaim, presentsAsAmazon, type AmazonClaim, type Claim, type ClaimInput, type ClaimWhere } from './claim.js';
export { findLookalike, type LookalikeMatch, type LookalikeTechnique } from './lookalike/index.js';

/** What a mail claims to be, read by readClaims. The header parts are read at once, the body part on demand. */
export interface MailClaims {
  /** The claims of the mail's own headers (names and addresses of From, Reply-To, Sender, Return-Path, DKIM d=, the subject). */
  readonly header: AmazonClaim;
  /** The claims of a forwarded original's From and subject (null when the mail is not a forward). */
  readonly forwarded: AmazonClaim | null;
  /**
   * The claims the authentication, sender and links checks read: the header claims, the body claims when the
   * headers claim nothing, then the forwarded original's (a forward presents itself as Amazon when its
   * original does). `related` and presentsAsAmazon of it are those of all().
   */
  readonly claim: AmazonClaim;
  /** True when the mail presents itself as Amazon, not just mentions it (presentsAsAmazon of `claim`). */
  readonly presentsAsAmazon: boolean;
  /** The claims of the body text alone (all `where: 'body'`): read on the first call, remembered. */
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

/**
 * The claims of a message; `forwarded` is its forwarded original (message/forwarded.ts forwardedOriginalOf) or
 * null; `ownNearBrand` the near brand its From domain is authenticated as (its own name is then no claim).
 */
export function readClaims(
  msg: ClaimedHeaders & Pick<Message, 'text'>,
  forwarded: Pick<ForwardedOriginal, 'from' | 'subject'> | null,
  ownNearBrand: NearBrand | null = null,
): MailClaims {
  const header = ownNearBrand ? detectAmazonClaim({ ...headerClaimInput(msg), ownNearBrand }) : headerClaims(msg);
  const bodyInput = (): ClaimInput => (ownNearBrand ? { ...bodyClaimInput(msg.text), ownNearBrand } : bodyClaimInput(msg.text));
  let body: AmazonClaim | null = header.related ? null : detectAmazonClaim(bodyInput());
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
export function bodyClaimInput(text: string): ClaimInput {
  return { fromName: [], addresses: [], subject: '', text };
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
