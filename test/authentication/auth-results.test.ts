import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseReceivedSpf,
  resultsFor,
} from '../../src/checks/authentication/index.js';
import { fixtureHeaderValue } from './helpers.js';
import { expectNearLinear } from '../helpers/growth.js';

const ar = (name: string) => parseAuthenticationResults(fixtureHeaderValue(name));

describe('Authentication-Results (RFC 8601)', () => {
  test('Gmail: authserv-id, every dkim result kept, comments and ptype.property pairs', () => {
    const p = ar('ar-gmail-amazon-co-jp-pass.txt');
    expect(p.authservId).toBe('mx.google.com');
    expect(resultsFor(p, 'dkim').map((r) => [r.result, r.props['header.i']])).toEqual([
      ['pass', '@amazon.co.jp'],
      ['pass', '@amazonses.com'],
    ]);
    const [spf] = resultsFor(p, 'spf');
    expect(spf.props['smtp.mailfrom']).toBe('2023112301234abc@bounces.amazon.co.jp');
    expect(spf.comment).toContain('designates 54.240.0.1 as permitted sender');
    const [dmarc] = resultsFor(p, 'dmarc');
    expect(dmarc).toMatchObject({ result: 'pass', comment: 'p=QUARANTINE sp=QUARANTINE dis=NONE' });
    expect(dmarc.props['header.from']).toBe('amazon.co.jp');
  });

  test('Microsoft 365: no authserv-id, results run together with ";" and compauth reason kept', () => {
    const p = ar('ar-m365-no-authserv-id.txt');
    expect(p.authservId).toBeNull();
    expect(p.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass', 'compauth=pass']);
    expect(resultsFor(p, 'dmarc')[0].props['action']).toBe('none');
    expect(resultsFor(p, 'compauth')[0].reason).toBe('100');
    expect(resultsFor(p, 'dkim')[0].props['header.d']).toBe('amazon.co.jp');
  });

  test('Microsoft 365: a stray id between results is not taken for the authserv-id', () => {
    const p = ar('ar-m365-stray-authserv-id-compauth-fail.txt');
    expect(p.authservId).toBeNull();
    expect(p.strayWords).toEqual(['hotmail.com', 'hotmail.com']);
    expect(resultsFor(p, 'compauth')[0]).toMatchObject({ result: 'fail', reason: '001' });
    expect(resultsFor(p, 'dmarc')[0].props['header.from']).toBe('amazon.co.jp');
  });

  test('Yahoo: a comment glued to the result and a trailing ";"', () => {
    const p = ar('ar-yahoo-comment-glued-trailing-semicolon.txt');
    expect(p.authservId).toBe('atlas-production.v2.mail-prod1-gq1.omega.yahoo.com');
    expect(resultsFor(p, 'dmarc')[0]).toMatchObject({ result: 'pass', comment: 'p=QUARANTINE' });
    expect(p.results).toHaveLength(3);
  });

  test('iCloud: per-method authserv-id (dkim-verifier.icloud.com)', () => {
    const p = ar('ar-icloud-dkim-verifier.txt');
    expect(p.authservId).toBe('dkim-verifier.icloud.com');
    expect(resultsFor(p, 'dkim')[0]).toMatchObject({ result: 'pass', comment: '2048-bit key' });
  });

  test('docomo-style header parses like any RFC 8601 header', () => {
    const p = ar('ar-docomo-style-pass.txt');
    expect(p.authservId).toBe('mfsmax.docomo.ne.jp');
    expect(p.results.map((r) => r.method)).toEqual(['spf', 'dkim', 'dmarc']);
  });

  test('spf=hardfail (Japanese providers) is folded into fail', () => {
    const p = ar('ar-biglobe-style-spf-hardfail.txt');
    expect(resultsFor(p, 'spf')[0]).toMatchObject({ result: 'fail' });
    expect(resultsFor(p, 'spf')[0].props['smtp.mailfrom']).toBe('amaz0n-security.xyz');
  });

  test('sender-id and smtp.mfrom (older Japanese ISP headers) are kept', () => {
    const p = ar('ar-japanese-isp-sender-id-smtp-mfrom.txt');
    expect(resultsFor(p, 'sender-id')[0].props['header.from']).toBe('info@amazon.co.jp');
    expect(resultsFor(p, 'spf')[0].props['smtp.mfrom']).toBe('info@amazon.co.jp');
  });

  test('a property glued to a comment "(2048-bit key)header.i=" is still read', () => {
    const p = ar('ar-japanese-isp-comment-glued-to-property.txt');
    expect(resultsFor(p, 'dkim')[0].props['header.i']).toBe('@amazon.co.jp');
    expect(resultsFor(p, 'x-dkim-adsp')[0].result).toBe('none');
  });

  test('quoted values are unquoted (kernel.org header.b="...")', () => {
    const p = ar('ar-kernel-org-quoted-header-b.txt');
    expect(resultsFor(p, 'dkim')[0].props['header.b']).toBe('iUIUOTk+');
  });

  test('an authres-version after the id, and a method version', () => {
    const p = parseAuthenticationResults('mx.example.org 1; auth=pass (cram-md5) smtp.auth=sender@example.net; spf/2=pass smtp.mailfrom=example.net');
    expect(p).toMatchObject({ authservId: 'mx.example.org', version: '1' });
    expect(resultsFor(p, 'spf')[0]).toMatchObject({ version: '2', result: 'pass' });
  });

  test('"none" means no authentication was done', () => {
    const p = parseAuthenticationResults('mx.example.org; none');
    expect(p).toMatchObject({ authservId: 'mx.example.org', none: true, results: [] });
  });

  test('nested comments and escaped parentheses stay one comment', () => {
    const p = parseAuthenticationResults('mx.example.org; spf=pass (outer (inner \\) still) done) smtp.mailfrom=a.example');
    expect(resultsFor(p, 'spf')[0]).toMatchObject({ comment: 'outer (inner ) still) done' });
    expect(resultsFor(p, 'spf')[0].props['smtp.mailfrom']).toBe('a.example');
  });

  test('methods and results are lower-cased, property values kept as written', () => {
    const p = parseAuthenticationResults('MX.Example.ORG; DKIM=PASS Header.D=Amazon.CO.JP');
    expect(p.authservId).toBe('mx.example.org');
    expect(p.results[0]).toMatchObject({ method: 'dkim', result: 'pass' });
    expect(p.results[0].props['header.d']).toBe('Amazon.CO.JP');
  });
});

describe('ARC-Authentication-Results (RFC 8617)', () => {
  test('M365 ARC results: instance, versioned authserv-id, comment with "=" and "[]" kept whole', () => {
    const p = parseArcAuthenticationResults(fixtureHeaderValue('aar-m365-versioned-authserv-id-nested-comment.txt'));
    expect(p).toMatchObject({ instance: 2, authservId: 'mx.microsoft.com', version: '1' });
    expect(resultsFor(p, 'dkim').map((r) => r.result)).toEqual(['pass', 'fail']);
    const [arc] = resultsFor(p, 'arc');
    expect(arc.result).toBe('pass');
    expect(arc.comment).toContain('spf=[1,1,smtp.mailfrom=gmail.com]');
    expect(Object.keys(arc.props)).toEqual([]);
  });
});

describe('Received-SPF (RFC 7208 section 9.1)', () => {
  test('result, comment and key=value pairs', () => {
    const p = parseReceivedSpf(fixtureHeaderValue('received-spf-gmail.txt'));
    expect(p).not.toBeNull();
    expect(p!.result).toBe('pass');
    expect(p!.props['client-ip']).toBe('54.240.0.1');
    expect(p!.comment).toContain('google.com: domain of');
  });

  test('Received-SPF without a comment, with envelope-from and helo', () => {
    const p = parseReceivedSpf('SoftFail receiver=mx.example.org; client-ip=192.0.2.1; envelope-from="a@b.example"; helo=b.example;');
    expect(p!.result).toBe('softfail');
    expect(p!.props['envelope-from']).toBe('a@b.example');
    expect(p!.props['helo']).toBe('b.example');
  });
});

describe('robustness', () => {
  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        parseAuthenticationResults(s);
        parseArcAuthenticationResults(s);
        parseReceivedSpf(s);
      }),
      { numRuns: 2000 },
    );
  });

  test('long hostile input is cut and parsed in linear time', async () => {
    const hostile = (n: number) => 'x; ' + '((((('.repeat(n) + '"'.repeat(n) + 'a='.repeat(n * 2.5);
    expect(parseAuthenticationResults(hostile(20_000)).authservId).toBe('x');
    await expectNearLinear(hostile, parseAuthenticationResults, 1_250);
  });
});
