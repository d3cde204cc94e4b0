#!/usr/bin/env node
/**
 * Writes fixtures/security/: Amazon account-security mails of every kind in Japanese and English, genuine-looking
 * and fake, and mbox files with bursts. Deterministic (no clock, no randomness): run it again and git shows no
 * change. The output is committed; tests never run this script.
 *
 *   node scripts/generate-security-fixtures.mjs
 *
 * Genuine-looking mails carry the receiving provider's headers the way Gmail writes them, copied in layout from a
 * real Amazon order mail received by Gmail (corpus amazon-legit/etl-amazon-order-faucet.eml,
 * docs/sources.md#real-samples-in-the-corpus): Received
 * `by mx.google.com`, then Authentication-Results with dkim/spf/dmarc=pass for the From domain. Fakes either
 * spoof the From domain (Gmail then writes dmarc=fail) or use a lookalike domain that authenticates as itself.
 * All signatures and hashes are placeholders: the fixtures test what amzcheck reads from the headers, and no
 * DKIM verification is meant to succeed on them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'security');
const USER = 'hanako.yamada@gmail.com';

// ---- deterministic helpers ----
// mulberry32: small, fixed seed, good enough spread in the low bits for placeholder tokens.
let seed = 20250615;
function next() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}
function hex(n) {
  let s = '';
  while (s.length < n) s += next().toString(16).padStart(8, '0');
  return s.slice(0, n);
}
function b64(n) {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = '';
  for (let i = 0; i < n; i++) s += abc[next() % 64];
  return s;
}
function code6() {
  return String(100000 + (next() % 900000));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
/** RFC 5322 date in +0000, as Amazon SES writes it. */
function rfcDate(d) {
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}
/** Gmail's Received date: US Pacific with a zone comment (fixed -0700 here: the fixtures' dates are in summer). */
function gmailDate(d) {
  const t = new Date(d.getTime() - 7 * 3600_000);
  return `${DAYS[t.getUTCDay()]}, ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}:${p2(t.getUTCSeconds())} -0700 (PDT)`;
}
function mboxDate(d) {
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}
function encodedWord(s) {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}
function base64Lines(s) {
  return Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
}

// ---- headers ----
function gmailTop(d, to) {
  return [
    `Delivered-To: ${to}`,
    `Received: by 2002:a17:504:54d5:b0:1cd2:b196:9bab with SMTP id s21csp${1000000 + (next() % 8999999)}njk;`,
    `        ${gmailDate(d)}`,
    `X-Google-Smtp-Source: AGHT+I${b64(54)}`,
    `X-Received: by 2002:a05:620a:d94:b0:7c5:65ab:5001 with SMTP id af79cd13be357-7d3c6cf0804mr${next()}a.39.${Math.floor(d.getTime())};`,
    `        ${gmailDate(d)}`,
  ];
}

/** Gmail's view of a genuine Amazon mail: DKIM for the From domain and for amazonses.com, SPF and DMARC pass. */
function genuineHeaders({ date, to, fromDomain, fromAddress, fromName }) {
  const bounce = `${hex(40)}p0na-${b64(14).replace(/[+/]/g, 'X')}@bounces.${fromDomain}`;
  const ip = `54.240.13.${next() % 250}`;
  const ar = [
    `mx.google.com;`,
    `       dkim=pass header.i=@${fromDomain} header.s=${hex(32)} header.b=${b64(8)};`,
    `       dkim=pass header.i=@amazonses.com header.s=${hex(32)} header.b=${b64(8)};`,
    `       spf=pass (google.com: domain of ${bounce.toLowerCase()} designates ${ip} as permitted sender) smtp.mailfrom=${bounce};`,
    `       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDomain}`,
  ];
  return [
    ...gmailTop(date, to),
    `ARC-Authentication-Results: i=1; ${ar.join('\r\n')}`,
    `Return-Path: <${bounce}>`,
    `Received: from a13-41.smtp-out.amazonses.com (a13-41.smtp-out.amazonses.com. [${ip}])`,
    `        by mx.google.com with ESMTPS id af79cd13be357-${hex(12)}si${next()}.313.${date.getUTCFullYear()}.${p2(date.getUTCMonth() + 1)}.${p2(date.getUTCDate())}`,
    `        for <${to}>`,
    `        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);`,
    `        ${gmailDate(date)}`,
    `Received-SPF: pass (google.com: domain of ${bounce.toLowerCase()} designates ${ip} as permitted sender) client-ip=${ip};`,
    `Authentication-Results: ${ar.join('\r\n')}`,
    `DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;`,
    `\ts=${hex(32)}; d=${fromDomain}; t=${Math.floor(date.getTime() / 1000)};`,
    `\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;`,
    `\tbh=${bodyHashPlaceholder()};`,
    `\tb=${b64(64)}`,
    `DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;`,
    `\ts=${hex(32)}; d=amazonses.com; t=${Math.floor(date.getTime() / 1000)};`,
    `\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID;`,
    `\tbh=${bodyHashPlaceholder()};`,
    `\tb=${b64(64)}`,
    `Date: ${rfcDate(date)}`,
    `From: "${fromName}" <${fromAddress}>`,
    `To: ${to}`,
    `Message-ID: <0101${hex(16)}-${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}-000000@us-west-2.amazonses.com>`,
  ];
}

