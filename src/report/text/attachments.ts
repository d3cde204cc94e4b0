/** Text for the attachment findings, English and Japanese side by side. */
import type { attachmentCodes } from '../../checks/attachments/codes.js';
import type { CodeTexts } from './types.js';
import { localizeReason } from './cli.js';

const PDF_PROBLEM: Record<string, { en: string; ja: string }> = {
  encrypted: { en: 'it is locked with a password', ja: 'パスワードで保護されている' },
  damaged: { en: 'it is damaged', ja: 'ファイルが壊れている' },
  'too-large': { en: 'it is larger than 10 MB', ja: '10MB を超えている' },
  'inflates-too-much': { en: 'it unpacks to more than 64 MB (a "decompression bomb")', ja: '展開すると64MB を超える（「圧縮爆弾」）' },
  'too-many-pages': { en: 'it has more than 20 pages; only the first 20 were read', ja: '20ページを超えている（最初の20ページだけ読みました）' },
  'too-slow': { en: 'it took too long to read; only the first pages were read', ja: '読み取りに時間がかかりすぎた（最初のページだけ読みました）' },
};

function problem(e: { problem: string }, lang: 'en' | 'ja'): string {
  const p = e.problem;
  return Object.hasOwn(PDF_PROBLEM, p) ? PDF_PROBLEM[p]![lang] : p;
}

