/** Words for the authentication findings, English and Japanese side by side. */
import type { AuthenticationEvidence, authenticationCodes } from '../../checks/authentication/codes.js';
import { str, type CodeTexts } from './types.js';
import { amazonServiceOf } from '../../amazon/index.js';

/**
 * How the mail concerns Amazon, from the finding's `presentsAsAmazon` evidence: a newsletter that only mentions
 * Amazon in its text does not "present itself as Amazon". Without the evidence (older reports) it presents itself.
 */
const presentsOrMentions = (e: { presentsAsAmazon?: boolean }): string =>
  e.presentsAsAmazon === false ? 'The mail mentions Amazon' : 'The mail presents itself as Amazon';
const presentsOrMentionsJa = (e: { presentsAsAmazon?: boolean }): string =>
  e.presentsAsAmazon === false ? 'このメールは Amazon に触れていますが' : 'このメールは Amazon を名乗っていますが';

/**
 * The Amazon-family service (Audible, IMDb ...) whose domain the evidence's `fromDomain` is, or '' for Amazon's
 * own domains: the report names the service that sent the mail (src/amazon/family.ts).
 */
const familyService = (e: { fromDomain: string | null }): string => amazonServiceOf(str(e.fromDomain))?.name ?? '';

export const authenticationText: CodeTexts<keyof typeof authenticationCodes> = {
  'auth.amazon-authenticated': {
    en: {
      title: 'Sent by Amazon: the sender domain is authenticated',
      message: (e) =>
        familyService(e)
          ? `The sender domain ${str(e.fromDomain)} belongs to ${familyService(e)}, part of Amazon, and ${str(e.verifiedBy)} confirmed it (${str(e.methods)}). This mail really comes from ${familyService(e)}'s mail system.`
          : `The sender domain ${str(e.fromDomain)} is Amazon's, and ${str(e.verifiedBy)} confirmed it (${str(e.methods)}). This mail really comes from Amazon's mail system.`,
      explain:
        "Your mail provider checked the sender with SPF, DKIM and DMARC and recorded the result in the mail. The From domain belongs to Amazon and passed with alignment, which someone who is not Amazon cannot achieve. It still pays to read what the mail asks you to do: a genuine security-code mail you did not request means someone typed your e-mail address.",
    },
    ja: {
      title: 'Amazon からの正規のメールです（送信元ドメインの認証に成功）',
      message: (e) =>
        familyService(e)
          ? `送信元ドメイン ${str(e.fromDomain)} は Amazon グループの ${familyService(e)} のもので、${str(e.verifiedBy)} が認証を確認しました（${str(e.methods)}）。このメールは ${familyService(e)} のメールシステムから送られています。`
          : `送信元ドメイン ${str(e.fromDomain)} は Amazon のもので、${str(e.verifiedBy)} が認証を確認しました（${str(e.methods)}）。このメールは Amazon のメールシステムから送られています。`,
      explain:
        'メールの受信サーバーが SPF・DKIM・DMARC という仕組みで送信元を確かめ、その結果をメールに記録しています。差出人のドメインが Amazon のもので、認証に合格しているため、Amazon 以外の第三者がなりすますことはできません。ただし、自分で依頼していないのに確認コードのメールが届いた場合は、誰かがあなたのメールアドレスを入力したということです。',
    },
  },
  'auth.amazon-dmarc-fail': {
    en: {
      title: 'Fake sender: the Amazon address failed the sender check',
      message: (e) =>
        `The mail claims to come from ${str(e.fromDomain)}, but ${str(e.verifiedBy)} found that Amazon's mail system did not send it (${str(e.method)} fail). Results: ${str(e.results)}.`,
      explain:
        "DMARC lets a domain owner state which servers may send mail in its name; Microsoft's compauth applies the same idea. Your mail provider checked this mail against Amazon's statement and it failed: the sender address was forged. Do not click links, call numbers or reply; delete the mail or report it to Amazon (reportascam@amazon.com).",
    },
    ja: {
      title: 'なりすましメールです: Amazon の差出人アドレスが送信元の認証に失敗しています',
      message: (e) =>
        `このメールは ${str(e.fromDomain)} から送られたように見せていますが、${str(e.verifiedBy)} の検査で、Amazon のメールシステムから送られていないことが分かりました（${str(e.method)} の認証に失敗）。検査結果: ${str(e.results)}`,
      explain:
        'DMARC は、ドメインの持ち主が「自分の名前でメールを送ってよいサーバー」を宣言する仕組みです（Microsoft の compauth も同じ考え方です）。受信サーバーがこのメールを Amazon の宣言と照らし合わせたところ、認証に失敗しました。差出人アドレスは偽装されています。リンクを開いたり、電話をかけたり、返信したりせず、削除するか Amazon（reportascam@amazon.com）に報告してください。',
    },
  },
  'auth.amazon-not-authenticated': {
    en: {
      title: 'The Amazon sender address is not authenticated',
      message: (e) =>
        `The mail uses the Amazon domain ${str(e.fromDomain)}, but ${str(e.verifiedBy)} could not confirm that Amazon sent it. Results: ${str(e.results)}.`,
      explain:
        'Genuine Amazon mail is signed by Amazon and passes the checks your mail provider runs. This one did not pass them, so the Amazon address in the From line is not proven. Treat the mail as suspicious: open Amazon yourself (app or typed address) instead of using its links.',
    },
    ja: {
      title: 'Amazon の差出人アドレスが認証されていません',
      message: (e) =>
        `このメールは Amazon のドメイン ${str(e.fromDomain)} を差出人にしていますが、${str(e.verifiedBy)} の検査では Amazon から送られたことを確認できませんでした。結果: ${str(e.results)}`,
      explain:
        '本物の Amazon のメールには Amazon の電子署名があり、受信サーバーの検査に合格します。このメールは合格しておらず、差出人の Amazon アドレスが本物だとは言えません。不審なメールとして扱い、メール内のリンクは使わずに、Amazon のアプリや自分で入力したアドレスから確認してください。',
    },
  },
  'auth.amazon-unverified': {
    en: {
      title: 'Could not verify the Amazon sender',
      message: (e) =>
        `The mail uses the Amazon domain ${str(e.fromDomain)}, but it carries no authentication results amzcheck can trust${str(e.reason) === 'temperror' ? ' (the check hit a temporary error)' : ''}, so it cannot say whether Amazon sent it.`,
      explain:
        "amzcheck trusts only the results your own mail provider wrote into the mail, because anyone can write such lines into a mail they send. This mail has none (some providers do not write them, and saved or forwarded copies may lose them). This is not proof of fraud, but it is no proof of Amazon either. Running again with --online re-checks the signatures over the network.",
    },
    ja: {
      title: 'Amazon からのメールか確認できませんでした',
      message: (e) =>
        `このメールは Amazon のドメイン ${str(e.fromDomain)} を差出人にしていますが、信頼できる認証結果が含まれていない${str(e.reason) === 'temperror' ? '（検査が一時的なエラーで完了しなかった）' : ''}ため、Amazon から送られたかどうか判断できません。`,
      explain:
        'amzcheck が信頼するのは、あなたのメールサービスがメールに書き込んだ認証結果だけです。同じ形式の行は送信者が自由に書き込めるからです。このメールにはその結果がありません（書き込まないメールサービスもあり、保存や転送で失われることもあります）。詐欺の証拠ではありませんが、Amazon からである証拠もありません。--online を付けて実行すると、ネットワーク経由で署名を確認し直します。',
    },
  },
  'auth.no-trusted-results': {
    en: {
      title: 'No trusted authentication results',
      message: (e) =>
        `${presentsOrMentions(e)}, but its sender domain ${str(e.fromDomain) || '(none)'} is not Amazon's and no trusted authentication results were found.`,
      explain:
        'Your mail provider normally records who really sent a mail. This mail has no such record that amzcheck can trust, so only the sender domain itself can be judged, and it is not an Amazon domain.',
    },
    ja: {
      title: '信頼できる認証結果がありません',
      message: (e) =>
        `${presentsOrMentionsJa(e)}、差出人ドメイン ${str(e.fromDomain) || '（なし）'} は Amazon のものではなく、信頼できる認証結果も見つかりませんでした。`,
      explain:
        '通常はメールサービスが「実際の送信者」を検査してメールに記録します。このメールには amzcheck が信頼できる記録がないため、差出人ドメインだけで判断するしかありませんが、そのドメインは Amazon のものではありません。',
    },
  },
  'auth.forged-results': {
    en: {
      title: 'Forged authentication results in the mail',
      message: (e) =>
        `A header written as if by "${str(e.forgedAuthservId)}" claims ${str(e.method)}=pass for ${str(e.domain)}, but your provider (${str(e.trustedAuthservIds)}) did not confirm it (${str(e.trustedResults) || 'no result'}).`,
      explain:
        'Authentication results are plain text lines that anyone can put into a mail. This mail contains such a line claiming Amazon passed, placed where only the sender could have written it, while the result your provider actually recorded says otherwise. Faking a pass is a deliberate deception: treat the mail as a phishing attempt.',
    },
    ja: {
      title: '偽造された認証結果が含まれています',
      message: (e) =>
        `「${str(e.forgedAuthservId)}」が書いたように見せかけた行が ${str(e.domain)} の ${str(e.method)}=pass（合格）を主張していますが、あなたのメールサービス（${str(e.trustedAuthservIds)}）はそれを確認していません（${str(e.trustedResults) || '結果なし'}）。`,
      explain:
        '認証結果は誰でもメールに書き込めるただの文字の行です。このメールには「Amazon として合格」と主張する行が、送信者しか書き込めない位置にあり、メールサービスが実際に記録した結果とは食い違っています。合格を偽るのは意図的なだましです。フィッシング詐欺として扱ってください。',
    },
  },
  'auth.dkim-body-modified': {
    en: {
      title: 'The mail was changed after it was signed',
      message: (e) =>
        `The DKIM signature of ${str(e.domain)} no longer matches the body of the mail: its text was changed after ${str(e.domain)} signed it.`,
      explain:
        'A DKIM signature seals the text of a mail. If the text no longer matches, someone changed it on the way: sometimes harmlessly (a mailing list adding a footer), sometimes to slip in a different link or phone number. Do not trust links or numbers in this mail.',
    },
    ja: {
      title: '署名の後でメール本文が書き換えられています',
      message: (e) =>
        `${str(e.domain)} の DKIM 署名がメール本文と一致しません。${str(e.domain)} が署名した後で本文が変更されています。`,
      explain:
        'DKIM 署名はメール本文を封印する仕組みです。本文が一致しないのは、途中で誰かが書き換えたということです。メーリングリストが末尾に文を足しただけの場合もありますが、リンクや電話番号を差し替えるために書き換えられることもあります。このメール内のリンクや電話番号は信用しないでください。',
    },
  },
  'auth.only-amazon-infrastructure': {
    en: {
      title: "Sent through Amazon's rentable mail service, which proves nothing",
      message: (e) =>
        `The only Amazon names in the authentication are ${str(e.infrastructure)}. These belong to services anyone can rent; they do not show that Amazon wrote this mail (sender domain: ${str(e.fromDomain) || '(none)'}).`,
      explain:
        "Amazon SES (amazonses.com) and other AWS services send mail for any paying customer, including fraudsters. A signature or bounce address there only shows which service carried the mail. Only a signature of Amazon's own domain, matching the sender address, shows that Amazon sent it.",
    },
    ja: {
      title: '誰でも借りられる Amazon の送信サービス経由です（本物の証明にはなりません）',
      message: (e) =>
        `認証に含まれる Amazon の名前は ${str(e.infrastructure)} だけです。これは誰でも契約できるサービスのもので、Amazon がこのメールを書いたことを示すものではありません（差出人ドメイン: ${str(e.fromDomain) || 'なし'}）。`,
      explain:
        'Amazon SES（amazonses.com）などの AWS のサービスは、料金を払えば詐欺師を含め誰でもメール送信に使えます。そこで付いた署名や返送先アドレスは、どのサービスを通ったかを示すだけです。Amazon から送られた証拠になるのは、差出人アドレスと一致する Amazon 自身のドメインの署名だけです。',
    },
  },
  'auth.non-amazon-sender-authenticated': {
    en: {
      title: 'Really sent by a domain that is not Amazon',
      message: (e) =>
        `${presentsOrMentions(e)}, but the authentication that passed belongs to ${str(e.domains)} (${str(e.methods)}). That is who really sent it.`,
      explain:
        'Your mail provider confirmed the real sending domain, and it is not one of Amazon\'s. A passing check only shows who sent a mail, not that the sender is honest; here it shows that the mail did not come from Amazon.',
    },
    ja: {
      title: '実際の送信元は Amazon 以外のドメインです',
      message: (e) =>
        `${presentsOrMentionsJa(e)}、認証に合格したのは ${str(e.domains)} です（${str(e.methods)}）。これが本当の送信者です。`,
      explain:
        'メールサービスが確認した実際の送信ドメインは、Amazon のものではありません。認証の合格は「誰が送ったか」を示すだけで、送信者が信用できることを意味しません。この場合は、Amazon から送られていないことを示しています。',
    },
  },
  'auth.temperror': {
    en: {
      title: 'Could not verify: temporary error',
      message: (e) =>
        `The ${str(e.methods)} check could not be completed (${str(e.verifiedBy)}, temporary error, e.g. DNS did not answer). This is "could not verify", not "failed".`,
      explain:
        'Checking a sender needs answers from the sender domain\'s DNS. When those do not arrive in time, the result is a temporary error. It says nothing for or against the mail; try again later or with --online on a working network.',
    },
    ja: {
      title: '一時的なエラーで確認できませんでした',
      message: (e) =>
        `${str(e.methods)} の検査を完了できませんでした（${str(e.verifiedBy)}、DNS が応答しないなどの一時的なエラー）。「不合格」ではなく「確認できなかった」という意味です。`,
      explain:
        '送信元の確認には、送信ドメインの DNS からの応答が必要です。応答が時間内に届かないと一時的なエラーになります。メールが本物か偽物かについては何も言えません。時間をおいて、またはネットワークにつながった状態で --online を付けて再度確認してください。',
    },
  },
  'auth.rewritten-in-transit': {
    en: {
      title: 'Changed on the way in, not by a forger',
      message: (e) => `The DKIM signature of ${str(e.domain)} no longer matches the body, and ${REWRITE_EN[e.kind] ?? 'the receiving side explains the change'}${e.by ? ` (${str(e.by)})` : ''}. The change itself is no sign of fraud; ${e.kind === 'receiver-verified' ? "your provider's check decides." : 'without the original signature, amzcheck cannot confirm the sender either.'}`,
      explain:
        "A DKIM signature seals the text of a mail, and some services change the text on purpose after the sender signed it: a mailing list adds a footer or tags the subject, a company's security gateway rewrites every link so that it can check it when clicked, a mail program re-saves the mail. When the receiving side shows such a service at work, or your provider had already checked the signature before the change, amzcheck does not count the change against the mail. It still judges the links (a rewritten link is judged by where it really goes) and everything else in the mail.",
    },
    ja: {
      title: '受信の途中で書き換えられています（なりすましの証拠ではありません）',
      message: (e) => `${str(e.domain)} の DKIM 署名は本文と一致しなくなっていますが、${REWRITE_JA[e.kind] ?? '受信側の処理で説明できる変更です'}${e.by ? `（${str(e.by)}）` : ''}。変更そのものは詐欺の兆候ではありません。${e.kind === 'receiver-verified' ? '判定はメールサービスの検査結果に従います。' : 'ただし元の署名が使えないため、送信元も確認できません。'}`,
      explain:
        'DKIM 署名はメール本文を封印する仕組みですが、送信者が署名した後で本文を意図的に変更するサービスがあります。メーリングリストは末尾に文を足したり件名に印を付けたりし、会社のセキュリティゲートウェイはクリック時に検査するためにすべてのリンクを書き換え、メールソフトは保存し直すことがあります。受信側でそうしたサービスの処理が確認できる場合や、変更の前にメールサービスが署名を確認済みの場合、amzcheck はその変更をメールに不利な材料として扱いません。リンク（書き換えられたリンクは本当の行き先で判断します）やその他の内容は引き続き検査します。',
    },
  },
  'auth.copy-without-delivery-headers': {
    en: {
      title: 'A saved copy without its delivery headers',
      message: (e) =>
        e.savedAs === 'outlook-msg'
          ? `This Outlook .msg file did not keep the mail's transport headers (the Received and Authentication-Results lines written when it was delivered). amzcheck read the sender${e.fromDomain ? ` (${str(e.fromDomain)})` : ''}, the subject and the text from what Outlook stored, but there is no authentication result to read: nothing in it proves or disproves who sent it.`
          : `This mail has no Received header: it is an export, a draft or a trimmed copy, not the mail as it was delivered${e.fromDomain ? ` (sender shown: ${str(e.fromDomain)})` : ''}. Nothing in it proves or disproves who sent it.`,
      explain:
        'Every mail that crosses the internet gets a Received line from each server that handles it, and your provider adds its check of the sender next to them. A copy without any Received line was saved or exported without them (some programs and tools drop them), so there is nothing to check the sender against. amzcheck calls such a copy unverified unless something else in it (a lookalike link, a form asking for a password, a disguised sender name) shows phishing on its own. Save the original with all its headers to have it checked.',
    },
    ja: {
      title: '配送ヘッダーのない保存コピーです',
      message: (e) =>
        e.savedAs === 'outlook-msg'
          ? `この Outlook の .msg ファイルには、配信時に付く配送ヘッダー（Received や Authentication-Results の行）が残っていません。amzcheck は Outlook が保存していた差出人${e.fromDomain ? `（${str(e.fromDomain)}）` : ''}・件名・本文を読み取りましたが、送信元の確認結果がないため、誰が送ったかを証明する材料も否定する材料もありません。`
          : `このメールには Received ヘッダーがありません。配信されたままのメールではなく、書き出し・下書き・一部を削ったコピーです${e.fromDomain ? `（表示上の差出人: ${str(e.fromDomain)}）` : ''}。誰が送ったかを証明する材料も否定する材料もありません。`,
      explain:
        'インターネットを通って届くメールには、経由したサーバーごとに Received という行が付き、メールサービスは送信元の確認結果をその近くに書き込みます。Received が一行もないコピーは、それらを含めずに保存・書き出しされたもので（一部のソフトやツールは削除します）、送信元を確かめる手がかりがありません。amzcheck はこうしたコピーを「未確認」とし、偽のリンク、パスワードを求めるフォーム、偽装した差出人名など、それだけでフィッシングとわかる点がある場合に限りフィッシングと判定します。確認するには、ヘッダーをすべて含む元のメールを保存してください。',
    },
  },
};

/** Who changed the body, by kind of rewrite (evidence `kind` of auth.rewritten-in-transit). */
type RewriteKind = AuthenticationEvidence['auth.rewritten-in-transit']['kind'];
const REWRITE_EN: Readonly<Record<RewriteKind, string>> = {
  'receiver-verified': 'your provider had already verified the signature when the mail arrived, so the body changed after delivery',
  'mailing-list': 'the mail came through a mailing list, which adds footers or subject tags',
  'security-gateway': "a security gateway rewrote its links on the way in",
  'saved-copy': 'this copy was saved without its delivery headers, and saving can re-encode the text',
};
const REWRITE_JA: Readonly<Record<RewriteKind, string>> = {
  'receiver-verified': 'メールの到着時にメールサービスが署名を確認済みのため、本文は配信後に変更されています',
  'mailing-list': 'メーリングリストを経由しており、リストが末尾の文や件名の印を付け加えています',
  'security-gateway': 'セキュリティゲートウェイが受信時にリンクを書き換えています',
  'saved-copy': '配送ヘッダーのない保存コピーで、保存時に本文が再エンコードされることがあります',
};