/**
 * Gmail's view of a fake. spoof: From claims the Amazon domain but the mail comes from an unrelated host, so
 * SPF fails and DMARC fails. lookalike: a domain of the sender's own that passes as itself.
 */
function fakeHeaders({ date, to, fromDomain, fromAddress, fromName, style }) {
  const host = style === 'spoof' ? 'mail.kyoto-denki-shop.xyz' : `mta.${fromDomain}`;
  const ip = `185.${next() % 250}.${next() % 250}.${next() % 250}`;
  const envelope = style === 'spoof' ? `bounce-${hex(8)}@kyoto-denki-shop.xyz` : `noreply@${fromDomain}`;
  const ar =
    style === 'spoof'
      ? [
          `mx.google.com;`,
          `       spf=pass (google.com: domain of ${envelope} designates ${ip} as permitted sender) smtp.mailfrom=${envelope};`,
          `       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=${fromDomain}`,
        ]
      : [
          `mx.google.com;`,
          `       dkim=pass header.i=@${fromDomain} header.s=default header.b=${b64(8)};`,
          `       spf=pass (google.com: domain of ${envelope} designates ${ip} as permitted sender) smtp.mailfrom=${envelope};`,
          `       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${fromDomain}`,
        ];
  const lines = [
    ...gmailTop(date, to),
    `Return-Path: <${envelope}>`,
    `Received: from ${host} (${host}. [${ip}])`,
    `        by mx.google.com with ESMTPS id d9443c01a7336-${hex(12)}si${next()}.100.${date.getUTCFullYear()}.${p2(date.getUTCMonth() + 1)}.${p2(date.getUTCDate())}`,
    `        for <${to}>`,
    `        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);`,
    `        ${gmailDate(date)}`,
    `Received-SPF: pass (google.com: domain of ${envelope} designates ${ip} as permitted sender) client-ip=${ip};`,
    `Authentication-Results: ${ar.join('\r\n')}`,
  ];
  if (style !== 'spoof') {
    lines.push(
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${fromDomain}; s=default;`,
      `\th=From:To:Subject:Date:Message-ID; bh=${bodyHashPlaceholder()};`,
      `\tb=${b64(64)}`,
    );
  }
  lines.push(
    `Date: ${rfcDate(date)}`,
    `From: "${fromName}" <${fromAddress}>`,
    `To: ${to}`,
    `Message-ID: <${hex(24)}@${host}>`,
  );
  return lines;
}

/** A complete message: headers above, then a text/plain part, and an HTML part when links matter. */
/**
 * The bh= of a DKIM-Signature must be the real hash of the body, or the offline body check would rightly say the
 * body changed after signing. The random draw is kept so every other generated value stays the same.
 */
function bodyHashPlaceholder() {
  b64(43);
  return '@BODYHASH@';
}

/** DKIM body hash (RFC 6376 3.4.3/3.4.4): these bodies have no trailing blanks, so simple and relaxed agree. */
function withBodyHash(mail) {
  const split = mail.indexOf('\r\n\r\n');
  const body = mail.slice(split + 4).replace(/(\r\n)*$/, '\r\n');
  const bh = createHash('sha256').update(body, 'utf8').digest('base64');
  return mail.replaceAll('@BODYHASH@', bh);
}

function message(parts) {
  return withBodyHash(messageWithoutBodyHash(parts));
}

function messageWithoutBodyHash({ headers, subject, text, html }) {
  const boundary = `----=_Part_${hex(6)}_${hex(8)}.${hex(13)}`;
  const head = [...headers, `Subject: ${encodedWord(subject)}`, 'MIME-Version: 1.0'];
  if (!html) {
    head.push('Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64');
    return [...head, '', base64Lines(text), ''].join('\r\n');
  }
  head.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  return [
    ...head,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

// ---- bodies, per language and type ----
const JP_FOOTER =
  'このEメールアドレスは、送信専用です。返信いただいてもお答えできませんので、ご了承ください。\n\nAmazon.co.jp';
const EN_FOOTER =
  "Don't share this OTP with anyone. Amazon takes your account security very seriously. Amazon Customer Service will never ask you to disclose or verify your Amazon password, OTP, credit card, or banking account number. If you receive a suspicious email with a link to update your account information, do not click on the link—instead, report the email to Amazon for investigation.\n\nThank you!";

/** Each body takes the code (and a link host for approval mails) and returns subject/text/html. */
const BODIES = {
  ja: {
    'password-reset': (c) => ({
      subject: 'Amazonパスワードアシスタンス',
      text: `パスワードアシスタンス\n\n認証するには、次のワンタイムパスワード(OTP)を使用してください:\n\n${c.code}\n\nOTPは誰にも教えないでください。Amazonのカスタマーサービスが、パスワード、OTP、クレジットカード、銀行口座の番号を尋ねることはありません。\n\n${JP_FOOTER}`,
    }),
    'sign-in-code': (c) => ({
      subject: 'Amazon.co.jp: サインインを完了するための確認コード',
      text: `2段階認証\n\nサインインを完了するには、次の確認コードを入力してください。\n\n確認コード: ${c.code}\n\nこのコードの有効期限は10分です。コードは誰にも教えないでください。\n\n${JP_FOOTER}`,
    }),
    'sign-in-approval': (c) => ({
      subject: 'amazon.co.jp: アクションが必要です: サインイン試行',
      text: `パスワードを知っているユーザーがあなたのアカウントにサインインしようとしています。\n\n日時: 2025年6月15日 23:05 JST\nデバイス: Chrome Windows\n付近: Osaka, Japan\n\n承認または否認してください。\n承認: ${c.link}/a/c/r/${c.token}?action=approve\n否認: ${c.link}/a/c/r/${c.token}?action=deny\n\nこのEメールのリンクは「https://www.amazon.co.jp」で始まります。\n\n${JP_FOOTER}`,
      html: `<html><body><p>パスワードを知っているユーザーがあなたのアカウントにサインインしようとしています。</p><p>日時: 2025年6月15日 23:05 JST<br>デバイス: Chrome Windows<br>付近: Osaka, Japan</p><p>承認または否認してください。</p><p><a href="${c.link}/a/c/r/${c.token}?action=approve">承認する</a> <a href="${c.link}/a/c/r/${c.token}?action=deny">否認する</a></p><p>このEメールのリンクは「https://www.amazon.co.jp」で始まります。</p></body></html>`,
    }),
    'new-sign-in': () => ({
      subject: 'Amazonセキュリティ警告: サインインが検出されました',
      text: `サインインが検出されました\n\n新しいデバイスからお客様のアカウントへのサインインが検出されました。\n\n日時: 2025年6月15日 23:05 JST\nデバイス: Firefox Linux\n付近: Lyon, France\n\nこれがお客様ご自身による操作だった場合、このメッセージは無視してください。\n\n${JP_FOOTER}`,
    }),
    'account-change': (c) => ({
      subject: 'Amazon.co.jp: Eメールアドレスの変更の確認',
      text: `Eメールアドレスの変更\n\nアカウントのEメールアドレスの変更をご依頼いただきました。変更を確定するには、次の確認コードを入力してください。\n\n${c.code}\n\nご自身で依頼していない場合は、このEメールを無視してください。\n\n${JP_FOOTER}`,
    }),
    'new-account': (c) => ({
      subject: '新しいAmazonアカウントを確認してください',
      text: `アカウントの作成\n\nEメールアドレスを確認するには、次のワンタイムパスワード(OTP)を使用してください:\n\n${c.code}\n\nOTPは誰にも教えないでください。\n\n${JP_FOOTER}`,
    }),
  },
  en: {
    'password-reset': (c) => ({
      subject: 'Amazon Password Assistance',
      text: `Password assistance\n\nTo authenticate, please use the following One Time Password (OTP):\n\n${c.code}\n\n${EN_FOOTER}`,
    }),
    'sign-in-code': (c) => ({
      subject: 'Your Amazon two-step verification code',
      text: `Two-Step Verification\n\nUse the following code to complete your sign-in:\n\n${c.code}\n\nThis code expires in 10 minutes.\n\n${EN_FOOTER}`,
    }),
    'sign-in-approval': (c) => ({
      subject: 'amazon.com: Action required: Sign-in attempt',
      text: `Someone who knows your password is attempting to sign-in to your account.\n\nWhen: June 15, 2025 2:05 PM UTC\nDevice: Chrome Windows\nNear: Lagos, Nigeria\n\nApprove or deny:\nApprove: ${c.link}/a/c/r/${c.token}?action=approve\nDeny: ${c.link}/a/c/r/${c.token}?action=deny\n\nLinks in this email will start with "https://" and contain "amazon.com."`,
      html: `<html><body><p>Someone who knows your password is attempting to sign-in to your account.</p><p>When: June 15, 2025 2:05 PM UTC<br>Device: Chrome Windows<br>Near: Lagos, Nigeria</p><p>Approve or deny</p><p><a href="${c.link}/a/c/r/${c.token}?action=approve">Approve</a> <a href="${c.link}/a/c/r/${c.token}?action=deny">Deny</a></p></body></html>`,
    }),
    'new-sign-in': () => ({
      subject: 'Amazon security alert: Sign-in on new device detected',
      text: `We detected a new sign-in to your account.\n\nWhen: June 15, 2025 2:05 PM UTC\nDevice: Firefox Linux\nNear: Lyon, France\n\nIf this was you, you can ignore this message.`,
    }),
    'account-change': (c) => ({
      subject: 'Revision to Your Amazon.com Account',
      text: `You asked to change your email address.\n\nTo verify your new email address, please use the following One Time Password (OTP):\n\n${c.code}\n\n${EN_FOOTER}`,
    }),
    'new-account': (c) => ({
      subject: 'Verify your new Amazon account',
      text: `To verify your email address, please use the following One Time Password (OTP):\n\n${c.code}\n\n${EN_FOOTER}`,
    }),
  },
};

