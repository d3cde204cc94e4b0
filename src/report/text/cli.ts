/**
 * The words of the command line itself: --help, usage errors, the stdin prompt, the progress line, and the
 * reasons an input could not be read, in English and Japanese.
 */
import type { Lang } from './types.js';

export interface CliText {
  programDescription: string;
  helpOption: string;
  helpCommand: string;
  versionOption: string;
  scanSummary: string;
  scanDescription: string;
  scanPaths: string;
  /** Option descriptions, by the option's long name. */
  option: Record<string, string>;
  scanHelpAfter: string;
  explainDescription: string;
  explainCode: string;
  explainLang: string;
  /** commander's help headings and notes. */
  helpWords: [RegExp, string][];
  noInput: string;
  langInvalid: string;
  jobsInvalid: string;
  dateInvalid: (value: string) => string;
  conflict: (a: string, b: string) => string;
  sinceAfterUntil: string;
  waitingForStdin: string;
  progress: (messages: number, bytes: string, percent: number | null, file: string) => string;
  outputFailed: (file: string, reason: string) => string;
  /** commander's own error messages, translated by their code. */
  commanderError: (code: string, message: string) => string;
}

const EN_HELP_AFTER = `
Examples:
  amzcheck scan inbox.mbox                 scan a mailbox (mbox, Gmail Takeout, Thunderbird)
  amzcheck scan message.eml other.eml      scan single messages
  cat message.eml | amzcheck scan -        read one message (or an mbox) from stdin
  amzcheck scan ~/Maildir --lang ja        a Maildir, with the report in Japanese
  amzcheck scan inbox.mbox --since 2026-11-01   only mail from November 2026 on
  amzcheck scan inbox.mbox --json > r.json one JSON document for scripts
  amzcheck scan big.mbox --ndjson          one JSON line per message as it is analysed
  amzcheck scan inbox.mbox --format sarif --output amzcheck.sarif   SARIF 2.1.0 for GitHub code scanning
  amzcheck scan msg.eml --online           also re-verify SPF/DKIM/DMARC with DNS

Exit codes:
  0  every input read, nothing at or above --fail-on (default: suspicious)
  1  at least one message at or above --fail-on, even if another input could not be read
  2  nothing at or above --fail-on, and an input or message could not be read (missing, empty,
     not mail, a folder without mail) or no message was checked; or a usage error

Offline by default: nothing is sent anywhere and links are never fetched unless you pass --online
(DNS queries only).`;

const JA_HELP_AFTER = `
例:
  amzcheck scan inbox.mbox                 メールボックスを調べる（mbox、Gmail の Takeout、Thunderbird）
  amzcheck scan message.eml other.eml      メールを 1 通ずつ調べる
  cat message.eml | amzcheck scan -        標準入力から 1 通のメール（または mbox）を読む
  amzcheck scan ~/Maildir --lang ja        Maildir を調べ、結果を日本語で表示する
  amzcheck scan inbox.mbox --since 2026-11-01   2026 年 11 月 1 日以降のメールだけを調べる
  amzcheck scan inbox.mbox --json > r.json スクリプト向けに JSON で出力する
  amzcheck scan big.mbox --ndjson          1 通ごとに JSON を 1 行ずつ出力する
  amzcheck scan inbox.mbox --format sarif --output amzcheck.sarif   GitHub の Code Scanning 向けに SARIF 2.1.0 で出力する
  amzcheck scan msg.eml --online           SPF/DKIM/DMARC を DNS で再検証する

終了コード:
  0  すべての入力を読み、--fail-on（既定: suspicious）以上のメールはありませんでした
  1  --fail-on 以上のメールが 1 通以上ありました（読み取れない入力がほかにあっても 1）
  2  --fail-on 以上のメールはなく、読み取れない入力かメールがありました（存在しない、空、
     メールではない、メールのないフォルダー）、または確認したメールが 1 通もありません。使い方の誤りも 2

既定ではオフラインで動作します。--online を付けない限り、どこにも何も送信せず、リンク先にもアクセスしません
（--online でも DNS の問い合わせのみです）。`;

