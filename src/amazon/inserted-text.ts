/**
 * Where Amazon's own mail carries text that someone else chose: a marketplace seller's message relayed by
 * Amazon, the organisation name of an Amazon Business invitation, the sender name and message of a gift card,
 * a merchant's name in an Amazon Pay receipt, the note of a shared wish list or registry. Amazon sends and signs
 * these mails, so they authenticate as Amazon; the inserted part can still carry a phone number or a link to a
 * sign-in page elsewhere (docs/sources.md#text-others-write-into-amazons-mail).
 *
 * As data: for each kind, the mails it belongs to (a From host, or words the subject or text must hold) and how
 * the part is found in the text (between two markers, after a label, before or after a phrase on the same line,
 * the sender's display name, or the whole text of a relay). Every entry names its source. Matched after NFKC,
 * lower-cased, on the text as the message stage gives it (one line per line of text, blanks collapsed).
 */

/** The parts of Amazon mail whose words someone else chose. */
export type InsertedKind =
  | 'seller-message'
  | 'seller-name'
  | 'organisation-name'
  | 'inviter-name'
  | 'gift-message'
  | 'gift-sender-name'
  | 'merchant-name'
  | 'list-note';

export const INSERTED_KINDS: readonly InsertedKind[] = [
  'seller-message',
  'seller-name',
  'organisation-name',
  'inviter-name',
  'gift-message',
  'gift-sender-name',
  'merchant-name',
  'list-note',
];

/** A name chosen by someone (short, one line): any phone number or address in it is carried content. */
export const NAME_KINDS: ReadonlySet<InsertedKind> = new Set(['seller-name', 'organisation-name', 'inviter-name', 'gift-sender-name', 'merchant-name']);

/** How the part is found in the text (all phrases lower-case, NFKC). */
export type InsertedLocation =
  /** The text between `start` and the next `end` (each occurrence). */
  | { how: 'between'; start: string; end: string }
  /** The rest of the line after `label`, and the lines after it up to a blank line (bounded). */
  | { how: 'after-label'; label: string }
  /** The words before `phrase` on its line: "<name> has invited you to join". */
  | { how: 'before'; phrase: string }
  /** The words after `phrase` on its line, up to the first of `stops` (or the line's end): a sentence ends at ". ", not at the dots of a number. */
  | { how: 'after'; phrase: string; stops: readonly string[] }
  /** The From display name. */
  | { how: 'display-name' }
  /** The whole text: the mail is a relay of someone else's message (used only when no marker is found). */
  | { how: 'whole-text' };

/** Which mails an entry reads: a From host, and/or words the subject or text holds (any of them). */
export interface InsertedMail {
  /** The From host is this host of an Amazon marketplace domain, or a subdomain of it ("marketplace.amazon."). */
  fromHostLabel?: string;
  /** Lower-case words, one of which the subject or the text must hold (as words: "invitation", not "invit"). */
  words?: readonly string[];
}

export interface InsertedTextEntry {
  kind: InsertedKind;
  language: 'en' | 'ja';
  mail: InsertedMail;
  locate: InsertedLocation;
  source: string;
}

const S = 'docs/sources.md#text-others-write-into-amazons-mail';
const RELAY_HOSTS = `${S}: Amazon.co.jp's published sender hosts list marketplace.amazon.co.jp and m.marketplace.amazon.co.jp (the buyer-seller message relay)`;
const RELAY_FRAME = `${S}: the Buyer-Seller Messaging relay frame ("Begin message" / "End message") as quoted in public seller-forum posts; not yet confirmed from a sample in the corpus`;
const RELAY_FRAME_JA = `${S}: the Japanese relay frame 「メッセージはここから」/「メッセージはここまで」 as quoted in Japanese buyers' and sellers' posts; not yet confirmed from a sample in the corpus`;
const HEADER_STUFFING = `${S}: Sublime Security abuse_amazon_header_stuffing.yml, genuine Amazon invitation mails whose header names the inviter and carries a phone number`;
const ISSUE_20 = `${S}: issue 20 item 4 (invitations, gift messages, Amazon Pay merchant names, list notes written by someone else); frame wording not yet confirmed from a sample in the corpus`;
const GIFT_HOSTS = `${S}: gift-card mail from gc.email.amazon.co.jp / gc.amazon.co.jp (Amazon.co.jp's published sender hosts); frame wording not yet confirmed from a sample in the corpus`;

