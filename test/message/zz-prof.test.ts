import { it } from 'vitest';
import { parseAddressHeader } from 'mailparser';
import libmime from 'libmime';
import { readHeaderBlock } from '../../src/message/header-block.js';
import { parseMailDate } from '../../src/message/dates.js';
import { parseDkimSignature } from '../../src/message/dkim.js';
import { decodeHeaderBytes } from '../../src/message/charset.js';
const t = (name: string, n: number, f: () => void) => { for (let i = 0; i < 1000; i++) f(); const s = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - s) * 1000 / n).toFixed(2), 'µs'); };
it('prof', () => {
  const hb = Buffer.from('Received: by x; Mon, 23 Nov 2026 01:00:05 -0800 (PST)\r\n'.repeat(3) + 'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=rjd3; d=amazon.co.jp; t=1795424400;\r\n\th=Date:From:To;\r\n\tb=' + 'A'.repeat(340) + '\r\nX-A: b\r\n'.repeat(10) + '\r\n' + 'body '.repeat(3000));
  t('readHeaderBlock', 20000, () => readHeaderBlock(hb));
  t('parseAddressHeader', 20000, () => parseAddressHeader('"Amazon.co.jp" <account-update@amazon.co.jp>', { decodePunycode: false }));
  t('decodeWords plain', 20000, () => libmime.decodeWords('Your order #1 has shipped'));
  t('decodeWords ew', 20000, () => libmime.decodeWords('=?UTF-8?B?QW1hem9uLmNvLmpwIOOBlOazqOaWh+OBrueiuuiqjQ==?='));
  t('parseMailDate', 20000, () => parseMailDate('Mon, 23 Nov 2026 01:00:05 -0800 (PST)'));
  t('dkim', 20000, () => parseDkimSignature('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=rjd3; d=amazon.co.jp; t=1795424400; h=Date:From:To; b=' + 'A'.repeat(340)));
  t('decodeHeaderBytes', 20000, () => decodeHeaderBytes('from a12.smtp-out.amazonses.com (a12.smtp-out.amazonses.com. [54.240.8.1]) by mx.google.com'));
});
import { parseHeaders } from '../../src/message/index.js';
import { rawFromBytes } from './helpers.js';
import { parseAddresses } from '../../src/message/addresses.js';
import { parseGmailLabels } from '../../src/message/gmail-labels.js';
it('prof2', async () => {
  const src = (await import('node:fs')).readFileSync('test/message/header-pass-speed.test.ts', 'utf8');
  void src;
  const hdr = ['X-Gmail-Labels: Inbox,"Category Updates",Opened','Received: from a1.smtp-out.amazonses.com (a1.smtp-out.amazonses.com. [54.240.8.1])\r\n        by mx.google.com with ESMTPS id 1\r\n        for <taro@example.jp>; Mon, 23 Nov 2026 01:00:04 -0800 (PST)', 'Date: Mon, 23 Nov 2026 09:00:04 +0000','From: "Amazon.co.jp" <account-update@amazon.co.jp>','To: taro@example.jp','Subject: Your order #1 has shipped','Content-Type: multipart/alternative; boundary="b1"'];
  const raw = rawFromBytes(Buffer.from(hdr.join('\r\n') + '\r\n\r\n' + 'x'.repeat(9000)));
  t('parseHeaders small', 20000, () => parseHeaders(raw));
  t('parseAddresses', 20000, () => parseAddresses(['taro@example.jp']));
  t('labels', 20000, () => parseGmailLabels('Inbox,"Category Updates",Opened'));
});
it('prof3', () => {
  const s = (require('node:fs') as typeof import('node:fs')).readFileSync('/work/main/fixtures/message/dkim-signed-reply-to-gmail-labels.eml');
  const big = Buffer.concat([s, Buffer.from('y'.repeat(9000))]);
  const raw = rawFromBytes(big);
  t('parseHeaders fixture', 20000, () => parseHeaders(raw));
  t('readHeaderBlock fixture', 20000, () => readHeaderBlock(big));
  t('indexOf lf', 20000, () => big.indexOf('\n\n'));
  t('indexOf crlf', 20000, () => big.indexOf('\n\r\n', 0, 'latin1'));
});
import { resolveMessageDate } from '../../src/message/dates.js';
it('prof4', () => {
  t('replyTo', 5000, () => parseAddresses(['=?UTF-8?B?44Ki44Oe44K+44Oz44K144Od44O844OI?= <support@amazon.co.jp>']));
  t('to2', 5000, () => parseAddresses(['Taro <taro@example.jp>, Hanako <hanako@example.jp>']));
  t('from', 5000, () => parseAddresses(['"Amazon.co.jp" <auto-confirm@amazon.co.jp>']));
  t('sender', 5000, () => parseAddresses(['bounces@amazon.co.jp']));
  t('subject', 5000, () => libmime.decodeWords('=?UTF-8?B?QW1hem9uLmNvLmpwIOOBlOazqOaWh+OBrueiuuiqjQ==?='));
  t('date', 5000, () => resolveMessageDate('Mon, 23 Nov 2026 09:00:00 +0000', ['by 2002:a05:6a10:1234 with SMTP id x1csp123;        Mon, 23 Nov 2026 01:00:05 -0800 (PST)'], undefined));
});
