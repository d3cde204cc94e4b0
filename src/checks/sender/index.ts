/**
 * Who sent it? Findings about the sender's identity: a display name or address that imitates Amazon, an
 * Amazon address nobody authenticated, replies or bounces going elsewhere, free-mail and malformed senders.
 *
 * Authentication results themselves are the authentication check's findings (auth.*); this check only says
 * what they mean for the claimed identity ("From says amazon.co.jp and nothing confirms it").
 */
import { finding } from '../../findings.js';
import type { SenderFinding } from './codes.js';
import type { Address, MessageHeaders } from '../../message/types.js';
import type { AuthSummary } from '../authentication/types.js';
import { detectAmazonClaim, findLookalike, presentsAsAmazon, type AmazonClaim } from '../../identity/index.js';
import { hasDeliveryHeaders } from '../authentication/rewrites.js';
import { isAmazonDomain, isRentableAmazonInfrastructure, nearBrandOf, registrableDomain } from '../../amazon/index.js';
import { freeMailProvider } from './free-mail.js';

export { senderCodes } from './codes.js';
export { freeMailProvider } from './free-mail.js';

/** The sender the mail presents: the From mailbox, or for a list's "X via List" rewrite the Reply-To one. */
export interface ClaimedSender {
  name: string;
  address: string;
  domain: string | null;
  /** 'from', or 'reply-to' when a mailing list rewrote From (docs/sources.md#genuine-amazon-headers, DMARC mitigation). */
  source: 'from' | 'reply-to';
}

const VIA_LIST = /^(.{1,200}?)\s+via\s+(.{1,200})$/i;

/**
 * Mailman and others rewrite From to `"Original Name via List" <list@…>` and put the original sender in
 * Reply-To when the original domain publishes a strict DMARC policy. The claimed sender is then Reply-To.
 */
export function claimedSender(h: MessageHeaders): ClaimedSender | null {
  const mailboxes = h.from.filter((a) => a.address.length > 0);
  // "From: Amazon Xmas,<x@y>" (phishing_pot sample-2072): a stray comma splits the name from its mailbox.
  const strayNames = h.from.filter((a) => a.address.length === 0 && a.name.length > 0).map((a) => a.name);
  const first = mailboxes[0];
  if (!first) return null;
  const name = [...strayNames, first.name].filter((n) => n.length > 0).join(' ').slice(0, 512);
  const via = VIA_LIST.exec(name);
  const isList = h.headers.some((f) => f.name === 'list-id' || f.name === 'list-post');
  const original = h.replyTo[0];
  if (via && isList && original && original.address.length > 0) {
    return { name: original.name || via[1], address: original.address, domain: original.domain, source: 'reply-to' };
  }
  return { name, address: first.address, domain: first.domain, source: 'from' };
}

export function checkSender(headers: MessageHeaders, claim: AmazonClaim, auth: AuthSummary): SenderFinding[] {
  const findings: SenderFinding[] = [];
  const sender = claimedSender(headers);
  const claimsAmazon = presentsAsAmazon(claim);

  findings.push(...lookalikeSenderDomains(headers, sender));
  if (!claim.related && findings.length === 0) return [];

  const malformed = malformedFrom(headers);
  if (malformed) findings.push(malformed);
  if (!sender) return findings;

  const fromIsAmazon = sender.domain !== null && isAmazonDomain(sender.domain);
  // A near brand authenticated as itself (Amaron, AMAZONE) does not pose as Amazon by its own name.
  const ownNearBrand = sender.domain && sender.domain === auth.authenticatedFromDomain ? nearBrandOf(sender.domain) : null;
  const nameClaims = detectAmazonClaim({ fromName: [sender.name], addresses: [], subject: '', ownNearBrand }).claims;
  const nameAddress = addressInDisplayName(sender.name);

  if (nameAddress && registrableDomain(nameAddress.domain) !== (sender.domain && registrableDomain(sender.domain))) {
    if (nameClaims.length > 0 || isAmazonDomain(nameAddress.domain) || findLookalike(nameAddress.domain)) {
      findings.push(
        finding('sender.display-name-address', {
          displayName: sender.name,
          addressInName: nameAddress.address,
          address: sender.address,
          domain: sender.domain,
          header: sender.source,
        }),
      );
    }
  } else if (nameClaims.length > 0 && !fromIsAmazon) {
    findings.push(
      finding('sender.display-name-impersonation', {
        displayName: sender.name,
        address: sender.address,
        domain: sender.domain,
        technique: nameClaims.map((c) => c.technique),
        header: sender.source,
      }),
    );
  }

  if (!fromIsAmazon && nameClaims.length === 0 && sender.domain && localPartNamesAmazon(sender.address)) {
    findings.push(
      finding('sender.local-part-impersonation', { address: sender.address, domain: sender.domain, header: sender.source }),
    );
  }

  if (fromIsAmazon && !malformed) {
    const unauth = unauthenticatedAmazonAddress(headers, sender, auth);
    if (unauth) findings.push(unauth);
  }

  const presents = claimsAmazon || nameClaims.length > 0 || fromIsAmazon;
  if (presents && sender.domain) {
    const provider = freeMailProvider(sender.domain);
    if (provider) findings.push(finding('sender.free-mail', { address: sender.address, provider }));
    findings.push(...repliesElsewhere(headers, sender));
    const rp = returnPathElsewhere(headers, sender);
    if (rp) findings.push(rp);
  }
  return findings;
}

