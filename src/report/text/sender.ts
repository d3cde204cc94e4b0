/**
 * Sender findings, English and Japanese side by side. Evidence holds the raw header values; the formatter
 * makes them terminal-safe.
 */
import type { SenderEvidence, senderCodes } from '../../checks/sender/codes.js';
import { LOOKALIKE_EN, LOOKALIKE_JA } from './lookalike.js';
import { str, type CodeTexts } from './types.js';

/** How a lookalike host imitates Amazon, in words a worried user understands. */
const MALFORMED_EN: Record<string, string> = {
  missing: 'The mail has no sender address at all.',
  'no-domain': 'The sender "{a}" is not a complete e-mail address (there is no domain after an @).',
  'quoted-pseudo-address': 'The sender {a} only looks like an address: the @ is inside quotation marks, so the mail has no real sender domain.',
  'multiple-mailboxes': 'The From line names several senders at once ({a}).',
};
const MALFORMED_JA: Record<string, string> = {
  missing: '差出人のアドレスがまったくありません。',
  'no-domain': '差出人「{a}」は正しいメールアドレスではありません（@ の後ろのドメインがありません）。',
  'quoted-pseudo-address': '差出人 {a} はアドレスのように見えるだけです。@ が引用符の中にあるため、本当の送信元ドメインがありません。',
  'multiple-mailboxes': '差出人の欄に複数の送信者が書かれています（{a}）。',
};

function malformed(table: Record<string, string>, e: SenderEvidence['sender.malformed-from']): string {
  const a = e.kind === 'multiple-mailboxes' ? str(e.addresses) : e.kind === 'missing' ? '' : str(e.address);
  return (table[e.kind] ?? table['no-domain']).replace('{a}', a);
}

function headerJa(h: string): string {
  const names: Record<string, string> = {
    from: '差出人（From）',
    'reply-to': '返信先（Reply-To）',
    sender: '送信者（Sender）',
    'return-path': 'エラーメールの返送先（Return-Path）',
    'dkim-signature': '電子署名（DKIM）の署名ドメイン',
  };
  return names[h] ?? h;
}
function headerEn(h: string): string {
  const names: Record<string, string> = {
    from: 'sender (From)',
    'reply-to': 'reply address (Reply-To)',
    sender: 'Sender header',
    'return-path': 'bounce address (Return-Path)',
    'dkim-signature': 'DKIM signing domain',
  };
  return names[h] ?? h;
}

