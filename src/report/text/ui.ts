/** Words of the human output that are not tied to a finding code: headings, verdict names, labels. */
import type { Lang } from './types.js';
import type { MailKind } from '../../checks/security-code/index.js';
import type { Verdict, OverallStatus } from '../../verdict/types.js';
import type { SkippedFileReason } from '../../input/types.js';

interface UiText {
  verdict: Record<Verdict, string>;
  kind: Record<MailKind, string>;
  status: Record<OverallStatus, string>;
  headingProblems: string;
  headingOthers: string;
  listSeparator: string;
  clauseSeparator: string;
  parenthesis: (text: string) => string;
  headingSecurityMails: string;
  headlinePasswordKnown: (n: number) => string;
  headingBursts: string;
  headingTimeline: string;
  headingWhatToDo: string;
  headingErrors: string;
  headingSummary: string;
  noAmazonMail: string;
  from: string;
  kindLabel: string;
  subject: string;
  date: string;
  to: string;
  reasons: string;
  evidence: string;
  explainHint: string;
  location: (file: string, index: number, offset: number) => string;
  messages: (n: number) => string;
  amazonRelated: (n: number) => string;
  skipped: (deleted: number, chat: number) => string;
  outsidePeriod: (n: number) => string;
  burstLine: (count: number, start: string, end: string, recipient: string) => string;
  burstMix: (genuine: number, fake: number) => string;
  moreNotShown: (n: number) => string;
  moreFindings: (n: number) => string;
  /** The line that introduces a mail attached to the mail above it: its file name (or none) and MIME part. */
  attachedMail: (name: string | null, part: string) => string;
  otherAmazonMailsLine: (counts: string) => string;
  undated: (n: number) => string;
  securityCode: (type: string, masked: string) => string;
  headlineClean: string;
  headlinePhishing: (n: number) => string;
  headlineSuspicious: (n: number) => string;
  headlineUnverified: (n: number) => string;
  /** What could not be read: `inputs` files, folders or stdin, `mails` messages (either may be 0). */
  headlineUnread: (inputs: number, mails: number) => string;
  headlineNothingChecked: string;
  /** The count of files in folders that were not read as mail; `listed`: they are listed above (-v). */
  skippedFiles: (n: number, listed: boolean) => string;
  headingSkippedFiles: string;
  skippedFileReason: Record<SkippedFileReason, string>;
  securityType: Record<string, string>;
}

