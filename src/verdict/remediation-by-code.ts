/**
 * The remediation steps each finding code calls for (beyond the steps of its verdict). Every code has an
 * entry, so a test can prove that no finding leaves the user without something to do.
 */
import type { FindingCode } from '../findings.js';
import type { RemediationId } from './types.js';

const IMPERSONATION: readonly RemediationId[] = ['dont-click', 'report-amazon', 'check-yourself'];
const BAD_LINK: readonly RemediationId[] = ['dont-click', 'if-you-entered-details', 'open-amazon-yourself'];

export const REMEDIATION_BY_CODE: { readonly [C in FindingCode]: readonly RemediationId[] } = {
  'message.date-skew': ['check-yourself'],
  'message.not-fully-read': ['check-yourself', 'open-amazon-yourself'],
  'message.malformed': ['check-yourself', 'open-amazon-yourself'],
  'message.attachments-not-downloaded': ['check-yourself'],

  'auth.amazon-authenticated': ['genuine-no-action'],
  'auth.amazon-dmarc-fail': IMPERSONATION,
  'auth.amazon-not-authenticated': ['dont-click', 'open-amazon-yourself', 'check-yourself'],
  'auth.amazon-unverified': ['treat-as-unverified', 'open-amazon-yourself'],
  'auth.no-trusted-results': ['treat-as-unverified'],
  'auth.forged-results': IMPERSONATION,
  'auth.dkim-body-modified': ['dont-click', 'open-amazon-yourself'],
  'auth.only-amazon-infrastructure': ['check-yourself'],
  'auth.non-amazon-sender-authenticated': ['check-yourself'],
  'auth.temperror': ['treat-as-unverified'],
  'auth.rewritten-in-transit': ['open-amazon-yourself'],
  'auth.copy-without-delivery-headers': ['save-original-with-headers', 'open-amazon-yourself'],

  'sender.display-name-impersonation': IMPERSONATION,
  'sender.display-name-address': IMPERSONATION,
  'sender.local-part-impersonation': IMPERSONATION,
  'sender.amazon-address-unauthenticated': IMPERSONATION,
  'sender.reply-to-elsewhere': ['dont-click', 'check-yourself'],
  'sender.return-path-elsewhere': ['check-yourself'],
  'sender.free-mail': IMPERSONATION,
  'sender.malformed-from': IMPERSONATION,
  'sender.lookalike-domain': IMPERSONATION,

  'links.text-shows-amazon-goes-elsewhere': BAD_LINK,
  'links.credential-link-off-amazon': BAD_LINK,
  'links.credential-form': BAD_LINK,
  'links.ip-address-host': BAD_LINK,
  'links.userinfo-trick': BAD_LINK,
  'links.script-or-data-url': BAD_LINK,
  'links.lookalike-host': BAD_LINK,
  'links.credential-link-plain-http': BAD_LINK,
  'links.url-shortener': ['dont-click', 'open-amazon-yourself'],
  'links.free-hosting': BAD_LINK,
  'links.suspicious-tld': ['dont-click', 'open-amazon-yourself'],
  'links.rented-amazon-infrastructure': BAD_LINK,
  'links.redirect-leaves-amazon': ['dont-click', 'open-amazon-yourself'],
  'links.punycode-host': ['check-yourself'],
  'links.too-many-links': ['check-yourself'],

  'content.amazon-lure': ['dont-click', 'open-amazon-yourself', 'message-center'],
  'content.callback-number': ['dont-click', 'open-amazon-yourself', 'report-amazon'],
  'attachment.active-svg': ['dont-click', 'check-yourself'],
  'attachment.disguised-page': ['dont-click', 'check-yourself'],
  'attachment.pdf-unreadable': ['check-yourself', 'open-amazon-yourself'],
  'attachment.qr-code-unauthenticated': IMPERSONATION,
  'attachment.attached-phishing': ['dont-click', 'if-you-entered-details', 'report-amazon'],
  'attachment.attached-suspicious': ['dont-click', 'check-yourself'],
  'attachment.attached-unreadable': ['check-yourself', 'open-amazon-yourself'],
  'content.disguised-brand': IMPERSONATION,
  'content.subject-claim-other-sender': ['dont-click', 'open-amazon-yourself', 'report-amazon'],
  'content.disguised-wording': IMPERSONATION,
  'content.lure-link-elsewhere': ['dont-click', 'open-amazon-yourself', 'report-amazon'],
  'content.forwarded-original': ['check-yourself'],
  'content.inserted-text': ['marketplace-text-caution', 'open-amazon-yourself', 'report-amazon'],

  'security-code.password-reset': ['reset-codes-mean-address-known', 'dont-share-codes', 'alias-email'],
  'security-code.new-account': ['dont-share-codes', 'alias-email'],
  'security-code.verification-code': ['dont-share-codes', 'change-password', 'enable-2sv'],
  'security-code.account-change': ['change-password', 'check-account-activity', 'enable-2sv'],
  'security-code.sign-in-code': ['change-password', 'enable-2sv', 'sign-out-devices', 'dont-share-codes'],
  'security-code.sign-in-approval': ['deny-unknown-sign-in', 'change-password', 'enable-2sv', 'sign-out-devices'],
  'security-code.new-sign-in': ['change-password', 'sign-out-devices', 'enable-2sv', 'check-account-activity'],
  'security-code.imitation': ['dont-click', 'dont-share-codes', 'report-amazon'],
  'security-code.unusual-marketplace': ['change-password', 'enable-2sv'],
  'security-code.unusual-language': ['change-password', 'enable-2sv'],

  'mailbox.burst-password-known': ['change-password', 'enable-2sv', 'sign-out-devices', 'check-account-activity'],
  'mailbox.burst-address-known': ['reset-codes-mean-address-known', 'dont-share-codes', 'alias-email'],
  'mailbox.burst-phishing': ['dont-click', 'dont-share-codes', 'report-amazon'],
  'mailbox.burst-mixed': ['dont-click', 'change-password', 'enable-2sv', 'dont-share-codes'],
  'mailbox.unusual-origin': ['change-password', 'enable-2sv'],
  'mailbox.undated-security-mails': ['check-yourself'],
};
