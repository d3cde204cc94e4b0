/**
 * What each kind of Amazon account-security mail means for the account holder, English and Japanese side by
 * side. The meanings follow docs/sources.md#what-each-kind-means (causes of unsolicited codes): a password-reset
 * code needs only the e-mail address; a sign-in code or an approval request needs the correct password.
 *
 * Never interpolate a code unmasked: evidence only carries `codeMasked`.
 */
import type { SecurityMailEvidence, securityCodeCodes } from '../../checks/security-code/codes.js';
import { str, type CodeTexts } from './types.js';

function codeEn(e: SecurityMailEvidence): string {
  const masked = str(e.codeMasked);
  return masked ? ` (code ${masked})` : '';
}
function codeJa(e: SecurityMailEvidence): string {
  const masked = str(e.codeMasked);
  return masked ? `（コード ${masked}）` : '';
}
function whereEn(e: SecurityMailEvidence): string {
  const mp = str(e.marketplace);
  return mp ? ` from the Amazon ${mp} marketplace` : '';
}
function whereJa(e: SecurityMailEvidence): string {
  const mp = str(e.marketplace);
  return mp ? `Amazon（${mp}）からの` : '';
}

const LANGUAGE_NAMES: Record<string, { en: string; ja: string }> = {
  ja: { en: 'Japanese', ja: '日本語' },
  en: { en: 'English', ja: '英語' },
  de: { en: 'German', ja: 'ドイツ語' },
  fr: { en: 'French', ja: 'フランス語' },
  es: { en: 'Spanish', ja: 'スペイン語' },
  it: { en: 'Italian', ja: 'イタリア語' },
};

function languageName(code: string, lang: 'en' | 'ja'): string {
  return LANGUAGE_NAMES[code]?.[lang] ?? code;
}

/** One language code or a list of them, as names. */
function languageList(v: string | readonly string[], lang: 'en' | 'ja'): string {
  const codes = typeof v === 'string' ? [v] : (v ?? []);
  return codes.map((c) => languageName(c, lang)).join(lang === 'en' ? ', ' : '、');
}