const SENDERS = {
  ja: {
    genuine: { fromDomain: 'amazon.co.jp', fromAddress: 'account-update@amazon.co.jp', fromName: 'Amazon.co.jp', link: 'https://www.amazon.co.jp' },
    spoof: { fromDomain: 'amazon.co.jp', fromAddress: 'account-update@amazon.co.jp', fromName: 'Amazon.co.jp', link: 'https://www.amazon.co.jp.signin-check.xyz' },
    lookalike: { fromDomain: 'amazon-co-jp.support', fromAddress: 'account-update@amazon-co-jp.support', fromName: 'Amazon.co.jp', link: 'https://www.amazon-co-jp.support' },
  },
  en: {
    genuine: { fromDomain: 'amazon.com', fromAddress: 'account-update@amazon.com', fromName: 'Amazon.com', link: 'https://www.amazon.com' },
    spoof: { fromDomain: 'amazon.com', fromAddress: 'account-update@amazon.com', fromName: 'Amazon.com', link: 'https://amazon.com.account-verify.top' },
    lookalike: { fromDomain: 'amazon-accounts.help', fromAddress: 'no-reply@amazon-accounts.help', fromName: 'Amazon', link: 'https://www.amazon-accounts.help' },
  },
};

/** One mail of a kind. `authenticity` is 'genuine', 'spoof' (From amazon.*, DMARC fails) or 'lookalike'. */
function mail({ lang, type, authenticity, date, to = USER, code = code6() }) {
  const sender = SENDERS[lang][authenticity];
  const body = BODIES[lang][type]({ code, link: sender.link, token: hex(20).toUpperCase() });
  const headerArgs = { date, to, ...sender };
  const headers = authenticity === 'genuine' ? genuineHeaders(headerArgs) : fakeHeaders({ ...headerArgs, style: authenticity });
  return message({ headers, ...body });
}