export const senderText: CodeTexts<keyof typeof senderCodes> = {
  'sender.display-name-impersonation': {
    en: {
      title: 'The sender name says Amazon, the address does not',
      message: (e) =>
        `The mail shows the sender name "${str(e.displayName)}", but it was sent from ${str(e.address)}, which is not an Amazon address.`,
      explain:
        'Mail programs show the sender name and often hide the address. Anyone can type "Amazon" as their name; only the address and its authentication tell who really sent a mail. Amazon sends from its own domains such as amazon.co.jp and amazon.com.',
    },
    ja: {
      title: '差出人名は「Amazon」ですが、アドレスは Amazon のものではありません',
      message: (e) =>
        `差出人名は「${str(e.displayName)}」と表示されますが、実際の送信元は ${str(e.address)} で、Amazon のアドレスではありません。`,
      explain:
        'メールソフトは差出人名を大きく表示し、アドレスを隠すことがよくあります。差出人名は誰でも自由に「Amazon」と書けます。本当の送信元はアドレスとその認証結果でしかわかりません。Amazon は amazon.co.jp や amazon.com などの自社ドメインから送信します。',
    },
  },
  'sender.display-name-address': {
    en: {
      title: 'The sender name is a fake address',
      message: (e) =>
        `The sender name shows the address "${str(e.addressInName)}", but the mail really came from ${str(e.address)}.`,
      explain:
        'Writing an official-looking address into the sender name is a common trick: the mail program shows it where you expect the address, while the real sender is someone else.',
    },
    ja: {
      title: '差出人名に偽のアドレスが書かれています',
      message: (e) =>
        `差出人名には「${str(e.addressInName)}」というアドレスが書かれていますが、実際の送信元は ${str(e.address)} です。`,
      explain:
        '本物らしいアドレスを差出人名の部分に書くのは、よくある手口です。メールソフトではアドレスのように見えますが、実際の送信者は別人です。',
    },
  },
  'sender.local-part-impersonation': {
    en: {
      title: 'The sender address uses the Amazon name at another domain',
      message: (e) => `The sender ${str(e.address)} puts "Amazon" before the @, but the domain ${str(e.domain)} is not Amazon's.`,
      explain:
        'Only the part after the @ says which organisation sent a mail. Anyone can create an address such as amazon-support@their-own-domain.',
    },
    ja: {
      title: '送信元アドレスは Amazon の名前を使っていますが、別のドメインです',
      message: (e) =>
        `送信元 ${str(e.address)} は @ の前に「Amazon」に似た名前を使っていますが、ドメイン ${str(e.domain)} は Amazon のものではありません。`,
      explain:
        'どの組織から送られたかを示すのは @ の後ろの部分だけです。amazon-support@自分のドメイン のようなアドレスは誰でも作れます。',
    },
  },
  'sender.amazon-address-unauthenticated': {
    en: {
      title: 'Amazon sender address that nothing confirms',
      message: (e) =>
        str(e.reason) === 'no-amazon-signature'
          ? `The mail says it is from ${str(e.address)}, but it carries no electronic signature of ${str(e.domain)}. Genuine Amazon mail always does.`
          : `The mail says it is from ${str(e.address)}, but your mail provider could not confirm that ${str(e.domain)} sent it.`,
      explain:
        'The From address of a mail can be forged as easily as the sender address on a paper envelope. Amazon signs every mail it sends with its own domain (DKIM) and publishes a DMARC policy; a mail from an Amazon address without that proof was most likely sent by someone else.',
    },
    ja: {
      title: 'Amazon のアドレスからですが、本物であることが確認できません',
      message: (e) =>
        str(e.reason) === 'no-amazon-signature'
          ? `このメールは ${str(e.address)} からと名乗っていますが、${str(e.domain)} の電子署名がありません。本物の Amazon のメールには必ず付いています。`
          : `このメールは ${str(e.address)} からと名乗っていますが、メール事業者は ${str(e.domain)} から送られたことを確認できませんでした。`,
      explain:
        '差出人アドレスは、封筒に書く差出人と同じように簡単に偽れます。Amazon は送るすべてのメールに自社ドメインの電子署名（DKIM）を付け、DMARC も公開しています。この証明がない Amazon アドレスからのメールは、ほぼ確実に第三者が送ったものです。',
    },
  },
  'sender.reply-to-elsewhere': {
    en: {
      title: 'Replies go somewhere else',
      message: (e) =>
        `If you reply, your answer goes to ${str(e.replyTo)}${e.freeMail === true ? ' (a free-mail account)' : ''}, not to ${str(e.fromDomain)}.`,
      explain:
        'A mail that claims to come from Amazon but sends your replies to another domain lets the sender collect answers without ever using Amazon\'s systems. Amazon does not ask you to reply to an outside address.',
    },
    ja: {
      title: '返信が別の宛先に届きます',
      message: (e) =>
        `返信すると、${str(e.fromDomain)} ではなく ${str(e.replyTo)}${e.freeMail === true ? '（フリーメール）' : ''} に届きます。`,
      explain:
        'Amazon を名乗りながら返信先が別のドメインになっているメールは、返信を送信者自身が受け取るための仕掛けです。Amazon が外部のアドレスへの返信を求めることはありません。',
    },
  },
  'sender.return-path-elsewhere': {
    en: {
      title: 'The mail was sent through an unrelated domain',
      message: (e) => `The technical sender (Return-Path) is ${str(e.returnPath)}, not ${str(e.fromDomain)}.`,
      explain:
        'The Return-Path shows which system actually sent the mail and receives its error reports. Genuine Amazon mail uses Amazon\'s own bounce addresses or Amazon SES; an unrelated domain here means the mail was sent by someone else\'s system.',
    },
    ja: {
      title: '無関係なドメインを経由して送られています',
      message: (e) => `実際の送信元（Return-Path）は ${str(e.returnPath)} で、${str(e.fromDomain)} ではありません。`,
      explain:
        'Return-Path は、実際にメールを送ったシステムとエラーの返送先を示します。本物の Amazon のメールでは Amazon 自身のアドレスか Amazon SES が使われます。無関係なドメインの場合、別の誰かのシステムから送られています。',
    },
  },
  'sender.free-mail': {
    en: {
      title: 'Sent from a free-mail account',
      message: (e) => `The mail claims to be from Amazon but was sent from ${str(e.address)}, a free ${str(e.provider)} account.`,
      explain:
        'Anyone can open a free-mail account (Gmail, Yahoo, Outlook, mobile carrier mail) in minutes. Amazon never writes to customers from one.',
    },
    ja: {
      title: 'フリーメールから送られています',
      message: (e) => `Amazon を名乗っていますが、送信元は ${str(e.address)}（${str(e.provider)} の無料アカウント）です。`,
      explain:
        'Gmail、Yahoo、Outlook、携帯キャリアのメールなどは誰でもすぐに作れます。Amazon がこうしたアドレスからお客様にメールを送ることはありません。',
    },
  },
  'sender.malformed-from': {
    en: {
      title: 'The sender address is malformed',
      message: (e) => malformed(MALFORMED_EN, e),
      explain:
        'Genuine mail from a company has exactly one sender with a real domain. A broken or disguised sender field is a sign that the mail was put together by hand to deceive, or to slip past filters.',
    },
    ja: {
      title: '差出人アドレスの形式が正しくありません',
      message: (e) => malformed(MALFORMED_JA, e),
      explain:
        '企業からの正規のメールには、実在するドメインの差出人がちょうど一つあります。差出人欄が壊れていたり偽装されていたりするのは、だます目的やフィルターを通り抜ける目的で手作りされたメールの特徴です。',
    },
  },
  'sender.lookalike-domain': {
    en: {
      title: 'Sender domain imitates Amazon',
      message: (e) =>
        `The ${headerEn(str(e.header))} is ${str(e.host)}, which ${LOOKALIKE_EN[str(e.technique)] ?? 'imitates'} ${str(e.imitates)}. It is not Amazon.`,
      explain:
        'Phishers register names that look like Amazon at a glance: one letter off (amazom), extra words (amazon-security), Amazon\'s name in front of their own domain (amazon.co.jp.example.xyz), or foreign letters that look the same. Only amazon.co.jp, amazon.com and Amazon\'s other own domains are Amazon.',
    },
    ja: {
      title: '送信元ドメインが Amazon を装っています',
      message: (e) =>
        `${headerJa(str(e.header))}は ${str(e.host)} です。これは ${str(e.imitates)} ${LOOKALIKE_JA[str(e.technique)] ?? 'をまねた名前です'}。Amazon のドメインではありません。`,
      explain:
        '詐欺師は一見 Amazon に見える名前を登録します。1文字違い（amazom）、単語の付け足し（amazon-security）、自分のドメインの前に Amazon の名前を付ける（amazon.co.jp.example.xyz）、見た目が同じ外国語の文字を使う、などです。Amazon のドメインは amazon.co.jp、amazon.com など Amazon 自身のものだけです。',
    },
  },
};