export const CLI_TEXT: Record<Lang, CliText> = {
  en: {
    programDescription: 'Tell genuine Amazon mail from phishing, and explain Amazon security-code mails you did not ask for.',
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    versionOption: 'output the version number',
    scanSummary: 'Check mail for Amazon phishing and explain Amazon security-code mails',
    scanDescription:
      'Check mail for Amazon phishing and explain Amazon security-code mails. ' +
      'Reads .eml files, mbox files (mboxrd, mboxo, mboxcl2, Gmail Takeout, Thunderbird), Maildir and ' +
      'Apple Mail folders (exported .mbox, and ~/Library/Mail with its .emlx files), Outlook .msg files, ' +
      'directories of mail files, or one message or mbox on stdin ("-").',
    scanPaths: 'files or directories to scan; "-" (or nothing, when piped) reads stdin',
    option: {
      json: 'output one JSON document (docs/report.schema.json)',
      ndjson: 'output one JSON line per message as it is analysed, then a summary line',
      format: 'output format',
      output: 'write the report to this file instead of standard output',
      lang: 'language of the report: en or ja (default: from LC_ALL, LC_MESSAGES, LANG)',
      'fail-on': 'exit with 1 when a message is at or above this level',
      since: 'only mail dated on or after DATE (YYYY-MM-DD, or an ISO date and time)',
      until: 'only mail dated before the end of DATE (YYYY-MM-DD, or an ISO date and time)',
      deep: 'fully parse every message, not only those the header pass selects',
      online: 're-verify SPF/DKIM/DMARC/ARC with DNS (off by default: nothing is sent)',
      'dns-cache': 'read and write DNS answers (mailauth JSON format) to replay --online runs',
      'trust-authserv': "trust only these authserv-ids' Authentication-Results (comma-separated)",
      burst: 'burst windows as COUNT/DURATION, e.g. "3/10m,5/24h" (the default)',
      'usual-marketplace': 'marketplaces you use, e.g. "JP" or "JP,US"; codes from others are reported',
      jobs: 'worker threads that analyse while the main thread reads; output is unchanged (default: on 4 cores or more, one per core for mailbox files of 32 MiB or more, given or in the folders given; on 2-3 cores none, as they paid only on an idle machine; 1 = none)',
      'include-deleted': 'keep Thunderbird messages marked deleted (skipped and counted by default)',
      mboxo: 'do not unescape ">From " lines (mboxo files)',
      quiet: 'only what needs action',
      verbose: 'every finding with its code and evidence',
      color: 'no colours (NO_COLOR and FORCE_COLOR are honoured too)',
      progress: 'no progress indicator on stderr',
    },
    scanHelpAfter: EN_HELP_AFTER,
    explainDescription: 'Explain a finding code and what to do about it',
    explainCode: 'a finding code from a report, e.g. auth.amazon-dmarc-fail; omit to list them all',
    explainLang: 'en or ja (default: from LC_ALL, LC_MESSAGES, LANG)',
    helpWords: [],
    noInput: 'no input: give files or directories, or pipe a message into "amzcheck scan -"',
    langInvalid: 'use "en" or "ja"',
    jobsInvalid: 'use a whole number from 1 to 64',
    dateInvalid: (v) => `"${v}" is not a date: use YYYY-MM-DD, e.g. 2026-11-01`,
    conflict: (a, b) => `${a} and ${b} cannot be used together: choose one`,
    sinceAfterUntil: '--since is after --until: no mail can be in that period',
    waitingForStdin: 'Waiting for a message on standard input (paste it, then press Ctrl-D on a new line; Ctrl-C to cancel).',
    progress: (n, bytes, percent, file) => `${n} messages, ${bytes}${percent === null ? '' : ` (${percent}%)`}… ${file}`,
    outputFailed: (file, reason) => `cannot write the report to ${file}: ${reason}`,
    commanderError: (_code, message) => message,
  },
  ja: {
    programDescription: '本物の Amazon のメールとフィッシングメールを見分け、身に覚えのない Amazon の確認コードメールの意味を説明します。',
    helpOption: 'このコマンドのヘルプを表示します',
    helpCommand: 'コマンドのヘルプを表示します',
    versionOption: 'バージョンを表示します',
    scanSummary: 'Amazon を装ったフィッシングメールを見つけ、Amazon の確認コードメールの意味を説明します',
    scanDescription:
      'Amazon を装ったフィッシングメールを見つけ、Amazon の確認コードメールの意味を説明します。' +
      '.eml ファイル、mbox ファイル（mboxrd、mboxo、mboxcl2、Gmail の Takeout、Thunderbird）、Maildir、' +
      'Apple Mail のフォルダー（書き出した .mbox と、.emlx ファイルのある ~/Library/Mail）、Outlook の .msg ファイル、' +
      'メールファイルの入ったフォルダー、標準入力（「-」）の 1 通のメールまたは mbox を読み取ります。',
    scanPaths: '調べるファイルまたはフォルダー。「-」（パイプで渡したときは省略可）で標準入力から読みます',
    option: {
      json: 'JSON ドキュメントを 1 つ出力します（docs/report.schema.json）',
      ndjson: '1 通調べるごとに JSON を 1 行出力し、最後にまとめの行を出力します',
      format: '出力形式',
      output: '結果を標準出力ではなく、このファイルに書き出します',
      lang: '結果の言語: en または ja（既定: LC_ALL、LC_MESSAGES、LANG から判断）',
      'fail-on': 'この判定以上のメールがあれば終了コード 1 で終了します',
      since: 'この日付以降のメールだけを調べます（YYYY-MM-DD、または ISO 形式の日時）',
      until: 'この日付の終わりまでのメールだけを調べます（YYYY-MM-DD、または ISO 形式の日時）',
      deep: 'ヘッダーの確認で絞り込まず、すべてのメールを詳しく解析します',
      online: 'SPF/DKIM/DMARC/ARC を DNS で再検証します（既定ではオフ。何も送信しません）',
      'dns-cache': 'DNS の応答をこのファイル（mailauth の JSON 形式）に保存・再利用し、--online の結果を再現します',
      'trust-authserv': 'この authserv-id の Authentication-Results だけを信頼します（カンマ区切り）',
      burst: '集中とみなす通数と期間。「通数/期間」の形式で、既定は "3/10m,5/24h"',
      'usual-marketplace': 'ふだん使うマーケットプレイス（例: "JP"、"JP,US"）。ほかの国の確認コードを指摘します',
      jobs: '読み取りと並行して解析するワーカースレッドの数。結果は変わりません（既定: CPU コアが 4 個以上で mbox ファイルが合計 32 MiB 以上のとき、コアごとに 1 つ。2～3 コアでは、ほかに動いているプログラムがないときしか速くならないため使いません。1 = 使わない）',
      'include-deleted': 'Thunderbird で削除済みの印が付いたメールも調べます（既定では数えたうえで飛ばします）',
      mboxo: '「>From 」で始まる行を元に戻しません（mboxo 形式のファイル向け）',
      quiet: '対応が必要なことだけを表示します',
      verbose: 'すべての検出結果を、コードと根拠とともに表示します',
      color: '色を付けません（NO_COLOR と FORCE_COLOR にも従います）',
      progress: '標準エラー出力に進み具合を表示しません',
    },
    scanHelpAfter: JA_HELP_AFTER,
    explainDescription: '検出コードの意味と対処を説明します',
    explainCode: '結果に表示された検出コード（例: auth.amazon-dmarc-fail）。省略するとすべてのコードを一覧表示します',
    explainLang: 'en または ja（既定: LC_ALL、LC_MESSAGES、LANG から判断）',
    helpWords: [
      [/^Usage:$/, '使い方:'],
      [/^Options:$/, 'オプション:'],
      [/^Global Options:$/, '共通のオプション:'],
      [/^Arguments:$/, '引数:'],
      [/^Commands:$/, 'コマンド:'],
      [/ \(choices: (.*), default: (.*)\)$/, '（選択肢: $1。既定: $2）'],
      [/ \(choices: (.*)\)$/, '（選択肢: $1）'],
      [/ \(default: (.*)\)$/, '（既定: $1）'],
    ],
    noInput: '入力がありません。ファイルかフォルダーを指定するか、「amzcheck scan -」にメールをパイプで渡してください',
    langInvalid: '"en" または "ja" を指定してください',
    jobsInvalid: '1 から 64 までの整数を指定してください',
    dateInvalid: (v) => `「${v}」は日付として読めません。YYYY-MM-DD の形式で指定してください（例: 2026-11-01）`,
    conflict: (a, b) => `${a} と ${b} は同時に指定できません。どちらか一方にしてください`,
    sinceAfterUntil: '--since が --until より後の日付になっています。この期間に当てはまるメールはありません',
    waitingForStdin: '標準入力からメールを待っています（貼り付けたあと、新しい行で Ctrl-D を押してください。やめるときは Ctrl-C）。',
    progress: (n, bytes, percent, file) => `${n} 通、${bytes}${percent === null ? '' : `（${percent}%）`}… ${file}`,
    outputFailed: (file, reason) => `結果を ${file} に書き込めません: ${reason}`,
    commanderError: (code, message) => commanderJa(code, message),
  },
};

