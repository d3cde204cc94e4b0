/** Text for the content findings, English and Japanese side by side. */
import type { contentCodes } from '../../checks/content/codes.js';
import { ev, type CodeTexts } from './types.js';

const KIND_EN: Record<string, string> = {
  'security-code': 'security-code',
  'sign-in-alert': 'sign-in alert',
  account: 'account',
  payment: 'payment',
  order: 'order',
};
const KIND_JA: Record<string, string> = {
  'security-code': '確認コード',
  'sign-in-alert': 'サインイン通知',
  account: 'アカウント',
  payment: '支払い',
  order: '注文',
};

export const contentText: CodeTexts<keyof typeof contentCodes> = {
  'content.amazon-lure': {
    en: {
      title: 'Written as an Amazon mail, sent by someone else',
      message: (e) =>
        `The ${ev(e, 'where') === 'subject' ? 'subject' : 'text'} presents this as an Amazon ${KIND_EN[ev(e, 'kind')] ?? ''} mail ("${ev(e, 'claimText')}"), but it was sent from ${ev(e, 'fromDomain') || 'an address without a domain'}, which is not Amazon.`,
      explain:
        'Many fake Amazon mails put the brand only in the subject or the text and are sent from unrelated addresses. Amazon sends its order, payment and account mails from its own domains, authenticated.',
    },
    ja: {
      title: 'Amazon のメールのように書かれていますが、送信者は別人です',
      message: (e) =>
        `${ev(e, 'where') === 'subject' ? '件名' : '本文'}は Amazon からの${KIND_JA[ev(e, 'kind')] ?? ''}メールのように書かれています（「${ev(e, 'claimText')}」）が、送信元は Amazon ではない ${ev(e, 'fromDomain') || 'ドメインのないアドレス'} です。`,
      explain:
        'Amazon を装う偽メールの多くは、件名や本文にだけブランド名を書き、無関係のアドレスから送られます。Amazon の注文・支払い・アカウントに関するメールは、Amazon 自身のドメインから認証付きで送られます。',
    },
  },
  'content.callback-number': {
    en: {
      title: 'Asks you to call a phone number',
      message: (e) =>
        `The mail asks you to call ${ev(e, 'phone')} ("${ev(e, 'context')}"). Calling such numbers leads to fake support staff who ask for card details, codes or remote access to your computer.`,
      explain:
        'Callback phishing: a fake order or invoice with a phone number, hoping you call to cancel it. Amazon does not ask for payment details over the phone. Check orders in the Amazon app or on the site instead.',
    },
    ja: {
      title: '電話をかけるよう求めています',
      message: (e) =>
        `このメールは ${ev(e, 'phone')} に電話するよう求めています（「${ev(e, 'context')}」）。こうした番号にかけると偽のサポート担当者につながり、カード情報や確認コード、パソコンの遠隔操作を求められます。`,
      explain:
        '電話をかけさせる手口（コールバック型フィッシング）です。偽の注文や請求を見せ、取り消しのために電話させようとします。Amazon が電話で支払い情報を尋ねることはありません。注文は Amazon のアプリやサイトで確認してください。',
    },
  },
  'content.forwarded-original': {
    en: {
      title: 'A forwarded mail: the original sender was judged',
      message: (e) =>
        `This mail forwards a mail from "${ev(e, 'from')}" (subject "${ev(e, 'subject')}"). amzcheck judged that original sender as written in the forward; a forwarded mail can never be shown to be genuine.`,
      explain:
        'When a mail is forwarded, the original sender survives only as text, and its authentication is lost. amzcheck checks what that text shows (display name, address, lookalike domains) but cannot confirm that Amazon sent the original.',
    },
    ja: {
      title: '転送メールです: 元の差出人を判定しました',
      message: (e) =>
        `このメールは「${ev(e, 'from')}」からのメール（件名「${ev(e, 'subject')}」）を転送したものです。転送部分に書かれた元の差出人を判定しました。転送メールが本物であることは確認できません。`,
      explain:
        'メールを転送すると、元の差出人は文字としてしか残らず、認証の情報は失われます。表示名・アドレス・偽ドメインは確認できますが、元のメールを Amazon が送ったかどうかは確認できません。',
    },
  },
};
