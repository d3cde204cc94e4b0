/** Text for the content findings, English and Japanese side by side. */
import type { contentCodes } from '../../checks/content/codes.js';
import { str, type CodeTexts } from './types.js';

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

const WHERE_EN: Record<string, string> = { subject: 'subject', body: 'mail', attachment: 'attachment' };
const WHERE_JA: Record<string, string> = { subject: '件名', body: 'このメール', attachment: '添付ファイル' };
const TOPIC_EN: Record<string, string> = {
  charge: 'a charge',
  order: 'an order',
  renewal: 'a renewal',
  refund: 'a refund',
  'not-you': 'something "you did not do"',
  account: 'your account',
};
const TOPIC_JA: Record<string, string> = {
  charge: '請求',
  order: '注文',
  renewal: '自動更新',
  refund: '返金',
  'not-you': '「心当たりのない」取引',
  account: 'アカウント',
};

export const contentText: CodeTexts<keyof typeof contentCodes> = {
  'content.amazon-lure': {
    en: {
      title: 'Written as an Amazon mail, sent by someone else',
      message: (e) =>
        `The ${str(e.where) === 'subject' ? 'subject' : 'text'} presents this as an Amazon ${KIND_EN[str(e.kind)] ?? ''} mail ("${str(e.claimText)}"), but it was sent from ${str(e.fromDomain) || 'an address without a domain'}, which is not Amazon.`,
      explain:
        'Many fake Amazon mails put the brand only in the subject or the text and are sent from unrelated addresses. Amazon sends its order, payment and account mails from its own domains, authenticated.',
    },
    ja: {
      title: 'Amazon のメールのように書かれていますが、送信者は別人です',
      message: (e) =>
        `${str(e.where) === 'subject' ? '件名' : '本文'}は Amazon からの${KIND_JA[str(e.kind)] ?? ''}メールのように書かれています（「${str(e.claimText)}」）が、送信元は Amazon ではない ${str(e.fromDomain) || 'ドメインのないアドレス'} です。`,
      explain:
        'Amazon を装う偽メールの多くは、件名や本文にだけブランド名を書き、無関係のアドレスから送られます。Amazon の注文・支払い・アカウントに関するメールは、Amazon 自身のドメインから認証付きで送られます。',
    },
  },
  'content.callback-number': {
    en: {
      title: 'Asks you to call a phone number',
      message: (e) =>
        `The ${WHERE_EN[str(e.where)] ?? 'mail'} asks you to call ${str(e.phone)} about ${TOPIC_EN[str(e.topic)] ?? 'your account'} ("${str(e.context)}").${e.lettersForDigits === true ? ' Letters stand for some of its digits, a trick to get past spam filters.' : ''} Calling such numbers leads to fake support staff who ask for card details, codes or remote access to your computer.`,
      explain:
        'Callback phishing: a fake order, charge, renewal, refund or sign-in notice with a phone number, often without any link, hoping you call to cancel it. amzcheck looks for the number in the subject, the text and attachments, written in any common form (international or national, fullwidth digits, letters for digits such as "8l5"). Amazon does not ask for payment details over the phone. Check orders in the Amazon app or on the site instead.',
    },
    ja: {
      title: '電話をかけるよう求めています',
      message: (e) =>
        `${WHERE_JA[str(e.where)] ?? 'このメール'}は、${TOPIC_JA[str(e.topic)] ?? 'アカウント'}について ${str(e.phone)} に電話するよう求めています（「${str(e.context)}」）。${e.lettersForDigits === true ? '番号の一部の数字が英字で書かれています。迷惑メールのフィルターを避けるための細工です。' : ''}こうした番号にかけると偽のサポート担当者につながり、カード情報や確認コード、パソコンの遠隔操作を求められます。`,
      explain:
        '電話をかけさせる手口（コールバック型フィッシング）です。偽の注文・請求・自動更新・返金・サインインの通知を見せ、リンクを載せずに、取り消しのために電話させようとします。amzcheck は件名・本文・添付ファイルから、よく使われる書き方（国際・国内の形式、全角数字、「8l5」のように数字の代わりの英字）の電話番号を探します。Amazon が電話で支払い情報を尋ねることはありません。注文は Amazon のアプリやサイトで確認してください。',
    },
  },
  'content.forwarded-original': {
    en: {
      title: 'A forwarded mail: the original sender was judged',
      message: (e) =>
        `This mail forwards a mail from "${str(e.from)}" (subject "${str(e.subject)}"). amzcheck judged that original sender as written in the forward; a forwarded mail can never be shown to be genuine.`,
      explain:
        'When a mail is forwarded, the original sender survives only as text, and its authentication is lost. amzcheck checks what that text shows (display name, address, lookalike domains) but cannot confirm that Amazon sent the original.',
    },
    ja: {
      title: '転送メールです: 元の差出人を判定しました',
      message: (e) =>
        `このメールは「${str(e.from)}」からのメール（件名「${str(e.subject)}」）を転送したものです。転送部分に書かれた元の差出人を判定しました。転送メールが本物であることは確認できません。`,
      explain:
        'メールを転送すると、元の差出人は文字としてしか残らず、認証の情報は失われます。表示名・アドレス・偽ドメインは確認できますが、元のメールを Amazon が送ったかどうかは確認できません。',
    },
  },
};
