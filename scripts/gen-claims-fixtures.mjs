#!/usr/bin/env node
/**
 * Writes fixtures/claims/: mail that claims Amazon where a reader sees it but a header does not (issue 20, item
 * 1): in a PDF attachment, the HTML title, image alt text, link text and Amazon's logo hot-linked from Amazon's
 * image host; and newsletters that only mention Amazon in the same places. The PDF one is binary, so they are
 * made here. Deterministic: run it again and git shows no change. The output is committed; tests never run it.
 *
 *   node scripts/gen-claims-fixtures.mjs
 *
 * Every mail is a fake: hosts are under .example (but Amazon's own image host and product pages, which the
 * mails hot-link as the real ones do).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, withAttachments } from './fixture-mail.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'claims');
mkdirSync(OUT, { recursive: true });
const CRLF = '\r\n';

function write(name, content) {
  writeFileSync(join(OUT, name), content);
}

/** An HTML mail (UTF-8, 8bit) with the given headers and document. */
function htmlMail(headers, html) {
  return [...headers, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', ...html.split('\n')].join(CRLF) + CRLF;
}

// 1. The whole lure in a PDF with Amazon as the actor; the link to follow is in the body, which names no one.
const pdfLure = makePdf([
  {
    lines: [
      'Dear Customer,',
      'We have placed a temporary hold on your Amazon account because we could not verify your payment details.',
      'Please confirm your details within 24 hours, or your account will be closed.',
      'Best regards,',
      'Amazon Support',
    ],
  },
]);
write(
  'pdf-lure-amazon-as-actor-link-in-body-en.eml',
  withAttachments(
    [
      'From: "Case Management" <notice@case-desk.example>',
      'To: jane.doe@example.com',
      'Subject: Case #4471-0932: please read the attached notice',
      'Date: Tue, 24 Nov 2026 09:15:00 -0800',
      'Message-ID: <claims-pdf-lure@case-desk.example>',
      'MIME-Version: 1.0',
    ],
    ['Please read the attached notice (PDF) and confirm your details here:', 'https://case-desk.example/confirm?case=4471-0932', ''],
    [{ name: 'Notice-4471-0932.pdf', type: 'application/pdf', bytes: pdfLure }],
  ),
);

// 2. Japanese: the brand only in the title, the logo's alt text and the logo itself, from Amazon's image host.
write(
  'html-title-alt-and-logo-amazon-ja.eml',
  htmlMail(
    [
      'From: "カスタマーセンター" <info@member-notice.example>',
      'To: hanako.yamada@example.jp',
      'Subject: アカウント情報の確認のお願い',
      'Date: Tue, 24 Nov 2026 18:30:00 +0900',
      'Message-ID: <claims-title-alt-ja@member-notice.example>',
    ],
    [
      '<html><head><title>Amazon.co.jpからのお知らせ</title></head><body>',
      '<p><img src="https://m.media-amazon.com/images/G/09/gno/sprites/amazon_logo_jp._CB0_.png" alt="Amazon.co.jp" width="120"></p>',
      '<p>お客様のアカウントで、普段と異なる端末からのログインが検出されました。</p>',
      '<p>24時間以内に以下のボタンからご本人確認を行ってください。確認がない場合、アカウントのご利用を制限させていただきます。</p>',
      '<p><a href="https://member-notice.example/ap/signin?id=8812">アカウントを確認する</a></p>',
      '</body></html>',
    ].join('\n'),
  ),
);

// 3. English: no word names Amazon; only its logo, hot-linked from Amazon's image host, says who is writing.
write(
  'html-hotlinked-amazon-logo-only-en.eml',
  htmlMail(
    [
      'From: "Account Services" <alerts@account-services.example>',
      'To: jane.doe@example.com',
      'Subject: Your account is on hold',
      'Date: Tue, 24 Nov 2026 10:05:00 -0800',
      'Message-ID: <claims-logo-only@account-services.example>',
    ],
    [
      '<html><head><title>Account notice</title></head><body>',
      '<p><img src="https://images-na.ssl-images-amazon.com/images/G/01/email/logos/logo_303x96.png" alt="" width="150"></p>',
      '<p>Dear customer,</p>',
      '<p>We noticed unusual activity and have placed your account on hold. Sign in within 24 hours to restore access.</p>',
      '<p><a href="https://account-services.example/signin?ref=hold">Sign in to your account</a></p>',
      '</body></html>',
    ].join('\n'),
  ),
);

// 4. A newsletter that names Amazon in its title, alt text and link text as a place to buy, with a product
// image from Amazon's image host: a mention, never a mail posing as Amazon.
write(
  'newsletter-amazon-in-title-alt-and-link-text-en.eml',
  htmlMail(
    [
      'From: "Gadget Weekly" <news@gadget-weekly.example>',
      'To: jane.doe@example.com',
      "Subject: This week's picks: e-readers",
      'Date: Tue, 24 Nov 2026 07:00:00 -0800',
      'Message-ID: <claims-newsletter-en@gadget-weekly.example>',
      'List-Unsubscribe: <https://gadget-weekly.example/unsubscribe?u=1>',
    ],
    [
      '<html><head><title>Gadget Weekly: our picks, available on Amazon</title></head><body>',
      '<h1>Gadget Weekly</h1>',
      '<p>Three e-readers we liked this month.</p>',
      '<p><img src="https://m.media-amazon.com/images/I/61Ww4abGclL._AC_SL1000_.jpg" alt="Kindle Paperwhite on Amazon" width="200"></p>',
      '<p>Light, waterproof, weeks of battery. <a href="https://www.amazon.com/dp/B08KTZ8249?tag=gadgetweekly-20">Buy it on Amazon</a></p>',
      '<p>You receive this because you subscribed at gadget-weekly.example. <a href="https://gadget-weekly.example/unsubscribe?u=1">Unsubscribe</a></p>',
      '</body></html>',
    ].join('\n'),
  ),
);

// 5. The same in Japanese: 「Amazonで購入」, 「Amazonで見る」 name Amazon as the shop, not as the writer.
write(
  'newsletter-amazon-in-title-alt-and-link-text-ja.eml',
  htmlMail(
    [
      'From: "ブックレビュー通信" <letter@book-review.example>',
      'To: hanako.yamada@example.jp',
      'Subject: 今週のおすすめ本',
      'Date: Tue, 24 Nov 2026 07:00:00 +0900',
      'Message-ID: <claims-newsletter-ja@book-review.example>',
      'List-Unsubscribe: <https://book-review.example/unsubscribe?u=1>',
    ],
    [
      '<html><head><title>今週のおすすめ本（Amazonで販売中）</title></head><body>',
      '<h1>ブックレビュー通信</h1>',
      '<p>今週は新書を3冊ご紹介します。</p>',
      '<p><img src="https://m.media-amazon.com/images/I/71nS2d3vYQL._SL1500_.jpg" alt="Amazonで見る" width="160"></p>',
      '<p><a href="https://www.amazon.co.jp/dp/4000000000?tag=bookreview-22">Amazonで購入する</a></p>',
      '<p>配信停止は<a href="https://book-review.example/unsubscribe?u=1">こちら</a></p>',
      '</body></html>',
    ].join('\n'),
  ),
);
