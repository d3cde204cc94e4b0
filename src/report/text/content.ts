/** Text for the content findings, English and Japanese side by side. */
import type { contentCodes } from '../../checks/content/codes.js';
import type { EvidenceValue } from '../../findings.js';
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

/** The parts of Amazon mail someone else writes (amazon/inserted-text.ts InsertedKind). */
const PART_EN: Record<string, string> = {
  'seller-message': "the marketplace seller's message",
  'seller-name': "the marketplace seller's name",
  'organisation-name': 'the organisation name of the Amazon Business invitation',
  'inviter-name': "the inviter's name",
  'gift-message': 'the gift message',
  'gift-sender-name': "the gift sender's name",
  'merchant-name': "the merchant's name",
  'list-note': "the list owner's note",
};
const PART_JA: Record<string, string> = {
  'seller-message': 'マーケットプレイスの出品者からのメッセージ',
  'seller-name': 'マーケットプレイスの出品者名',
  'organisation-name': 'Amazonビジネスの招待に表示される組織名',
  'inviter-name': '招待した人の名前',
  'gift-message': 'ギフトメッセージ',
  'gift-sender-name': 'ギフトの贈り主の名前',
  'merchant-name': '店舗名',
  'list-note': 'リストの持ち主のメモ',
};
const CARRIES_EN: Record<string, string> = {
  'phone-number': 'a phone number',
  'sign-in-link': 'a link to a sign-in or payment page that is not Amazon',
  'shortener-link': 'a link that hides its destination behind a URL shortener',
  'off-amazon-link': 'a link to a site that is not Amazon',
};
const CARRIES_JA: Record<string, string> = {
  'phone-number': '電話番号',
  'sign-in-link': 'Amazon ではないサインインや支払いのページへのリンク',
  'shortener-link': '短縮 URL で行き先を隠したリンク',
  'off-amazon-link': 'Amazon ではないサイトへのリンク',
};

const TECHNIQUE_EN: Record<string, string> = {
  homoglyph: 'look-alike letters from another alphabet',
  'zero-width': 'invisible characters inside the word',
  'combining-marks': 'combining marks on the letters',
  'junk-token-split': 'junk letters inside the word',
  'styled-letters': 'styled, circled or squared letters',
  'small-capitals': 'small capital letters',
  'blank-characters': 'blank-looking characters between the letters',
  'chinese-name': 'the Chinese name 亜馬遜',
  hiragana: 'あまぞん in hiragana',
  'prime-homoglyph': '"Prime" with a look-alike letter from another alphabet',
};
const TECHNIQUE_JA: Record<string, string> = {
  homoglyph: '他の文字体系のよく似た文字',
  'zero-width': '単語の途中の見えない文字',
  'combining-marks': '文字に付けた結合記号',
  'junk-token-split': '単語の途中に挟んだ無意味な文字',
  'styled-letters': '装飾・丸囲み・四角囲みの文字',
  'small-capitals': 'スモールキャピタル',
  'blank-characters': '文字の間の空白に見える文字',
  'chinese-name': '中国語表記の「亜馬遜」',
  hiragana: 'ひらがなの「あまぞん」',
  'prime-homoglyph': '他の文字体系のよく似た文字を混ぜた「Prime」',
};

/** Where a disguised brand was written (evidence `where`, a list): the sender name first, as the reader sees it first. */
function disguiseWhere(where: EvidenceValue | undefined): 'display-name' | 'subject' | 'body' {
  const places = Array.isArray(where) ? where.map(String) : [str(where)];
  return places.includes('display-name') ? 'display-name' : places.includes('subject') ? 'subject' : 'body';
}
const DISGUISE_WHERE_EN = { 'display-name': 'sender name', subject: 'subject', body: 'text of the mail' } as const;
const DISGUISE_WHERE_JA = { 'display-name': '差出人名', subject: '件名', body: '本文' } as const;
const WORDING_EN: Record<string, string> = {
  'capital-i-for-l': 'a capital I for an l',
  'digit-for-letter': 'a digit for a letter',
  'other-alphabet': 'letters from another alphabet inside a word',
  'kanji-for-katakana': 'a kanji for a katakana letter',
};
const WORDING_JA: Record<string, string> = {
  'capital-i-for-l': '小文字 l の代わりの大文字 I',
  'digit-for-letter': '文字の代わりの数字',
  'other-alphabet': '単語に混ぜた他の文字体系の文字',
  'kanji-for-katakana': 'カタカナの代わりの漢字',
};
const PURPOSE_EN: Record<string, string> = {
  'password-reset': 'password-reset',
  'sign-in': 'sign-in',
  payment: 'payment',
  account: 'account',
  order: 'order',
};
const PURPOSE_JA: Record<string, string> = {
  'password-reset': 'パスワード再設定',
  'sign-in': 'サインイン',
  payment: '支払い',
  account: 'アカウント',
  order: '注文',
};

