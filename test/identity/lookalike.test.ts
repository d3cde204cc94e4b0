import { describe, expect, test } from 'vitest';
import { findLookalike, skeleton, UNICODE_SECURITY_VERSION } from '../../src/identity/lookalike/index.js';

describe('UTS #39 skeleton', () => {
  test('the skeleton of "amazon" is "arnazon"', () => {
    expect(skeleton('amazon')).toBe('arnazon');
  });
  test('Greek, Cyrillic and mathematical letters fold to Latin', () => {
    expect(skeleton('Αmazοn')).toBe('arnazon'); // Greek Alpha and omicron (phishing_pot sample-7651)
    expect(skeleton('аmazon')).toBe('arnazon'); // Cyrillic а
    expect(skeleton('𝐚𝐦𝐚𝐳𝐨𝐧')).toBe('arnazon');
  });
  test('the data is the current Unicode release', () => {
    expect(UNICODE_SECURITY_VERSION).toBe('17.0.0');
  });
});

describe('findLookalike', () => {
  test.each([
    ['amazon.co.jp.evil.example', 'target-embedding', 'amazon.co.jp'],
    ['www.amazon.com.ssl-session.cn', 'target-embedding', 'amazon.com'],
    ['amazon.co.jp.sign1234.xyz', 'target-embedding', 'amazon.co.jp'],
    ['amazon.xsecur.xyz', 'brand-subdomain', 'amazon.com'],
    ['amazon-prime.securdeutsh.com', 'brand-subdomain', 'amazon.com'],
    ['helpdesk-amaznaccount-verifynow-account-limited-japan.example.com', 'brand-subdomain', 'amazon.co.jp'],
    ['amazon-co-jp.com', 'combo-squat', 'amazon.co.jp'],
    ['amazonmytventercode.com', 'combo-squat', 'amazon.com'],
    ['amazon.xyz', 'tld-swap', 'amazon.com'],
    ['amazon.jp.net', 'tld-swap', 'amazon.co.jp'],
    ['amazoncojp.com', 'missing-dot', 'amazon.co.jp'],
    ['arnazon.co.jp', 'homoglyph', 'amazon.co.jp'],
    ['xn--mazon-3ve.com', 'mixed-script', 'amazon.com'],
    ['аmazon-secure.com', 'punycode', 'amazon.com'],
  ])('%s is %s of %s', (host, technique, imitates) => {
    expect(findLookalike(host)).toMatchObject({ technique, imitates });
  });

  test('reports the host normalised: lower case, no trailing dot, IDN as punycode', () => {
    expect(findLookalike('AMAZOM.COM.')?.host).toBe('amazom.com');
    expect(findLookalike('аmazon.com')?.host).toBe('xn--mazon-3ve.com');
  });

  test.each(['amazon.co.jp', 'www.amazon.com', 'bounces.amazon.co.jp', 'amazon.com.be', 'registrar.amazon', 'Ａｍａｚｏｎ.co.jp'])(
    "Amazon's own %s is not a lookalike",
    (host) => expect(findLookalike(host)).toBeNull(),
  );

  test.each(['amazon.s3.amazonaws.com', 'a1b2.cloudfront.net', 'amazon.awsapps.com', 'mail.amazonses.com'])(
    'rentable Amazon infrastructure %s is judged elsewhere, not as a lookalike',
    (host) => expect(findLookalike(host)).toBeNull(),
  );

  test('short labels are not judged by edit distance', () => {
    expect(findLookalike('amzn.example')).toBeNull();
  });

  test('IP literals and garbage are not hosts', () => {
    expect(findLookalike('192.0.2.1')).toBeNull();
    expect(findLookalike('')).toBeNull();
    expect(findLookalike('a'.repeat(5000))).toBeNull();
  });
});

describe('the Amazon family by look-alike letters only', () => {
  test.each([
    ['audib1e.com', 'audible.com'],
    ['zapp0s.com', 'zappos.com'],
    ['g00dreads.net', 'goodreads.com'],
    ['аudible.co.jp', 'audible.com'], // Cyrillic а
  ])('%s imitates %s', (host, imitates) => {
    expect(findLookalike(host)).toMatchObject({ imitates });
  });
  test.each(['audible.de', 'audible.co.jp', 'zappos.com', 'audibles.com', 'audiblebooks.example', 'twitch.com', 'switch.tv', 'goodread.com', 'signin.example'])(
    '%s is not called a look-alike of the family (its own domains, neighbours, other endings)',
    (host) => {
      expect(findLookalike(host)).toBeNull();
    },
  );
});