function write(name, content) {
  writeFileSync(join(OUT, name), content);
}

/** mbox (mboxrd): From_ line, message with LF endings, blank line. */
function mbox(messages) {
  return messages
    .map(({ date, eml }) => `From MAILER-DAEMON ${mboxDate(date)}\n${eml.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1')}\n`)
    .join('');
}

const at = (iso) => new Date(iso);
const plusMinutes = (d, m) => new Date(d.getTime() + m * 60_000);

mkdirSync(OUT, { recursive: true });

// ---- single mails: every kind, both languages, genuine and fake ----
const TYPES = ['password-reset', 'sign-in-code', 'sign-in-approval', 'new-sign-in', 'account-change', 'new-account'];
let minute = 0;
for (const lang of ['ja', 'en']) {
  for (const type of TYPES) {
    for (const authenticity of ['genuine', 'spoof']) {
      const date = plusMinutes(at('2025-06-15T14:00:00Z'), minute++);
      const name = `${lang}-${authenticity === 'genuine' ? 'genuine' : 'fake-dmarc-fail'}-${type}.eml`;
      write(name, mail({ lang, type, authenticity, date }));
    }
  }
  const date = plusMinutes(at('2025-06-15T14:00:00Z'), minute++);
  write(`${lang}-fake-lookalike-domain-password-reset.eml`, mail({ lang, type: 'password-reset', authenticity: 'lookalike', date }));
}