function lookalikeSenderDomains(h: MessageHeaders, sender: ClaimedSender | null): SenderFinding[] {
  const candidates: [string, string][] = [];
  for (const a of h.from) if (a.domain) candidates.push(['from', a.domain]);
  if (sender?.source === 'reply-to' && sender.domain) candidates.push(['reply-to', sender.domain]);
  for (const a of h.replyTo) if (a.domain) candidates.push(['reply-to', a.domain]);
  for (const a of h.sender) if (a.domain) candidates.push(['sender', a.domain]);
  const rp = h.returnPath ? domainOfAddress(h.returnPath) : null;
  if (rp) candidates.push(['return-path', rp]);
  for (const d of h.dkimSignatures) if (d.domain) candidates.push(['dkim-signature', d.domain]);

  const out: SenderFinding[] = [];
  const seen = new Set<string>();
  for (const [header, domain] of candidates) {
    if (seen.has(header + ' ' + domain)) continue;
    seen.add(header + ' ' + domain);
    const m = findLookalike(domain);
    if (m) {
      out.push(
        finding('sender.lookalike-domain', { header, host: m.host, imitates: m.imitates, technique: m.technique, detail: m.detail }),
      );
    }
  }
  return out;
}

function domainOfAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  // [^]* rather than .*: with . a long run of blanks before a line break is retried from every blank (quadratic; scripts/check-regexes.mjs).
  const d = address.slice(at + 1).trim().replace(/[>\s][^]*$/, '').replace(/(?<!\.)\.+$/, '').toLowerCase();
  return d.length > 0 && !d.includes('"') ? d : null;
}

/** RFC 5322 section 3.6.2: one From mailbox with a real domain. Anything else is how a forgery shows. */
function malformedFrom(h: MessageHeaders): SenderFinding | null {
  const mailboxes = h.from.filter((a: Address) => a.address.length > 0);
  if (h.fromHeader === null || mailboxes.length === 0) {
    return finding('sender.malformed-from', { kind: 'missing', from: h.fromHeader });
  }
  if (mailboxes.length > 1) {
    return finding('sender.malformed-from', { kind: 'multiple-mailboxes', from: h.fromHeader, addresses: mailboxes.map((a) => a.address) });
  }
  const box = mailboxes[0];
  if (box.domain === null) {
    // `"no-reply@Amazon.de"` (sample-6326) has an @ only inside quotes; `<Amazon>` (osst-30e51d4d) has none.
    const kind = box.address.includes('@') ? 'quoted-pseudo-address' : 'no-domain';
    return finding('sender.malformed-from', { kind, from: h.fromHeader, address: box.address });
  }
  return null;
}

// An addr-spec-looking run inside a display name, after invisible characters and combining marks (the
// Syriac padding of sample-1623, "customers@servicesܿ.ܿamznܿ.ܿcom") are removed.
const ADDRESS_IN_TEXT = /[a-z0-9._%+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})/i;

function addressInDisplayName(name: string): { address: string; domain: string } | null {
  const clean = name
    .slice(0, 512)
    .normalize('NFKC')
    .replace(/[\p{Default_Ignorable_Code_Point}\p{M}]/gu, '');
  const m = ADDRESS_IN_TEXT.exec(clean);
  return m ? { address: m[0], domain: m[1].toLowerCase() } : null;
}

