/**
 * The authentication findings about a non-Amazon sender say how the mail concerns Amazon. A newsletter that only
 * mentions Amazon in its text is not "presenting itself as Amazon": saying so would accuse an honest sender (seen
 * on the benchmark's Substack newsletters with --deep). The evidence carries `presentsAsAmazon`, and the text
 * follows it in both languages.
 */
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function newsletter(fromName: string): string {
  return [
    'Delivered-To: reader@gmail.com',
    'Received: by 2002:a05:6a10:1::1 with SMTP id x; Mon, 23 Nov 2026 09:00:02 -0800 (PST)',
    'Authentication-Results: mx.google.com;',
    '       dkim=pass header.i=@substack.com header.s=s1 header.b=abc;',
    '       spf=pass (google.com: domain of bounce@substack.com designates 192.0.2.10 as permitted sender) smtp.mailfrom=bounce@substack.com;',
    '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=substack.com',
    'Received: from mail.substack.com (mail.substack.com. [192.0.2.10])',
    '        by mx.google.com with ESMTPS id y for <reader@gmail.com>; Mon, 23 Nov 2026 09:00:01 -0800 (PST)',
    `From: "${fromName}" <news@substack.com>`,
    'To: reader@gmail.com',
    'Subject: This week in retail',
    'Date: Mon, 23 Nov 2026 17:00:00 +0000',
    'Message-ID: <weekly-1@substack.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'This week: what Amazon changed in its returns policy, and why other shops follow.',
    '',
  ].join('\r\n');
}

const finding = async (fromName: string, lang: 'en' | 'ja') => {
  const report = await analyzeMessage(newsletter(fromName), { lang, deep: true });
  return report.findings.find((f) => f.code === 'auth.non-amazon-sender-authenticated');
};

describe('a non-Amazon sender that passed authentication', () => {
  test('a newsletter that mentions Amazon in its text: "mentions", not "presents itself as"', async () => {
    const en = await finding('The Weekly', 'en');
    expect(en?.evidence).toMatchObject({ domains: ['substack.com'], presentsAsAmazon: false });
    expect(en?.message).toMatch(/^The mail mentions Amazon, but the authentication that passed belongs to substack\.com/);
    const ja = await finding('The Weekly', 'ja');
    expect(ja?.message).toMatch(/^このメールは Amazon に触れていますが、認証に合格したのは substack\.com/);
  });

  test('a sender whose display name says Amazon presents itself as Amazon', async () => {
    const en = await finding('Amazon.co.jp', 'en');
    expect(en?.evidence).toMatchObject({ presentsAsAmazon: true });
    expect(en?.message).toMatch(/^The mail presents itself as Amazon, but/);
    const ja = await finding('Amazon.co.jp', 'ja');
    expect(ja?.message).toMatch(/^このメールは Amazon を名乗っていますが、/);
  });
});
