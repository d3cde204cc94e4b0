// The kinds of mail in the benchmark mailbox. Each kind says what a message is (its truth category) and how a
// real sender would write it: sender, authentication as Gmail records it, subject and body wording, links.
// The wording of Amazon's own mails follows docs/sources.md#wording-per-language; the phishing
// techniques follow section 3.5 (JPCERT alerts, phishing_pot). Rendering to bytes is in render.mjs.

/** @typedef {import('./random.mjs').createRandom} CreateRandom */
/** @typedef {ReturnType<CreateRandom>} Random */
/** @typedef {import('./mime.mjs').Charset} Charset */

/**
 * @typedef {'amazon-genuine' | 'amazon-security-code' | 'amazon-phishing' | 'ham-mentions-amazon'
 *   | 'other-security-code' | 'ham' | 'chat'} Category
 */

/**
 * How the receiving provider (Gmail) saw the message arrive and what it wrote into Authentication-Results.
 * @typedef {object} Delivery
 * @property {string} relayHost   the host that handed the message to mx.google.com
 * @property {string} relayIp
 * @property {string} mailFrom    SMTP MAIL FROM (becomes Return-Path)
 * @property {{domain: string, selector: string, result: 'pass' | 'fail' | 'neutral'}[]} dkim
 * @property {'pass' | 'softfail' | 'fail' | 'neutral'} spf
 * @property {{result: 'pass' | 'fail', policy: string, disposition: string, fromDomain: string} | null} dmarc
 * @property {string} messageIdDomain
 * @property {string[]} extraHeaders  sender-specific headers (X-SES-Outgoing, Feedback-ID, List-Unsubscribe...)
 * @property {string[]} senderHops    Received hops inside the sender's network, topmost first
 */

/**
 * @typedef {object} MailSpec
 * @property {Category} category
 * @property {string} kind
 * @property {'ja' | 'en'} lang
 * @property {string} fromName
 * @property {string} fromAddress
 * @property {string} [replyTo]
 * @property {string} subject
 * @property {Charset} charset     charset of the text parts and encoded-words
 * @property {string} text         text/plain body ('' when the mail is HTML only)
 * @property {string} [html]
 * @property {{name: string, type: string, size: number}} [attachment]
 * @property {string} labels       X-Gmail-Labels
 * @property {Delivery} delivery
 * @property {string} [code]       the six-digit code, for security-code mails
 * @property {string} [technique]  the phishing technique, for amazon-phishing
 */

/**
 * @typedef {object} KindContext
 * @property {Random} rng
 * @property {Date} date
 * @property {number} index     0-based position in the mailbox
 * @property {string} owner     the mailbox owner's address
 */

const EN_WORDS = 'the order your account package delivery shipped item price total please update payment confirm here link prime video music store gift card refund return customer service thank you for shopping with us invoice receipt tracking number estimated arrival weekend meeting project notes agenda release build review draft photos trip dinner'.split(' ');
const JA_WORDS = ['ご注文', 'ありがとうございます', 'お届け予定日', '配送状況', 'アカウント', '確認', 'お支払い', '情報', '更新', 'してください', '商品', '発送', 'しました', '領収書', '特典', 'ログイン', '週末', '会議', '資料', '写真', '旅行', '日本語', '全角ｶﾀｶﾅ', '①②③', '髙橋', '〜', '―', '今日は', '明日', 'よろしくお願いします'];

/** Filler prose so message sizes vary like real mail. */
function prose(/** @type {Random} */ rng, /** @type {'ja'|'en'} */ lang, /** @type {number} */ lines) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    const n = lang === 'ja' ? rng.int(4, 12) : rng.int(6, 14);
    const words = [];
    for (let k = 0; k < n; k++) words.push(rng.pick(lang === 'ja' ? JA_WORDS : EN_WORDS));
    out.push(lang === 'ja' ? words.join('') + '。' : words.join(' ') + '.');
  }
  return out.join('\n');
}

const hex = (/** @type {Random} */ rng, /** @type {number} */ n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)];
  return s;
};
const orderNumber = (/** @type {Random} */ rng) => `${rng.int(249, 503)}-${rng.int(1000000, 9999999)}-${rng.int(1000000, 9999999)}`;
const asin = (/** @type {Random} */ rng) => `B0${hex(rng, 8).toUpperCase()}`;

