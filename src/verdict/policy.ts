/**
 * The verdict policy: how findings decide what a mail is. One table, mirrored in docs/verdicts.md (a test
 * compares them). Every finding code has an entry, so a new code cannot slip past the policy unnoticed.
 *
 * Effects:
 * - `phishing`: conclusive impersonation on its own (e.g. an Amazon From domain failing DMARC at a trusted
 *   receiver, a lookalike sender domain).
 * - `phishing-if-claims`: conclusive when the mail presents itself as Amazon (display name, sender or
 *   subject), e.g. a credential link that leaves Amazon; otherwise a red flag (`suspicious`).
 * - `suspicious`: a red flag that is not conclusive on its own.
 * - `suspicious-if-claims`: a red flag only in a mail that presents itself as Amazon; ignored otherwise.
 * - `none`: information (the positive authentication result, what a security code means...).
 *
 * Then: any `phishing` -> phishing; else any `suspicious` -> suspicious; else an Amazon From domain aligned and
 * authenticated by a trusted receiver or by re-verification -> genuine; else a mail related to Amazon ->
 * unverified; else unrelated.
 */
import type { FindingCode } from '../findings.js';

export type Effect = 'phishing' | 'phishing-if-claims' | 'suspicious' | 'suspicious-if-claims' | 'none';

export const VERDICT_POLICY: { readonly [C in FindingCode]: Effect } = {
  // Message
  'message.date-skew': 'none',
  'message.not-fully-read': 'suspicious-if-claims',
  'message.malformed': 'suspicious-if-claims',
  'message.attachments-not-downloaded': 'none',

  // Authentication
  'auth.amazon-authenticated': 'none',
  'auth.amazon-dmarc-fail': 'phishing',
  // Trusted results exist, none passes aligned: a red flag, but forwarding can break authentication too.
  'auth.amazon-not-authenticated': 'suspicious',
  'auth.amazon-unverified': 'none',
  'auth.no-trusted-results': 'none',
  'auth.forged-results': 'phishing',
  'auth.dkim-body-modified': 'suspicious-if-claims',
  'auth.only-amazon-infrastructure': 'none',
  'auth.non-amazon-sender-authenticated': 'none',
  'auth.temperror': 'none',
  // A rewrite on the way in (list footer, gateway link rewriting) explains a changed body: the receiver's
  // results decide, or the mail stays unverified (docs/authentication.md "Changed on the way in").
  'auth.rewritten-in-transit': 'none',
  // A copy without Received headers proves nothing either way; other findings can still make it phishing.
  'auth.copy-without-delivery-headers': 'none',

  // Sender
  'sender.display-name-impersonation': 'phishing',
  'sender.display-name-address': 'phishing',
  'sender.local-part-impersonation': 'suspicious-if-claims',
  // Genuine Amazon mail always carries a signature of its own domain (docs/sources.md#genuine-amazon-headers).
  'sender.amazon-address-unauthenticated': 'phishing',
  'sender.reply-to-elsewhere': 'suspicious-if-claims',
  'sender.return-path-elsewhere': 'none',
  'sender.free-mail': 'phishing',
  'sender.malformed-from': 'phishing-if-claims',
  'sender.lookalike-domain': 'phishing',

  // Links
  'links.text-shows-amazon-goes-elsewhere': 'phishing-if-claims',
  'links.credential-link-off-amazon': 'phishing-if-claims',
  'links.credential-form': 'phishing-if-claims',
  // Amazon never links to an IP address (docs/sources.md#amazons-own-guidance).
  'links.ip-address-host': 'phishing-if-claims',
  'links.userinfo-trick': 'phishing-if-claims',
  'links.script-or-data-url': 'phishing-if-claims',
  'links.lookalike-host': 'phishing-if-claims',
  'links.credential-link-plain-http': 'suspicious-if-claims',
  'links.url-shortener': 'suspicious-if-claims',
  'links.free-hosting': 'suspicious-if-claims',
  // Raised only in mail that presents itself as Amazon and is not authenticated as Amazon, at low severity.
  'links.suspicious-tld': 'suspicious-if-claims',
  'links.rented-amazon-infrastructure': 'suspicious-if-claims',
  'links.redirect-leaves-amazon': 'suspicious-if-claims',
  'links.punycode-host': 'none',
  'links.too-many-links': 'none',

  // Content: these codes are only raised when the text presents an Amazon account or money mail and the
  // sender is not Amazon, so the claim condition is already part of them.
  'content.amazon-lure': 'suspicious',
  'content.callback-number': 'phishing',

  // Attachments
  // An SVG that runs scripts or redirects is no picture: a red flag in any mail.
  'attachment.active-svg': 'suspicious',
  'attachment.disguised-page': 'suspicious-if-claims',
  'attachment.pdf-unreadable': 'suspicious-if-claims',
  // Raised only where the mail presents itself as Amazon and is not authenticated as Amazon.
  'attachment.qr-code-unauthenticated': 'suspicious',
  // A mail attached to the mail is judged as a message of its own; the carrier is at least what it is.
  'attachment.attached-phishing': 'phishing',
  'attachment.attached-suspicious': 'suspicious',
  'attachment.attached-unreadable': 'suspicious-if-claims',
  'content.forwarded-original': 'none',
  'content.inserted-text': 'suspicious',
  // Amazon never disguises its own name; only mail not authenticated as Amazon gets this code.
  'content.disguised-brand': 'phishing',
  // Phishing where the subject presents the mail as Amazon; a Prime-product subject alone is a red flag.
  'content.subject-claim-other-sender': 'phishing-if-claims',
  'content.disguised-wording': 'phishing',
  'content.lure-link-elsewhere': 'phishing',

  // Security-code mails: what they mean is information; an imitation is raised only once authentication has
  // shown that Amazon did not send the mail.
  'security-code.password-reset': 'none',
  'security-code.new-account': 'none',
  'security-code.verification-code': 'none',
  'security-code.account-change': 'none',
  'security-code.sign-in-code': 'none',
  'security-code.sign-in-approval': 'none',
  'security-code.new-sign-in': 'none',
  'security-code.imitation': 'phishing-if-claims',
  'security-code.unusual-marketplace': 'none',
  'security-code.unusual-language': 'none',

  // Mailbox findings describe the mailbox, not one message: they never decide a message's verdict.
  'mailbox.burst-password-known': 'none',
  'mailbox.burst-address-known': 'none',
  'mailbox.burst-phishing': 'none',
  'mailbox.burst-mixed': 'none',
  'mailbox.unusual-origin': 'none',
  'mailbox.undated-security-mails': 'none',
};
