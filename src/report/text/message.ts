/**
 * Message-level findings, English and Japanese side by side.
 */
import type { MessageEvidence, messageCodes } from '../../message/codes.js';
import type { MessageLimit } from '../../message/limits.js';
import type { MailDamage } from '../../message/damage.js';
import { str, when, type CodeTexts } from './types.js';

type DateSkew = MessageEvidence['message.date-skew'];

function hours(e: DateSkew): number {
  return Math.abs(Number(e.skewHours) || 0);
}

function amountEn(e: DateSkew): string {
  const h = hours(e);
  return h >= 48 ? `${Math.round(h / 24)} days` : `${h} hours`;
}

function amountJa(e: DateSkew): string {
  const h = hours(e);
  return h >= 48 ? `${Math.round(h / 24)}日` : `${h}時間`;
}

/** What each limit of src/message/limits.ts cut, in words a worried reader understands. */
const LIMIT_WORDS: Record<MessageLimit, { en: string; ja: string }> = {
  'header-block-bytes': { en: 'a header section over 1 MB', ja: '1MB を超えるヘッダー部分' },
  'header-fields': { en: 'more than 1,000 header lines', ja: '1,000行を超えるヘッダー' },
  'header-value-length': { en: 'a header line over 64 KB (such as a very long subject or sender name)', ja: '64KB を超えるヘッダー行（とても長い件名や差出人名など）' },
  'mime-depth': { en: 'parts nested more than 10 levels deep', ja: '10段階より深く入れ子になった部分' },
  'mime-parts': { en: 'more than 500 parts', ja: '500を超える部分' },
  'text-length': { en: 'more than a million characters of text', ja: '100万文字を超える本文' },
  'html-length': { en: 'an HTML part over 2 million characters', ja: '200万文字を超える HTML 部分' },
  'attachment-bytes': { en: 'an HTML or mail attachment over 5 MB', ja: '5MB を超える HTML またはメールの添付ファイル' },
  'mailparser-bytes': { en: 'a size over 32 MB, read with a simpler reader', ja: '32MB を超える大きさ（簡易な方法で読みました）' },
  'attached-messages': { en: 'more than 10 attached mails (only the first 10 were checked)', ja: '10 通を超える添付メール（最初の 10 通だけ確認しました）' },
  'attached-depth': { en: 'mails attached inside attached mails more than 3 levels deep', ja: '3 段階より深く入れ子になった添付メール' },
};

/** The ids of an evidence list, each in the words of `table` (an unknown id as itself), joined. */
function wordList(ids: readonly string[] | undefined, table: Readonly<Record<string, { en: string; ja: string }>>, lang: 'en' | 'ja'): string {
  const words = (ids ?? []).map((id) => (Object.hasOwn(table, id) ? table[id]![lang] : id));
  return words.join(lang === 'en' ? '; ' : '、');
}

function limitList(e: MessageEvidence['message.not-fully-read'], lang: 'en' | 'ja'): string {
  return wordList(e.limits, LIMIT_WORDS, lang);
}

const DAMAGE_WORDS: Record<MailDamage, { en: string; ja: string }> = {
  'nul-bytes': { en: 'NUL bytes (binary zeros) in its header', ja: 'ヘッダーに NUL バイト（バイナリのゼロ）' },
  'bare-cr-line-ends': { en: 'lines ended by a lone CR character', ja: 'CR 文字だけで終わる行' },
};

function damageList(e: MessageEvidence['message.malformed'], lang: 'en' | 'ja'): string {
  return wordList(e.damage, DAMAGE_WORDS, lang);
}

