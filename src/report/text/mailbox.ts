/**
 * Mailbox-level findings (bursts of security mails and what they mean), English and Japanese side by side.
 */
import type { BurstEvidence, mailboxCodes } from '../../mailbox/codes.js';
import { str, when, type CodeTexts } from './types.js';

const TYPE_NAMES: Record<string, { en: string; ja: string }> = {
  'password-reset': { en: 'password-reset codes', ja: 'パスワード再設定コード' },
  'sign-in-code': { en: 'sign-in codes', ja: 'サインイン用の確認コード' },
  'sign-in-approval': { en: 'sign-in approval requests', ja: 'サインインの承認依頼' },
  'new-sign-in': { en: 'new sign-in notices', ja: '新しいサインインのお知らせ' },
  'account-change': { en: 'account change verifications', ja: 'アカウント情報の変更確認' },
  'new-account': { en: 'new account verifications', ja: '新しいアカウントの確認コード' },
  'verification-code': { en: 'one-time codes', ja: 'ワンタイムパスワード' },
};

function types(e: BurstEvidence, lang: 'en' | 'ja'): string {
  return (e.types ?? []).map((t) => TYPE_NAMES[t]?.[lang] ?? t).join(lang === 'en' ? ', ' : '、');
}

function recipientEn(e: BurstEvidence): string {
  const r = str(e.recipient);
  return r ? ` to ${r}` : '';
}
function recipientJa(e: BurstEvidence): string {
  const r = str(e.recipient);
  return r ? `${r} 宛てに` : '';
}