// A code written in full-width digits (Japanese input methods produce them); NFKC makes them ASCII.
write(
  'ja-genuine-password-reset-fullwidth-code.eml',
  message({
    headers: genuineHeaders({ date: at('2025-06-16T01:00:00Z'), to: USER, ...SENDERS.ja.genuine }),
    subject: 'Amazonパスワードアシスタンス',
    text: `認証するには、次のワンタイムパスワード(OTP)を使用してください:\n\n４８２９１７\n\n${JP_FOOTER}`,
  }),
);

// A generic OTP mail that does not say what the code is for.
write(
  'en-genuine-otp-without-purpose.eml',
  message({
    headers: genuineHeaders({ date: at('2025-06-16T02:00:00Z'), to: USER, ...SENDERS.en.genuine }),
    subject: 'Amazon Authentication',
    text: `To authenticate, please use the following One Time Password (OTP):\n\n731846\n\n${EN_FOOTER}`,
  }),
);

// A French code sent by amazon.fr to a Japanese user: the request came from elsewhere
// (docs/sources.md#what-each-kind-means).
write(
  'fr-genuine-verification-code-amazon-fr.eml',
  message({
    headers: genuineHeaders({
      date: at('2025-06-16T03:00:00Z'),
      to: USER,
      fromDomain: 'amazon.fr',
      fromAddress: 'account-update@amazon.fr',
      fromName: 'Amazon.fr',
    }),
    subject: 'Assistance mot de passe Amazon',
    text: "Pour vous authentifier, veuillez utiliser le mot de passe à usage unique (OTP) suivant :\n\n550913\n\nNe communiquez jamais ce code. Le service client d'Amazon ne vous demandera jamais votre mot de passe ou votre OTP.",
  }),
);

// Numbers that are not codes, next to code wording and far from it: order number, price, year, zip, phone.
write(
  'ja-genuine-order-confirmation-with-numbers.eml',
  message({
    headers: genuineHeaders({
      date: at('2025-06-16T04:00:00Z'),
      to: USER,
      fromDomain: 'amazon.co.jp',
      fromAddress: 'auto-confirm@amazon.co.jp',
      fromName: 'Amazon.co.jp',
    }),
    subject: 'Amazon.co.jpでのご注文の確認 503-1234567-7654321',
    text: 'ご注文の確認\n\n注文番号: 503-1234567-7654321\nご請求額: ￥123,456\nお届け先: 〒100-0001 東京都千代田区千代田1-1\nお届け予定日: 2025年06月18日\n電話番号: 050-5370-4545\n\n2025年のセールのお知らせ。セキュリティコードの入力を求める電話にはご注意ください。お問い合わせ番号 20250616 はコードではありません。\n\nAmazon.co.jp',
  }),
);