export const securityCodeText: CodeTexts<keyof typeof securityCodeCodes> = {
  'security-code.password-reset': {
    en: {
      title: 'Password-reset code',
      message: (e) =>
        `A password-reset code${codeEn(e)}${whereEn(e)}. If Amazon sent it and you did not ask for it, someone typed your e-mail address on the "Forgot password" page. That needs only your address, not your password: your account is not open to them as long as nobody gets this code.`,
      explain:
        'Amazon sends a password-assistance code when someone asks to reset the password of the account with your e-mail address. Anyone who knows your address can ask; the password is not needed. The code is what would let them set a new password, so it must never be given to anyone. An unrequested reset code is a sign that someone knows your address, not that your password is known.',
    },
    ja: {
      title: 'パスワード再設定用のコード',
      message: (e) =>
        `${whereJa(e)}パスワード再設定用のコードです${codeJa(e)}。Amazon から届いたもので、ご自身で依頼していない場合は、誰かが「パスワードをお忘れですか」の画面にあなたのメールアドレスを入力したということです。これにはメールアドレスだけがあればよく、パスワードは必要ありません。このコードを誰にも教えなければ、アカウントに入られることはありません。`,
      explain:
        'パスワード再設定（パスワードアシスタンス）のコードは、あなたのメールアドレスのアカウントについて誰かがパスワードの再設定を申し込んだときに Amazon から送られます。メールアドレスを知っていれば誰でも申し込め、パスワードは要りません。新しいパスワードを設定するにはこのコードが必要なので、誰にも教えないでください。身に覚えのない再設定コードは「メールアドレスを知られている」しるしで、「パスワードを知られている」という意味ではありません。',
    },
  },
  'security-code.sign-in-code': {
    en: {
      title: 'Sign-in code: someone entered your password',
      message: (e) =>
        `A sign-in verification code${codeEn(e)}${whereEn(e)}. Amazon sends it only after the correct password was typed. If Amazon sent it and you were not signing in, someone knows your password: change it now.`,
      explain:
        'With two-step verification, or when Amazon does not recognise a device, Amazon asks for a code after the password was accepted. So a genuine sign-in code that you did not ask for means someone typed your correct e-mail address and password. Change your password at once (and everywhere you used the same one), turn on two-step verification with an authenticator app, and never give the code to anyone.',
    },
    ja: {
      title: 'サインイン用の確認コード: パスワードが入力されています',
      message: (e) =>
        `${whereJa(e)}サインイン用の確認コードです${codeJa(e)}。このコードは正しいパスワードが入力された後にだけ送られます。Amazon から届いたもので、ご自身がサインインしていないなら、誰かがあなたのパスワードを知っています。今すぐパスワードを変更してください。`,
      explain:
        '2段階認証を使っているときや、見慣れない端末からサインインしたとき、Amazon はパスワードが正しいと確認した後で確認コードを求めます。つまり、身に覚えのない本物のサインイン用コードは、誰かがあなたのメールアドレスと正しいパスワードを入力したことを意味します。すぐにパスワードを変更し（同じパスワードを使っている他のサービスも）、認証アプリによる2段階認証を有効にし、コードは誰にも教えないでください。',
    },
  },
  'security-code.sign-in-approval': {
    en: {
      title: 'Sign-in approval request: someone entered your password',
      message: (e) =>
        `A request to approve a sign-in${whereEn(e)}. Amazon sends it when someone who knows your password tries to sign in. If Amazon sent it and it was not you, deny it and change your password now.`,
      explain:
        'Amazon\'s "Action required: sign-in attempt" mail (with an approve/deny link under /a/c/r/ on the Amazon site) is sent when the correct password was entered from a device Amazon does not know. If it was not you, someone has your password. Deny the request, change your password, turn on two-step verification, and sign out of all devices. Open Amazon yourself rather than through the mail when you can.',
    },
    ja: {
      title: 'サインインの承認依頼: パスワードが入力されています',
      message: (e) =>
        `${whereJa(e)}サインインの承認を求めるメールです。パスワードを知っている誰かがサインインしようとしたときに送られます。Amazon から届いたもので、ご自身の操作でなければ、拒否したうえで今すぐパスワードを変更してください。`,
      explain:
        'Amazon の「アクションが必要です: サインイン試行」メール（Amazon のサイトの /a/c/r/ で始まる承認・否認のリンク付き）は、Amazon が知らない端末から正しいパスワードが入力されたときに送られます。ご自身でなければ、誰かがあなたのパスワードを知っています。承認せずに拒否し、パスワードを変更し、2段階認証を有効にして、すべての端末からサインアウトしてください。できればメールのリンクではなく、ご自身で Amazon を開いて操作してください。',
    },
  },
  'security-code.new-sign-in': {
    en: {
      title: 'New sign-in notice: someone may already be in',
      message: (e) =>
        `A notice of a new sign-in${whereEn(e)}. If Amazon sent it and it was not you, someone may already be signed in to your account: change your password and sign out all devices now.`,
      explain:
        'Amazon tells you when your account was signed in from a new device or place. Unlike a code or an approval request, this means the sign-in may already have succeeded. If it was not you: change your password, sign out of all devices, turn on two-step verification, and check your orders, addresses and payment methods for changes.',
    },
    ja: {
      title: '新しいサインインのお知らせ: すでに入られているかもしれません',
      message: (e) =>
        `${whereJa(e)}新しいサインインのお知らせです。Amazon から届いたもので、ご自身でなければ、すでに誰かがあなたのアカウントに入っているおそれがあります。今すぐパスワードを変更し、すべての端末からサインアウトしてください。`,
      explain:
        '新しい端末や場所からアカウントにサインインがあると、Amazon はお知らせを送ります。確認コードや承認依頼と違い、サインインがすでに成功しているかもしれません。ご自身でなければ、パスワードを変更し、すべての端末からサインアウトし、2段階認証を有効にして、注文履歴・お届け先・支払い方法が変えられていないか確認してください。',
    },
  },
  'security-code.account-change': {
    en: {
      title: 'Account change verification',
      message: (e) =>
        `A code or notice about changing your account's e-mail address or phone number${codeEn(e)}${whereEn(e)}. If Amazon sent it and you changed nothing, someone may be inside your account trying to take it over.`,
      explain:
        'Amazon confirms changes to the sign-in e-mail address or mobile number with a code or a notice. Changing them needs a signed-in session, so an unexpected one means someone may be in your account and trying to lock you out. Change your password, sign out of all devices, and check the account settings right away.',
    },
    ja: {
      title: 'アカウント情報の変更確認',
      message: (e) =>
        `${whereJa(e)}メールアドレスや電話番号の変更に関するコードまたはお知らせです${codeJa(e)}。Amazon から届いたもので、何も変更していないなら、誰かがアカウントに入り込み、乗っ取ろうとしているおそれがあります。`,
      explain:
        'サインイン用のメールアドレスや携帯電話番号を変更するとき、Amazon はコードやお知らせで確認します。変更にはサインインが必要なため、身に覚えのない変更確認は、誰かがアカウントに入り込み、あなたを締め出そうとしているおそれがあります。すぐにパスワードを変更し、すべての端末からサインアウトして、アカウントの設定を確認してください。',
    },
  },
  'security-code.new-account': {
    en: {
      title: 'New account verification',
      message: (e) =>
        `A code to verify a new Amazon account${codeEn(e)}${whereEn(e)}. If Amazon sent it and you did not sign up, someone is creating an account with your e-mail address (or mistyped theirs). Do not give the code to anyone.`,
      explain:
        'When an Amazon account is created, Amazon sends a code to the e-mail address given. An unexpected one means someone used your address to sign up, by mistake or to make an account that looks like yours. It says nothing about your own password. Do not pass the code on; without it the new account cannot be confirmed with your address.',
    },
    ja: {
      title: '新しいアカウントの確認コード',
      message: (e) =>
        `${whereJa(e)}新しい Amazon アカウントを確認するためのコードです${codeJa(e)}。Amazon から届いたもので、登録した覚えがなければ、誰かがあなたのメールアドレスでアカウントを作ろうとしています（入力間違いのこともあります）。コードは誰にも教えないでください。`,
      explain:
        'Amazon のアカウントを作るとき、入力されたメールアドレスに確認コードが送られます。身に覚えのないものは、誰かがあなたのアドレスで登録しようとしたということです（間違いの場合も、なりすましの場合もあります）。あなたのパスワードが知られたという意味ではありません。コードを渡さなければ、あなたのアドレスで新しいアカウントは確認できません。',
    },
  },
  'security-code.verification-code': {
    en: {
      title: 'Amazon one-time code',
      message: (e) =>
        `A one-time code${codeEn(e)}${whereEn(e)} whose mail does not say what it is for. If Amazon sent it and you did not ask for it, someone started a password reset (needs only your address) or a sign-in (needs your password). Never give the code to anyone.`,
      explain:
        'Some Amazon code mails only say "To authenticate, please use the following One Time Password". Such a code is sent for a password reset, which anyone who knows your e-mail address can start, and for some sign-ins, which need your password. If codes keep coming, change your password to be safe and turn on two-step verification. Never give the code to anyone: Amazon never asks for it by phone or mail.',
    },
    ja: {
      title: 'Amazon のワンタイムパスワード',
      message: (e) =>
        `${whereJa(e)}ワンタイムパスワード（確認コード）です${codeJa(e)}。何のためのコードかはメールに書かれていません。Amazon から届いたもので、ご自身で依頼していなければ、誰かがパスワードの再設定（メールアドレスだけでできます）か、サインイン（パスワードが必要です）を始めています。コードは誰にも教えないでください。`,
      explain:
        'Amazon のコードのメールには「認証するには、次のワンタイムパスワードを使用してください」としか書かれていないものがあります。このコードは、メールアドレスを知っていれば誰でも始められるパスワード再設定にも、パスワードが必要なサインインにも使われます。何度も届く場合は、念のためパスワードを変更し、2段階認証を有効にしてください。Amazon が電話やメールでコードを尋ねることはありません。',
    },
  },
  'security-code.imitation': {
    en: {
      title: 'Fake Amazon security mail',
      message: () =>
        'This mail is made to look like an Amazon security or code mail, but Amazon did not send it. It is bait: do not click its links, call its numbers or type any code or password it asks for.',
      explain:
        'Phishing often copies Amazon\'s security mails (sign-in alerts, codes, "action required") because they make people act quickly. A fake one tells you nothing about your account; its only purpose is to get you to a fake sign-in page or to hand over a code. Open Amazon yourself if you want to check your account.',
    },
    ja: {
      title: 'Amazon のセキュリティメールを装った偽メール',
      message: () =>
        'このメールは Amazon のセキュリティ通知や確認コードのメールに見せかけていますが、Amazon から送られたものではありません。だますためのメールです。リンクを開いたり、記載の番号に電話したり、求められたコードやパスワードを入力したりしないでください。',
      explain:
        'サインイン通知・確認コード・「アクションが必要です」といった Amazon のセキュリティメールは、受け取った人を急がせやすいため、フィッシングによく真似されます。偽物はあなたのアカウントの状態とは無関係で、偽のサインイン画面に誘ったり、コードを聞き出したりすることだけが目的です。アカウントを確認したいときは、ご自身で Amazon を開いてください。',
    },
  },
  'security-code.unusual-marketplace': {
    en: {
      title: 'Code from a marketplace you do not use',
      message: (e) =>
        `This genuine security mail comes from the Amazon ${str(e.marketplace)} marketplace, but you normally use ${str(e.usualMarketplaces)}. The request was probably started by someone elsewhere, not by you.`,
      explain:
        'Amazon sends a security mail from the marketplace where the request was made. A code from a marketplace you never use suggests someone else started it, often from another country.',
    },
    ja: {
      title: '普段使わない Amazon からのコード',
      message: (e) =>
        `この本物のセキュリティメールは Amazon（${str(e.marketplace)}）から届いていますが、普段お使いなのは ${str(e.usualMarketplaces)} です。あなたではなく、別の場所の誰かが操作した可能性が高いです。`,
      explain:
        'Amazon のセキュリティメールは、操作が行われた国・地域の Amazon から送られます。使ったことのない国の Amazon からコードが届いた場合、あなた以外の誰か（多くは海外）が操作したと考えられます。',
    },
  },
  'security-code.unusual-language': {
    en: {
      title: 'Code in a language you do not use',
      message: (e) =>
        `This genuine security mail is in ${languageList(e.language, 'en')}, but your Amazon mail is normally in ${languageList(e.usualLanguages, 'en')}. The request was probably started by someone elsewhere, not by you.`,
      explain:
        'The language of an Amazon code mail follows the settings of whoever made the request. A code in a language you do not use (users in Japan have reported codes in French, for example) suggests that someone else, probably abroad, started it.',
    },
    ja: {
      title: '普段と違う言語のコード',
      message: (e) =>
        `この本物のセキュリティメールは${languageList(e.language, 'ja')}で書かれていますが、普段の Amazon からのメールは${languageList(e.usualLanguages, 'ja')}です。あなたではなく、別の場所の誰かが操作した可能性が高いです。`,
      explain:
        'Amazon のコードのメールの言語は、操作した人の設定に従います。使っていない言語（日本の利用者にフランス語のコードが届いた例があります）で届いた場合、あなた以外の誰か、おそらく海外の誰かが操作したと考えられます。',
    },
  },
};
