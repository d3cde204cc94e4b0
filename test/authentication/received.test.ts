import { describe, expect, test } from 'vitest';
import { parseReceived } from '../../src/checks/authentication/index.js';
import { isInternalIp } from '../../src/checks/authentication/received.js';

describe('Received header reader', () => {
  test('Gmail: HELO, reverse DNS with trailing dot, IP, by-host and date', () => {
    const hop = parseReceived(
      'from a13-41.smtp-out.amazonses.com (a13-41.smtp-out.amazonses.com. [54.240.13.41]) by mx.google.com with ESMTPS id af79cd13be357 for <u@gmail.com> (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); Sun, 15 Jun 2025 15:18:00 -0700 (PDT)',
    );
    expect(hop).toMatchObject({ fromHelo: 'a13-41.smtp-out.amazonses.com', fromRdns: 'a13-41.smtp-out.amazonses.com', fromIp: '54.240.13.41', byHost: 'mx.google.com' });
    expect(hop.date?.toISOString()).toBe('2025-06-15T22:18:00.000Z');
  });

  test('Postfix: "unknown" reverse DNS is no name', () => {
    const hop = parseReceived('from mail.evil.example (unknown [203.0.113.9]) by mx.example.org (Postfix) with ESMTP id 1; Mon, 1 Jan 2024 00:00:00 +0000');
    expect(hop).toMatchObject({ fromHelo: 'mail.evil.example', fromRdns: null, fromIp: '203.0.113.9', byHost: 'mx.example.org' });
  });

  test('Postfix with port and quoted EHLO in the comment', () => {
    const hop = parseReceived('from lindbergh.monkeyblade.net ([23.128.96.19]:55136 "EHLO lindbergh.monkeyblade.net" rhost-flags-OK-OK-OK-OK) by vger.kernel.org with ESMTP id S1; Mon, 23 Jan 2023 11:22:21 -0500');
    expect(hop).toMatchObject({ fromIp: '23.128.96.19', byHost: 'vger.kernel.org' });
  });

  test('IronPort / Yahoo style: the name after "from" is the looked-up one, HELO in the comment', () => {
    const hop = parseReceived('from pdx4-co-svc-p1-lb2-vlan2.amazon.com (HELO smtpout.prod.us-west-2.prod.farcaster.email.amazon.dev) ([10.25.36.210]) by smtp-border-fw-80009.pdx80.corp.amazon.com with ESMTP; 29 Jun 2025 03:08:58 +0000');
    expect(hop).toMatchObject({
      fromRdns: 'pdx4-co-svc-p1-lb2-vlan2.amazon.com',
      fromHelo: 'smtpout.prod.us-west-2.prod.farcaster.email.amazon.dev',
      fromIp: '10.25.36.210',
    });
  });

  test('Microsoft 365: IPv6 address in parentheses, no reverse DNS name', () => {
    const hop = parseReceived('from BN9PR03CA0980.namprd03.prod.outlook.com (2603:10b6:408:109::25) by IA1PR19MB6419.namprd19.prod.outlook.com (2603:10b6:208:3e5::20) with Microsoft SMTP Server id 15.20.5612.22; Fri, 16 Sep 2022 19:20:15 +0000');
    expect(hop).toMatchObject({ fromHelo: 'bn9pr03ca0980.namprd03.prod.outlook.com', fromRdns: null, fromIp: '2603:10b6:408:109::25', byHost: 'ia1pr19mb6419.namprd19.prod.outlook.com' });
  });

  test('Exim: bracketed IP and helo= in the comment', () => {
    const hop = parseReceived('from mail.example.com ([192.0.2.1] helo=mail.example.com) by mx.example.org with esmtps (TLS1.3) id 1abc; Tue, 02 Jan 2024 10:00:00 +0100');
    expect(hop).toMatchObject({ fromIp: '192.0.2.1', fromRdns: null, byHost: 'mx.example.org' });
  });

  test('a local hand-off has no from clause', () => {
    const hop = parseReceived('(majordomo@vger.kernel.org) by vger.kernel.org via listexpand id S231489AbjAWQWW; Mon, 23 Jan 2023 11:22:22 -0500');
    expect(hop).toMatchObject({ fromHelo: null, fromRdns: null, fromIp: null, byHost: 'vger.kernel.org' });
  });

  test('an unparseable date is null, not "now"', () => {
    expect(parseReceived('from a (b [192.0.2.1]) by c.example; not a date').date).toBeNull();
  });

  test('private, loopback and link-local addresses are internal; public ones are not', () => {
    for (const ip of ['10.0.7.35', '127.0.0.1', '172.20.1.1', '192.168.0.9', '::1', 'fd00::1', 'fe80::1']) expect(isInternalIp(ip)).toBe(true);
    for (const ip of ['54.240.13.41', '2603:10b6:408:109::25', '172.32.0.1']) expect(isInternalIp(ip)).toBe(false);
  });
});