export const messageText: CodeTexts<keyof typeof messageCodes> = {
  'message.malformed': {
    en: {
      title: 'This mail is damaged in a way mail programs never write',
      message: (e) => `This mail has ${damageList(e, 'en')}. amzcheck read it the way mail servers do and checked it all the same.`,
      explain:
        'Mail programs and mail services do not write mail like this. Damage of this kind can make some filters skip a mail or read it wrongly, so it is sometimes added on purpose to slip phishing past them. Your mail app may still show it normally. In a mail that claims to be from Amazon and is not confirmed as Amazon, this alone makes it suspicious.',
    },
    ja: {
      title: 'このメールは、普通のメールソフトでは起きない形で壊れています',
      message: (e) => `このメールには、${damageList(e, 'ja')}があります。amzcheck はメールサーバーと同じように読み取り、そのうえで確認しました。`,
      explain:
        'メールソフトやメールサービスが、このような形のメールを作ることはありません。この種の壊れ方をしたメールは、迷惑メールの判定で読み飛ばされたり、正しく読まれなかったりすることがあるため、詐欺メールを判定からすり抜けさせる目的でわざと作られることがあります。メールアプリでは普通に表示される場合もあります。Amazon を名乗っているのに Amazon からと確認できないメールなら、これだけでも注意が必要です。',
    },
  },

  'message.not-fully-read': {
    en: {
      title: 'Part of this mail was too large to read completely',
      message: (e) =>
        `amzcheck stopped reading part of this mail because it has ${limitList(e, 'en')}. What lies beyond was not checked.`,
      explain:
        'amzcheck reads every mail within fixed limits, so that a mail built to be enormous cannot freeze it. Real mail, Amazon\'s included, never comes near these limits. A mail that does may be trying to hide its real content from filters, so the verdict covers only the part that was read. In a mail that claims to be from Amazon and is not confirmed as Amazon, this alone makes it suspicious.',
    },
    ja: {
      title: 'このメールは大きすぎて、全部は確認できませんでした',
      message: (e) => `このメールには、${limitList(e, 'ja')}があるため、amzcheck は途中までしか読んでいません。その先の内容は確認していません。`,
      explain:
        'amzcheck は、わざと巨大に作られたメールで止まってしまわないよう、決まった範囲までしかメールを読みません。Amazon からのメールを含め、普通のメールがこの範囲を超えることはありません。超えているメールは、迷惑メールの判定をすり抜けるために本当の内容を隠そうとしている可能性があります。判定は読めた部分だけにもとづいています。Amazon を名乗っているのに Amazon からと確認できないメールなら、これだけでも注意が必要です。',
    },
  },

  'message.attachments-not-downloaded': {
    en: {
      title: 'Some attachments of this mail were not on this computer',
      message: (e) => {
        const names = (e.attachments ?? []).map((a) => str(a));
        return `Apple Mail had not downloaded ${names.length === 1 ? 'this attachment' : 'these attachments'} of the mail, so amzcheck could not check ${names.length === 1 ? 'it' : 'them'}: ${names.join(', ')}. The rest of the mail was checked.`;
      },
      explain:
        'Apple Mail does not always keep the attachments of a mail on your computer: it saves the mail as a .partial.emlx file and downloads an attachment when you open it. amzcheck reads the attachments that were downloaded, which Mail keeps in an Attachments folder beside the mail, and lists the ones that were not. To have them checked too, open the mail in Apple Mail (which downloads them) and scan again, or save the whole mail with File > Save As (Raw Message Source).',
    },
    ja: {
      title: 'このメールの添付ファイルの一部は、このパソコンにありませんでした',
      message: (e) => `Apple Mail がまだダウンロードしていない添付ファイルがあるため、amzcheck はそれを確認できませんでした: ${(e.attachments ?? []).map((a) => str(a)).join('、')}。メールのほかの部分は確認しました。`,
      explain:
        'Apple Mail は、メールの添付ファイルを必ずしもパソコンに保存していません。メールを .partial.emlx というファイルで保存し、添付ファイルは開いたときにダウンロードします。amzcheck は、ダウンロード済みの添付ファイル（メールの隣の Attachments フォルダーにあります）を読み取り、まだないものを一覧にします。それらも確認するには、Apple Mail でメールを開いてダウンロードしてから、もう一度検査してください。または「ファイル」→「別名で保存」で「ソース（未加工）」を選んでメール全体を保存し、そのファイルを検査してください。',
    },
  },

  'message.date-skew': {
    en: {
      title: 'The date in the mail does not match when it arrived',
      message: (e) =>
        str(e.direction) === 'future'
          ? `The mail says it was written on ${when(e.dateHeaderTime)}, ${amountEn(e)} after your mail provider received it (${when(e.receivedTime)}). A date in the future is often set on purpose so that a mail stays at the top of the inbox.`
          : `The mail says it was written on ${when(e.dateHeaderTime)}, ${amountEn(e)} before your mail provider received it (${when(e.receivedTime)}).`,
      explain:
        'Every mail carries a date written by the sender, and your mail provider notes the time it received the mail. When the two are more than a day apart, the sender\'s clock or software is wrong, or the date was set on purpose: bulk and phishing tools often do this, and a date in the future keeps a mail at the top of the inbox. Mailing lists and delayed deliveries can also cause it, so this alone says little; it counts together with the other findings.',
    },
    ja: {
      title: 'メールに書かれた日時が、届いた日時と合いません',
      message: (e) =>
        str(e.direction) === 'future'
          ? `このメールには ${when(e.dateHeaderTime)} に書かれたとありますが、これはメールサービスが受け取った時刻（${when(e.receivedTime)}）より${amountJa(e)}も後です。受信箱の一番上に表示され続けるよう、わざと未来の日時にしていることがよくあります。`
          : `このメールには ${when(e.dateHeaderTime)} に書かれたとありますが、これはメールサービスが受け取った時刻（${when(e.receivedTime)}）より${amountJa(e)}前です。`,
      explain:
        'メールには送り主が書いた日時があり、あなたのメールサービスも受け取った時刻を記録しています。この2つが1日以上ずれているのは、送り主のパソコンやソフトの時計がおかしいか、日時がわざと書き換えられているためです。迷惑メールや詐欺メールを大量に送る道具ではよくあることで、未来の日時にすると受信箱の一番上に表示され続けます。ただし、メーリングリストや配送の遅れでも起きるため、これだけでは危険とは言えません。ほかの判定結果と合わせて判断します。',
    },
  },
};