/** commander's messages (error: unknown option '--x' ...) in Japanese, by commander's error code. */
function commanderJa(code: string, message: string): string {
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const hint = /\(Did you mean ([^?]+)\?\)/.exec(message)?.[1];
  const suffix = hint ? `（${hint} のことですか？）` : '';
  switch (code) {
    case 'commander.unknownOption':
      return `エラー: 不明なオプションです: ${quoted[0] ?? ''}${suffix}`;
    case 'commander.unknownCommand':
      return `エラー: 不明なコマンドです: ${quoted[0] ?? ''}${suffix}`;
    case 'commander.optionMissingArgument':
      return `エラー: オプション ${quoted[0] ?? ''} に値を指定してください`;
    case 'commander.missingArgument':
      return `エラー: 引数 ${quoted[0] ?? ''} を指定してください`;
    case 'commander.excessArguments':
      return `エラー: 引数が多すぎます`;
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(message)?.[1];
      if (choices) return `エラー: オプション ${quoted[0] ?? ''} に「${quoted[1] ?? ''}」は指定できません。指定できる値: ${choices}`;
      const detail = message.replace(/^error: option '[^']*' argument '[^']*' is invalid\.\s*/, '');
      return `エラー: オプション ${quoted[0] ?? ''} の値「${quoted[1] ?? ''}」は使えません。${detail}`;
    }
    case 'commander.conflictingOption':
      return `エラー: ${quoted[0] ?? ''} と ${quoted[1] ?? ''} は同時に指定できません。どちらか一方にしてください`;
    default:
      return message;
  }
}

