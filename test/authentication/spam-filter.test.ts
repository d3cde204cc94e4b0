/**
 * A receiver that wrote no Authentication-Results, behind a mailing list whose inbound relay ran SpamAssassin
 * (the shape of kernel.org list mail): the filter's DKIM_VALID_AU counts as the chain's DKIM verdict, but only
 * from a host of the trusted chain, only once, and only while the body still matches an aligned signature.
 */
import { describe, expect, test } from 'vitest';
import crypto from 'node:crypto';
import { dkimSign } from 'mailauth';
import { analyzeAuthentication } from '../../src/checks/authentication/index.js';
import { spamFilterVerdict } from '../../src/checks/authentication/spam-filter.js';
import { messageFromBytes } from './helpers.js';

const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKey = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const BODY = 'Fix a use-after-free in the ax25 timer.\r\n\r\nSigned-off-by: A Developer\r\n';

async function signed(body = BODY): Promise<string> {
  const message = [
    'From: A Developer <dev@amazon.com>',
    'To: <linux-hams@vger.kernel.org>',
    'Subject: [PATCH] ax25: fix a use-after-free',
    'Date: Mon, 23 Jan 2023 08:22:00 -0800',
    'Message-ID: <20230123.1@amazon.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain',
    '',
    body,
  ].join('\r\n');
  const options = { canonicalization: 'relaxed/relaxed', signatureData: [{ signingDomain: 'amazon.com', selector: 's1', privateKey, algorithm: 'rsa-sha256' }] };
  const { signatures } = await dkimSign(message, options as unknown as Parameters<typeof dkimSign>[1]);
  return signatures + message;
}

const CHAIN = [
  'Return-Path: <linux-hams-owner@vger.kernel.org>',
  'Delivered-To: lists+linux-hams@lfdr.de',
  'Received: from out1.vger.email (out1.vger.email [IPv6:2620:137:e000::1:20])\r\n\tby mail.lfdr.de (Postfix) with ESMTP id 9119B; Mon, 23 Jan 2023 17:22:23 +0100 (CET)',
  'Received: (majordomo@vger.kernel.org) by vger.kernel.org via listexpand id S2314; Mon, 23 Jan 2023 11:22:22 -0500',
  'Received: from lindbergh.monkeyblade.net ([23.128.96.19]:55136 "EHLO lindbergh.monkeyblade.net") by vger.kernel.org\r\n\twith ESMTP id S2303; Mon, 23 Jan 2023 11:22:21 -0500',
  'Received: from smtp-fw-33001.amazon.com (smtp-fw-33001.amazon.com [207.171.190.10])\r\n\tby lindbergh.monkeyblade.net (Postfix) with ESMTPS id 89C8; Mon, 23 Jan 2023 08:22:19 -0800 (PST)',
].join('\r\n');

const SPAM_HEADERS = (host = 'lindbergh.monkeyblade.net', tests = 'DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_PASS') =>
  [`X-Spam-Status: No, score=-2.5 required=5.0 tests=${tests}\r\n\tautolearn=ham version=3.4.6`, `X-Spam-Checker-Version: SpamAssassin 3.4.6 (2021-04-09) on\r\n\t${host}`].join('\r\n');

function withList(message: string, spam: string): Buffer {
  // SpamAssassin appends its headers at the end of the header block, and the list adds List-Id.
  const split = message.indexOf('\r\n\r\n');
  return Buffer.from(`${CHAIN}\r\n${message.slice(0, split)}\r\n${spam}\r\nList-ID: <linux-hams.vger.kernel.org>\r\nX-Mailing-List: linux-hams@vger.kernel.org${message.slice(split)}`);
}

async function analyze(bytes: Buffer) {
  return analyzeAuthentication(messageFromBytes(bytes), { claimsAmazon: true });
}

describe('a spam filter of the trusted chain as the record of DKIM', () => {
  test("DKIM_VALID_AU from the list's inbound relay authenticates the author domain", async () => {
    const { summary, findings } = await analyze(withList(await signed(), SPAM_HEADERS()));
    expect(summary).toMatchObject({ amazonAuthenticated: true, trustBasis: 'mailing-list', trustedAuthservIds: ['lindbergh.monkeyblade.net (SpamAssassin)'] });
    expect(findings.map((f) => f.code)).toEqual(['auth.amazon-authenticated']);
  });

  test('a filter verdict from a host outside the trusted chain is ignored', async () => {
    const { summary } = await analyze(withList(await signed(), SPAM_HEADERS('spamcheck.attacker.example')));
    expect(summary.amazonAuthenticated).toBe(false);
  });

  test('two X-Spam-Status headers: a sender could have written one of them, so neither counts', async () => {
    const twice = `${SPAM_HEADERS()}\r\nX-Spam-Status: No, tests=DKIM_VALID_AU`;
    const { summary } = await analyze(withList(await signed(), twice));
    expect(summary.amazonAuthenticated).toBe(false);
  });

  test('a body changed after signing voids the pass: the verdict no longer describes this mail', async () => {
    const mail = (await signed()).replace('use-after-free in the ax25 timer', 'refund: call +1 800 555 0100 now');
    const { summary } = await analyze(withList(mail, SPAM_HEADERS()));
    expect(summary.amazonAuthenticated).toBe(false);
  });

  test('the verdict is read from the test names', () => {
    const headers = [
      { name: 'x-spam-status', value: 'No, score=1 tests=DKIM_SIGNED,DKIM_INVALID,SPF_FAIL version=3.4.6' },
      { name: 'x-spam-checker-version', value: 'SpamAssassin 3.4.6 (2021-04-09) on mx.example.org' },
    ];
    expect(spamFilterVerdict(headers, ['mx.example.org'])).toEqual({ host: 'mx.example.org', dkim: 'fail', tests: ['DKIM_SIGNED', 'DKIM_INVALID', 'SPF_FAIL'] });
    expect(spamFilterVerdict(headers, ['other.example.org'])).toBeNull();
  });
});
