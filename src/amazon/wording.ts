/**
 * The wording of Amazon mails per language, as data. Checks match these phrases (after NFKC and lower-casing)
 * against the subject and body; nothing else in amzcheck hard-codes how an Amazon mail is worded.
 *
 * Every entry says where it comes from. Sources: docs/sources.md#wording-per-language. Where a
 * phrase was not confirmed from a primary sample, its source says so: such phrases are kept because the mail
 * kind is real and a miss costs the user an explanation, but they are never the only evidence of genuineness
 * (authentication decides that, not wording).
 */

/** The account-security mails Amazon sends, by what they mean for the account holder. */
export type SecurityMailType =
  | 'password-reset'
  | 'sign-in-code'
  | 'sign-in-approval'
  | 'new-sign-in'
  | 'account-change'
  | 'new-account'
  /** A one-time code whose mail does not say what it is for (reset or sign-in cannot be told apart). */
  | 'verification-code';

/** General kinds of Amazon mail, used to tell the rest apart from account-security mail. */
export type GeneralMailKind = 'order' | 'payment' | 'account' | 'marketing';

export type WordingLanguage = 'ja' | 'en' | 'de' | 'fr' | 'es' | 'it';
export const WORDING_LANGUAGES: readonly WordingLanguage[] = ['ja', 'en', 'de', 'fr', 'es', 'it'];

/** Where a phrase is looked for. A subject match weighs more: subjects are short and templated. */
export type WordingPlace = 'subject' | 'body' | 'any';

export interface Phrase {
  /** Written as it appears after NFKC; matched case-insensitively as a substring. */
  text: string;
  place: WordingPlace;
  source: string;
}

export interface WordingSet<K extends string> {
  /** The wording languages, and Portuguese for the general kinds of lures (GENERAL_WORDING). */
  language: LureLanguage;
  kind: K;
  phrases: readonly Phrase[];
}

const A34 = 'docs/sources.md#wording-per-language';
const A34_JP_ALERT = `${A34}: genuine JP sign-in alert reproduced by stock-stu.com and chiilabo.com`;
const A34_EN_OTP =
  `${A34}: EN OTP mail text copied near-verbatim into 10+ open-source OTP templates (secondary, not a primary sample)`;
const A34_SMS = `${A34}: JP SMS wording (aprico-media.com/posts/5033); the mail is assumed to use the same words`;
const UNCONFIRMED = 'Amazon wording in this language not confirmed from a primary sample; phrase as Amazon localises the EN template';
const PHISH_SEEN = 'seen in phishing that imitates this mail kind (corpus, phishing_pot rows; docs/sources.md#phishing-patterns)';
const GENERAL = 'common wording of this mail kind; used only to name the kind, never to judge genuineness';
const TRANSLATED_KIND = `${GENERAL}; the English lure wording as this language writes it`;

function p(text: string, place: WordingPlace, source: string): Phrase {
  return { text, place, source };
}

/**
 * Phrases that name a one-time code. A number is taken as the code only near one of these (see
 * extractCode in src/checks/security-code), so years, prices and order numbers elsewhere are never picked.
 */