export const UI: Record<Lang, UiText> = {
  en: {
    verdict: {
      phishing: 'PHISHING',
      suspicious: 'SUSPICIOUS',
      unverified: 'UNVERIFIED',
      genuine: 'GENUINE',
      unrelated: 'not Amazon',
      error: 'ERROR',
    },
    kind: {
      'security-code': 'security code',
      'sign-in-alert': 'sign-in alert',
      order: 'order',
      payment: 'payment',
      account: 'account',
      marketing: 'marketing',
      other: 'other',
    },
    status: { danger: 'Action needed', warning: 'Be careful', incomplete: 'Not fully checked', ok: 'No problem found' },
    headingProblems: 'Mails that need attention',
    headingOthers: 'Other Amazon mails',
    listSeparator: ', ',
    clauseSeparator: '; ',
    parenthesis: (t) => ` (${t})`,
    headingSecurityMails: 'Account-security mails from Amazon',
    headlinePasswordKnown: (n) =>
      `Amazon really sent ${n === 1 ? 'a sign-in code or sign-in request' : `${n} sign-in codes or sign-in requests`}: someone entered your correct password. Change it now.`,
    headingBursts: 'Bursts of security-code mails',
    headingTimeline: 'Security-code mails over time',
    headingWhatToDo: 'What to do now',
    headingErrors: 'Could not read',
    headingSummary: 'Summary',
    noAmazonMail: 'No Amazon-related mail found.',
    from: 'From',
    kindLabel: 'Kind',
    subject: 'Subject',
    date: 'Date',
    to: 'To',
    reasons: 'Why',
    evidence: 'evidence',
    explainHint: 'The code of each finding is in [brackets]: "amzcheck explain CODE" says what it means and what to do.',
    location: (file, index, offset) => `${file} #${index} (byte ${offset})`,
    messages: (n) => `${n} message${n === 1 ? '' : 's'} scanned`,
    amazonRelated: (n) => `${n} Amazon-related`,
    skipped: (d, c) => `skipped: ${d} deleted (Thunderbird), ${c} chat (Gmail)`,
    outsidePeriod: (n) => `not shown: ${n} message${n === 1 ? '' : 's'} dated outside --since/--until`,
    burstLine: (count, start, end, recipient) => `${count} mails between ${start} and ${end} to ${recipient}`,
    burstMix: (g, f) => `${g} authenticated as Amazon, ${f} fake or unverified`,
    moreNotShown: (n) => `… and ${n} more (use --verbose to list all)`,
    moreFindings: (n) => `… and ${n} more finding${n === 1 ? '' : 's'} (use --verbose to see them)`,
    attachedMail: (name, part) => (name ? `Attached mail "${name}" (part ${part})` : `Attached mail (part ${part})`),
    otherAmazonMailsLine: (counts) => `Other Amazon-related mails: ${counts}`,
    undated: (n) => `${n} security-code mail${n === 1 ? '' : 's'} without a usable date (not on the timeline)`,
    securityCode: (type, masked) => `${type}${masked ? `, code ${masked}` : ''}`,
    headlineClean: 'No phishing or suspicious Amazon mail found.',
    headlinePhishing: (n) => `${n} mail${n === 1 ? '' : 's'} impersonate${n === 1 ? 's' : ''} Amazon (phishing).`,
    headlineSuspicious: (n) => `${n} Amazon-looking mail${n === 1 ? ' has' : 's have'} red flags.`,
    headlineUnverified: (n) => `${n} Amazon-looking mail${n === 1 ? '' : 's'} could not be verified.`,
    headlineUnread: (inputs, mails) => {
      const what = [
        inputs > 0 ? `${inputs} file${inputs === 1 ? '' : 's'}` : '',
        mails > 0 ? `${mails} message${mails === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      return `Could not check: ${what.join(' and ')} could not be read.`;
    },
    headlineNothingChecked: 'Nothing was checked: the input held no message to check.',
    skippedFiles: (n, listed) => `skipped: ${n} file${n === 1 ? '' : 's'} in folders that ${n === 1 ? 'is' : 'are'} not mail${listed ? '' : ' (list with -v)'}`,
    headingSkippedFiles: 'Skipped files (not mail)',
    skippedFileReason: {
      'not-mail': 'not mail',
      empty: 'empty file',
      'apple-mail-attachment': 'Apple Mail attachment, read with its .partial.emlx message',
      hidden: 'hidden file or folder',
      'in-delivery': 'Maildir delivery still being written (tmp/)',
    },
    securityType: {
      'password-reset': 'password-reset code',
      'sign-in-code': 'sign-in code',
      'sign-in-approval': 'sign-in approval request',
      'new-sign-in': 'new sign-in notice',
      'account-change': 'account change verification',
      'new-account': 'new account verification',
      'verification-code': 'verification code',
    },
  },
  ja: {
    verdict: {
      phishing: 'フィッシング',
      suspicious: '要注意',
      unverified: '未確認',
      genuine: '本物',
      unrelated: 'Amazon 以外',
      error: 'エラー',
    },
    kind: {
      'security-code': '確認コード',
      'sign-in-alert': 'サインイン通知',
      order: '注文',
      payment: '支払い',
      account: 'アカウント',
      marketing: '宣伝',
      other: 'その他',
    },
    status: { danger: '対応が必要です', warning: '注意してください', incomplete: '確認できなかったものがあります', ok: '問題は見つかりませんでした' },
    headingProblems: '注意が必要なメール',
    headingOthers: 'その他の Amazon 関連メール',
    listSeparator: '、',
    clauseSeparator: '。',
    parenthesis: (t) => `（${t}）`,
    headingSecurityMails: 'Amazon からのセキュリティ関連メール',
    headlinePasswordKnown: (n) =>
      `本物の Amazon からサインインの確認コードまたは承認リクエストが${n === 1 ? '' : ` ${n} 通`}届いています。誰かが正しいパスワードを入力しました。今すぐパスワードを変更してください。`,
    headingBursts: '確認コードメールの集中',
    headingTimeline: '確認コードメールの推移',
    headingWhatToDo: '今すぐできること',
    headingErrors: '読み取れなかったもの',
    headingSummary: 'まとめ',
    noAmazonMail: 'Amazon に関係するメールは見つかりませんでした。',
    from: '差出人',
    kindLabel: '種類',
    subject: '件名',
    date: '日時',
    to: '宛先',
    reasons: '理由',
    evidence: '根拠',
    explainHint: '各指摘の [ ] 内はコードです。「amzcheck explain コード」で、その意味と対処を確認できます。',
    location: (file, index, offset) => `${file} #${index}（先頭から ${offset} バイト）`,
    messages: (n) => `${n} 通をスキャン`,
    amazonRelated: (n) => `うち Amazon 関連 ${n} 通`,
    skipped: (d, c) => `スキップ: 削除済み ${d} 通（Thunderbird）、チャット ${c} 件（Gmail）`,
    outsidePeriod: (n) => `--since/--until の期間外のため表示しなかったメール: ${n} 通`,
    burstLine: (count, start, end, recipient) => `${start} から ${end} までに ${recipient} 宛てに ${count} 通`,
    burstMix: (g, f) => `本物の Amazon から ${g} 通、偽物または未確認 ${f} 通`,
    moreNotShown: (n) => `… ほか ${n} 通（すべて表示するには --verbose を付けてください）`,
    moreFindings: (n) => `… ほか ${n} 件の指摘があります（すべて表示するには --verbose を付けてください）`,
    attachedMail: (name, part) => (name ? `添付されたメール「${name}」（パート ${part}）` : `添付されたメール（パート ${part}）`),
    otherAmazonMailsLine: (counts) => `その他の Amazon 関連メール: ${counts}`,
    undated: (n) => `日時が分からない確認コードメール ${n} 通（推移には含みません）`,
    securityCode: (type, masked) => `${type}${masked ? `、コード ${masked}` : ''}`,
    headlineClean: 'Amazon を装ったフィッシングや不審なメールは見つかりませんでした。',
    headlinePhishing: (n) => `Amazon を装ったフィッシングメールが ${n} 通あります。`,
    headlineSuspicious: (n) => `Amazon を名乗る不審なメールが ${n} 通あります。`,
    headlineUnverified: (n) => `Amazon を名乗っていますが、送信元を確認できないメールが ${n} 通あります。`,
    headlineUnread: (inputs, mails) => {
      const what = [inputs > 0 ? `ファイル ${inputs} 件` : '', mails > 0 ? `メール ${mails} 通` : ''].filter(Boolean);
      return `確認できませんでした：${what.join('と')}を読み取れませんでした。`;
    },
    headlineNothingChecked: '何も確認していません：入力に確認できるメールがありませんでした。',
    skippedFiles: (n, listed) => `スキップ: フォルダ内のメールではないファイル ${n} 件${listed ? '' : '（-v で一覧を表示）'}`,
    headingSkippedFiles: 'スキップしたファイル（メールではないもの）',
    skippedFileReason: {
      'not-mail': 'メールではありません',
      empty: '空のファイル',
      'apple-mail-attachment': 'Apple Mail の添付ファイル（.partial.emlx のメールと一緒に読み取り済み）',
      hidden: '隠しファイル・フォルダ',
      'in-delivery': 'Maildir の配送途中のファイル（tmp/）',
    },
    securityType: {
      'password-reset': 'パスワード再設定コード',
      'sign-in-code': 'サインイン確認コード',
      'sign-in-approval': 'サインイン承認リクエスト',
      'new-sign-in': '新しいサインインの通知',
      'account-change': 'アカウント変更の確認',
      'new-account': '新規アカウントの確認',
      'verification-code': '確認コード',
    },
  },
};

/** Pick the language: --lang, else LC_ALL, LC_MESSAGES, LANG (POSIX precedence); Japanese when it starts with "ja". */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const v = env[key];
    if (v) return v.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  }
  return 'en';
}