const BUSINESS = ['amazon business', 'amazonビジネス', 'amazon ビジネス'];
const INVITATION = ['invited you', 'invitation', '招待'];
/** Words of a gift mail itself ("gift card" alone is in every order mail's footer: the balance). */
const GIFT = ['sent you an amazon gift card', 'sent you a gift', 'gift message', 'e-gift', 'ギフトカードが届きました', 'ギフトメッセージ', 'ギフトが届きました'];
const AMAZON_PAY = ['amazon pay', 'amazonペイ'];
/** Words of a list-sharing mail itself ("Wish List" alone is in the navigation of many Amazon mails). */
const LIST_SHARED = ['shared a list with you', 'shared their list', 'shared a wish list', 'shared their registry', 'リストを共有しました', 'リストが共有されました'];

/** Where the organisation name after "invited you to join" ends; Amazon's own words right after the phrase leave no name. */
const JOIN_STOPS = ['their ', 'an amazon', 'amazon business', ' on amazon', "'s amazon", '. ', '!'];

function e(kind: InsertedKind, language: 'en' | 'ja', mail: InsertedMail, locate: InsertedLocation, source: string): InsertedTextEntry {
  return { kind, language, mail, locate, source };
}

/**
 * In order: where two entries find the same words, the first one names them (an organisation-name frame
 * before the general inviter-name one).
 */