export const mailboxText: CodeTexts<keyof typeof mailboxCodes> = {
  'mailbox.burst-password-known': {
    en: {
      title: 'Burst of genuine sign-in codes: your password is known',
      message: (e) =>
        `${str(e.count)} security mails${recipientEn(e)} between ${when(e.start)} and ${when(e.end)}; ${str(e.genuine)} of them really from Amazon (${types(e, 'en')}). Amazon sends these only after the correct password was entered: someone is trying to get into your account. Change your password now and turn on two-step verification.`,
      explain:
        'Many genuine sign-in codes, sign-in approval requests or new sign-in notices in a short time mean that someone has your password and is trying to get past the second step, hoping you will approve a request or pass on a code. Do not approve or share anything. Change the password (and anywhere else you used it), turn on two-step verification with an authenticator app, and sign out of all devices.',
    },
    ja: {
      title: 'サインイン関連の本物のメールが集中: パスワードを知られています',
      message: (e) =>
        `${when(e.start)} から ${when(e.end)} までに、${recipientJa(e)}セキュリティメールが ${str(e.count)} 通届き、そのうち ${str(e.genuine)} 通は本物の Amazon からのものです（${types(e, 'ja')}）。これらは正しいパスワードが入力された後にだけ送られます。誰かがあなたのアカウントに入ろうとしています。今すぐパスワードを変更し、2段階認証を有効にしてください。`,
      explain:
        '本物のサインイン用コード・承認依頼・新しいサインインのお知らせが短い間に何通も届くのは、誰かがあなたのパスワードを知っていて、次の確認の段階を突破しようとしているからです。あなたがうっかり承認したりコードを教えたりするのを待っています。何も承認せず、誰にも教えないでください。パスワードを変更し（同じパスワードを使っている他のサービスも）、認証アプリによる2段階認証を有効にし、すべての端末からサインアウトしてください。',
    },
  },
  'mailbox.burst-address-known': {
    en: {
      title: 'Burst of genuine codes: someone is using your e-mail address',
      message: (e) =>
        `${str(e.count)} security mails${recipientEn(e)} between ${when(e.start)} and ${when(e.end)}; ${str(e.genuine)} of them really from Amazon (${types(e, 'en')}). Someone is entering your e-mail address at Amazon again and again. They do not need your password for this; the codes are what they lack. Never give a code to anyone.`,
      explain:
        'Repeated genuine password-reset or verification codes mean someone keeps entering your address on the "Forgot password" or sign-up page: a person trying to take over the account by getting a code from you, or someone mistyping their own address. Your password is not needed for that. Do not share any code, ignore calls or messages asking for one, and consider signing in with an e-mail alias that is not public. If the codes do not say what they are for, change your password to be safe.',
    },
    ja: {
      title: '本物のコードが集中: メールアドレスが使われています',
      message: (e) =>
        `${when(e.start)} から ${when(e.end)} までに、${recipientJa(e)}セキュリティメールが ${str(e.count)} 通届き、そのうち ${str(e.genuine)} 通は本物の Amazon からのものです（${types(e, 'ja')}）。誰かが Amazon であなたのメールアドレスを何度も入力しています。これにはパスワードは要りません。相手に足りないのはコードだけなので、コードは絶対に誰にも教えないでください。`,
      explain:
        '本物のパスワード再設定コードや確認コードが繰り返し届くのは、誰かが「パスワードをお忘れですか」や新規登録の画面であなたのメールアドレスを何度も入力しているからです。あなたからコードを聞き出してアカウントを乗っ取ろうとしている場合と、単に自分のアドレスを打ち間違えている場合があります。どちらもパスワードは必要ありません。コードは誰にも教えず、コードを尋ねる電話やメッセージは無視し、公開していない別のメールアドレスでサインインするようにすることも検討してください。何のためのコードか書かれていない場合は、念のためパスワードも変更してください。',
    },
  },
  'mailbox.burst-phishing': {
    en: {
      title: 'Burst of fake security mails: a phishing campaign aimed at you',
      message: (e) =>
        `${str(e.count)} mails${recipientEn(e)} between ${when(e.start)} and ${when(e.end)} look like Amazon security mails (${types(e, 'en')}), but none of them was sent by Amazon. This is a phishing campaign aimed at your address; it says nothing about your account.`,
      explain:
        'Fake code and sign-in mails in quick succession are meant to worry you into clicking a link or calling a number. They are not signs that anyone has your password. Do not use their links or numbers, report them, and delete them. If you want to check your account, open Amazon yourself.',
    },
    ja: {
      title: '偽のセキュリティメールが集中: あなたを狙ったフィッシング',
      message: (e) =>
        `${when(e.start)} から ${when(e.end)} までに、${recipientJa(e)} Amazon のセキュリティメールに見せかけたメールが ${str(e.count)} 通届いていますが（${types(e, 'ja')}）、どれも Amazon から送られたものではありません。あなたのアドレスを狙ったフィッシングで、アカウントの状態とは関係ありません。`,
      explain:
        '偽のコードやサインイン通知を立て続けに送るのは、不安にさせてリンクを開かせたり電話をかけさせたりするためです。パスワードを知られたしるしではありません。リンクや電話番号は使わず、報告してから削除してください。アカウントを確認したいときは、ご自身で Amazon を開いてください。',
    },
  },
  'mailbox.burst-mixed': {
    en: {
      title: 'Genuine and fake security mails in one burst',
      message: (e) =>
        `${str(e.count)} security mails${recipientEn(e)} between ${when(e.start)} and ${when(e.end)}: ${str(e.genuine)} really from Amazon, ${str(e.fake)} not. Real codes arriving together with fakes is a known trick: the fake asks you for the real code. Never pass on a code, and use no link from these mails.`,
      explain:
        'When genuine Amazon codes arrive together with fake "Amazon" mails, someone is likely triggering real codes and at the same time sending a lure (a mail, call or SMS) that asks you to "confirm" the code. Amazon never asks for a code. Treat the genuine codes as described for their kind, and the fakes as phishing.',
    },
    ja: {
      title: '本物と偽物のセキュリティメールが同時に集中',
      message: (e) =>
        `${when(e.start)} から ${when(e.end)} までに、${recipientJa(e)}セキュリティメールが ${str(e.count)} 通届いています。本物の Amazon からは ${str(e.genuine)} 通、そうでないものが ${str(e.fake)} 通です。本物のコードと偽メールを同時に送り、偽メールで本物のコードを聞き出すのはよくある手口です。コードは誰にも教えず、これらのメールのリンクは使わないでください。`,
      explain:
        '本物の Amazon のコードと「Amazon」を名乗る偽メールが一緒に届くときは、誰かが本物のコードを送らせながら、そのコードを「確認」させようとするメール・電話・SMS を送っていると考えられます。Amazon がコードを尋ねることはありません。本物のコードはその種類の説明に従って対処し、偽物はフィッシングとして扱ってください。',
    },
  },
  'mailbox.unusual-origin': {
    en: {
      title: 'Genuine codes from an unusual marketplace or language',
      message: (e) => {
        const mps = str(e.marketplaces);
        const langs = str(e.languages);
        return `${str(e.count)} genuine security mails come from ${mps ? `the Amazon ${mps} marketplace` : 'a marketplace'}${langs ? ` (language: ${langs})` : ''}, unlike your usual Amazon mail (${[str(e.usualMarketplaces), str(e.usualLanguages)].filter((s) => s).join('; ')}). The requests were probably made by someone elsewhere.`;
      },
      explain:
        'Amazon sends a security mail from the marketplace, and in the language, of whoever made the request. Codes from a marketplace or in a language you do not use point to someone else, often abroad.',
    },
    ja: {
      title: '普段と違う国・言語からの本物のコード',
      message: (e) => {
        const mps = str(e.marketplaces);
        const langs = str(e.languages);
        return `本物のセキュリティメール ${str(e.count)} 通が${mps ? ` Amazon（${mps}）` : ''}から${langs ? `（言語: ${langs}）` : ''}届いており、普段の Amazon からのメール（${[str(e.usualMarketplaces), str(e.usualLanguages)].filter((s) => s).join('、')}）と違います。別の場所の誰かが操作した可能性が高いです。`;
      },
      explain:
        'Amazon のセキュリティメールは、操作した人がいる国・地域の Amazon から、その人の言語で送られます。使っていない国や言語のコードは、あなた以外の誰か（多くは海外）による操作を示しています。',
    },
  },
  'mailbox.undated-security-mails': {
    en: {
      title: 'Security mails without a date',
      message: (e) =>
        `${str(e.count)} security mail(s) have no usable date, so they could not be placed on the timeline or counted in bursts.`,
      explain:
        'A mail whose Date header is missing or unreadable, and with no Received header or mbox date to fall back on, cannot be placed in time. It is still checked on its own, but it cannot be counted towards a burst.',
    },
    ja: {
      title: '日時の分からないセキュリティメール',
      message: (e) =>
        `セキュリティメール ${str(e.count)} 通は日時が読み取れないため、推移の表示や集中の判定に含められませんでした。`,
      explain:
        'Date ヘッダーがない・読めないうえ、Received ヘッダーや mbox の日付からも日時が分からないメールは、時間の流れの中に置けません。メールそのものは確認していますが、集中の判定には数えられません。',
    },
  },
};
