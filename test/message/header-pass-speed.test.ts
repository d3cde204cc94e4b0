import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../src/message/index.js';
import { rawFromBytes } from './helpers.js';

/**
 * The header pass runs on every message of a mailbox (docs/sources.md#design-notes measured 730 MB/s for the bare
 * pass). This test reports the rate on a generated Gmail-style mailbox and fails only on an order-of-magnitude
 * regression, so it stays stable on a busy CI machine.
 */
function generatedMessage(i: number): Buffer {
  const headers = [
    `X-GM-THRID: ${1583290388308606088n + BigInt(i)}`,
    'X-Gmail-Labels: Inbox,"Category Updates",Opened',
    'Delivered-To: taro@example.jp',
    `Received: by 2002:a05:6a10:${i.toString(16)} with SMTP id x1csp${i};\r\n        Mon, 23 Nov 2026 01:00:05 -0800 (PST)`,
    `Received: from a${i}.smtp-out.amazonses.com (a${i}.smtp-out.amazonses.com. [54.240.8.${i % 255}])\r\n        by mx.google.com with ESMTPS id ${i}\r\n        for <taro@example.jp>; Mon, 23 Nov 2026 01:00:04 -0800 (PST)`,
    'ARC-Authentication-Results: i=1; mx.google.com; dkim=pass header.i=@amazon.co.jp; spf=pass; dmarc=pass',
    'Authentication-Results: mx.google.com; dkim=pass header.i=@amazon.co.jp header.s=rjd3 header.b=abc; spf=pass smtp.mailfrom=bounces.amazon.co.jp; dmarc=pass (p=QUARANTINE) header.from=amazon.co.jp',
    'Return-Path: <0101019abc-bounces@bounces.amazon.co.jp>',
    'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=rjd3tdl2ezl5mcmqbvcq3k7ttcqgtrxr; d=amazon.co.jp; t=1795424400;\r\n\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\r\n\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\tb=' + 'A'.repeat(340),
    'Date: Mon, 23 Nov 2026 09:00:04 +0000',
    'From: "Amazon.co.jp" <account-update@amazon.co.jp>',
    'To: taro@example.jp',
    `Message-ID: <0101019abc.${i}@email.amazonses.com>`,
    i % 3 === 0 ? 'Subject: =?UTF-8?B?QW1hem9uLmNvLmpwIOOBlOazqOaWh+OBrueiuuiqjQ==?=' : `Subject: Your order #${i} has shipped`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
  ];
  const body = `--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n${'Thank you for shopping with us. '.repeat(600)}\r\n--b1--\r\n`;
  return Buffer.from(headers.join('\r\n') + '\r\n\r\n' + body, 'utf8');
}

describe('header pass speed', () => {
  it('reads a generated 85 MB mailbox at well over 50 MB/s', () => {
    const messages = Array.from({ length: 4000 }, (_, i) => rawFromBytes(generatedMessage(i)));
    const bytes = messages.reduce((n, m) => n + m.bytes.length, 0);
    for (const m of messages.slice(0, 200)) parseHeaders(m); // warm up the JIT
    const started = performance.now();
    let dated = 0;
    for (const m of messages) if (parseHeaders(m).date.value) dated++;
    const seconds = (performance.now() - started) / 1000;
    const mbPerSecond = bytes / 1e6 / seconds;
    console.log(
      `parseHeaders: ${messages.length} messages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(3)} s = ` +
        `${mbPerSecond.toFixed(0)} MB/s, ${Math.round(messages.length / seconds)} messages/s`,
    );
    expect(dated).toBe(messages.length);
    expect(mbPerSecond).toBeGreaterThan(50);
  });
});
