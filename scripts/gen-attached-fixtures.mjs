#!/usr/bin/env node
/**
 * Writes fixtures/payloads/attached/: mail attached to mail (issue 21, item 4), as forwarding "as attachment" and
 * report-phishing tools send it: message/rfc822 parts (7bit and base64), a saved .eml attached as
 * application/octet-stream, a nested attachment two deep, and damaged ones. Several parts are base64 and one
 * carries a DKIM body hash, so they are made here rather than by hand. Deterministic: run it again and git shows
 * no change. The output is committed; tests never run this script.
 *
 *   node scripts/gen-attached-fixtures.mjs
 *
 * Every mail is a fake: hosts are under .example or lookalikes of Amazon's names.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'payloads', 'attached');
mkdirSync(OUT, { recursive: true });

const CRLF = '\r\n';

/** A mail: header lines, a blank line, body lines, CRLF line ends. */
function mail(headers, body) {
  return [...headers, '', ...body].join(CRLF) + CRLF;
}

/** Base64 in lines of 76 characters (RFC 2045 section 6.8). */
function base64Lines(bytes) {
  const b64 = Buffer.from(bytes).toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines;
}

/** An encoded word (RFC 2047) of UTF-8 text. */
function encodedWord(text) {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** A carrier: multipart/mixed with a text part and the given attachment parts (each a list of lines). */
function carrier(headers, text, parts, boundary = 'carrier-boundary') {
  const body = [`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', ...text];
  for (const p of parts) body.push(`--${boundary}`, ...p);
  body.push(`--${boundary}--`);
  return mail([...headers, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`], body);
}

/** A message/rfc822 part, the mail as it is (7bit), as Thunderbird and Gmail attach a forwarded mail. */
function rfc822Part(name, message) {
  return [`Content-Type: message/rfc822; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, '', ...message.replace(/\r\n$/, '').split(CRLF)];
}

/** A part whose content is a mail in base64, under `type` (Outlook attaches .eml files so). */
function base64Part(type, name, message) {
  return [`Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '', ...base64Lines(Buffer.from(message, 'utf8'))];
}

function write(name, content) {
  writeFileSync(join(OUT, name), content);
}

/** A friend's Gmail, signed and authenticated by Gmail: a carrier that is itself innocent. */
function friendHeaders(to, subject, id) {
  return [
    'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])',
    '        by mx.google.com with SMTPS id x2sor1234567qkb.41.2026.11.24.09.15.02',
    `        for <${to}>; Tue, 24 Nov 2026 09:15:02 -0800 (PST)`,
    'Authentication-Results: mx.google.com;',
    '       dkim=pass header.i=@gmail.com header.s=20230601 header.b=AbCdEfGh;',
    '       spf=pass (google.com: domain of taro.suzuki.example@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=taro.suzuki.example@gmail.com;',
    '       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
    'From: Taro Suzuki <taro.suzuki.example@gmail.com>',
    `To: ${to}`,
    `Subject: ${subject}`,
    'Date: Tue, 24 Nov 2026 18:15:00 +0100',
    `Message-ID: <${id}@mail.gmail.com>`,
  ];
}

// ---- The phishing mails that get attached ----