export const INSERTED_TEXT: readonly InsertedTextEntry[] = [
  // Marketplace seller messages, relayed from <random>@marketplace.amazon.<marketplace>.
  e('seller-message', 'en', { fromHostLabel: 'marketplace' }, { how: 'between', start: 'begin message', end: 'end message' }, RELAY_FRAME),
  e('seller-message', 'ja', { fromHostLabel: 'marketplace' }, { how: 'between', start: 'メッセージはここから', end: 'メッセージはここまで' }, RELAY_FRAME_JA),
  e('seller-message', 'en', { fromHostLabel: 'marketplace' }, { how: 'whole-text' }, RELAY_HOSTS),
  e('seller-name', 'en', { fromHostLabel: 'marketplace' }, { how: 'display-name' }, RELAY_HOSTS),

  // Amazon Business invitations: the organisation name is whatever the inviting account typed.
  e('organisation-name', 'en', { words: BUSINESS }, { how: 'before', phrase: ' has invited you to' }, HEADER_STUFFING),
  e('organisation-name', 'en', { words: BUSINESS }, { how: 'before', phrase: ' invited you to' }, HEADER_STUFFING),
  e('organisation-name', 'en', { words: BUSINESS }, { how: 'after', phrase: 'invited you to join ', stops: JOIN_STOPS }, ISSUE_20),
  e('organisation-name', 'en', { words: BUSINESS }, { how: 'after', phrase: 'invitation to join ', stops: JOIN_STOPS }, ISSUE_20),
  e('organisation-name', 'ja', { words: BUSINESS }, { how: 'before', phrase: 'があなたを' }, ISSUE_20),
  e('organisation-name', 'ja', { words: BUSINESS }, { how: 'before', phrase: 'からの招待' }, ISSUE_20),
  e('organisation-name', 'ja', { words: BUSINESS }, { how: 'before', phrase: 'から招待' }, ISSUE_20),
  e('organisation-name', 'ja', { words: BUSINESS }, { how: 'after-label', label: '組織名:' }, ISSUE_20),
  e('organisation-name', 'en', { words: BUSINESS }, { how: 'after-label', label: 'organization name:' }, ISSUE_20),
  e('organisation-name', 'en', { words: BUSINESS }, { how: 'after-label', label: 'organisation name:' }, ISSUE_20),

  // Other invitations (a household, a shared list): the inviter's name.
  e('inviter-name', 'en', { words: INVITATION }, { how: 'before', phrase: ' has invited you to' }, HEADER_STUFFING),
  e('inviter-name', 'en', { words: INVITATION }, { how: 'before', phrase: ' invited you to' }, HEADER_STUFFING),
  e('inviter-name', 'ja', { words: INVITATION }, { how: 'before', phrase: 'があなたを' }, ISSUE_20),
  e('inviter-name', 'ja', { words: INVITATION }, { how: 'before', phrase: 'からの招待' }, ISSUE_20),
  e('inviter-name', 'ja', { words: INVITATION }, { how: 'before', phrase: 'から招待' }, ISSUE_20),

  // Gift cards and gift orders: the sender's name and message.
  e('gift-message', 'en', { words: GIFT }, { how: 'after-label', label: 'gift message:' }, ISSUE_20),
  e('gift-message', 'en', { words: GIFT }, { how: 'after-label', label: 'message:' }, GIFT_HOSTS),
  e('gift-message', 'ja', { words: GIFT }, { how: 'after-label', label: 'ギフトメッセージ:' }, GIFT_HOSTS),
  e('gift-message', 'ja', { words: GIFT }, { how: 'after-label', label: 'メッセージ:' }, GIFT_HOSTS),
  e('gift-sender-name', 'en', { words: GIFT }, { how: 'before', phrase: ' sent you an amazon' }, ISSUE_20),
  e('gift-sender-name', 'en', { words: GIFT }, { how: 'before', phrase: ' sent you a ' }, ISSUE_20),
  e('gift-sender-name', 'en', { words: GIFT }, { how: 'after', phrase: 'gift card from ', stops: ['!', '. '] }, ISSUE_20),
  e('gift-sender-name', 'ja', { words: GIFT }, { how: 'before', phrase: '様からamazonギフトカード' }, GIFT_HOSTS),
  e('gift-sender-name', 'ja', { words: GIFT }, { how: 'before', phrase: 'さんからamazonギフトカード' }, GIFT_HOSTS),
  e('gift-sender-name', 'ja', { words: GIFT }, { how: 'before', phrase: '様からギフト' }, GIFT_HOSTS),
  e('gift-sender-name', 'ja', { words: GIFT }, { how: 'after-label', label: '贈り主:' }, GIFT_HOSTS),

  // Amazon Pay receipts: the merchant's name is the merchant's own.
  e('merchant-name', 'en', { words: AMAZON_PAY }, { how: 'after', phrase: 'your payment to ', stops: [' was ', ' has ', ' is ', '. ', '!'] }, ISSUE_20),
  e('merchant-name', 'en', { words: AMAZON_PAY }, { how: 'after-label', label: 'merchant:' }, ISSUE_20),
  e('merchant-name', 'ja', { words: AMAZON_PAY }, { how: 'before', phrase: 'へのお支払い' }, ISSUE_20),
  e('merchant-name', 'ja', { words: AMAZON_PAY }, { how: 'after-label', label: '店舗名:' }, ISSUE_20),
  e('merchant-name', 'ja', { words: AMAZON_PAY }, { how: 'after-label', label: 'ショップ名:' }, ISSUE_20),

  // Shared wish lists and registries: the owner's name and note.
  e('inviter-name', 'en', { words: LIST_SHARED }, { how: 'before', phrase: ' shared a ' }, ISSUE_20),
  e('inviter-name', 'en', { words: LIST_SHARED }, { how: 'before', phrase: ' shared their ' }, ISSUE_20),
  e('inviter-name', 'ja', { words: LIST_SHARED }, { how: 'before', phrase: 'がリストを共有' }, ISSUE_20),
  e('inviter-name', 'ja', { words: LIST_SHARED }, { how: 'before', phrase: 'さんがリストを共有' }, ISSUE_20),
  e('list-note', 'en', { words: LIST_SHARED }, { how: 'after-label', label: 'note:' }, ISSUE_20),
  e('list-note', 'en', { words: LIST_SHARED }, { how: 'after-label', label: 'comment:' }, ISSUE_20),
  e('list-note', 'ja', { words: LIST_SHARED }, { how: 'after-label', label: 'コメント:' }, ISSUE_20),
  e('list-note', 'ja', { words: LIST_SHARED }, { how: 'after-label', label: 'メモ:' }, ISSUE_20),
];

/**
 * Labels of numbers that are not phone numbers, read just before a number in someone else's message: a seller
 * gives the parcel's tracking number 「お問い合わせ伝票番号: 1234-5678-9012」 (12 digits, the length of a phone number,
 * after 「お問い合わせ」, which also asks to call). Common wording of shipping notices; used only to skip a number.
 */
export const NOT_A_PHONE_LABELS: readonly string[] = [
  '伝票番号', '追跡番号', '問合せ番号', '問い合わせ番号', 'お荷物番号', '注文番号',
  'tracking', 'order number', 'order #', 'order no', 'order id',
];