/** The words of a list of technique names, joined. */
function list(v: EvidenceValue | undefined, words: Record<string, string>): string {
  const items = Array.isArray(v) ? v.map((x) => String(x)) : [str(v)];
  return items.map((x) => words[x] ?? x).join(', ');
}

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
      title: 'Amazon からのメールのように書かれていますが、送信元は Amazon ではありません',
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
  'content.disguised-brand': {
    en: {
      title: 'Amazon written in disguise',
      message: (e) =>
        `The ${DISGUISE_WHERE_EN[disguiseWhere(e.where)]} writes Amazon in disguise ("${str(e.text)}": ${TECHNIQUE_EN[str(e.technique)] ?? str(e.technique)}). Amazon never writes its own name this way; it is done only to get past spam filters.`,
      explain:
        'Amazon never spells its name with look-alike letters from other alphabets (Cyrillic а, Greek Ο), invisible or combining characters, junk letters inside the word, small capitals, circled or styled letters, blank characters between the letters, or as 亜馬遜 or あまぞん. Such a spelling in a mail that Amazon did not send exists only to fool filters, so amzcheck calls the mail phishing.',
    },
    ja: {
      title: 'Amazon の名前が偽装した文字で書かれています',
      message: (e) =>
        `${DISGUISE_WHERE_JA[disguiseWhere(e.where)]}に、Amazon の名前が偽装した文字で書かれています（「${str(e.text)}」: ${TECHNIQUE_JA[str(e.technique)] ?? str(e.technique)}）。Amazon が自社の名前をこのように書くことはありません。迷惑メールのフィルターを避けるための細工です。`,
      explain:
        'Amazon は自社の名前を、他の文字体系のよく似た文字（キリル文字の「а」、ギリシャ文字の「Ο」など）、見えない文字や結合文字、単語の途中に挟んだ無意味な文字、スモールキャピタル、丸囲みや装飾の文字、文字の間の空白に見える文字で書いたり、「亜馬遜」「あまぞん」と書いたりしません。Amazon が送っていないメールでのこうした表記はフィルターをすり抜けるためだけのものなので、フィッシングと判定します。',
    },
  },
  'content.subject-claim-other-sender': {
    en: {
      title: 'Subject claims Amazon, sent by someone else',
      message: (e) =>
        `The subject ${e.forwarded === true ? 'of the forwarded mail ' : ''}presents this as Amazon mail ("${str(e.subjectClaim)}"), but ${
          e.authenticatedDomain ? `authentication shows it was sent by ${str(e.authenticatedDomain)}, which is not Amazon` : `it comes from ${str(e.fromDomain)}, which is not Amazon, and nothing shows that Amazon sent it`
        }; and it asks you to act ("${str(e.action)}").`,
      explain:
        "Amazon's mail comes from Amazon's own addresses. When the sender is someone else (authentication shows another domain, or the address is not Amazon's and nothing authenticates the mail) but the subject speaks as Amazon and the mail asks you to sign in, confirm details, enter a code, scan a code, open an attachment, call or claim a reward, it is a lure, often sent through a hijacked or rented mailing account. Do what it asks only in the Amazon app or on Amazon's site, which you open yourself.",
    },
    ja: {
      title: '件名は Amazon を名乗っていますが、送信者は別です',
      message: (e) =>
        `${e.forwarded === true ? '転送された元のメールの' : ''}件名は Amazon からのメールのように書かれています（「${str(e.subjectClaim)}」）が、${
          e.authenticatedDomain ? `認証の結果、送信者は Amazon ではない ${str(e.authenticatedDomain)} です` : `送信元は Amazon ではない ${str(e.fromDomain)} で、Amazon が送ったことを示すものはありません`
        }。そのうえで操作を求めています（「${str(e.action)}」）。`,
      explain:
        'Amazon のメールは Amazon 自身のアドレスから届きます。送信者が別の者（認証の結果が別のドメインを示す、またはアドレスが Amazon のものではなく認証もない）なのに件名で Amazon を名乗り、サインイン・情報の確認・コードの入力・QR コードの読み取り・添付ファイルの開封・電話・特典の受け取りを求めるメールは、乗っ取られたり借りられたりした配信サービスから送られる偽メールです。求められた操作は、自分で開いた Amazon のアプリやサイトでのみ行ってください。',
    },
  },
  'content.disguised-wording': {
    en: {
      title: 'The subject disguises what it asks',
      message: (e) =>
        `The subject "${str(e.subject)}" writes its demand with look-alike letters (${list(e.techniques, WORDING_EN)}); read as intended it says "${str(e.phrase)}". The mail claims Amazon, and Amazon did not send it.`,
      explain:
        'Lures spell their demand with letters that only look right, a capital I for an l ("ActuaIice"), a digit for a letter ("c0nfirm"), a Cyrillic letter inside an English word, a kanji for a katakana letter (「力ード」 for カード), so that spam filters do not read it. No genuine sender writes this way, so a mail that claims to be Amazon and does this is phishing.',
    },
    ja: {
      title: '件名が求める操作の文言を偽装しています',
      message: (e) =>
        `件名「${str(e.subject)}」は、求める操作の文言をよく似た文字で書いています（${list(e.techniques, WORDING_JA)}）。本来の文字で読むと「${str(e.phrase)}」です。このメールは Amazon を名乗っていますが、Amazon が送ったものではありません。`,
      explain:
        '偽メールは、迷惑メールのフィルターに読まれないよう、求める操作の文言を見た目だけが同じ文字で書くことがあります（l の代わりの大文字 I「ActuaIice」、文字の代わりの数字「c0nfirm」、英単語に混ぜたキリル文字、カタカナの代わりの漢字「力ード」など）。正規の送信者がこのように書くことはないため、Amazon を名乗るメールでこれがあればフィッシングと判定します。',
    },
  },
  'content.lure-link-elsewhere': {
    en: {
      title: 'Asks you to act through a link that leaves Amazon',
      message: (e) =>
        `Written as Amazon's mail ("${str(e.claimText)}") by a sender that is not Amazon, it asks you to act ("${str(e.action)}"), and its ${PURPOSE_EN[str(e.purpose)] ?? 'account'} link goes to ${str(e.host)}, not to Amazon.`,
      explain:
        "Amazon's mail sends you to Amazon's own site. A mail that speaks as Amazon, comes from someone else and asks you to confirm, update or sign in through a link to another site wants your details typed where its sender can read them. Open the Amazon app or type Amazon's address yourself instead.",
    },
    ja: {
      title: 'Amazon 以外のサイトへのリンクで操作を求めています',
      message: (e) =>
        `Amazon ではない送信者が Amazon のメールとして書き（「${str(e.claimText)}」）、操作を求めています（「${str(e.action)}」）。その${PURPOSE_JA[str(e.purpose)] ?? 'アカウント'}のリンクの行き先は Amazon ではなく ${str(e.host)} です。`,
      explain:
        'Amazon のメールのリンクは Amazon 自身のサイトに向かいます。Amazon を名乗りながら別の者が送り、別のサイトへのリンクで確認・更新・サインインを求めるメールは、送信者が読める場所に情報を入力させようとしています。Amazon のアプリを開くか、Amazon のアドレスを自分で入力してください。',
    },
  },
  'content.inserted-text': {
    en: {
      title: "Amazon sent it; the text in it is not Amazon's",
      message: (e) =>
        `${e.amazonAuthenticated === true ? 'Amazon really sent this mail' : 'This mail comes from an Amazon address'}, but ${PART_EN[str(e.part)] ?? 'a part of it'} was written by someone else ("${str(e.text)}"), and it carries ${CARRIES_EN[str(e.carries)] ?? 'something'}: ${str(e.carried)}. Amazon only passed these words on; it did not write them.`,
      explain:
        "Some of Amazon's own mail carries words that someone else chose: a marketplace seller's message, the organisation name of an Amazon Business invitation, a gift message and its sender's name, a merchant's name in an Amazon Pay receipt, the note of a shared list. Scammers put a phone number or a link to a fake sign-in page in those parts, so the mail passes every authentication check. amzcheck finds these parts by the wording of Amazon's templates and calls the mail suspicious when one carries a phone number or such a link. Do not call the number or open the link; contact Amazon through the app or a site you open yourself.",
    },
    ja: {
      title: 'Amazon から届いていますが、中の文章は Amazon のものではありません',
      message: (e) =>
        `${e.amazonAuthenticated === true ? 'このメールは Amazon から送られていますが' : 'このメールは Amazon のアドレスから届いていますが'}、${PART_JA[str(e.part)] ?? 'その一部'}（「${str(e.text)}」）は第三者が書いたもので、${CARRIES_JA[str(e.carries)] ?? '不審な内容'}が含まれています: ${str(e.carried)}。Amazon はこの文章を取り次いだだけで、書いたのは Amazon ではありません。`,
      explain:
        'Amazon のメールの中には、第三者が決めた文章をそのまま載せるものがあります。マーケットプレイスの出品者からのメッセージ、Amazonビジネスの招待に表示される組織名、ギフトメッセージと贈り主の名前、Amazon Pay の領収書の店舗名、共有されたリストのメモなどです。詐欺師はそこに電話番号や偽のサインインページへのリンクを書き込むため、メールそのものは認証に合格します。amzcheck は Amazon のテンプレートの文言からこうした部分を見つけ、電話番号やそうしたリンクが含まれていれば要注意と判定します。その番号に電話したりリンクを開いたりせず、Amazon のアプリか、ご自身で開いた Amazon のサイトから問い合わせてください。',
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
