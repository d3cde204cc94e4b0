/**
 * The steps amzcheck recommends, English and Japanese side by side. Which steps apply to which findings and
 * kinds of mail is decided in src/verdict/remediation.ts; only the words live here.
 *
 * Accuracy notes (docs/sources.md#amazons-own-guidance and #what-each-kind-means):
 * - Amazon's Message Center keeps order and account mails, but NOT sign-in and security-code mails, so it is
 *   offered only as a test for order, payment and account mails (step `message-center`).
 * - Genuine Amazon links start with https:// and a dot before the marketplace domain
 *   (https://www.amazon.co.jp/, https://pay.amazon.co.jp/); Amazon never links to an IP address.
 * - Amazon never asks for a password, a code or card details by mail or phone.
 */
import type { Lang } from './types.js';
import type { RemediationId } from '../../verdict/types.js';

export const REMEDIATION_TEXT: { readonly [K in RemediationId]: Readonly<Record<Lang, string>> } = {
  'dont-click': {
    en: 'Do not click links, open attachments, call phone numbers or reply in a mail marked phishing or suspicious.',
    ja: 'フィッシングまたは要注意と判定されたメールのリンクをクリックしたり、添付ファイルを開いたり、記載の電話番号に電話したり、返信したりしないでください。',
  },
  'check-yourself': {
    en: 'To check a mail yourself: genuine Amazon links start with https:// and the real Amazon domain after a dot (https://www.amazon.co.jp/, https://www.amazon.com/); Amazon never links to an IP address. A sender address that says amazon.co.jp can be forged, so it proves nothing on its own.',
    ja: 'ご自身で確かめるには: 本物の Amazon のリンクは https:// で始まり、ドットの後に本物のドメインが続きます（https://www.amazon.co.jp/ など）。Amazon が IP アドレスへのリンクを送ることはありません。差出人が amazon.co.jp と表示されていても偽装できるため、それだけでは本物の証拠になりません。',
  },
  'message-center': {
    en: "Open Amazon yourself (app or typed address) and look in Your Account > Message Center: Amazon keeps copies of its order, payment and account mails there. If this mail is not there, treat it as fake.",
    ja: 'Amazon のアプリか、ご自身で入力したアドレスから Amazon を開き、「アカウントサービス」→「メッセージセンター」を確認してください。注文・支払い・アカウントに関する Amazon からのメールはそこにも残ります。見当たらなければ偽物と考えてください。',
  },
  'open-amazon-yourself': {
    en: 'If you want to check your account, open the Amazon app or type the address yourself; never use a link in the mail.',
    ja: 'アカウントを確認したい場合は、メール内のリンクではなく、Amazon のアプリを使うか、アドレスをご自身で入力して開いてください。',
  },
  'report-amazon': {
    en: 'Report it to Amazon: forward the mail (as an attachment if you can) to reportascam@amazon.com, or use the "Report something suspicious" page on Amazon. Then delete it.',
    ja: 'Amazon に報告してください: メールを（できれば添付ファイルとして）reportascam@amazon.com に転送するか、Amazon の「不審な連絡の報告」ページから報告し、その後削除してください。',
  },
  'report-antiphishing-jp': {
    en: 'In Japan, also forward it to the Council of Anti-Phishing Japan at info@antiphishing.jp.',
    ja: 'フィッシング対策協議会（info@antiphishing.jp）にも転送して報告できます。',
  },
  'if-you-entered-details': {
    en: 'If you already entered your password, a code or card details on a page such a mail led to: change your Amazon password now and call your card issuer.',
    ja: 'そのようなメールから開いたページでパスワード、確認コード、カード情報をすでに入力してしまった場合は、すぐに Amazon のパスワードを変更し、カード会社に連絡してください。',
  },
  'change-password': {
    en: 'Change your Amazon password now, to a new one you use nowhere else (Your Account > Login & security). Change it also on any other site where you used the same password.',
    ja: '今すぐ Amazon のパスワードを、他では使っていない新しいものに変更してください（「アカウントサービス」→「ログインとセキュリティ」）。同じパスワードを使っている他のサイトでも変更してください。',
  },
  'enable-2sv': {
    en: 'Turn on Two-Step Verification with an authenticator app (Your Account > Login & security > 2-Step Verification). Then a password alone is not enough to sign in.',
    ja: '「ログインとセキュリティ」→「2段階認証」で、認証アプリを使った2段階認証を有効にしてください。パスワードだけではサインインできなくなります。',
  },
  'sign-out-devices': {
    en: 'Sign out of other devices and browsers where Amazon offers it, and check the devices list (Content & Devices > Devices) for anything you do not recognise.',
    ja: '他の端末やブラウザからサインアウトし（Amazon の設定で可能な場合）、「コンテンツと端末の管理」→「端末」に見覚えのない端末がないか確認してください。',
  },
  'check-account-activity': {
    en: 'Check your orders, payment methods, addresses and gift card balance for anything you did not do.',
    ja: '注文履歴、お支払い方法、住所、ギフトカード残高に、身に覚えのない変更や利用がないか確認してください。',
  },
  'deny-unknown-sign-in': {
    en: 'Do not approve a sign-in you did not start. If the request is genuine and was not you, deny it, then change your password.',
    ja: 'ご自身が行っていないサインインは承認しないでください。本物のリクエストで身に覚えがない場合は「拒否」し、パスワードを変更してください。',
  },
  'dont-share-codes': {
    en: 'Never give a security code to anyone. Amazon never asks for your code or password by phone, mail, SMS or chat.',
    ja: '確認コードは誰にも教えないでください。Amazon が電話・メール・SMS・チャットでコードやパスワードを尋ねることはありません。',
  },
  'reset-codes-mean-address-known': {
    en: 'Password-reset codes need only your e-mail address: someone typed it on the "forgot password" page. Your password is not known from this alone. Ignore the codes and never share them.',
    ja: 'パスワード再設定のコードは、メールアドレスを入力するだけで送られます（「パスワードを忘れた場合」のページ）。これだけでパスワードが知られたことにはなりません。コードは無視し、誰にも教えないでください。',
  },
  'alias-email': {
    en: 'Consider signing in to Amazon with a separate or alias e-mail address that you do not use elsewhere, so strangers cannot trigger codes for it.',
    ja: 'Amazon のログインには、他で公開していない別のメールアドレス（エイリアス）を使うことを検討してください。第三者がコードを送らせることが難しくなります。',
  },
  'treat-as-unverified': {
    en: "amzcheck could not confirm that Amazon sent this mail (no trusted authentication results; try --online). Treat it as unverified: do not use its links.",
    ja: 'Amazon から送られたことを確認できませんでした（信頼できる認証結果がありません。--online で再確認できます）。未確認のメールとして扱い、リンクは使わないでください。',
  },
  'save-original-with-headers': {
    en: 'This copy has lost the headers that show how it was delivered, so nothing in it can prove who sent it. To have it checked, save the original with all its headers and scan that file: Gmail: open the mail, ⋮ > "Download message" (or "Show original" > "Download original"); Outlook: File > Save As (.msg/.eml), or in Outlook on the web ... > View > "View message source"; Apple Mail: View > Message > "Raw Source", or File > Save As with "Raw Message Source"; Thunderbird: File > Save As > File (.eml), or View > "Message Source"; Yahoo Mail: ... > "View raw message"; Yahoo! JAPAN メール: open the mail, menu > 「ヘッダー情報を表示」 (show header information); Outlook.jp / Outlook.com: ... > View > "View message source"; docomo メール and au メール: forward the mail as an attachment from the web version to an address you can save it from, or use the header view where the service offers one.',
    ja: 'このコピーには配送経路を示すヘッダーが残っていないため、誰が送ったかを確かめる手がかりがありません。確認するには、ヘッダーをすべて含む元のメールを保存して、そのファイルを検査してください。Gmail: メールを開き「︙」→「メールをダウンロード」（または「メッセージのソースを表示」→「元のメッセージをダウンロード」）。Outlook: 「ファイル」→「名前を付けて保存」（.msg / .eml）、Outlook on the web（Outlook.jp を含む）では「…」→「表示」→「メッセージのソースを表示」。Apple Mail: 「表示」→「メッセージ」→「ソース」、または「ファイル」→「別名で保存」で「ソース（未加工）」を選択。Thunderbird: 「ファイル」→「名前を付けて保存」→「ファイル」（.eml）、または「表示」→「メッセージのソース」。Yahoo!メール: メールを開き、メニューから「ヘッダー情報を表示」。docomo メール・au メール: Web 版からメールを添付ファイルとして保存できるアドレスに転送するか、サービスのヘッダー表示機能を使ってください。',
  },
  'genuine-no-action': {
    en: 'This mail is authenticated as sent by Amazon. No action is needed unless you did not expect it.',
    ja: 'このメールは Amazon からの送信として認証されています。心当たりがあれば対応は不要です。',
  },
  'marketplace-text-caution': {
    en: "Mail that really comes from Amazon can still carry text someone else wrote (a seller's message, an organisation or sender name, a gift message): do not call a phone number or open a link written there, and do not follow payment or contact instructions that differ from Amazon's own site. If you need help, contact Amazon through the app or Customer Service on a site you open yourself.",
    ja: 'Amazon から本当に届いたメールにも、第三者が書いた文章（出品者からのメッセージ、組織名や贈り主の名前、ギフトメッセージなど）が含まれることがあります。そこに書かれた電話番号にかけたり、リンクを開いたりせず、Amazon のサイトと異なる支払いや連絡の指示にも従わないでください。問い合わせが必要なときは、Amazon のアプリか、ご自身で開いた Amazon のサイトのカスタマーサービスから連絡してください。',
  },
};