// The fake "security code" lure shape seen in phishing_pot sample-2201: a suspension notice that hands out a
// "security code" to open a report. It is an account-suspension lure, not an Amazon code mail.
write(
  'en-fake-suspension-with-security-code-lure.eml',
  message({
    headers: fakeHeaders({ date: at('2025-06-16T05:00:00Z'), to: USER, ...SENDERS.en.lookalike, style: 'lookalike' }),
    subject: '[ACTION REQUEST] Your account has been suspended',
    text: 'Account Suspended\n\nDear Amazon Customer, your account has been suspended on a temporary basis. Use the provided security code to access the Fraudulent Activity Report : EWK1DOOSJ982\n\nDo not pass this code on to anyone.\n\nAmazon',
  }),
);

// A Microsoft sign-in alert: security wording, but nothing to do with Amazon.
write(
  'en-microsoft-new-sign-in-not-amazon.eml',
  message({
    headers: fakeHeaders({
      date: at('2025-06-16T06:00:00Z'),
      to: USER,
      fromDomain: 'accountprotection.microsoft.com',
      fromAddress: 'account-security-noreply@accountprotection.microsoft.com',
      fromName: 'Microsoft account team',
      style: 'lookalike',
    }),
    subject: 'New sign-in to your Microsoft account',
    text: 'We detected a new sign-in to your Microsoft account. Your security code is 482913.',
  }),
);

// ---- mboxes ----
// Six genuine password-reset codes within 12 minutes: someone keeps entering the address on "Forgot password".
{
  const start = at('2025-06-15T13:50:00Z');
  const offsets = [0, 2, 5, 7, 10, 12];
  write(
    'burst-6-reset-codes-12min.mbox',
    mbox(offsets.map((m) => {
      const date = plusMinutes(start, m);
      return { date, eml: mail({ lang: 'ja', type: 'password-reset', authenticity: 'genuine', date }) };
    })),
  );
}

// Two bursts of three reset codes, three days apart: each reaches 3 in 10 minutes, and no 24 hours hold 5.
{
  const first = at('2025-06-10T09:00:00Z');
  const second = at('2025-06-13T21:30:00Z');
  const mails = [
    ...[0, 3, 8].map((m) => plusMinutes(first, m)),
    ...[0, 4, 9].map((m) => plusMinutes(second, m)),
  ].map((date) => ({ date, eml: mail({ lang: 'ja', type: 'password-reset', authenticity: 'genuine', date }) }));
  write('two-bursts-3-reset-codes-each-3-days-apart.mbox', mbox(mails));
}

// Four codes spread over three weeks: the ordinary trickle of someone's own sign-ins, not a burst.
{
  const dates = ['2025-05-02T08:15:00Z', '2025-05-09T19:40:00Z', '2025-05-16T07:05:00Z', '2025-05-23T22:30:00Z'].map(at);
  write(
    'spread-out-4-codes-3-weeks-no-burst.mbox',
    mbox(dates.map((date) => ({ date, eml: mail({ lang: 'ja', type: 'sign-in-code', authenticity: 'genuine', date }) }))),
  );
}

// Genuine sign-in codes with fakes timed between them (the fakes ask for the code).
{
  const start = at('2025-06-15T14:00:00Z');
  const plan = [
    [0, 'genuine'],
    [1, 'spoof'],
    [3, 'genuine'],
    [4, 'lookalike'],
    [6, 'genuine'],
  ];
  write(
    'burst-mixed-3-genuine-2-fake-sign-in-codes-6min.mbox',
    mbox(plan.map(([m, authenticity]) => {
      const date = plusMinutes(start, m);
      const type = authenticity === 'lookalike' ? 'password-reset' : 'sign-in-code';
      return { date, eml: mail({ lang: 'ja', type, authenticity, date }) };
    })),
  );
}

console.log(`fixtures written to ${OUT}`);
