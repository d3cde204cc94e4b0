import { describe, expect, test } from 'vitest';
import { ofCode } from '../../src/findings.js';
import { analyzeAuthentication, decideTrust } from '../../src/checks/authentication/index.js';
import { fixtureMessage } from './helpers.js';

const analyze = (name: string, options: { claimsAmazon?: boolean; trustAuthserv?: string[] } = {}) =>
  analyzeAuthentication(fixtureMessage(name), { claimsAmazon: options.claimsAmazon ?? true, trustAuthserv: options.trustAuthserv });

const codes = (findings: { code: string }[]) => findings.map((f) => f.code).sort();

describe('which Authentication-Results are trusted', () => {
  test('Gmail: the mx.google.com results below its own Received hop are the receiver results', async () => {
    const { summary, findings } = await analyze('gmail-dmarc-pass-amazon-co-jp.eml');
    expect(summary).toMatchObject({ trustBasis: 'receiver', trustedAuthservIds: ['mx.google.com'], hasTrustedResults: true });
    expect(summary.entry).toEqual({ clientName: 'a27-1.smtp-out.us-west-2.amazonses.com', clientIp: '54.240.27.1', receivedBy: 'mx.google.com' });
    expect(summary.amazonAuthenticated).toBe(true);
    expect(summary.authenticatedFromDomain).toBe('amazon.co.jp');
    expect(codes(findings)).toEqual(['auth.amazon-authenticated']);
  });

  test('results are per method, with domain, relaxed alignment and source', async () => {
    const { summary } = await analyze('gmail-dmarc-pass-amazon-co-jp.eml');
    const view = summary.results.map((r) => [r.method, r.result, r.domain, r.aligned, r.source]);
    expect(view).toEqual([
      ['spf', 'pass', 'bounces.amazon.co.jp', true, 'receiver'],
      ['dkim', 'pass', 'amazon.co.jp', true, 'receiver'],
      ['dkim', 'pass', 'amazonses.com', false, 'receiver'],
      ['dmarc', 'pass', 'amazon.co.jp', true, 'receiver'],
    ]);
    expect(summary.results.find((r) => r.method === 'spf')?.alignedStrict).toBe(false);
  });

  test('Gmail: a forged lower header claiming pass is ignored and reported, the real dmarc=fail decides', async () => {
    const { summary, findings } = await analyze('gmail-dmarc-fail-amazon-co-jp-with-forged-lower-results.eml');
    expect(summary.amazonAuthenticated).toBe(false);
    expect(summary.results.find((r) => r.method === 'dmarc')?.result).toBe('fail');
    expect(codes(findings)).toContain('auth.amazon-dmarc-fail');
    const forged = findings.filter((f) => f.code === 'auth.forged-results');
    expect(forged.map((f) => f.evidence.method).sort()).toEqual(['dkim', 'dmarc', 'spf']);
    expect(forged.every((f) => f.severity === 'high')).toBe(true);
  });

  test('a second header with the same authserv-id cannot override the topmost one', async () => {
    const { summary, findings } = await analyze('gmail-forged-results-directly-below-the-real-ones.eml');
    expect(summary.results.filter((r) => r.method === 'dmarc').map((r) => r.result)).toEqual(['fail']);
    expect(summary.amazonAuthenticated).toBe(false);
    expect(codes(findings)).toContain('auth.forged-results');
  });

  test('Microsoft 365: results without authserv-id, anchored by the prod.outlook.com hops; compauth=fail is a spoof', async () => {
    const { summary, findings } = await analyze('m365-compauth-fail-amazon-co-jp-no-authserv-id.eml');
    expect(summary.trustBasis).toBe('receiver');
    expect(summary.trustedAuthservIds).toEqual(['os1pepf00001234.mail.protection.outlook.com']);
    expect(summary.compauth).toEqual({ result: 'fail', reason: '001' });
    expect(summary.entry?.clientIp).toBe('198.51.100.23');
    const spoof = findings.find((f) => f.code === 'auth.amazon-dmarc-fail');
    expect(spoof?.evidence.method).toBe('compauth');
  });

  test('Microsoft 365: dmarc=pass for amazon.co.jp is authenticated Amazon', async () => {
    const { summary } = await analyze('m365-dmarc-pass-amazon-co-jp-no-authserv-id.eml');
    expect(summary.amazonAuthenticated).toBe(true);
    expect(summary.compauth).toEqual({ result: 'pass', reason: '100' });
  });

  test('Yahoo: results written above the topmost Received header (by-host is an IP) are the receiver results', async () => {
    const { summary } = await analyze('yahoo-results-above-received-amazon-co-jp-pass.eml');
    expect(summary.trustedAuthservIds).toEqual(['atlas-production.v2.mail-prod1-gq1.omega.yahoo.com']);
    expect(summary.amazonAuthenticated).toBe(true);
  });

  test('iCloud: one authserv-id per method, all trusted and combined', async () => {
    const { summary } = await analyze('icloud-per-method-authserv-ids-amazon-com-pass.eml');
    expect(summary.trustedAuthservIds).toEqual(['bimi.icloud.com', 'dmarc.icloud.com', 'dkim-verifier.icloud.com', 'spf.icloud.com']);
    expect(summary.results.map((r) => r.method).sort()).toEqual(['dkim', 'dkim', 'dmarc', 'spf']);
    expect(summary.amazonAuthenticated).toBe(true);
  });

  test('Japanese provider: spf=hardfail and dmarc=fail for amazon.co.jp', async () => {
    const { summary, findings } = await analyze('biglobe-style-spf-hardfail-amazon-co-jp.eml');
    expect(summary.trustedAuthservIds).toEqual(['mx.biglobe.ne.jp']);
    expect(summary.results.find((r) => r.method === 'spf')?.result).toBe('fail');
    expect(codes(findings)).toContain('auth.amazon-dmarc-fail');
  });

  test('a mailing list that received the mail: its results are trusted when the receiver wrote none', async () => {
    const { summary, findings } = await analyze('list-server-results-amazon-com-dkim-pass.eml');
    expect(summary).toMatchObject({ trustBasis: 'mailing-list', trustedAuthservIds: ['relay.lists.example.net'], amazonAuthenticated: true });
    expect(summary.entry).toMatchObject({ clientName: 'smtp-fw-80009.amazon.com', clientIp: '99.78.197.220', receivedBy: 'relay.lists.example.net' });
    expect(codes(findings)).toEqual(['auth.amazon-authenticated']);
  });

  test('list results are not trusted when the host that delivered the mail is not the list\'s domain', async () => {
    const { summary, findings } = await analyze('list-id-does-not-match-the-delivering-host.eml');
    expect(summary).toMatchObject({ trustBasis: 'none', hasTrustedResults: false, amazonAuthenticated: false });
    expect(codes(findings)).toEqual(['auth.amazon-unverified']);
    expect(findings.filter(ofCode('auth.amazon-unverified'))[0].evidence.untrustedClaims).toContain('relay.lists.example.net: dmarc=pass amazon.com');
  });

  test('without any Received header nothing is trusted (a saved or hand-made file), and that is "could not verify", not "forged"', async () => {
    const { summary, findings } = await analyze('no-received-headers-results-not-trusted.eml');
    expect(summary.hasTrustedResults).toBe(false);
    expect(codes(findings)).toEqual(['auth.amazon-unverified', 'auth.copy-without-delivery-headers']);
    expect(findings.filter(ofCode('auth.amazon-unverified'))[0].evidence.reason).toBe('no-delivery-headers');
  });

  test('--trust-authserv names the trusted ids and turns the default rule off', async () => {
    const other = await analyze('gmail-dmarc-pass-amazon-co-jp.eml', { trustAuthserv: ['mx.example.net'] });
    expect(other.summary).toMatchObject({ hasTrustedResults: false, amazonAuthenticated: false, trustBasis: 'none' });
    const named = await analyze('gmail-dmarc-pass-amazon-co-jp.eml', { trustAuthserv: ['google.com'] });
    expect(named.summary).toMatchObject({ trustBasis: 'configured', trustedAuthservIds: ['mx.google.com'], amazonAuthenticated: true });
  });

  test('--trust-authserv can trust a list server the default rule would not', async () => {
    const { summary } = await analyze('list-id-does-not-match-the-delivering-host.eml', { trustAuthserv: ['relay.lists.example.net'] });
    expect(summary).toMatchObject({ trustBasis: 'configured', amazonAuthenticated: true });
  });

  test('the decision exposes every Received hop and the untrusted headers', () => {
    const decision = decideTrust(fixtureMessage('gmail-dmarc-fail-amazon-co-jp-with-forged-lower-results.eml').headers);
    expect(decision.hops.map((h) => h.byHost)).toEqual(['2002:a05:6a10:9e8c:b0:4a1:2b3c:4d5e', 'mx.google.com', 'mx.google.com']);
    expect(decision.trusted).toHaveLength(1);
    expect(decision.untrusted).toHaveLength(1);
    expect(decision.entryHop?.fromIp).toBe('203.0.113.50');
  });
});

describe('what counts as Amazon', () => {
  test('d=amazonses.com and an SES Return-Path never prove Amazon; the pass for the real sender is reported', async () => {
    const { summary, findings } = await analyze('gmail-ses-signed-lookalike-sender-claims-amazon.eml');
    expect(summary.amazonAuthenticated).toBe(false);
    expect(summary.authenticatedFromDomain).toBe('amazon-account-alert.example');
    const infra = findings.find((f) => f.code === 'auth.only-amazon-infrastructure');
    expect(infra?.evidence.infrastructure).toEqual(expect.arrayContaining(['dkim amazonses.com', 'return-path us-west-2.amazonses.com']));
    const real = findings.find((f) => f.code === 'auth.non-amazon-sender-authenticated');
    expect(real?.evidence.domains).toEqual(['amazon-account-alert.example']);
  });

  test('a mail that does not claim Amazon gets a summary and no findings', async () => {
    const { summary, findings } = await analyze('gmail-ses-signed-lookalike-sender-claims-amazon.eml', { claimsAmazon: false });
    expect(summary.hasTrustedResults).toBe(true);
    expect(summary.dkimBodies).toEqual([]);
    expect(findings).toEqual([]);
  });
});
