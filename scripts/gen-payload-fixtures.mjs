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