export const CODE_PHRASES: readonly { language: WordingLanguage; phrases: readonly Phrase[] }[] = [
  {
    language: 'ja',
    phrases: [
      p('ワンタイムパスワード', 'any', `${A34}: 「ワンタイムパスワード(OTP)」`),
      p('確認コード', 'any', A34_SMS),
      p('セキュリティコード', 'any', A34_SMS),
      p('認証コード', 'any', UNCONFIRMED),
      p('otp', 'any', A34_EN_OTP),
    ],
  },
  {
    language: 'en',
    phrases: [
      p('one time password', 'any', A34_EN_OTP),
      p('one-time password', 'any', A34_EN_OTP),
      p('otp', 'any', A34_EN_OTP),
      p('verification code', 'any', GENERAL),
      p('security code', 'any', GENERAL),
      p('sign-in code', 'any', GENERAL),
      p('the following code', 'any', GENERAL),
    ],
  },
  {
    language: 'de',
    phrases: [
      p('einmalpasswort', 'any', UNCONFIRMED),
      p('bestätigungscode', 'any', UNCONFIRMED),
      p('sicherheitscode', 'any', UNCONFIRMED),
      p('otp', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'fr',
    phrases: [
      p('mot de passe à usage unique', 'any', UNCONFIRMED),
      p('code de vérification', 'any', UNCONFIRMED),
      p('code de sécurité', 'any', UNCONFIRMED),
      p('otp', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'es',
    phrases: [
      p('contraseña de un solo uso', 'any', UNCONFIRMED),
      p('código de verificación', 'any', UNCONFIRMED),
      p('código de seguridad', 'any', UNCONFIRMED),
      p('otp', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'it',
    phrases: [
      p('password monouso', 'any', UNCONFIRMED),
      p('codice di verifica', 'any', UNCONFIRMED),
      p('codice di sicurezza', 'any', UNCONFIRMED),
      p('otp', 'any', UNCONFIRMED),
    ],
  },
];

/** Account-security mails by type and language. */
export const SECURITY_WORDING: readonly WordingSet<SecurityMailType>[] = [
  // ---- Japanese ----
  {
    language: 'ja',
    kind: 'sign-in-approval',
    phrases: [
      p('アクションが必要です: サインイン試行', 'subject', A34_JP_ALERT),
      p('アクションが必要です:サインイン試行', 'subject', A34_JP_ALERT),
      p('アカウントデータアクセスの試行', 'subject', `${A34}: 「amazon.co.jp: アクションが必要です:アカウントデータアクセスの試行」`),
      p('サインイン試行が検出されました', 'subject', `${A34}: 「Amazonセキュリティ警告:サインイン試行が検出されました」`),
      p('パスワードを知っているユーザーがあなたのアカウントにサインインしようとしています', 'body', A34_JP_ALERT),
      p('承認または否認してください', 'body', A34_JP_ALERT),
    ],
  },
  {
    language: 'ja',
    kind: 'new-sign-in',
    phrases: [
      p('サインインが検出されました', 'subject', `${PHISH_SEEN}: 「Amazonセキュリティ警告: サインインが検出されました」 (nvdimm-0d693e1e)`),
      p('新しいデバイスからお客様のアカウントへのサインインが検出されました', 'body', PHISH_SEEN),
      p('新しいデバイスからのサインイン', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'ja',
    kind: 'password-reset',
    phrases: [
      p('パスワードアシスタンス', 'any', `${A34}: 「パスワードアシスタンス」 (Amazon's name for password reset)`),
      p('パスワードの再設定', 'any', UNCONFIRMED),
      p('パスワードをリセット', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'ja',
    kind: 'sign-in-code',
    phrases: [
      p('2段階認証', 'any', `${A34}: two-step verification (2SV) sends a sign-in code after the password`),
      p('サインインを完了', 'any', UNCONFIRMED),
      p('サインインするには', 'body', UNCONFIRMED),
    ],
  },
  {
    language: 'ja',
    kind: 'account-change',
    phrases: [
      p('Eメールアドレスの変更', 'any', UNCONFIRMED),
      p('メールアドレスの変更', 'any', UNCONFIRMED),
      p('携帯電話番号の変更', 'any', UNCONFIRMED),
      p('アカウント情報の変更', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'ja',
    kind: 'new-account',
    phrases: [
      p('新しいAmazonアカウントを確認', 'subject', UNCONFIRMED),
      p('アカウントの作成', 'any', UNCONFIRMED),
      p('アカウントを作成', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'ja',
    kind: 'verification-code',
    phrases: [
      p('認証するには、次のワンタイムパスワード', 'body', `${A34}: JP form of "To authenticate, please use the following One Time Password (OTP)" (not confirmed from a primary sample)`),
      p('Amazon確認コード', 'any', A34_SMS),
      p('Amazonセキュリティコード', 'any', A34_SMS),
    ],
  },
  // ---- English ----
  {
    language: 'en',
    kind: 'sign-in-approval',
    phrases: [
      p('sign-in attempt', 'subject', `${A34}: EN alerts use the same /a/c/r/ approval path (secondary)`),
      p('action required: sign-in', 'subject', `${A34} (secondary)`),
      p('someone who knows your password is attempting to sign', 'body', `${A34}: not confirmed from a primary sample`),
      p('approve or deny', 'body', `${A34}: not confirmed from a primary sample`),
    ],
  },
  {
    language: 'en',
    kind: 'new-sign-in',
    phrases: [
      p('sign-in on new device', 'any', `${A34}: EN counterpart of 「サインインが検出されました」 (secondary)`),
      p('new sign-in', 'any', GENERAL),
      p('sign in on a new device', 'any', `${PHISH_SEEN}: "Your account is sign in on a new device" (pp-sample-52)`),
      p('signed in from a new device', 'any', GENERAL),
    ],
  },
  {
    language: 'en',
    kind: 'password-reset',
    phrases: [
      p('password assistance', 'any', `${A34}: subject "Amazon Password Assistance" (winenfood.com)`),
      p('reset your password', 'any', GENERAL),
      p('password reset', 'any', GENERAL),
    ],
  },
  {
    language: 'en',
    kind: 'sign-in-code',
    phrases: [
      p('two-step verification', 'any', `${A34}: Amazon calls its 2FA "Two-Step Verification"`),
      p('complete your sign-in', 'any', GENERAL),
      p('to sign in to your account', 'body', GENERAL),
    ],
  },
  {
    language: 'en',
    kind: 'account-change',
    phrases: [
      p('revision to your amazon', 'subject', 'subject of Amazon account-change notices ("Revision to Your Amazon.com Account"), secondary'),
      p('change your email address', 'any', GENERAL),
      p('change your mobile number', 'any', GENERAL),
      p('update your mobile phone number', 'any', GENERAL),
    ],
  },
  {
    language: 'en',
    kind: 'new-account',
    phrases: [
      p('verify your new amazon account', 'subject', `${A34}: sign-up variant subject`),
      p('to verify your email address, please use the following', 'body', `${A34}: sign-up variant body`),
      p('create your amazon account', 'any', GENERAL),
    ],
  },
  {
    language: 'en',
    kind: 'verification-code',
    phrases: [
      p('to authenticate, please use the following one time password', 'body', A34_EN_OTP),
      p('your amazon verification code', 'subject', GENERAL),
      p('amazon authentication', 'subject', GENERAL),
    ],
  },
  // ---- German ----
  {
    language: 'de',
    kind: 'password-reset',
    phrases: [
      p('passwort-unterstützung', 'any', UNCONFIRMED),
      p('passwort zurücksetzen', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'de',
    kind: 'sign-in-approval',
    phrases: [
      p('anmeldeversuch', 'subject', UNCONFIRMED),
      p('genehmigen oder ablehnen', 'body', UNCONFIRMED),
    ],
  },
  {
    language: 'de',
    kind: 'new-sign-in',
    phrases: [p('anmeldung auf neuem gerät', 'any', UNCONFIRMED), p('neue anmeldung', 'any', UNCONFIRMED)],
  },
  {
    language: 'de',
    kind: 'sign-in-code',
    phrases: [p('zwei-schritt-verifizierung', 'any', UNCONFIRMED), p('anmeldung abzuschließen', 'any', UNCONFIRMED)],
  },
  {
    language: 'de',
    kind: 'new-account',
    phrases: [p('bestätigen sie ihr neues amazon-konto', 'any', UNCONFIRMED), p('neues amazon-konto', 'subject', UNCONFIRMED)],
  },
  {
    language: 'de',
    kind: 'verification-code',
    phrases: [p('verwenden sie das folgende einmalpasswort', 'body', UNCONFIRMED)],
  },
  // ---- French ----
  {
    language: 'fr',
    kind: 'password-reset',
    phrases: [
      p('assistance mot de passe', 'any', UNCONFIRMED),
      p('réinitialiser votre mot de passe', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'fr',
    kind: 'sign-in-approval',
    phrases: [p('tentative de connexion', 'subject', UNCONFIRMED), p('approuver ou refuser', 'body', UNCONFIRMED)],
  },
  {
    language: 'fr',
    kind: 'new-sign-in',
    phrases: [p('nouvelle connexion', 'any', UNCONFIRMED), p('connexion sur un nouvel appareil', 'any', UNCONFIRMED)],
  },
  {
    language: 'fr',
    kind: 'sign-in-code',
    phrases: [p('vérification en deux étapes', 'any', UNCONFIRMED)],
  },
  {
    language: 'fr',
    kind: 'new-account',
    phrases: [p('vérifiez votre nouveau compte amazon', 'any', UNCONFIRMED)],
  },
  {
    language: 'fr',
    kind: 'verification-code',
    phrases: [
      p("pour vous authentifier, veuillez utiliser le mot de passe à usage unique", 'body', `${A34}: a French OTP arriving unrequested is reported by office-rung.com; wording ${UNCONFIRMED}`),
    ],
  },
  // ---- Spanish ----
  {
    language: 'es',
    kind: 'password-reset',
    phrases: [
      p('asistencia con la contraseña', 'any', UNCONFIRMED),
      p('restablecer tu contraseña', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'es',
    kind: 'sign-in-approval',
    phrases: [p('intento de inicio de sesión', 'subject', UNCONFIRMED), p('aprobar o denegar', 'body', UNCONFIRMED)],
  },
  {
    language: 'es',
    kind: 'new-sign-in',
    phrases: [p('nuevo inicio de sesión', 'any', UNCONFIRMED)],
  },
  {
    language: 'es',
    kind: 'sign-in-code',
    phrases: [p('verificación en dos pasos', 'any', UNCONFIRMED)],
  },
  {
    language: 'es',
    kind: 'new-account',
    phrases: [p('verifica tu nueva cuenta de amazon', 'any', UNCONFIRMED)],
  },
  {
    language: 'es',
    kind: 'verification-code',
    phrases: [p('para autenticarte, utiliza la siguiente contraseña de un solo uso', 'body', UNCONFIRMED)],
  },
  // ---- Italian ----
  {
    language: 'it',
    kind: 'password-reset',
    phrases: [
      p('assistenza password', 'any', UNCONFIRMED),
      p('reimpostare la password', 'any', UNCONFIRMED),
    ],
  },
  {
    language: 'it',
    kind: 'sign-in-approval',
    phrases: [p('tentativo di accesso', 'subject', UNCONFIRMED), p('approva o rifiuta', 'body', UNCONFIRMED)],
  },
  {
    language: 'it',
    kind: 'new-sign-in',
    phrases: [p('nuovo accesso', 'any', UNCONFIRMED)],
  },
  {
    language: 'it',
    kind: 'sign-in-code',
    phrases: [p('verifica in due passaggi', 'any', UNCONFIRMED)],
  },
  {
    language: 'it',
    kind: 'new-account',
    phrases: [p('verifica il tuo nuovo account amazon', 'any', UNCONFIRMED)],
  },
  {
    language: 'it',
    kind: 'verification-code',
    phrases: [p('per autenticarti, utilizza la seguente password monouso', 'body', UNCONFIRMED)],
  },
];

/**
 * Sign-in approval mails carry an approve/deny link under this path on the marketplace host
 * (`https://www.amazon.co.jp/a/c/r/<token>`, docs/sources.md#amazons-own-guidance). Its presence alone marks the
 * mail kind.
 */
export const SIGN_IN_APPROVAL_LINK_PATH = '/a/c/r/';

/** Everyday Amazon mail, so that an order or a payment notice is named and not mistaken for a code mail. */
export const GENERAL_WORDING: readonly WordingSet<GeneralMailKind>[] = [
  {
    language: 'ja',
    kind: 'order',
    phrases: [
      p('ご注文の確認', 'any', GENERAL),
      p('注文の確認', 'any', `${PHISH_SEEN}: 「Amazon.co.jpでのご注文の確認」 (ipack-6a03f05a)`),
      p('注文状況', 'any', `${PHISH_SEEN}: 「注文状況が変更されました」 (nvdimm-1bf3bc07)`),
      p('発送しました', 'any', GENERAL),
      p('出荷', 'subject', `${PHISH_SEEN}: 「Amazon注文を出荷できません」 (osst-cd20f8b2)`),
      p('配達', 'subject', GENERAL),
    ],
  },
  {
    language: 'ja',
    kind: 'payment',
    phrases: [
      p('お支払い方法', 'any', `${PHISH_SEEN}: 「お支払い方法の情報を更新」 (nvdimm-0b5010fb)`),
      p('支払方法', 'any', GENERAL),
      p('会費のお支払い', 'any', `${PHISH_SEEN} (v9fs-07c3de67)`),
      p('プライムの自動更新', 'any', `${PHISH_SEEN}: membership renewal and its payment (nvdimm-5e2cf783, nvdimm-848d9135)`),
      p('自動更新', 'subject', `${PHISH_SEEN} (nvdimm-848d9135)`),
      p('クレジットカード', 'any', GENERAL),
    ],
  },
  {
    language: 'ja',
    kind: 'account',
    phrases: [
      p('利用制限', 'any', `${PHISH_SEEN}: 「Amazonアカウントを利用制限しています」 (nvdimm-0e5fd167)`),
      p('停止されました', 'any', `${PHISH_SEEN}: 「あなたのアカウントは停止されました」`),
      p('一時保留', 'any', `${PHISH_SEEN} (ipack-ca9bfc0f)`),
      p('異常なアクティビティ', 'any', `${PHISH_SEEN} (nvdimm-c71e8e99)`),
      p('アカウント異常', 'any', `${PHISH_SEEN} (nvdimm-23b61ad0)`),
      p('アカウントの利用状況', 'any', `${PHISH_SEEN} (osst-15f63d50)`),
      p('セキュリティの問題', 'any', `${PHISH_SEEN} (v9fs-69926e46)`),
      p('アカウントを確認', 'any', GENERAL),
      p('ロックされ', 'any', GENERAL),
    ],
  },
  {
    language: 'ja',
    kind: 'marketing',
    phrases: [
      p('プライム会員', 'any', GENERAL),
      p('タイムセール', 'any', GENERAL),
      p('プライムデー', 'any', GENERAL),
      p('おすすめ', 'subject', GENERAL),
    ],
  },
  {
    language: 'en',
    kind: 'order',
    phrases: [
      p('your amazon.com order', 'any', 'genuine order confirmation subject (corpus etl-amazon-order-faucet.eml, docs/sources.md#real-samples-in-the-corpus)'),
      p('order confirmation', 'any', GENERAL),
      p('your order', 'subject', GENERAL),
      p('has shipped', 'any', GENERAL),
      p('out for delivery', 'any', GENERAL),
      p('delivered:', 'subject', GENERAL),
      p('bill of lading', 'any', `${PHISH_SEEN} (nvdimm-020023ba)`),
      p('thank you for your order', 'any', `${PHISH_SEEN}: fake order confirmation with a number to call (pp-sample-1941)`),
      p('your order has been', 'any', `${PHISH_SEEN} (pp-sample-1941)`),
      p('order update', 'subject', `${PHISH_SEEN} (pp-sample-1941)`),
      p('your amazon purchase', 'any', `${PHISH_SEEN} (pp-sample-1941)`),
      p('order summary', 'any', `${PHISH_SEEN}: fake Prime invoice (pp-sample-5343)`),
      p('invoice', 'any', `${PHISH_SEEN} (pp-sample-5343)`),
    ],
  },
  {
    language: 'en',
    kind: 'payment',
    phrases: [
      p('payment decline', 'any', `${PHISH_SEEN} (pp-sample-1837)`),
      p('payment method', 'any', GENERAL),
      p('update your payment', 'any', GENERAL),
      p('payment failed', 'any', GENERAL),
      p('billing', 'any', `${PHISH_SEEN} (pp-sample-694)`),
      p('renewal was failed', 'any', `${PHISH_SEEN} (pp-sample-952)`),
      p('invoice', 'subject', `${PHISH_SEEN} (pp-sample-5343)`),
    ],
  },
  {
    language: 'en',
    kind: 'account',
    phrases: [
      p('account suspended', 'any', `${PHISH_SEEN} (pp-sample-2201)`),
      p('account has been suspended', 'any', `${PHISH_SEEN} (pp-sample-2201)`),
      p('suspension notification', 'any', `${PHISH_SEEN} (pp-sample-1201)`),
      p('account status is hold', 'any', `${PHISH_SEEN} (pp-sample-1623)`),
      p('account is locked', 'any', GENERAL),
      p('verify your account', 'any', GENERAL),
      p('unusual traffic', 'any', `${PHISH_SEEN} (pp-sample-7204)`),
      p('unusual activity', 'any', GENERAL),
      p('temporarily limit', 'any', `${PHISH_SEEN} (pp-sample-7204)`),
    ],
  },
  {
    language: 'en',
    kind: 'marketing',
    phrases: [
      p('prime membership', 'any', GENERAL),
      p('prime day', 'any', GENERAL),
      p('deals', 'subject', GENERAL),
      p('recommended for you', 'any', GENERAL),
      p('gift card', 'subject', GENERAL),
    ],
  },
  {
    language: 'de',
    kind: 'account',
    phrases: [
      // "Amazon Visa" (Zinia) lures ask the user to confirm or renew a card PIN through a login link: a
      // credential lure about the card account, not a mail that delivers a code (pp-sample-6350, 6645, 6959, 7061).
      p('sicherheits-pin', 'any', `${PHISH_SEEN}: "Amazon Visa" Sicherheits-PIN lures`),
      p('konto gesperrt', 'any', GENERAL),
      p('konto wurde eingeschränkt', 'any', GENERAL),
      p('bestätigen sie ihre daten', 'any', GENERAL),
      p('ungewöhnliche aktivität', 'any', `${TRANSLATED_KIND}: "unusual activity"`),
      p('vorübergehend eingeschränkt', 'any', `${TRANSLATED_KIND}: "temporarily limited" (pp-sample-7204)`),
    ],
  },
  {
    language: 'de',
    kind: 'order',
    phrases: [p('ihre bestellung', 'any', GENERAL), p('versandbestätigung', 'any', GENERAL)],
  },
  {
    language: 'de',
    kind: 'payment',
    phrases: [p('zahlungsmethode', 'any', GENERAL), p('zahlung fehlgeschlagen', 'any', GENERAL), p('zahlungsinformationen', 'any', GENERAL)],
  },
  {
    language: 'de',
    kind: 'marketing',
    phrases: [
      p('gutschein', 'any', `${PHISH_SEEN} (pp-sample-2072, 6326)`),
      p('prime-mitgliedschaft', 'any', GENERAL),
      p('30 tage', 'any', `${PHISH_SEEN} (pp-sample-7818)`),
    ],
  },
  {
    language: 'fr',
    kind: 'payment',
    phrases: [p('paiement', 'subject', `${PHISH_SEEN} (pp-sample-7651)`), p('moyen de paiement', 'any', GENERAL)],
  },
  {
    language: 'fr',
    kind: 'account',
    phrases: [p('compte suspendu', 'any', GENERAL), p('vérifier votre compte', 'any', GENERAL)],
  },
  {
    language: 'fr',
    kind: 'order',
    phrases: [p('votre commande', 'any', GENERAL)],
  },
  {
    language: 'es',
    kind: 'payment',
    phrases: [p('procesar el pago', 'any', `${PHISH_SEEN} (pp-sample-6506)`), p('método de pago', 'any', GENERAL)],
  },
  {
    language: 'es',
    kind: 'account',
    phrases: [p('cuenta suspendida', 'any', GENERAL), p('verifica tu cuenta', 'any', GENERAL)],
  },
  {
    language: 'es',
    kind: 'order',
    phrases: [p('tu pedido', 'any', GENERAL)],
  },
  {
    language: 'it',
    kind: 'payment',
    phrases: [p('metodo di pagamento', 'any', GENERAL), p('dati di pagamento', 'any', GENERAL), p('problema con il pagamento', 'any', `${TRANSLATED_KIND}: "a problem with your payment"`)],
  },
  {
    language: 'it',
    kind: 'account',
    phrases: [
      p('account sospeso', 'any', GENERAL),
      p('account è stato sospeso', 'any', `${TRANSLATED_KIND}: "your account has been suspended"`),
      p('verifica il tuo account', 'any', GENERAL),
    ],
  },
  {
    language: 'it',
    kind: 'order',
    phrases: [p('il tuo ordine', 'any', GENERAL)],
  },
  // Portuguese (Brazilian and European lures; the callback wording of CALLBACK_TOPIC_WORDING has it too).
  {
    language: 'pt',
    kind: 'account',
    phrases: [
      p('conta foi suspensa', 'any', `${TRANSLATED_KIND}: "your account has been suspended"`),
      p('conta suspensa', 'any', GENERAL),
      p('atividade incomum', 'any', `${TRANSLATED_KIND}: "unusual activity"`),
      p('verifique sua conta', 'any', GENERAL),
    ],
  },
  {
    language: 'pt',
    kind: 'payment',
    phrases: [p('dados de pagamento', 'any', GENERAL), p('forma de pagamento', 'any', GENERAL), p('problema com o pagamento', 'any', GENERAL)],
  },
  {
    language: 'pt',
    kind: 'order',
    phrases: [p('seu pedido', 'any', GENERAL)],
  },
];

/**
 * Words that show a mail is about Amazon at all. Security wording is generic ("new sign-in", "verification
 * code"): a Microsoft or Facebook alert must not be counted as an Amazon code mail (corpus files
 * pp-sample-10, pp-sample-1665).
 */
export const BRAND_WORDS: readonly string[] = ['amazon', 'アマゾン', 'amzn'];

/**
 * Words that address the reader. A lure speaks to its victim ("your order", 「お客様」); a news item that
 * reports on Amazon's payment methods does not (corpus other-ham/sa-easyham-1946.eml,
 * docs/sources.md#real-samples-in-the-corpus). Lower-case, matched on NFKC text.
 */
export const READER_ADDRESS_WORDS: readonly string[] = [
  // en
  'your ', 'you ', "you're", 'you.', 'you,', 'dear ',
  // ja
  'お客様', 'あなた', 'ご注文', 'ご利用', '様',
  // de, fr, es, it
  'ihr ', 'ihre ', 'ihren ', 'sie ', 'votre', 'vous', 'su ', 'sus ', 'usted', 'tu ', 'tuo', 'tua', 'vostro', 'suo ',
  // pt: "sua conta", "seu pedido", "você", "Prezado cliente" (the Portuguese lures of CALLBACK_TOPIC_WORDING)
  'você', 'seu ', 'sua ', 'prezado',
];

/**
 * Words that make Amazon the actor of a text rather than a place it mentions: "your Amazon account",
 * "Amazon Prime membership", "Amazon Security", 「Amazonアカウント」. A lure written only in text uses them
 * ("Your Amazon Purchase", 「Amazonプライムの自動更新」 in the corpus, docs/sources.md#real-samples-in-the-corpus); a
 * newsletter that says "available on Amazon" or shares an amazon.com link does not. Lower-case; matched after the
 * brand with at most a few characters between (".com", ".co.jp", a space).
 */
export const BRAND_ACTOR_NOUNS: readonly string[] = [
  // en
  'account', 'order', 'purchase', 'prime', 'membership', 'security', 'customer', 'support', 'service', 'payment',
  'billing', 'team', 'notification', 'help', 'refund', 'gift card', 'giftcard', 'invoice', 'rewards', 'survey', 'visa',
  'pay',
  // ja
  'アカウント', '注文', 'ご注文', 'ご請求', 'プライム', 'セキュリティ', '会員', 'お支払い', '支払', 'カスタマー', 'ギフト', 'ポイント', 'からのお知らせ', 'サポート',
  // 「【Amazon】ご注文の確認」, 「Amazon.co.jp：重要なお知らせ」: the frame or colon around the sender's name
  '】',
  // de, fr, es, it (German joins them with a hyphen: "Amazon-Konto", which brandAsActor reads)
  'konto', 'bestellung', 'kundenservice', 'compte', 'commande', 'cuenta', 'pedido', 'conto', 'ordine',
  // de: "Ihr 500€ Amazon-Gutschein wartet" (pp-sample-6415), the German of "gift card" above
  'gutschein',
];

/** Words before the brand that make it the reader's own account: "your Amazon", "dear Amazon customer". */
export const BRAND_ACTOR_PREFIXES: readonly string[] = ['your ', 'dear ', 'votre ', 'ihr ', 'ihre ', 'su ', 'tu '];

/**
 * The brand as the actor where the noun comes first, as French, Spanish, Italian and Portuguese write it
 * ("votre compte Amazon", "su cuenta de Amazon", "il tuo account Amazon", "sua conta da Amazon"), and the
 * frames Japanese subjects put the sender's name in (【Amazon】, 「Amazon.co.jp：」 through the ":" that
 * BRAND_ACTOR_NOUNS skips). Lower-case, NFKC (「：」 is ":"); matched right before the brand.
 */
export const BRAND_ACTOR_LEADS: readonly Phrase[] = [
  p('【', 'any', `${PHISH_SEEN}: 「【Amazon】注文状況が変更されました」 (nvdimm-1bf3bc07), 「【Amazon】アカウントの利用状況」 (osst-15f63d50)`),
  p('お客様の', 'any', `${PHISH_SEEN}: 「お客様のAmazonアカウント」, 「お客様のAmazonプライム会員資格」 (nvdimm-0b5010fb)`),
  p('ご利用の', 'any', `${PHISH_SEEN}: 「ご利用の Amazon アカウントを一時保留」 (ipack-ca9bfc0f)`),
  p('compte ', 'any', `${PHISH_SEEN}: "Compte" in the French Amazon payment lure pp-sample-7651; "votre compte Amazon"`),
  p('commande ', 'any', 'French word order of "your Amazon order" ("votre commande Amazon"); translation'),
  p('cuenta de ', 'any', 'Spanish word order of "your Amazon account" ("su cuenta de Amazon"); translation'),
  p('pedido de ', 'any', 'Spanish word order of "your Amazon order" ("su pedido de Amazon"); translation'),
  p('compra en ', 'any', 'Spanish "su compra en Amazon"; translation'),
  p('account ', 'any', 'Italian word order of "your Amazon account" ("il tuo account Amazon"); translation'),
  p('ordine ', 'any', 'Italian "il tuo ordine Amazon"; translation'),
  p('conta da ', 'any', 'Portuguese word order of "your Amazon account" ("sua conta da Amazon"); translation'),
  p('conta ', 'any', 'Portuguese "sua conta Amazon"; translation'),
  p('compra na ', 'any', 'Portuguese "sua compra na Amazon"; translation'),
  p('pedido na ', 'any', 'Portuguese "seu pedido na Amazon"; translation'),
];

// ---- Callback lures (issue 20) ----

/** The languages of the lure wording: the wording languages and Portuguese (Brazilian and European lures). */
export type LureLanguage = WordingLanguage | 'pt';
export const LURE_LANGUAGES: readonly LureLanguage[] = [...WORDING_LANGUAGES, 'pt'];

/** What a callback lure is about: a charge, an order, a renewal, a refund, "if this wasn't you", or an account or sign-in alert. */
export type CallbackTopic = 'charge' | 'order' | 'renewal' | 'refund' | 'not-you' | 'account';

const CALLBACK_SEEN =
  'seen in callback phishing that imitates Amazon (corpus pp-sample-1941.eml, pp-sample-5343.eml; docs/sources.md#real-samples-in-the-corpus)';
const LURE_SEEN = 'seen in phishing that imitates Amazon (corpus; docs/sources.md#phishing-patterns)';
const OTHER_LURE_SEEN = 'seen in Japanese phishing that imitates another service (corpus other-phish; docs/sources.md#phishing-patterns)';
/** Wording of current fake-order and renewal callback campaigns (docs/sources.md#phishing-patterns, callback lures). */
const CAMPAIGNS = 'callback lure wording of current campaigns (docs/sources.md#phishing-patterns: "your order of $749 was charged, call us if this wasn\'t you")';
const TRANSLATED = 'the English lure phrase as this language writes it; not yet confirmed from a real sample';

/**
 * Phrases that put a charge, an order, a renewal, a refund or a "was this you?" before the reader: what a
 * callback lure is about (the number is the way to "cancel" it). Deliberately narrower than GENERAL_WORDING:
 * "your order" alone is in every shop's newsletter, "your order #", "has been charged" and "if this wasn't
 * you" are not. Lower-case, matched on NFKC text.
 */
export const CALLBACK_TOPIC_WORDING: readonly { language: LureLanguage; topic: CallbackTopic; phrases: readonly Phrase[] }[] = [
  {
    language: 'en',
    topic: 'charge',
    phrases: [
      p('has been charged', 'any', CAMPAIGNS),
      p('was charged', 'any', CAMPAIGNS),
      p('will be charged', 'any', CAMPAIGNS),
      p('charged to your', 'any', CAMPAIGNS),
      p('has been debited', 'any', CALLBACK_SEEN),
      p('has been billed', 'any', CALLBACK_SEEN),
      p('payment of $', 'any', CALLBACK_SEEN),
      p('transaction of', 'any', CALLBACK_SEEN),
    ],
  },
  {
    language: 'en',
    topic: 'order',
    phrases: [
      p('thank you for your order', 'any', `${CALLBACK_SEEN}: fake order confirmation (pp-sample-1941)`),
      p('your order has been', 'any', `${CALLBACK_SEEN} (pp-sample-1941)`),
      p('your order of', 'any', CAMPAIGNS),
      p('your order #', 'any', GENERAL),
      p('order number', 'any', GENERAL),
      p('order id', 'any', GENERAL),
      p('your amazon purchase', 'any', `${CALLBACK_SEEN} (pp-sample-1941)`),
      p('your purchase of', 'any', CAMPAIGNS),
      p('has been placed', 'any', GENERAL),
    ],
  },
  {
    language: 'en',
    topic: 'renewal',
    phrases: [
      p('auto-renew', 'any', CAMPAIGNS),
      p('automatic renewal', 'any', CAMPAIGNS),
      p('automatically renewed', 'any', CAMPAIGNS),
      p('has been renewed', 'any', CAMPAIGNS),
      p('will be renewed', 'any', CAMPAIGNS),
      p('membership has been', 'any', CAMPAIGNS),
      p('subscription has been', 'any', CAMPAIGNS),
    ],
  },
  {
    language: 'en',
    topic: 'refund',
    phrases: [
      p('your refund', 'any', CAMPAIGNS),
      p('refund of', 'any', CAMPAIGNS),
      p('eligible for a refund', 'any', CAMPAIGNS),
      p('to claim your refund', 'any', CAMPAIGNS),
    ],
  },
  {
    language: 'en',
    topic: 'not-you',
    phrases: [
      p("if this wasn't you", 'any', CAMPAIGNS),
      p('if this was not you', 'any', CAMPAIGNS),
      p('if you did not make', 'any', CAMPAIGNS),
      p('if you do not make this order', 'any', `${CALLBACK_SEEN} (pp-sample-1941)`),
      p("if you didn't make", 'any', CAMPAIGNS),
      p('if you did not authorize', 'any', CAMPAIGNS),
      p("if you didn't authorize", 'any', CAMPAIGNS),
      p('if you do not recognize', 'any', CAMPAIGNS),
      p("if you don't recognize", 'any', CAMPAIGNS),
      p('if you did not place', 'any', CAMPAIGNS),
      p('unauthorized purchase', 'any', CAMPAIGNS),
      p('unauthorized transaction', 'any', CAMPAIGNS),
    ],
  },
  {
    language: 'en',
    topic: 'account',
    phrases: [
      p('account is locked', 'any', GENERAL),
      p('account has been locked', 'any', `${LURE_SEEN} (pp-sample-935: "account has been locked")`),
      p('account has been suspended', 'any', `${LURE_SEEN} (pp-sample-2201)`),
      p('account is on hold', 'any', `${LURE_SEEN} (pp-sample-1968: "account ... on hold")`),
      p('unusual activity', 'any', `${LURE_SEEN} (pp-sample-2144)`),
      p('suspicious activity', 'any', GENERAL),
      p('sign-in attempt', 'any', GENERAL),
      p('new sign-in', 'any', GENERAL),
    ],
  },
  {
    language: 'ja',
    topic: 'account',
    phrases: [
      p('利用制限', 'any', `${LURE_SEEN}: 「Amazonアカウントを利用制限しています」 (nvdimm-0e5fd167)`),
      p('アカウントがロック', 'any', GENERAL),
      p('異常なアクティビティ', 'any', `${LURE_SEEN} (nvdimm-c71e8e99)`),
      p('サインインが検出されました', 'any', `${LURE_SEEN} (nvdimm-0d693e1e)`),
      p('不正アクセス', 'any', GENERAL),
    ],
  },
  { language: 'de', topic: 'account', phrases: [p('konto gesperrt', 'any', GENERAL), p('ungewöhnliche aktivität', 'any', TRANSLATED)] },
  { language: 'fr', topic: 'account', phrases: [p('compte suspendu', 'any', GENERAL), p('activité inhabituelle', 'any', TRANSLATED)] },
  { language: 'es', topic: 'account', phrases: [p('cuenta suspendida', 'any', GENERAL), p('actividad inusual', 'any', TRANSLATED)] },
  { language: 'it', topic: 'account', phrases: [p('account sospeso', 'any', GENERAL), p('attività insolita', 'any', TRANSLATED)] },
  { language: 'pt', topic: 'account', phrases: [p('conta suspensa', 'any', TRANSLATED), p('atividade incomum', 'any', TRANSLATED)] },
  {
    language: 'ja',
    topic: 'charge',
    phrases: [
      p('請求', 'any', `${LURE_SEEN}: 「アマゾンからの請求へのお支払い」 (osst-0e06c8fd)`),
      p('引き落とし', 'any', GENERAL),
      p('決済', 'any', GENERAL),
      p('ご利用金額', 'any', GENERAL),
    ],
  },
  {
    language: 'ja',
    topic: 'order',
    phrases: [
      p('ご注文', 'any', `${LURE_SEEN}: 「Amazon.co.jpでのご注文の確認」 (ipack-6a03f05a)`),
      p('注文番号', 'any', GENERAL),
      p('ご購入', 'any', GENERAL),
    ],
  },
  {
    language: 'ja',
    topic: 'renewal',
    phrases: [
      p('自動更新', 'any', `${LURE_SEEN}: 「Amazonプライムの自動更新設定を解除いたしました」 (nvdimm-848d9135)`),
      p('更新されました', 'any', GENERAL),
    ],
  },
  {
    language: 'ja',
    topic: 'refund',
    phrases: [p('返金', 'any', GENERAL), p('払い戻し', 'any', GENERAL)],
  },
  {
    language: 'ja',
    topic: 'not-you',
    phrases: [
      p('ご本人の操作ではない', 'any', `${LURE_SEEN}: 「ご本人の操作ではない場合」 (nvdimm-0d693e1e)`),
      p('心当たりのない', 'any', `${OTHER_LURE_SEEN}: 「お心当たりのない方は」 (osst-97c6d3be)`),
      p('心当たりがない', 'any', OTHER_LURE_SEEN),
      p('身に覚えのない', 'any', GENERAL),
      p('不正利用', 'any', GENERAL),
    ],
  },
  {
    language: 'de',
    topic: 'charge',
    phrases: [p('abgebucht', 'any', TRANSLATED), p('wurde belastet', 'any', TRANSLATED), p('belastung', 'any', TRANSLATED)],
  },
  {
    language: 'de',
    topic: 'order',
    phrases: [p('ihre bestellung', 'any', GENERAL), p('bestellnummer', 'any', GENERAL)],
  },
  {
    language: 'de',
    topic: 'renewal',
    phrases: [p('automatisch verlängert', 'any', TRANSLATED), p('verlängerung', 'any', TRANSLATED)],
  },
  { language: 'de', topic: 'refund', phrases: [p('rückerstattung', 'any', TRANSLATED), p('erstattung', 'any', TRANSLATED)] },
  {
    language: 'de',
    topic: 'not-you',
    phrases: [p('wenn sie das nicht waren', 'any', TRANSLATED), p('nicht autorisiert', 'any', TRANSLATED), p('nicht von ihnen', 'any', TRANSLATED)],
  },
  {
    language: 'fr',
    topic: 'charge',
    phrases: [p('a été débité', 'any', TRANSLATED), p('prélevé', 'any', TRANSLATED), p('prélèvement', 'any', TRANSLATED)],
  },
  { language: 'fr', topic: 'order', phrases: [p('votre commande', 'any', GENERAL), p('numéro de commande', 'any', GENERAL)] },
  {
    language: 'fr',
    topic: 'renewal',
    phrases: [p('renouvellement', 'any', TRANSLATED), p('renouvelé', 'any', TRANSLATED)],
  },
  { language: 'fr', topic: 'refund', phrases: [p('remboursement', 'any', TRANSLATED)] },
  {
    language: 'fr',
    topic: 'not-you',
    phrases: [p("si vous n'êtes pas à l'origine", 'any', TRANSLATED), p("si ce n'était pas vous", 'any', TRANSLATED), p('non autorisé', 'any', TRANSLATED)],
  },
  {
    language: 'es',
    topic: 'charge',
    phrases: [p('se ha cargado', 'any', TRANSLATED), p('cargo de', 'any', TRANSLATED), p('cobrado', 'any', TRANSLATED), p('se le cobrará', 'any', TRANSLATED)],
  },
  { language: 'es', topic: 'order', phrases: [p('su pedido', 'any', GENERAL), p('número de pedido', 'any', GENERAL)] },
  {
    language: 'es',
    topic: 'renewal',
    phrases: [
      p('renovar su suscripcion', 'any', `${LURE_SEEN}: "Actualice su informacion de pago para renovar su suscripcion Prime" (pp-sample-2876)`),
      p('renovar su suscripción', 'any', `${LURE_SEEN} (pp-sample-2876, written there without the accent)`),
      p('renovación', 'any', TRANSLATED),
    ],
  },
  { language: 'es', topic: 'refund', phrases: [p('reembolso', 'any', TRANSLATED)] },
  {
    language: 'es',
    topic: 'not-you',
    phrases: [p('si no fue usted', 'any', TRANSLATED), p('si no reconoce', 'any', TRANSLATED), p('no autorizado', 'any', TRANSLATED)],
  },
  {
    language: 'it',
    topic: 'charge',
    phrases: [p('addebitato', 'any', TRANSLATED), p('addebito', 'any', TRANSLATED)],
  },
  { language: 'it', topic: 'order', phrases: [p('il tuo ordine', 'any', GENERAL), p('numero ordine', 'any', GENERAL), p("numero d'ordine", 'any', GENERAL)] },
  { language: 'it', topic: 'renewal', phrases: [p('rinnovo', 'any', TRANSLATED), p('rinnovato', 'any', TRANSLATED)] },
  { language: 'it', topic: 'refund', phrases: [p('rimborso', 'any', TRANSLATED)] },
  {
    language: 'it',
    topic: 'not-you',
    phrases: [p('se non sei stato tu', 'any', TRANSLATED), p('se non riconosci', 'any', TRANSLATED), p('non autorizzato', 'any', TRANSLATED)],
  },
  {
    language: 'pt',
    topic: 'charge',
    phrases: [p('foi cobrado', 'any', TRANSLATED), p('cobrança', 'any', TRANSLATED), p('debitado', 'any', TRANSLATED)],
  },
  { language: 'pt', topic: 'order', phrases: [p('seu pedido', 'any', GENERAL), p('número do pedido', 'any', GENERAL), p('sua compra', 'any', GENERAL)] },
  {
    language: 'pt',
    topic: 'renewal',
    phrases: [p('renovação', 'any', TRANSLATED), p('renovado', 'any', TRANSLATED)],
  },
  { language: 'pt', topic: 'refund', phrases: [p('reembolso', 'any', TRANSLATED)] },
  {
    language: 'pt',
    topic: 'not-you',
    phrases: [p('se não foi você', 'any', TRANSLATED), p('não reconhece', 'any', TRANSLATED), p('não autorizada', 'any', TRANSLATED), p('não autorizado', 'any', TRANSLATED)],
  },
];

/**
 * Words that ask the reader to call, matched near a phone number: before it ("call us at", 「お問い合わせ窓口」)
 * or after it, as Japanese puts it (「050-xxxx-xxxx までお電話ください」). Lower-case, matched on NFKC text.
 */
export const CALL_WORDING: readonly { language: LureLanguage; phrases: readonly Phrase[] }[] = [
  {
    language: 'en',
    phrases: [
      p('call', 'any', `${CALLBACK_SEEN}: "please contact us at +1 ..." (pp-sample-1941)`),
      p('dial', 'any', CAMPAIGNS),
      p('phone', 'any', GENERAL),
      p('helpline', 'any', CALLBACK_SEEN),
      p('help line', 'any', CALLBACK_SEEN),
      p('hotline', 'any', CALLBACK_SEEN),
      p('toll free', 'any', CALLBACK_SEEN),
      p('toll-free', 'any', CALLBACK_SEEN),
      p('contact us', 'any', `${CALLBACK_SEEN} (pp-sample-1941)`),
      p('reach us', 'any', GENERAL),
      p('customer care', 'any', CALLBACK_SEEN),
      p('customer support', 'any', CALLBACK_SEEN),
      p('customer service', 'any', CALLBACK_SEEN),
      p('support team', 'any', CALLBACK_SEEN),
      p('billing department', 'any', CALLBACK_SEEN),
      p('tel:', 'any', GENERAL),
      p('tel.', 'any', GENERAL),
      p('tel ', 'any', GENERAL),
    ],
  },
  {
    language: 'ja',
    phrases: [
      p('電話', 'any', `${OTHER_LURE_SEEN}: 「までお電話ください」 (callback lures written the Japanese way)`),
      p('お問い合わせ', 'any', GENERAL),
      p('お問合せ', 'any', GENERAL),
      p('問い合わせ', 'any', GENERAL),
      p('フリーダイヤル', 'any', GENERAL),
      p('ご連絡', 'any', `${OTHER_LURE_SEEN}: 「サポートセンターまでご連絡ください」 (osst-97c6d3be)`),
      p('コールセンター', 'any', GENERAL),
      p('サポートセンター', 'any', OTHER_LURE_SEEN),
      p('カスタマーサービス', 'any', GENERAL),
    ],
  },
  {
    language: 'de',
    phrases: [p('rufen sie', 'any', TRANSLATED), p('anrufen', 'any', TRANSLATED), p('telefon', 'any', GENERAL), p('kundenservice', 'any', GENERAL), p('kontaktieren sie', 'any', TRANSLATED)],
  },
  {
    language: 'fr',
    phrases: [p('appelez', 'any', TRANSLATED), p('appeler', 'any', TRANSLATED), p('téléphone', 'any', GENERAL), p('contactez', 'any', TRANSLATED), p('service client', 'any', GENERAL)],
  },
  {
    language: 'es',
    phrases: [p('llame', 'any', TRANSLATED), p('llámenos', 'any', TRANSLATED), p('llamar', 'any', TRANSLATED), p('teléfono', 'any', GENERAL), p('comuníquese', 'any', TRANSLATED), p('atención al cliente', 'any', GENERAL)],
  },
  {
    language: 'it',
    phrases: [p('chiami', 'any', TRANSLATED), p('chiamare', 'any', TRANSLATED), p('chiamaci', 'any', TRANSLATED), p('telefono', 'any', GENERAL), p('contattaci', 'any', TRANSLATED), p('numero verde', 'any', GENERAL), p('assistenza clienti', 'any', GENERAL)],
  },
  {
    language: 'pt',
    phrases: [p('ligue', 'any', TRANSLATED), p('ligar', 'any', TRANSLATED), p('telefone', 'any', GENERAL), p('entre em contato', 'any', TRANSLATED), p('central de atendimento', 'any', GENERAL)],
  },
];

/**
 * Amazon Pay named as the way a shop was paid, which makes it the shop's receipt, not Amazon speaking: the words
 * before "Amazon" ("paid with Amazon Pay", "Payment method: Amazon Pay", 「お支払い方法: Amazon Pay」) and after
 * "Amazon Pay" (「Amazon Payで」, 「Amazon Pay決済」). Wording of merchants' receipts (issue 19, class 5).
 */
export const AMAZON_PAY_AS_METHOD_BEFORE: readonly string[] = ['with ', 'via ', 'using ', 'by ', 'through ', 'method: ', '方法: ', '方法:', '方法：', '方法 : '];
export const AMAZON_PAY_AS_METHOD_AFTER = /^pay\s{0,2}(?:で|にて|決済|払い)/u;

// ---- Actions a lure asks for (issue 20, item 5) ----

/**
 * Phrases that ask the reader to act on an account, a payment or a reward: sign in, confirm or update details,
 * enter a code, scan a code, open an attachment, call, claim a reward. A mail authenticated as some other
 * sender whose subject makes Amazon the actor and which asks for one of these is a lure (content check).
 * Deliberately without "click" and "shop now": every newsletter has those. Lower-case, matched on NFKC text.
 */
export const ACTION_WORDING: readonly { language: LureLanguage; phrases: readonly Phrase[] }[] = [
  {
    language: 'en',
    phrases: [
      p('sign in to', 'any', GENERAL),
      p('log in to', 'any', GENERAL),
      p('verify your', 'any', GENERAL),
      p('verify now', 'any', `${LURE_SEEN}: "please verify now with the billing name, address, and telephone number" (pp-sample-1837, its PDF)`),
      p('secure your account', 'any', `${LURE_SEEN}: "please secure your account immediately through the link above" (pp-sample-7204)`),
      p('confirm your', 'any', `${LURE_SEEN}: "Confirm your HERE account email" (pp-sample-2876)`),
      p('update your payment', 'any', GENERAL),
      p('update your billing', 'any', GENERAL),
      p('update your information', 'any', GENERAL),
      p('enter the code', 'any', GENERAL),
      p('enter this code', 'any', GENERAL),
      p('scan the qr', 'any', GENERAL),
      p('open the attach', 'any', GENERAL),
      p('see the attach', 'any', GENERAL),
      p('pdf attachment', 'any', `${LURE_SEEN}: "Please open PDF attachment for more details" (pp-sample-2941)`),
      p('check your card', 'any', `${LURE_SEEN}: "check your card for cash back" (pp-sample-865)`),
      p('check cashback', 'any', `${LURE_SEEN}: "Check cashback" (pp-sample-871)`),
      p('claim your', 'any', GENERAL),
      p('call us', 'any', CAMPAIGNS),
    ],
  },
  {
    language: 'ja',
    phrases: [
      p('ログインして', 'any', GENERAL),
      p('サインインして', 'any', GENERAL),
      p('お支払い情報を更新', 'any', GENERAL),
      p('お支払い方法の情報を更新', 'any', `${LURE_SEEN}: 「お支払い方法の情報を更新」 (nvdimm-0b5010fb)`),
      p('カード情報の更新', 'any', `${LURE_SEEN}: 「クレジットカード情報の更新、追加などにつきまして…更新してください」 (nvdimm-848d9135)`),
      p('カード情報を更新', 'any', GENERAL),
      p('コードを入力', 'any', GENERAL),
      p('qrコード', 'any', GENERAL),
      p('添付ファイル', 'any', GENERAL),
      p('お電話ください', 'any', GENERAL),
    ],
  },
  {
    language: 'de',
    phrases: [
      p('melden sie sich', 'any', TRANSLATED),
      p('bestätigen sie ihre', 'any', `${PHISH_SEEN}: "Amazon Visa" Sicherheits-PIN lures`),
      p('bestätigen sie jetzt', 'any', `${LURE_SEEN}: "Bestätigen Sie jetzt Ihre Angaben" (pp-sample-6415, an Amazon-Gutschein lure)`),
      p('aktualisieren sie ihre', 'any', TRANSLATED),
      p('code ein', 'any', TRANSLATED),
      p('qr-code', 'any', TRANSLATED),
      p('im anhang', 'any', TRANSLATED),
    ],
  },
  {
    language: 'fr',
    phrases: [p('connectez-vous', 'any', TRANSLATED), p('confirmez votre', 'any', TRANSLATED), p('mettez à jour', 'any', TRANSLATED), p('pièce jointe', 'any', TRANSLATED)],
  },
  {
    language: 'es',
    phrases: [
      p('inicie sesión', 'any', TRANSLATED),
      p('actualice su', 'any', `${LURE_SEEN}: "Actualice su informacion de pago" (pp-sample-2876, written "ActuaIice" there)`),
      p('confirme su', 'any', TRANSLATED),
      p('introduzca el código', 'any', TRANSLATED),
      p('archivo adjunto', 'any', TRANSLATED),
    ],
  },
  {
    language: 'it',
    phrases: [p('accedi al', 'any', TRANSLATED), p('conferma i tuoi', 'any', TRANSLATED), p('aggiorna i tuoi', 'any', TRANSLATED), p('in allegato', 'any', TRANSLATED)],
  },
  {
    language: 'pt',
    phrases: [p('faça login', 'any', TRANSLATED), p('confirme seus', 'any', TRANSLATED), p('atualize seus', 'any', TRANSLATED), p('em anexo', 'any', TRANSLATED)],
  },
];