function localPartNamesAmazon(address: string): boolean {
  return detectAmazonClaim({ fromName: [], addresses: [address], subject: '' }).claims.some((c) => c.technique === 'local-part');
}

function alignedSignature(h: MessageHeaders, domain: string): boolean {
  const reg = registrableDomain(domain);
  return reg !== null && h.dkimSignatures.some((d) => registrableDomain(d.domain) === reg);
}

/**
 * An Amazon From that nothing confirms. With trusted receiver results, "not aligned-authenticated" is the
 * answer. Without them we cannot verify, but genuine Amazon mail always carries a DKIM signature of its own
 * domain (docs/sources.md#genuine-amazon-headers: d=amazon.co.jp next to d=amazonses.com), so a mail with none is
 * a forgery; a mail with one is left to the authentication check ("could not verify").
 */
function unauthenticatedAmazonAddress(h: MessageHeaders, sender: ClaimedSender, auth: AuthSummary): SenderFinding | null {
  if (auth.amazonAuthenticated || !sender.domain) return null;
  const viaReplyTo = sender.source === 'reply-to';
  if (auth.hasTrustedResults && !viaReplyTo) {
    return finding('sender.amazon-address-unauthenticated', {
      address: sender.address,
      domain: sender.domain,
      reason: 'not-authenticated',
      authservIds: auth.trustedAuthservIds,
    });
  }
  // A copy without any Received header (an export, a draft, a trimmed copy) never crossed the internet as it
  // is: the missing signature may have been removed with the other headers, so it proves nothing (issue 19).
  if (!hasDeliveryHeaders(h.headers)) return null;
  if (!alignedSignature(h, sender.domain)) {
    return finding('sender.amazon-address-unauthenticated', {
      address: sender.address,
      domain: sender.domain,
      reason: 'no-amazon-signature',
      signedBy: h.dkimSignatures.map((d) => d.domain),
    });
  }
  return null;
}

function sameOrganisation(a: string, b: string): boolean {
  const ra = registrableDomain(a);
  return ra !== null && ra === registrableDomain(b);
}

function repliesElsewhere(h: MessageHeaders, sender: ClaimedSender): SenderFinding[] {
  if (sender.source === 'reply-to' || !sender.domain) return [];
  const out: SenderFinding[] = [];
  for (const r of h.replyTo) {
    if (!r.domain || sameOrganisation(r.domain, sender.domain) || isAmazonDomain(r.domain)) continue;
    out.push(
      finding('sender.reply-to-elsewhere', {
        replyTo: r.address,
        replyToDomain: r.domain,
        fromDomain: sender.domain,
        freeMail: freeMailProvider(r.domain) !== null,
      }),
    );
  }
  return out.slice(0, 3);
}

/** Registrable domains of the mailing list a mail came through (List-Id, List-Post): its bounces go there. */
function listDomains(h: MessageHeaders): string[] {
  const out: string[] = [];
  for (const f of h.headers) {
    if (f.name !== 'list-id' && f.name !== 'list-post') continue;
    const m = /<(?:mailto:)?(?:[^@<>]{0,200}@)?([a-z0-9.-]{1,253})>/i.exec(f.value.slice(0, 512));
    const reg = m ? registrableDomain(m[1]) : null;
    if (reg) out.push(reg);
  }
  return out;
}

function returnPathElsewhere(h: MessageHeaders, sender: ClaimedSender): SenderFinding | null {
  const rp = h.returnPath ? domainOfAddress(h.returnPath) : null;
  if (!rp || !sender.domain) return null;
  if (sameOrganisation(rp, sender.domain) || isAmazonDomain(rp)) return null;
  // SES (amazonses.com) is the envelope sender of genuine Amazon mail and of every SES customer: no signal.
  if (isRentableAmazonInfrastructure(rp)) return null;
  // A list resends the mail with its own envelope sender (RFC 2919 / 2369 lists): no signal either.
  const rpReg = registrableDomain(rp);
  if (rpReg && listDomains(h).includes(rpReg)) return null;
  if (sender.source === 'reply-to') return null;
  return finding('sender.return-path-elsewhere', { returnPath: h.returnPath, returnPathDomain: rp, fromDomain: sender.domain });
}
