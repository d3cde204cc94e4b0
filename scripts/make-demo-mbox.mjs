#!/usr/bin/env node
// Writes fixtures/demo/inbox.mbox: the mailbox the README's first command scans. Deterministic: the same bytes
// on every run. Every message is written by us; the receiving-side headers follow the layout Gmail really
// writes (Received by mx.google.com, then Received-SPF and Authentication-Results: mx.google.com).
//
//   node scripts/make-demo-mbox.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../fixtures/demo/inbox.mbox', import.meta.url));
const TO = 'hanako.demo@gmail.com';

const b64 = (s) =>
  Buffer.from(s, 'utf8')
    .toString('base64')
    .replace(/.{76}/g, '$&\n');
const enc = (s) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const rfc2822 = (d) => d.toUTCString().replace('GMT', '+0000');
const asctime = (d) => {
  const s = d.toUTCString(); // "Mon, 23 Nov 2026 10:00:00 GMT"
  const [, wd, day, mon, year, time] = /^(\w+), (\d+) (\w+) (\d+) ([\d:]+)/.exec(s);
  return `${wd} ${mon} ${String(day).padStart(2, ' ')} ${time} ${year}`;
};

function gmailTop({ date, ip, helo, mailfrom, spf, dkim, dmarc, fromDomain }) {
  const d = rfc2822(date);
  const ar = [
    'Authentication-Results: mx.google.com;',
    ...dkim.map((k) => `       dkim=${k.result} header.i=@${k.domain} header.s=${k.selector} header.b=${k.b};`),
    `       spf=${spf} (google.com: domain of ${mailfrom} ${spf === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${mailfrom};`,
    `       dmarc=${dmarc} header.from=${fromDomain}`,
  ].join('\n');
  return [
    `Delivered-To: ${TO}`,
    `Received: by 2002:a05:7300:1a2b:b0:1f0:aa11:2b3c with SMTP id x11csp123456dyb;\n        ${d}`,
    `Return-Path: <${mailfrom}>`,
    `Received: from ${helo} (${helo}. [${ip}])\n        by mx.google.com with ESMTPS id 5b1f17b1804b1-4a1b2c3d4e5si123456f.100.2026.11.23\n        for <${TO}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        ${d}`,
    `Received-SPF: ${spf} (google.com: domain of ${mailfrom} ${spf === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) client-ip=${ip};`,
    ar,
  ].join('\n');
}