export const attachmentText: CodeTexts<keyof typeof attachmentCodes> = {
  'attachment.active-svg': {
    en: {
      title: 'An attached picture runs code like a web page',
      message: (e) => `The attached file "${e.attachment}" is an SVG picture that contains ${e.feature}. A picture does not need this.`,
      explain:
        'SVG pictures can carry scripts, links and forms, and open in a web browser when clicked. Attackers send them because filters often treat them as harmless images; opened, they show a fake sign-in page or send you to one. Do not open it.',
    },
    ja: {
      title: '添付の画像が、ウェブページのようにプログラムを動かします',
      message: (e) => `添付ファイル「${e.attachment}」は SVG 画像で、${e.feature} を含んでいます。普通の画像には必要ないものです。`,
      explain:
        'SVG 画像にはプログラムやリンク、入力フォームを入れることができ、クリックするとウェブブラウザで開きます。迷惑メールの判定で無害な画像として扱われやすいため、攻撃者はこれを送り、開くと偽のサインインページを表示したり、そこへ移動させたりします。開かないでください。',
    },
  },
  'attachment.disguised-page': {
    en: {
      title: 'An attached web page is disguised as another kind of file',
      message: (e) => `The attached file "${e.attachment}" is declared as ${e.declaredType}, but it is a ${e.kind === 'svg' ? 'SVG picture' : 'web page (HTML)'}.`,
      explain:
        'A web page sent as a file opens in your browser, outside the protection of your mail service, and can show a fake sign-in page. Declaring it as another kind of file helps it past filters. Genuine mail has no reason to do this.',
    },
    ja: {
      title: '添付のウェブページが、別の種類のファイルに見せかけられています',
      message: (e) => `添付ファイル「${e.attachment}」は ${e.declaredType} とされていますが、中身は${e.kind === 'svg' ? ' SVG 画像' : 'ウェブページ（HTML）'}です。`,
      explain:
        'ファイルとして送られたウェブページはブラウザで開き、メールサービスの保護の外で偽のサインインページを表示できます。別の種類のファイルに見せかけるのは、迷惑メールの判定をすり抜けるためです。正規のメールがこうする理由はありません。',
    },
  },
  'attachment.pdf-unreadable': {
    en: {
      title: 'An attached PDF could not be checked',
      message: (e) => `amzcheck could not read the attached PDF "${e.attachment}": ${problem(e, 'en')}. What it says was not checked.`,
      explain:
        'amzcheck reads the text and links of attached PDFs, within fixed limits. A PDF that is locked, damaged or built to be enormous can hide a fake link or phone number from filters. In a mail that claims to be from Amazon and is not confirmed as Amazon, this alone makes it suspicious.',
    },
    ja: {
      title: '添付の PDF を確認できませんでした',
      message: (e) => `添付の PDF「${e.attachment}」は、${problem(e, 'ja')}ため読めませんでした。書かれている内容は確認していません。`,
      explain:
        'amzcheck は添付の PDF の文章とリンクを、決まった範囲で読みます。保護されていたり、壊れていたり、わざと巨大に作られた PDF は、偽のリンクや電話番号を迷惑メールの判定から隠せます。Amazon を名乗っているのに Amazon からと確認できないメールなら、これだけでも注意が必要です。',
    },
  },
  'attachment.qr-code-unauthenticated': {
    en: {
      title: 'A QR code in a mail that only claims to be from Amazon',
      message: (e) => `The image "${e.attachment}" holds a QR code (${e.content}), and this mail presents itself as Amazon without being confirmed as Amazon.`,
      explain:
        '"Scan to verify" moves you to your phone, where the link protection of your mail service does not reach and the full address is hard to see. Amazon puts QR codes only in a few mails, such as returns, and those are confirmed as Amazon. Do not scan it; open the Amazon app or type amazon.co.jp yourself.',
    },
    ja: {
      title: 'Amazon を名乗るだけのメールに QR コードがあります',
      message: (e) => `画像「${e.attachment}」に QR コード（${e.content}）があり、このメールは Amazon を名乗っていますが、Amazon からと確認できません。`,
      explain:
        '「スキャンして確認」と言われると、操作がスマートフォンに移り、メールサービスのリンク保護が届かず、アドレス全体も見えにくくなります。Amazon が QR コードを載せるのは返品などごく一部のメールで、それらは Amazon からと確認できます。読み取らずに、Amazon アプリを開くか、amazon.co.jp を自分で入力してください。',
    },
  },
  'attachment.attached-phishing': {
    en: {
      title: 'An attached mail is phishing',
      message: (e) =>
        `The mail attached as "${e.attachment}" (from "${e.from}", subject "${e.subject}") is phishing; its own findings are listed under it.`,
      explain:
        'A mail can carry another mail as an attachment: forwarded "as attachment", sent by a report-phishing button, or used to hide a phishing mail one level down from filters. Opened, the attached mail shows its links and its sender like any mail, so amzcheck judges it as a mail of its own and calls the carrying mail phishing too, whoever sent it. If you forwarded it yourself to report it, nothing more is needed; otherwise do not open the attachment or click its links.',
    },
    ja: {
      title: '添付されたメールが詐欺メールです',
      message: (e) => `「${e.attachment}」として添付されたメール（差出人「${e.from}」、件名「${e.subject}」）は詐欺メールです。その判定の理由は、このメールの下に示しています。`,
      explain:
        'メールには別のメールを添付できます。「添付ファイルとして転送」したとき、詐欺メールの報告ボタンを使ったとき、または迷惑メールの判定をすり抜けるために詐欺メールを一段奥に隠すときです。添付されたメールを開くと、普通のメールと同じようにリンクや差出人が表示されるため、amzcheck はそれを一通のメールとして判定し、送った人に関係なく、添付しているメールも詐欺メールとします。ご自分で報告のために転送したのであれば、ほかに必要なことはありません。そうでなければ、添付を開いたりリンクを押したりしないでください。',
    },
  },
  'attachment.attached-suspicious': {
    en: {
      title: 'An attached mail is suspicious',
      message: (e) =>
        `The mail attached as "${e.attachment}" (from "${e.from}", subject "${e.subject}") shows red flags; its own findings are listed under it.`,
      explain:
        'amzcheck judges a mail attached to a mail as a mail of its own. This one shows warning signs that are not conclusive, so the carrying mail is suspicious too. Do not act on what the attached mail asks; check on Amazon yourself.',
    },
    ja: {
      title: '添付されたメールに不審な点があります',
      message: (e) => `「${e.attachment}」として添付されたメール（差出人「${e.from}」、件名「${e.subject}」）には不審な点があります。その理由は、このメールの下に示しています。`,
      explain:
        'amzcheck は、メールに添付されたメールを一通のメールとして判定します。このメールには決め手にはならない不審な点があるため、添付しているメールも注意が必要なものとします。添付されたメールの求めに応じず、Amazon でご自分で確認してください。',
    },
  },
  'attachment.attached-unreadable': {
    en: {
      title: 'An attached mail could not be read',
      message: (e) => `The part "${e.attachment}" is declared as a mail but could not be read as one (${e.reason}). What it says was not checked.`,
      explain:
        'amzcheck judges a mail attached to a mail as a mail of its own. This one is damaged, so its content was not checked. Mail programs do not write such attachments; a damaged one can hide a phishing mail from filters. In a mail that claims to be from Amazon and is not confirmed as Amazon, this alone makes it suspicious.',
    },
    ja: {
      title: '添付されたメールを読み取れませんでした',
      message: (e) => `「${e.attachment}」はメールとして添付されていますが、メールとして読み取れませんでした（${localizeReason(e.reason, 'ja')}）。書かれている内容は確認していません。`,
      explain:
        'amzcheck は、メールに添付されたメールを一通のメールとして判定します。この添付は壊れているため、内容を確認できませんでした。メールソフトがこのような添付を作ることはなく、壊れた添付は詐欺メールを迷惑メールの判定から隠すことがあります。Amazon を名乗っているのに Amazon からと確認できないメールなら、これだけでも注意が必要です。',
    },
  },
};
