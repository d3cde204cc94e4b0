/**
 * Message-level findings, English and Japanese side by side.
 */
import type { messageCodes } from '../../message/codes.js';
import type { Evidence } from '../../findings.js';
import { ev, when, type CodeTexts } from './types.js';

function hours(e: Evidence): number {
  return Math.abs(Number(e.skewHours) || 0);
}

function amountEn(e: Evidence): string {
  const h = hours(e);
  return h >= 48 ? `${Math.round(h / 24)} days` : `${h} hours`;
}

function amountJa(e: Evidence): string {
  const h = hours(e);
  return h >= 48 ? `${Math.round(h / 24)}日` : `${h}時間`;
}

export const messageText: CodeTexts<keyof typeof messageCodes> = {
  'message.date-skew': {
    en: {
      title: 'The date in the mail does not match when it arrived',
      message: (e) =>
        ev(e, 'direction') === 'future'
          ? `The mail says it was written on ${when(e, 'dateHeaderTime')}, ${amountEn(e)} after your mail provider received it (${when(e, 'receivedTime')}). A date in the future is often set on purpose so that a mail stays at the top of the inbox.`
          : `The mail says it was written on ${when(e, 'dateHeaderTime')}, ${amountEn(e)} before your mail provider received it (${when(e, 'receivedTime')}).`,
      explain:
        'Every mail carries a date written by the sender, and your mail provider notes the time it received the mail. When the two are more than a day apart, the sender\'s clock or software is wrong, or the date was set on purpose: bulk and phishing tools often do this, and a date in the future keeps a mail at the top of the inbox. Mailing lists and delayed deliveries can also cause it, so this alone says little; it counts together with the other findings.',
    },
    ja: {
      title: 'メールに書かれた日時が、届いた日時と合いません',
      message: (e) =>
        ev(e, 'direction') === 'future'
          ? `このメールには ${when(e, 'dateHeaderTime')} に書かれたとありますが、これはメールサービスが受け取った時刻（${when(e, 'receivedTime')}）より${amountJa(e)}も後です。受信箱の一番上に表示され続けるよう、わざと未来の日時にしていることがよくあります。`
          : `このメールには ${when(e, 'dateHeaderTime')} に書かれたとありますが、これはメールサービスが受け取った時刻（${when(e, 'receivedTime')}）より${amountJa(e)}前です。`,
      explain:
        'メールには送り主が書いた日時があり、あなたのメールサービスも受け取った時刻を記録しています。この2つが1日以上ずれているのは、送り主のパソコンやソフトの時計がおかしいか、日時がわざと書き換えられているためです。迷惑メールや詐欺メールを大量に送る道具ではよくあることで、未来の日時にすると受信箱の一番上に表示され続けます。ただし、メーリングリストや配送の遅れでも起きるため、これだけでは危険とは言えません。ほかの判定結果と合わせて判断します。',
    },
  },
};
