/** Link reach (issue 21, item 6): Amazon's own open redirect and Bing's click tracker are read through. */
import { describe, expect, it } from 'vitest';
import { unwrapLink } from '../../src/checks/links/index.js';
import { analyzeMessage } from '../../src/index.js';

const bing = (url: string) => `https://www.bing.com/ck/a?!&&p=5d1c0e9f&ptn=3&ver=2&hsh=4&fclid=1&u=a1${Buffer.from(url).toString('base64url')}&ntb=1`;

describe('link reach', () => {
  it('unwraps www.amazon.co.jp/gp/redirect.html?location=', () => {
    const u = unwrapLink('https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Famaz0n-secure.example%2Fap%2Fsignin&token=x');
    expect(u.finalUrl).toBe('https://amaz0n-secure.example/ap/signin');
    expect(u.via).toEqual(['amazon-open-redirect']);
  });

  it('unwraps bing.com/ck/a (u=a1 + base64url), also through another redirector', () => {
    expect(unwrapLink(bing('https://amaz0n-secure.example/verify?id=1')).finalUrl).toBe('https://amaz0n-secure.example/verify?id=1');
    const nested = unwrapLink(bing('https://www.amazon.com/gp/redirect.html?location=https://evil.example/x'));
    expect(nested.finalUrl).toBe('https://evil.example/x');
    expect(nested.via).toEqual(['bing-click-tracker', 'amazon-open-redirect']);
  });

  it('leaves a Bing link without a readable destination as it is', () => {
    for (const link of ['https://www.bing.com/ck/a?u=zz', 'https://www.bing.com/ck/a?u=a1%FF%FE', 'https://www.bing.com/search?q=amazon']) {
      expect(unwrapLink(link).via).toEqual([]);
    }
  });

  it('judges where an Amazon redirect link ends: a phish that starts at amazon.co.jp', async () => {
    const mail = [
      'From: "Amazon" <account@amaz0n-secure.example>',
      'To: hanako@example.jp',
      'Subject: Amazon: verify your account',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your Amazon account is locked. Sign in: https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Famaz0n-secure.example%2Fap%2Fsignin',
      '',
    ].join('\r\n');
    const report = await analyzeMessage(Buffer.from(mail));
    expect(report.verdict).toBe('phishing');
    expect(report.findings.find((f) => f.code === 'links.lookalike-host')?.evidence).toMatchObject({ finalUrl: 'https://amaz0n-secure.example/ap/signin' });
  });
});