/**
 * The reasons an input or a message could not be read, in the report's language. The input stage words them
 * in English; each known form has its Japanese here (test/report/reasons-ja.test.ts finds every reason the
 * input stage can give and checks that it is translated). An unknown reason is shown as it is.
 */
const REASONS_JA: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^no such file or directory$/, () => 'ファイルまたはフォルダーが見つかりません'],
  [/^permission denied$/, () => '読み取る権限がありません'],
  [/^operation not permitted$/, () => '読み取りが許可されていません'],
  [/^is a directory$/, () => 'フォルダーです'],
  [/^not a directory$/, () => 'フォルダーではありません'],
  [/^too many open files.*$/, () => '開いているファイルが多すぎます'],
  [/^i\/o error$/, () => '読み取り中に入出力エラーが起きました'],
  [/^empty file$/, () => '空のファイルです'],
  [/^empty input$/, () => '入力が空です'],
  [/^stdin was already read$/, () => '標準入力はすでに読み取り済みです'],
  [/^no mail found in directory$/, () => 'フォルダー内にメールが見つかりません'],
  [/^empty message: a From_ line with nothing after it$/, () => '空のメールです（From_ 行のあとに何もありません）'],
  [/^message too large: (\d+) bytes, the limit is (\d+) bytes$/, (m) => `メールが大きすぎます（${m[1]} バイト。上限は ${m[2]} バイト）`],
  [
    /^not mail: the first line starts with "From " but is not an mbox From_ line$/,
    () => 'メールではありません: 1 行目が「From 」で始まっていますが、mbox の From_ 行ではありません',
  ],
  [
    /^not mail: it starts with a UTF-8 byte order mark \(saved by an editor\?\); remove it and try again$/,
    () => 'メールではありません: 先頭に UTF-8 の BOM があります（エディターで保存しましたか？）。BOM を取り除いてから、もう一度お試しください',
  ],
  [/^not mail: it starts with neither a header field nor an mbox From_ line$/, () => 'メールではありません: 先頭がヘッダーでも mbox の From_ 行でもありません'],
  [
    /^a damaged Apple Mail \.emlx file: its first line gives the message as (\d+) bytes, but only (\d+) follow \(cut short\?\)$/,
    (m) => `壊れた Apple Mail の .emlx ファイルです: 1 行目ではメールが ${m[1]} バイトとされていますが、続くのは ${m[2]} バイトだけです（途中で切れていませんか？）`,
  ],
  [/^a damaged Apple Mail \.emlx file: its first line gives the message as 0 bytes$/, () => '壊れた Apple Mail の .emlx ファイルです: 1 行目ではメールが 0 バイトとされています'],
  [/^a damaged Apple Mail \.emlx file: it does not start with the length of its message$/, () => '壊れた Apple Mail の .emlx ファイルです: 先頭にメールの長さがありません'],
  // The detail names the Compound File structure that is broken (input/compound-file.ts); it stays as written.
  [/^a damaged Outlook \.msg file: (.*)$/s, (m) => `壊れた Outlook の .msg ファイルのため読み取れません（詳細: ${m[1]}）`],
  [/^not mail: an Outlook item of class (.*), not a message$/s, (m) => `メールではありません: Outlook の「${m[1]}」アイテムで、メッセージではありません`],
  [
    /^not mail: a Compound File \(an Office document\?\), not an Outlook message$/,
    () => 'メールではありません: 複合ファイル（Office の文書など）で、Outlook のメッセージではありません',
  ],
  [/^not mail: binary data \(NUL bytes\) in the header$/, () => 'メールではありません: ヘッダーにバイナリデータ（NUL バイト）が含まれています'],
  // A message the full parse cannot read (message/headers.ts), such as a damaged attached mail.
  [/^no header fields at the start of the message$/, () => 'メールの先頭にヘッダーがありません'],
  [/^empty message$/, () => '空のメールです'],
];

export function localizeReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  for (const [re, ja] of REASONS_JA) {
    const m = re.exec(reason);
    if (m) return ja(m);
  }
  return reason;
}

/** Every reason form that has its Japanese (for the test that finds the input stage's reasons). */
export const TRANSLATED_REASONS: readonly RegExp[] = REASONS_JA.map(([re]) => re);