/** An HTML newsletter body of product rows, the bulk of real retail mail. */
function productTableHtml(/** @type {Random} */ rng, /** @type {string} */ site, /** @type {'ja'|'en'} */ lang, /** @type {number} */ rows, /** @type {string} */ heading) {
  const cells = [];
  for (let k = 0; k < rows; k++) {
    const id = asin(rng);
    cells.push(`<tr><td style="padding:8px"><a href="https://${site}/gp/r.html?C=${hex(rng, 12)}&amp;R=${hex(rng, 10)}&amp;U=https%3A%2F%2F${site}%2Fdp%2F${id}">${prose(rng, lang, 1)}</a></td><td><img src="https://m.media-amazon.com/images/I/${hex(rng, 10)}.jpg" width="90" height="90" alt=""></td></tr>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{font-family:Arial,sans-serif;font-size:14px}</style></head><body><h1>${heading}</h1><table width="600" cellpadding="0" cellspacing="0">\n${cells.join('\n')}\n</table></body></html>`;
}

/** Amazon sends through SES with two signatures: its own domain and amazonses.com (real header, docs/sources.md#genuine-amazon-headers). */
function amazonDelivery(/** @type {Random} */ rng, /** @type {string} */ domain) {
  const region = rng.pick(['us-west-2', 'us-east-1', 'ap-northeast-1']);
  const octet = rng.int(1, 250);
  const relayHost = domain === 'amazon.co.jp' ? `a27-${octet}.smtp-out.${region}.amazonses.com` : `a13-${octet}.smtp-out.amazonses.com`;
  const relayIp = domain === 'amazon.co.jp' ? `54.240.27.${octet}` : `54.240.13.${octet}`;
  const bounce = `${hex(rng, 40)}-${hex(rng, 10).toUpperCase()}@bounces.${domain}`;
  return /** @type {Delivery} */ ({
    relayHost,
    relayIp,
    mailFrom: bounce,
    dkim: [
      { domain, selector: hex(rng, 32), result: 'pass' },
      { domain: 'amazonses.com', selector: hex(rng, 32), result: 'pass' },
    ],
    spf: 'pass',
    dmarc: { result: 'pass', policy: 'QUARANTINE', disposition: 'NONE', fromDomain: domain },
    messageIdDomain: 'email.amazonses.com',
    extraHeaders: [
      'X-AMAZON-MAIL-RELAY-TYPE: notification',
      `Bounces-to: ${bounce}`,
      `Feedback-ID: ${rng.int(100000000, 999999999)}::1.${region}.${hex(rng, 20)}=:AmazonSES`,
      `X-SES-Outgoing: 2024.01.01-${relayIp}`,
    ],
    senderHops: [],
  });
}

/** An ordinary sender with its own aligned DKIM and DMARC. */
function ordinaryDelivery(/** @type {Random} */ rng, /** @type {string} */ domain, dmarc = true) {
  const hops = rng.int(0, 2);
  const senderHops = [];
  for (let h = 0; h < hops; h++) senderHops.push(`from mta${h}.internal.${domain} (localhost [127.0.0.1]) by mta${h + 1}.${domain} (Postfix) with ESMTP id ${hex(rng, 10).toUpperCase()}`);
  return /** @type {Delivery} */ ({
    relayHost: `mail${rng.int(1, 9)}.${domain}`,
    relayIp: `192.0.2.${rng.int(1, 254)}`,
    mailFrom: `bounce-${hex(rng, 8)}@${domain}`,
    dkim: [{ domain, selector: rng.pick(['s1', 'google', 'k1', 'selector1']), result: 'pass' }],
    spf: 'pass',
    dmarc: dmarc ? { result: 'pass', policy: rng.pick(['NONE', 'QUARANTINE', 'REJECT']), disposition: 'NONE', fromDomain: domain } : null,
    messageIdDomain: domain,
    extraHeaders: [],
    senderHops,
  });
}

/** A phishing kit on a rented server: the attacker's own envelope domain, nothing aligned with From. */
function attackerDelivery(/** @type {Random} */ rng, /** @type {string} */ envelopeDomain, /** @type {string} */ fromDomain, dkimDomain = /** @type {string | null} */ (null)) {
  const host = `vps${rng.int(100, 999)}.${envelopeDomain}`;
  const aligned = dkimDomain === fromDomain || envelopeDomain === fromDomain;
  return /** @type {Delivery} */ ({
    relayHost: host,
    relayIp: `198.51.100.${rng.int(1, 254)}`,
    mailFrom: `${hex(rng, 6)}@${envelopeDomain}`,
    dkim: dkimDomain ? [{ domain: dkimDomain, selector: 'default', result: 'pass' }] : [],
    spf: rng.pick(['pass', 'softfail', 'neutral']),
    dmarc: fromDomain.startsWith('amazon.') ? { result: aligned ? 'pass' : 'fail', policy: 'QUARANTINE', disposition: 'QUARANTINE', fromDomain } : null,
    messageIdDomain: host,
    extraHeaders: [`X-Mailer: ${rng.pick(['PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)', 'Microsoft Outlook 16.0', 'Foxmail 7.2'])}`],
    senderHops: [`from [10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}] by ${host} with ESMTPA`],
  });
}

const jaCharset = (/** @type {Random} */ rng) => /** @type {Charset} */ (rng.pick(['ISO-2022-JP', 'ISO-2022-JP', 'Shift_JIS', 'EUC-JP', 'UTF-8']));

// ---------------------------------------------------------------------------------------------------------
// Genuine Amazon (not security codes)

/** @param {KindContext} c @returns {MailSpec} */
function amazonOrderConfirmation(c) {
  const { rng } = c;
  const ja = rng.chance(0.6);
  const domain = ja ? 'amazon.co.jp' : 'amazon.com';
  const site = `www.${domain}`;
  const order = orderNumber(rng);
  const text = ja
    ? `Amazon.co.jpをご利用いただき、ありがとうございます。\nご注文番号: ${order}\n\n注文内容はこちらからご確認いただけます:\nhttps://${site}/gp/css/order-details?orderID=${order}\n\n${prose(rng, 'ja', rng.int(5, 25))}\n\nAmazon.co.jp カスタマーサービス\n`
    : `Thanks for your order.\nOrder #${order}\n\nView or manage your order:\nhttps://${site}/gp/css/order-details?orderID=${order}\n\n${prose(rng, 'en', rng.int(5, 25))}\n\nAmazon.com\n`;
  return {
    category: 'amazon-genuine', kind: 'order-confirmation', lang: ja ? 'ja' : 'en',
    fromName: ja ? 'Amazon.co.jp' : 'Amazon.com', fromAddress: `auto-confirm@${domain}`,
    subject: ja ? `Amazon.co.jpでのご注文 ${order}` : `Your Amazon.com order #${order}`,
    charset: 'UTF-8', text,
    html: productTableHtml(rng, site, ja ? 'ja' : 'en', rng.int(10, 60), ja ? 'ご注文の確認' : 'Order Confirmation'),
    labels: rng.pick(['Inbox,Category Updates,Opened', 'Category Updates,Opened', 'Archived,Category Updates']),
    delivery: amazonDelivery(rng, domain),
  };
}

/** @param {KindContext} c @returns {MailSpec} */
function amazonShipment(c) {
  const { rng } = c;
  const ja = rng.chance(0.7);
  const domain = ja ? 'amazon.co.jp' : 'amazon.com';
  const order = orderNumber(rng);
  const text = ja
    ? `ご注文の商品を発送しました。\n注文番号: ${order}\nお届け予定: ${rng.int(1, 28)}日\n配送状況の確認: https://www.${domain}/gp/your-account/ship-track?orderId=${order}\n\n${prose(rng, 'ja', rng.int(3, 12))}\n`
    : `Your package has shipped.\nOrder #${order}\nTrack your package: https://www.${domain}/gp/your-account/ship-track?orderId=${order}\n\n${prose(rng, 'en', rng.int(3, 12))}\n`;
  return {
    category: 'amazon-genuine', kind: 'shipment', lang: ja ? 'ja' : 'en',
    fromName: ja ? 'Amazon.co.jp' : 'Amazon.com', fromAddress: `shipment-tracking@${domain}`,
    subject: ja ? `Amazon.co.jp 発送のお知らせ (注文番号 ${order})` : `Shipped: your Amazon.com order #${order}`,
    charset: 'UTF-8', text,
    html: rng.chance(0.6) ? productTableHtml(rng, `www.${domain}`, ja ? 'ja' : 'en', rng.int(3, 20), ja ? '発送のお知らせ' : 'Shipped') : undefined,
    labels: 'Inbox,Category Updates',
    delivery: amazonDelivery(rng, domain),
  };
}

/** @param {KindContext} c @returns {MailSpec} */
function amazonStoreNews(c) {
  const { rng } = c;
  const delivery = amazonDelivery(rng, 'amazon.co.jp');
  delivery.extraHeaders.push(`List-Unsubscribe: <https://www.amazon.co.jp/gp/gss/o/${hex(rng, 24)}>`);
  return {
    category: 'amazon-genuine', kind: 'store-news', lang: 'ja',
    fromName: 'Amazon.co.jp', fromAddress: 'store-news@amazon.co.jp',
    subject: rng.pick(['【Amazon】タイムセール祭り開催中', 'Amazon.co.jp: おすすめ商品のご案内', 'プライム会員特典のお知らせ']),
    charset: 'UTF-8', text: '',
    html: productTableHtml(rng, 'www.amazon.co.jp', 'ja', rng.int(40, 140), 'おすすめ商品'),
    labels: 'Category Promotions',
    delivery,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Genuine Amazon security-code mails (docs/sources.md#wording-per-language)

/** @param {KindContext} c @param {'ja'|'en'} [forceLang] @returns {MailSpec} */
function amazonPasswordReset(c, forceLang) {
  const { rng } = c;
  const ja = forceLang ? forceLang === 'ja' : rng.chance(0.5);
  const domain = ja ? 'amazon.co.jp' : 'amazon.com';
  const code = rng.code6();
  const text = ja
    ? `認証を行うには、次のワンタイムパスワード（OTP）を入力してください。\n\n${code}\n\nこのOTPは誰とも共有しないでください。Amazonのカスタマーサービスが、パスワード、OTP、クレジットカード番号、銀行口座番号の開示や確認をお願いすることはありません。\n\nAmazon.co.jpをご利用いただきありがとうございます。\n`
    : `To authenticate, please use the following One Time Password (OTP):\n\n${code}\n\nDon't share this OTP with anyone. Our customer service team will never ask you for your password, OTP, credit card, or banking info.\nAmazon Customer Service will never ask you to disclose or verify your Amazon password, OTP, credit card, or banking account number. If you receive a suspicious email with a link to update your account information, do not click on the link—instead, report the email to Amazon for investigation.\n\nWe hope to see you again soon.\n`;
  return {
    category: 'amazon-security-code', kind: 'password-reset', lang: ja ? 'ja' : 'en',
    fromName: ja ? 'Amazon.co.jp' : 'Amazon.com', fromAddress: `account-update@${domain}`,
    subject: ja ? 'Amazon パスワードアシスタンス' : 'Amazon password assistance',
    charset: 'UTF-8', text,
    html: rng.chance(0.7) ? `<html><body><p>${text.replace(/\n/g, '<br>\n')}</p></body></html>` : undefined,
    labels: 'Inbox,Category Updates',
    delivery: amazonDelivery(rng, domain), code,
  };
}

/** @param {KindContext} c @returns {MailSpec} */
function amazonSignInCode(c) {
  const { rng } = c;
  const ja = rng.chance(0.5);
  const domain = ja ? 'amazon.co.jp' : 'amazon.com';
  const code = rng.code6();
  const text = ja
    ? `お客様のパスワードを使用して、Amazonアカウントへのサインインが試みられています。\nサインインを続けるには、次の確認コードを入力してください。\n\n${code}\n\nお心当たりがない場合は、ただちにパスワードを変更してください。\n`
    : `Someone is signing in to your Amazon account with your password.\nTo continue, enter this verification code:\n\n${code}\n\nIf this wasn't you, change your password now.\n`;
  return {
    category: 'amazon-security-code', kind: 'sign-in-code', lang: ja ? 'ja' : 'en',
    fromName: ja ? 'Amazon.co.jp' : 'Amazon.com', fromAddress: `account-update@${domain}`,
    subject: ja ? 'amazon.co.jp: サインインの確認コード' : 'Amazon.com: Sign-in verification code',
    charset: 'UTF-8', text, labels: 'Inbox,Important',
    delivery: amazonDelivery(rng, domain), code,
  };
}

/** @param {KindContext} c @returns {MailSpec} */
function amazonSignInApproval(c) {
  const { rng } = c;
  const token = hex(rng, 40);
  const text = `パスワードを知っているユーザーがあなたのアカウントにサインインしようとしています。\n\n日時: ${c.date.toISOString()}\nデバイス: ${rng.pick(['Chrome Windows', 'Safari iPhone', 'Firefox Linux'])}\n付近: ${rng.pick(['東京都', 'Frankfurt', 'Singapore'])}\n\n承認または否認してください。\nhttps://www.amazon.co.jp/a/c/r/${token}\n\nこのEメールのリンクは「https://www.amazon.co.jp」で始まります。\n`;
  return {
    category: 'amazon-security-code', kind: 'sign-in-approval', lang: 'ja',
    fromName: 'Amazon.co.jp', fromAddress: 'account-update@amazon.co.jp',
    subject: 'amazon.co.jp: アクションが必要です: サインイン試行',
    charset: 'UTF-8', text,
    html: `<html><body><p>${text.replace(/\n/g, '<br>\n')}</p><p><a href="https://www.amazon.co.jp/a/c/r/${token}">承認または否認</a></p></body></html>`,
    labels: 'Inbox,Important',
    delivery: amazonDelivery(rng, 'amazon.co.jp'),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Amazon phishing (docs/sources.md#phishing-patterns)

const PHISH_JA = [
  ['【重要】Amazonアカウントの確認が必要です', 'お客様のアカウントで異常なログインが検出されたため、アカウントを一時的に停止しました。24時間以内に以下のリンクからログインし、お支払い情報を更新してください。更新が確認できない場合、アカウントは永久に停止されます。'],
  ['Amazonプライム会費のお支払い方法に問題があります', 'プライム会費のお支払いに使用されたクレジットカードが承認されませんでした。特典を引き続きご利用いただくには、以下のリンクからカード情報を更新してください。'],
];
const PHISH_EN = [
  ['Action required: your Amazon account has been locked', 'We detected unusual sign-in activity and locked your account. Sign in within 24 hours to verify your identity and update your billing information, or your account will be closed.'],
  ['Your Amazon Prime membership payment was declined', 'We were unable to charge your card for your Prime membership. Update your payment method now to keep your benefits.'],
];

/** @param {KindContext} c @param {string} technique @param {string} link @param {string} anchor */
function phishingBody(c, technique, link, anchor) {
  const { rng } = c;
  const ja = rng.chance(0.6);
  const [subject, lure] = rng.pick(ja ? PHISH_JA : PHISH_EN);
  const text = `${lure}\n\n${anchor}\n${link}\n\n${ja ? 'Amazon.co.jp カスタマーサービス' : 'Amazon Customer Service'}\n`;
  const html = `<html><body><div style="font-family:Arial"><img src="https://${new URL(link).host}/logo.png" alt="amazon"><p>${lure}</p><p><a href="${link}" style="background:#f0c14b;padding:8px">${anchor}</a></p></div></body></html>`;
  return { ja, subject, text, html, charset: /** @type {Charset} */ (ja ? rng.pick(['UTF-8', 'UTF-8', 'Shift_JIS']) : 'UTF-8'), technique };
}

/** From says amazon.co.jp, but Gmail's DMARC check fails: the classic spoof that lands in Spam. */
/** @param {KindContext} c @returns {MailSpec} */
function phishSpoofedFrom(c) {
  const { rng } = c;
  const evil = rng.pick(['secure-mailer.top', 'kx-delivery.site', 'mail-notice.icu']);
  const link = `https://amazon.co.jp.${rng.pick(['account-verify', 'signin-check', 'jp-secure'])}.${rng.pick(['info', 'xyz', 'top'])}/ap/signin?ref=${hex(rng, 8)}`;
  const b = phishingBody(c, 'spoofed-from', link, 'https://www.amazon.co.jp/ap/signin');
  return {
    category: 'amazon-phishing', kind: 'spoofed-from', technique: 'spoofed-from', lang: b.ja ? 'ja' : 'en',
    fromName: 'Amazon.co.jp', fromAddress: rng.pick(['account-update@amazon.co.jp', 'order-update@amazon.co.jp', 'no-reply@amazon.co.jp']),
    subject: b.subject, charset: b.charset, text: b.text, html: b.html, labels: 'Spam',
    delivery: attackerDelivery(rng, evil, 'amazon.co.jp', rng.chance(0.5) ? evil : null),
  };
}

/** A registered lookalike domain with its own passing DKIM/DMARC: authentication passes, the name lies. */
/** @param {KindContext} c @returns {MailSpec} */
function phishLookalikeDomain(c) {
  const { rng } = c;
  const domain = rng.pick(['amaz0n-security.xyz', 'amazon-jp-support.com', 'arnazon.co.jp.net', 'amazom-account.top', 'amazonn-prime.info']);
  const link = `https://${domain}/ap/signin?session=${hex(rng, 16)}`;
  const b = phishingBody(c, 'lookalike-domain', link, b2anchor(rng));
  const delivery = ordinaryDelivery(rng, domain, false);
  delivery.dmarc = { result: 'pass', policy: 'NONE', disposition: 'NONE', fromDomain: domain };
  return {
    category: 'amazon-phishing', kind: 'lookalike-domain', technique: 'lookalike-domain', lang: b.ja ? 'ja' : 'en',
    fromName: rng.pick(['Amazon', 'Amazon.co.jp', 'Amazon Security']), fromAddress: `info@${domain}`,
    subject: b.subject, charset: b.charset, text: b.text, html: b.html, labels: 'Inbox',
    delivery,
  };
}
const b2anchor = (/** @type {Random} */ rng) => rng.pick(['アカウントを確認する', 'Verify your account', 'お支払い情報を更新', 'Sign in']);

/** Display name "Amazon" over an address that has nothing to do with Amazon (phishing_pot). */
/** @param {KindContext} c @returns {MailSpec} */
function phishDisplayName(c) {
  const { rng } = c;
  const domain = rng.pick(['stayfriends-mailer.de', 'shop-kagoshima.jp', 'mail.hotel-booking.example.net', 'outlook-mailer.com']);
  const link = `http://203.0.113.${rng.int(1, 254)}/amazon/signin.php?id=${hex(rng, 10)}`;
  const b = phishingBody(c, 'display-name', link, b2anchor(rng));
  return {
    category: 'amazon-phishing', kind: 'display-name', technique: 'display-name', lang: b.ja ? 'ja' : 'en',
    fromName: rng.pick(['Amazon', 'Amazon.co.jp', 'Amazon カスタマーサービス', 'amazon.co.jp']), fromAddress: `${rng.pick(['service', 'info', 'user' + rng.int(100, 9999)])}@${domain}`,
    replyTo: rng.chance(0.5) ? `support@${rng.pick(['gmail.com', 'outlook.jp'])}` : undefined,
    subject: b.subject, charset: b.charset, text: b.text, html: b.html, labels: 'Inbox',
    delivery: attackerDelivery(rng, domain, domain, domain),
  };
}

/**
 * Sent through SES by an SES customer (d=amazonses.com passes: rentable infrastructure, not Amazon) with an
 * anchor that shows an amazon.co.jp URL and a link to a host anyone can rent.
 */
/** @param {KindContext} c @returns {MailSpec} */
function phishCredentialLink(c) {
  const { rng } = c;
  const domain = rng.pick(['amazon-prime-jp.com', 'prime-member-center.net', 'jp-amazon-service.com']);
  const link = rng.pick([
    `https://amazon-jp-signin-${hex(rng, 4)}.s3-website-ap-northeast-1.amazonaws.com/index.html`,
    `https://amzn-verify-${hex(rng, 4)}.firebaseapp.com/ap/signin`,
    `https://d${hex(rng, 12)}.cloudfront.net/signin`,
  ]);
  const b = phishingBody(c, 'credential-link', link, 'https://www.amazon.co.jp/ap/signin');
  const delivery = amazonDelivery(rng, domain);
  delivery.dkim = [{ domain: 'amazonses.com', selector: hex(rng, 32), result: 'pass' }];
  delivery.mailFrom = `${hex(rng, 40)}@${rng.pick(['us-west-2', 'ap-northeast-1'])}.amazonses.com`;
  delivery.dmarc = null;
  delivery.extraHeaders = delivery.extraHeaders.filter((h) => !h.startsWith('X-AMAZON') && !h.startsWith('Bounces-to'));
  return {
    category: 'amazon-phishing', kind: 'credential-link', technique: 'credential-link', lang: b.ja ? 'ja' : 'en',
    fromName: 'Amazon Prime', fromAddress: `prime@${domain}`,
    subject: b.subject, charset: b.charset, text: b.text, html: b.html, labels: 'Inbox',
    delivery,
  };
}

/** A copy of Amazon's sign-in alert wording, spoofed, linking to a lookalike (it carries no real code). */
/** @param {KindContext} c @returns {MailSpec} */
function phishFakeSignInAlert(c) {
  const { rng } = c;
  const evil = rng.pick(['amazon.co.jp-signin.xyz', 'amazon.jp-sign-in.top']);
  const link = `https://${evil}/a/c/r/${hex(rng, 32)}`;
  const text = `パスワードを知っているユーザーがあなたのアカウントにサインインしようとしています。\n\n承認または否認してください。\n${link}\n\n24時間以内にご対応がない場合、アカウントはロックされます。\n`;
  return {
    category: 'amazon-phishing', kind: 'fake-sign-in-alert', technique: 'spoofed-from', lang: 'ja',
    fromName: 'Amazon.co.jp', fromAddress: 'account-update@amazon.co.jp',
    subject: 'amazon.co.jp: アクションが必要です: サインイン試行',
    charset: 'UTF-8', text, html: `<html><body><p>${text.replace(/\n/g, '<br>')}</p><a href="${link}">承認または否認</a></body></html>`,
    labels: rng.pick(['Spam', 'Inbox']),
    delivery: attackerDelivery(rng, 'mailer-' + hex(rng, 4) + '.top', 'amazon.co.jp', null),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Not Amazon

/** @param {KindContext} c @returns {MailSpec} */
function hamPersonal(c) {
  const { rng } = c;
  const ja = rng.chance(0.55);
  const charset = ja ? jaCharset(rng) : 'UTF-8';
  const domain = ja ? rng.pick(['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp']) : rng.pick(['gmail.com', 'outlook.com', 'example.org']);
  const name = ja ? rng.pick(['髙橋 一郎', '佐藤 花子', '鈴木 太郎']) : rng.pick(['Alice Smith', 'Bob Jones', 'Carol White']);
  // Quoted replies and "From " at the start of a line are what mboxrd quoting exists for.
  const quote = rng.chance(0.2) ? `\n\nFrom the desk of ${name}: see below.\n>From an earlier message\n>>From an even earlier one\n` : '';
  const attachment = rng.chance(0.12) ? { name: rng.pick(['photo.jpg', '写真.jpg', 'IMG_2041.HEIC', 'notes.pdf']), type: rng.pick(['image/jpeg', 'application/pdf']), size: rng.int(8, 100) * 1024 } : undefined;
  return {
    category: 'ham', kind: 'personal', lang: ja ? 'ja' : 'en',
    fromName: name, fromAddress: `${hex(rng, 6)}@${domain}`,
    subject: ja ? rng.pick(['週末の予定', 'Re: 写真送ります', '明日の会議について']) : rng.pick(['Weekend plans', 'Re: photos', 'Notes from today']),
    charset, text: prose(rng, ja ? 'ja' : 'en', rng.int(3, 40)) + quote + '\n',
    attachment, labels: rng.pick(['Inbox', 'Inbox,Important,Opened', 'Archived', 'Sent,Opened']),
    delivery: ordinaryDelivery(rng, domain),
  };
}

/** @param {KindContext} c @returns {MailSpec} */
function hamNewsletter(c) {
  const { rng } = c;
  const ja = rng.chance(0.5);
  const [fromName, domain] = ja
    ? rng.pick([['楽天市場', 'emagazine.rakuten.co.jp'], ['ヨドバシ・ドット・コム', 'mail.yodobashi.com'], ['日経電子版', 'news.nikkei.com']])
    : rng.pick([['Medium Daily Digest', 'medium.com'], ['The Weekly', 'substack.com'], ['News', 'news.example.com']]);
  const rows = [];
  for (let k = 0, n = rng.int(10, 90); k < n; k++) rows.push(`<tr><td><a href="https://${domain}/r/${hex(rng, 10)}?k=${k}">${prose(rng, ja ? 'ja' : 'en', 1)}</a></td></tr>`);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><table width="640">\n${rows.join('\n')}\n</table></body></html>`;
  const delivery = ordinaryDelivery(rng, domain);
  delivery.extraHeaders.push(`List-Unsubscribe: <https://${domain}/unsubscribe/${hex(rng, 16)}>`, 'Precedence: bulk');
  return {
    category: 'ham', kind: 'newsletter', lang: ja ? 'ja' : 'en',
    fromName, fromAddress: `news@${domain}`,
    subject: ja ? '【今週のおすすめ】' + prose(rng, 'ja', 1) : 'This week: ' + prose(rng, 'en', 1),
    charset: ja ? (rng.chance(0.5) ? 'ISO-2022-JP' : 'UTF-8') : 'UTF-8',
    text: rng.chance(0.5) ? prose(rng, ja ? 'ja' : 'en', rng.int(5, 30)) + '\n' : '',
    html, labels: 'Category Promotions',
    delivery,
  };
}

/** @param {KindContext} c @returns {MailSpec} */
function hamNotification(c) {
  const { rng } = c;
  return {
    category: 'ham', kind: 'notification', lang: 'en',
    fromName: 'GitHub', fromAddress: 'notifications@github.com',
    subject: `[acme/widgets] ${prose(rng, 'en', 1)} (PR #${rng.int(1, 9999)})`,
    charset: 'UTF-8', text: `${prose(rng, 'en', rng.int(2, 15))}\n\n-- \nReply to this email directly or view it on GitHub:\nhttps://github.com/acme/widgets/pull/${rng.int(1, 9999)}\n`,
    labels: 'Inbox,Category Updates', delivery: ordinaryDelivery(rng, 'github.com'),
  };
}

/** Ordinary mail that links to Amazon products or is sent through SES: must not look like Amazon mail. */
/** @param {KindContext} c @returns {MailSpec} */
function hamMentionsAmazon(c) {
  const { rng } = c;
  if (rng.chance(0.5)) {
    // a friend shares a product link
    const ja = rng.chance(0.6);
    const link = `https://www.${ja ? 'amazon.co.jp' : 'amazon.com'}/dp/${asin(rng)}?ref=cm_sw_r_cp`;
    const domain = rng.pick(['gmail.com', 'docomo.ne.jp']);
    return {
      category: 'ham-mentions-amazon', kind: 'shared-product-link', lang: ja ? 'ja' : 'en',
      fromName: ja ? '佐藤 花子' : 'Alice Smith', fromAddress: `${hex(rng, 6)}@${domain}`,
      subject: ja ? 'これ良さそう' : 'Look at this',
      charset: ja ? jaCharset(rng) : 'UTF-8',
      text: `${ja ? 'Amazonで見つけました。' : 'Found this on amazon.com:'}\n${link}\n\n${prose(rng, ja ? 'ja' : 'en', rng.int(1, 6))}\n`,
      labels: 'Inbox', delivery: ordinaryDelivery(rng, domain),
    };
  }
  // A company newsletter sent through Amazon SES: d=amazonses.com passes, From is the company's own domain.
  const domain = rng.pick(['bookclub-news.jp', 'gadget-weekly.com', 'travel-deals.example.net']);
  const delivery = amazonDelivery(rng, domain);
  delivery.dkim = [{ domain, selector: hex(rng, 32), result: 'pass' }, { domain: 'amazonses.com', selector: hex(rng, 32), result: 'pass' }];
  delivery.dmarc = { result: 'pass', policy: 'NONE', disposition: 'NONE', fromDomain: domain };
  delivery.extraHeaders = delivery.extraHeaders.filter((h) => !h.startsWith('X-AMAZON') && !h.startsWith('Bounces-to'));
  const rows = [];
  for (let k = 0, n = rng.int(5, 30); k < n; k++) rows.push(`<li><a href="https://www.amazon.com/dp/${asin(rng)}?tag=${domain.split('.')[0]}-20">${prose(rng, 'en', 1)}</a></li>`);
  return {
    category: 'ham-mentions-amazon', kind: 'newsletter-via-ses', lang: 'en',
    fromName: 'Gadget Weekly', fromAddress: `hello@${domain}`,
    subject: 'Our picks this week (available on Amazon)',
    charset: 'UTF-8', text: 'Our picks this week, all available on amazon.com.\n',
    html: `<html><body><ul>\n${rows.join('\n')}\n</ul></body></html>`, labels: 'Category Promotions', delivery,
  };
}

/** Security codes from others (a bank, GitHub): code wording without Amazon. */
/** @param {KindContext} c @returns {MailSpec} */
function otherSecurityCode(c) {
  const { rng } = c;
  const code = rng.code6();
  if (rng.chance(0.5)) {
    return {
      category: 'other-security-code', kind: 'bank-otp', lang: 'ja',
      fromName: 'みずなみ銀行', fromAddress: 'otp@bank.example.jp',
      subject: '【みずなみ銀行】ワンタイムパスワードのお知らせ',
      charset: rng.pick(['ISO-2022-JP', 'UTF-8']), text: `ワンタイムパスワード: ${code}\n有効期限は10分です。\nお心当たりのない場合はお問い合わせください。\n`,
      labels: 'Inbox,Important', delivery: ordinaryDelivery(rng, 'bank.example.jp'), code,
    };
  }
  return {
    category: 'other-security-code', kind: 'github-device-verification', lang: 'en',
    fromName: 'GitHub', fromAddress: 'noreply@github.com',
    subject: '[GitHub] Please verify your device',
    charset: 'UTF-8', text: `Hey there!\n\nA sign in attempt requires further verification because we did not recognize your device.\n\nVerification code: ${code}\n\nIf you did not attempt to sign in to your account, your password may be compromised.\n`,
    labels: 'Inbox', delivery: ordinaryDelivery(rng, 'github.com'), code,
  };
}

/** Gmail Takeout stores chats as pseudo-messages labelled Chat (docs/sources.md#mbox): readers skip them. */
/** @param {KindContext} c @returns {MailSpec} */
function chat(c) {
  const { rng } = c;
  return {
    category: 'chat', kind: 'chat', lang: 'en',
    fromName: 'Alice Smith', fromAddress: 'alice.smith@gmail.com', subject: 'Chat with Alice Smith',
    charset: 'UTF-8', text: `<con:conversation xmlns:con="google:archive:conversation"><cli:message to="${c.owner}" from="alice.smith@gmail.com"><cli:body>${prose(rng, 'en', 1)}</cli:body></cli:message></con:conversation>\n`,
    labels: 'Chat', delivery: ordinaryDelivery(rng, 'gmail.com'),
  };
}

/**
 * The mix, as weights. About 14% of messages are Amazon-looking or code-like, like the data set behind the
 * design figures (docs/sources.md#design-notes), so the cheap first pass has the same share of candidates to parse
 * fully.
 * `securityCode` marks kinds the generator spaces out in time, so the only burst is the planted one.
 * @type {{kind: (c: KindContext) => MailSpec, weight: number, securityCode?: boolean}[]}
 */
export const MIX = [
  { kind: hamPersonal, weight: 38 },
  { kind: hamNewsletter, weight: 30 },
  { kind: hamNotification, weight: 14 },
  { kind: hamMentionsAmazon, weight: 3 },
  { kind: amazonOrderConfirmation, weight: 4 },
  { kind: amazonShipment, weight: 3 },
  { kind: amazonStoreNews, weight: 2 },
  { kind: amazonPasswordReset, weight: 0.8, securityCode: true },
  { kind: amazonSignInCode, weight: 0.4, securityCode: true },
  { kind: amazonSignInApproval, weight: 0.3, securityCode: true },
  { kind: phishSpoofedFrom, weight: 0.9 },
  { kind: phishLookalikeDomain, weight: 0.6 },
  { kind: phishDisplayName, weight: 0.6 },
  { kind: phishCredentialLink, weight: 0.5 },
  { kind: phishFakeSignInAlert, weight: 0.3, securityCode: true },
  { kind: otherSecurityCode, weight: 0.6, securityCode: true },
  { kind: chat, weight: 0.2 },
];

/** The planted burst: Japanese password-reset codes, the scenario of docs/sources.md#what-each-kind-means cause (2). */
export const burstPasswordReset = (/** @type {KindContext} */ c) => amazonPasswordReset(c, 'ja');