// Amazon only in the encoded display name: the carrier's bytes never spell the brand, so only a first pass
// that reads the attached mail's header can select the carrier.
const PHISH_EN = mail(
  [
    'Received: from mta.secure-verify.example (mta.secure-verify.example [203.0.113.45])',
    '        by mx.example.net with ESMTP id 4Zk2; Mon, 23 Nov 2026 08:59:58 +0000',
    `From: ${encodedWord('Amazon')} <account-update@secure-verify.example>`,
    'To: taro.suzuki.example@gmail.com',
    `Subject: ${encodedWord('Action required: your account is on hold')}`,
    'Date: Mon, 23 Nov 2026 09:00:00 +0000',
    'Message-ID: <hold-4471@secure-verify.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ],
  base64Lines(
    Buffer.from(
      'Dear customer,\n\nWe could not verify your payment details and your account is on hold.\nSign in within 24 hours to keep your orders: https://secure-verify.example/ap/signin?session=7f3a\n\nCustomer Service\n',
      'utf8',
    ),
  ),
);

const PHISH_JA = mail(
  [
    'Received: from mail.amazon-jp-security.example (mail.amazon-jp-security.example [198.51.100.23])',
    '        by mx.example.jp with ESMTP id 8Qw1; Mon, 23 Nov 2026 18:00:01 +0900',
    `From: ${encodedWord('Amazon.co.jp')} <support@amazon-jp-security.example>`,
    'To: hanako.yamada@example.jp',
    `Subject: ${encodedWord('【重要】お客様のアカウントを一時停止しました')}`,
    'Date: Mon, 23 Nov 2026 18:00:00 +0900',
    'Message-ID: <suspend-0091@amazon-jp-security.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ],
  base64Lines(
    Buffer.from(
      'お客様のアカウントでお支払い方法の確認ができなかったため、アカウントを一時停止しました。\n24時間以内に以下からログインして情報を更新してください。\nhttps://amazon-jp-security.example/ap/signin\n\nAmazon.co.jp カスタマーサービス\n',
      'utf8',
    ),
  ),
);

// 1. An English phish forwarded "as attachment" by a friend who asks whether it is real (message/rfc822, 7bit).
write(
  'amazon-phish-en-attached-to-innocent-forward.eml',
  carrier(
    friendHeaders('hanako.yamada@example.jp', 'Is this real?', 'CAF=attached-en-1'),
    ['Hi Hanako,', '', 'I got the mail below this morning. Is it really from them? I have not clicked anything.', '', 'Taro'],
    [rfc822Part('Action required.eml', PHISH_EN)],
  ),
);

// 2. A Japanese phish saved as a file and attached as application/octet-stream in base64 (Outlook style).
write(
  'amazon-phish-ja-saved-eml-attached-as-octet-stream.eml',
  carrier(
    friendHeaders('hanako.yamada@example.jp', 'これって本物？', 'CAF=attached-ja-1'),
    ['花子さん', '', '今朝このメールが届きました。本物でしょうか？まだ何も押していません。', '', '太郎'],
    [base64Part('application/octet-stream', 'suspended.eml', PHISH_JA)],
  ),
);

// 3. A genuine-looking Amazon order mail forwarded as attachment: its Received chain, Amazon's signatures (the
// body hash matches) and the first receiver's results are all inside the attachment, where whoever sent the
// carrier could have written them. It is not Amazon's word to the reader, so it stays unverified.
const ORDER_BODY = ['Hello,', '', 'Thank you for your order. We will let you know when it ships.', '', 'Order #503-1234567-7654321', 'View or manage your order: https://www.amazon.com/gp/css/order-details?orderID=503-1234567-7654321', ''];
// Simple body canonicalization (RFC 6376 section 3.4.3): the lines with CRLF, no empty lines at the end.
const ORDER_BODY_TEXT = ORDER_BODY.slice(0, -1).join(CRLF) + CRLF;
const bh = createHash('sha256').update(ORDER_BODY_TEXT).digest('base64');
const GENUINE_LOOKING = mail(
  [
    'Received: from a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2.amazonses.com [54.240.27.12])',
    '        by mx.google.com with ESMTPS id d9443c01a7336-2a1b2c3d4e5f.2026.11.20.10.00.01',
    '        for <taro.suzuki.example@gmail.com>; Fri, 20 Nov 2026 10:00:01 -0800 (PST)',
    'Authentication-Results: mx.google.com;',
    '       dkim=pass header.i=@amazon.com header.s=sokxatbxqmc6vxdcbnb5tdhpx2dfmdhm header.b=Zm9vYmFy;',
    '       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=YmFyYmF6;',
    '       spf=pass (google.com: domain of 0101019a1b2c3d4e-aaaa@us-west-2.amazonses.com designates 54.240.27.12 as permitted sender) smtp.mailfrom=0101019a1b2c3d4e-aaaa@us-west-2.amazonses.com;',
    '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com',
    `DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=sokxatbxqmc6vxdcbnb5tdhpx2dfmdhm; d=amazon.com; t=1795197601; h=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type; bh=${bh}; b=Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFy`,
    `DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=1795197601; h=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID; bh=${bh}; b=YmFyYmF6YmFyYmF6YmFyYmF6YmFyYmF6`,
    'Date: Fri, 20 Nov 2026 18:00:00 +0000',
    'From: "Amazon.com" <auto-confirm@amazon.com>',
    'To: taro.suzuki.example@gmail.com',
    'Message-ID: <0101019a1b2c3d4e-aaaa-000000@us-west-2.amazonses.com>',
    'Subject: Your Amazon.com order #503-1234567-7654321',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 7bit',
    'Feedback-ID: 1.us-west-2.abcdefghijklmnop=:AmazonSES',
  ],
  ORDER_BODY.slice(0, -1),
);
write(
  'amazon-order-genuine-looking-attached-with-its-headers.eml',
  carrier(
    friendHeaders('hanako.yamada@example.jp', 'The order I told you about', 'CAF=attached-order-1'),
    ['Here is the confirmation, forwarded as an attachment so you have the original.', '', 'Taro'],
    [rfc822Part('Your Amazon.com order.eml', GENUINE_LOOKING)],
  ),
);

// 3b. The same mail with its body changed after Amazon signed it (the body hash no longer matches): suspicious.
write(
  'amazon-order-changed-after-signing-attached.eml',
  carrier(
    friendHeaders('hanako.yamada@example.jp', 'The order I told you about', 'CAF=attached-order-2'),
    ['Here is the confirmation again.', '', 'Taro'],
    [rfc822Part('Your Amazon.com order.eml', GENUINE_LOOKING.replace('We will let you know when it ships.', 'We will let you know when it ships!'))],
  ),
);

// 4. Two deep: a colleague forwards, as attachment, a friend's forward that carries the phish as attachment.
const MIDDLE = carrier(
  [
    'From: Jiro Sato <jiro.sato@example.org>',
    'To: taro.suzuki.example@gmail.com',
    'Subject: look at this',
    'Date: Mon, 23 Nov 2026 12:00:00 +0000',
    'Message-ID: <middle-1@example.org>',
  ],
  ['Got this one too, attached.'],
  [rfc822Part('Action required.eml', PHISH_EN)],
  'middle-boundary',
);
write(
  'amazon-phish-nested-two-deep.eml',
  carrier(
    friendHeaders('security@example.jp', 'Reported mail', 'CAF=attached-nested-1'),
    ['Forwarding a report from a friend, with the mail attached.'],
    [rfc822Part('look at this.eml', MIDDLE)],
  ),
);

// 5. Damaged: a part declared message/rfc822 that holds no mail at all (bytes with no header field).
write(
  'attached-part-not-a-mail.eml',
  carrier(
    friendHeaders('hanako.yamada@example.jp', 'Photos from Saturday', 'CAF=attached-garbage-1'),
    ['The pictures did not fit, sending what I have.'],
    [['Content-Type: message/rfc822; name="broken.eml"', 'Content-Disposition: attachment; filename="broken.eml"', 'Content-Transfer-Encoding: base64', '', ...base64Lines(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8]))]],
  ),
);

// 6. Damaged but readable: the attached phish has NUL bytes in its header (read as servers read it) and the
// carrier is cut before the closing boundary.
const PHISH_NUL = mail(
  [
    'Received: from mta.secure-verify.example (mta.secure-verify.example [203.0.113.45])',
    '        by mx.example.net with ESMTP id 9Aa1; Mon, 23 Nov 2026 08:59:58 +0000',
    'From: "Amazon\0" <account-update@secure-verify.example>',
    'To: taro.suzuki.example@gmail.com',
    'Subject: Your account is on hold\0\0',
    'Date: Mon, 23 Nov 2026 09:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
  ],
  ['Your account has been locked.', 'Sign in to verify your account: https://secure-verify.example/ap/signin'],
);
write(
  'amazon-phish-nul-bytes-attached-carrier-cut.eml',
  Buffer.from(
    carrier(friendHeaders('hanako.yamada@example.jp', 'weird mail', 'CAF=attached-nul-1'), ['This one looks broken.'], [rfc822Part('weird.eml', PHISH_NUL)]).replace(/--carrier-boundary--\r\n$/, ''),
    'latin1',
  ),
);
console.log('wrote', OUT);