function message({ date, top, from, subject, messageId, html, text }) {
  const boundary = '----=_Part_demo_' + messageId.replace(/\W/g, '').slice(0, 12);
  const parts = [];
  if (text) parts.push(`--${boundary}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n${b64(text)}`);
  if (html) parts.push(`--${boundary}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n${b64(html)}`);
  return [
    top,
    `Date: ${rfc2822(date)}`,
    `From: ${from}`,
    `To: ${TO}`,
    `Message-ID: <${messageId}>`,
    `Subject: ${enc(subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    ...parts,
    `--${boundary}--`,
    '',
  ].join('\n');
}

const amazonJp = (date, i) =>
  gmailTop({
    date,
    ip: `54.240.27.${10 + i}`,
    helo: `a27-${10 + i}.smtp-out.us-west-2.amazonses.com`,
    mailfrom: `0101019${i}demo${i}@bounces.amazon.co.jp`,
    spf: 'pass',
    dkim: [
      { result: 'pass', domain: 'amazon.co.jp', selector: 'rjs3ikbhw2cd6vkh4sduehqrzxcqszsb', b: 'Xk3v9Q1a' },
      { result: 'pass', domain: 'amazonses.com', selector: '7v7vs6w47njt4pimodk5mmttbegzsi6n', b: 'Qm2PZb8c' },
    ],
    dmarc: 'pass (p=QUARANTINE sp=QUARANTINE dis=NONE)',
    fromDomain: 'amazon.co.jp',
  });

const msgs = [];
const at = (iso) => new Date(iso);

// 1. A genuine order confirmation from amazon.co.jp.
{
  const date = at('2026-11-20T03:12:00Z');
  msgs.push({
    date,
    body: message({
      date,
      top: amazonJp(date, 1),
      from: `${enc('Amazon.co.jp')} <auto-confirm@amazon.co.jp>`,
      subject: 'Amazon.co.jpでのご注文 250-1234567-7654321',
      messageId: '0101019demo1-order@us-west-2.amazonses.com',
      text: 'Amazon.co.jpをご利用いただき、ありがとうございます。\nご注文番号: 250-1234567-7654321\n注文内容を確認する: https://www.amazon.co.jp/gp/css/order-history\n',
      html: '<p>Amazon.co.jpをご利用いただき、ありがとうございます。</p><p>ご注文番号: 250-1234567-7654321</p><p><a href="https://www.amazon.co.jp/gp/css/order-history">注文履歴を表示</a></p>',
    }),
  });
}

// 2. Japanese phishing: From says amazon.co.jp, but DMARC fails at Gmail; the link goes to a lookalike host.
{
  const date = at('2026-11-21T11:40:00Z');
  msgs.push({
    date,
    body: message({
      date,
      top: gmailTop({
        date,
        ip: '203.0.113.77',
        helo: 'mail.kagoshima-shop.example',
        mailfrom: 'info@kagoshima-shop.example',
        spf: 'pass',
        dkim: [],
        dmarc: 'fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)',
        fromDomain: 'amazon.co.jp',
      }),
      from: `${enc('Amazon.co.jp')} <account-update@amazon.co.jp>`,
      subject: '【重要】お支払い方法の確認が必要です',
      messageId: '20261121114000.demo2@kagoshima-shop.example',
      text: 'お客様のアカウントでお支払い方法に問題が発生しました。24時間以内に確認しない場合、アカウントは停止されます。\nサインインして確認: http://amazon.co.jp.account-verify.xyz/ap/signin\n',
      html: '<p>お客様のアカウントでお支払い方法に問題が発生しました。24時間以内に確認しない場合、アカウントは停止されます。</p><p><a href="http://amazon.co.jp.account-verify.xyz/ap/signin">https://www.amazon.co.jp/ap/signin</a></p><p><a href="http://amazon.co.jp.account-verify.xyz/ap/signin">サインインしてお支払い方法を更新</a></p>',
    }),
  });
}

// 3. English phishing: display name "Amazon Prime" over an unrelated domain, payment link on free hosting.
{
  const date = at('2026-11-22T08:05:00Z');
  msgs.push({
    date,
    body: message({
      date,
      top: gmailTop({
        date,
        ip: '198.51.100.23',
        helo: 'smtp.prime-renewal-center.example',
        mailfrom: 'billing@prime-renewal-center.example',
        spf: 'pass',
        dkim: [{ result: 'pass', domain: 'prime-renewal-center.example', selector: 's1', b: 'aaaaaaaa' }],
        dmarc: 'pass (p=NONE sp=NONE dis=NONE)',
        fromDomain: 'prime-renewal-center.example',
      }),
      from: '"Amazon Prime" <billing@prime-renewal-center.example>',
      subject: 'Your Prime membership payment was declined',
      messageId: 'demo3.prime@prime-renewal-center.example',
      text: 'We were unable to charge your payment method for your Amazon Prime membership. Update your payment method within 48 hours to keep your benefits: https://amaz0n-billing.web.app/update\n',
      html: '<p>We were unable to charge your payment method for your Amazon Prime membership.</p><p><a href="https://amaz0n-billing.web.app/update">Update payment method</a></p>',
    }),
  });
}

// 4-9. A burst: six genuine password-reset codes within 12 minutes, none requested by the user.
const codes = ['482913', '905127', '316480', '771254', '640392', '128845'];
codes.forEach((code, i) => {
  const date = new Date(Date.parse('2026-11-23T01:02:00Z') + i * 2.4 * 60_000);
  msgs.push({
    date,
    body: message({
      date,
      top: amazonJp(date, 20 + i),
      from: `${enc('Amazon.co.jp')} <account-update@amazon.co.jp>`,
      subject: 'Amazonパスワードアシスタンス',
      messageId: `0101019demo-reset-${i}@us-west-2.amazonses.com`,
      text: `パスワードを再設定するには、次のワンタイムパスワード(OTP)を入力してください。\n\n${code}\n\nこのコードは10分間有効です。このOTPは誰とも共有しないでください。お客様がリクエストしていない場合は、このメールを無視してください。\n`,
    }),
  });
});

// 10. A genuine sign-in approval request: someone typed the right password.
{
  const date = at('2026-11-23T14:30:00Z');
  msgs.push({
    date,
    body: message({
      date,
      top: amazonJp(date, 40),
      from: `${enc('Amazon.co.jp')} <account-update@amazon.co.jp>`,
      subject: 'amazon.co.jp: アクションが必要です: サインイン試行',
      messageId: '0101019demo-approval@us-west-2.amazonses.com',
      text: 'パスワードを知っているユーザーがあなたのアカウントにサインインしようとしています。\n日時: 2026年11月23日 23:30 JST\nデバイス: Chrome, Windows\n付近: ベトナム\n承認または否認してください: https://www.amazon.co.jp/a/c/r/demoTokenK7Qm2\nこのEメールのリンクは「https://www.amazon.co.jp」で始まります。\n',
    }),
  });
}

// 11. A newsletter that merely mentions an Amazon link: not Amazon mail, not phishing.
{
  const date = at('2026-11-23T22:00:00Z');
  msgs.push({
    date,
    body: message({
      date,
      top: gmailTop({
        date,
        ip: '192.0.2.55',
        helo: 'mail.bookclub.example',
        mailfrom: 'news@bookclub.example',
        spf: 'pass',
        dkim: [{ result: 'pass', domain: 'bookclub.example', selector: 'news', b: 'bbbbbbbb' }],
        dmarc: 'pass (p=REJECT sp=REJECT dis=NONE)',
        fromDomain: 'bookclub.example',
      }),
      from: 'Book Club <news@bookclub.example>',
      subject: 'This month: three novels we loved',
      messageId: 'demo11.news@bookclub.example',
      text: 'Our picks this month. The first one is also on Amazon: https://www.amazon.com/dp/B000DEMO01\nSee you at the next meeting.\n',
    }),
  });
}

const mbox = msgs
  .map(({ date, body }) => `From MAILER-DAEMON ${asctime(date)}\n${body.replace(/^(>*From )/gm, '>$1')}\n`)
  .join('');
writeFileSync(OUT, mbox);
console.log(`wrote ${OUT}: ${msgs.length} messages, ${Buffer.byteLength(mbox)} bytes`);
