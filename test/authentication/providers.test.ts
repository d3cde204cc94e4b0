import { describe, expect, test } from 'vitest';
import { analyzeAuthentication, parseAuthenticationResults } from '../../src/checks/authentication/index.js';
import { RECEIVING_PROVIDERS, canonicalOrg, providerOfBareHost } from '../../src/checks/authentication/providers.js';
import { fixtureMessage } from './helpers.js';

const analyze = (name: string) => analyzeAuthentication(fixtureMessage(name), { claimsAmazon: true });

/**
 * One fixture per provider in the table, in the header layout that provider writes (fixtures/auth/README.md
 * says where each layout comes from). Each must come out authenticated by the provider's own results.
 */
const LAYOUTS: { provider: string; fixture: string; authservId: string; entryIp: string; domain: string }[] = [
  { provider: 'Gmail', fixture: 'gmail-dmarc-pass-amazon-co-jp.eml', authservId: 'mx.google.com', entryIp: '54.240.27.1', domain: 'amazon.co.jp' },
  {
    provider: 'Microsoft 365 / Outlook.com',
    fixture: 'm365-arc-and-stray-authserv-id-amazon-com-pass.eml',
    authservId: 'mw2nam04ft066.mail.protection.outlook.com',
    entryIp: '54.240.8.33',
    domain: 'amazon.com',
  },
  {
    provider: 'Microsoft 365 / Outlook.com',
    fixture: 'm365-dmarc-pass-amazon-co-jp-no-authserv-id.eml',
    authservId: 'os1pepf00001234.mail.protection.outlook.com',
    entryIp: '54.240.27.1',
    domain: 'amazon.co.jp',
  },
  {
    provider: 'Microsoft 365 / Outlook.com',
    fixture: 'm365-authserv-id-mx-microsoft-com-amazon-com-pass.eml',
    authservId: 'mx.microsoft.com',
    entryIp: '54.240.8.33',
    domain: 'amazon.com',
  },
  {
    provider: 'iCloud Mail',
    fixture: 'icloud-bare-host-names-results-among-x-icl-fields-amazon-com-pass.eml',
    authservId: 'dmarc.icloud.com',
    entryIp: '54.240.13.141',
    domain: 'amazon.com',
  },
  {
    provider: 'Yahoo Mail',
    fixture: 'yahoo-results-above-received-amazon-co-jp-pass.eml',
    authservId: 'atlas-production.v2.mail-prod1-gq1.omega.yahoo.com',
    entryIp: '54.240.27.1',
    domain: 'amazon.co.jp',
  },
  {
    provider: 'Yahoo! JAPAN Mail',
    fixture: 'yahoo-japan-authserv-id-then-from-statement-amazon-co-jp-pass.eml',
    authservId: 'mta1011.mail.kks.yahoo.co.jp',
    entryIp: '54.240.27.1',
    domain: 'amazon.co.jp',
  },
  {
    provider: 'docomo mail',
    fixture: 'docomo-mfsmax-results-below-entry-hop-amazon-co-jp-pass.eml',
    authservId: 'mfsmax.docomo.ne.jp',
    entryIp: '54.240.27.1',
    domain: 'amazon.co.jp',
  },
  { provider: 'au (KDDI) mail', fixture: 'au-ezweb-results-below-entry-hop-amazon-co-jp-pass.eml', authservId: 'ezweb.ne.jp', entryIp: '54.240.27.1', domain: 'amazon.co.jp' },
  { provider: 'SoftBank mail', fixture: 'softbank-results-below-entry-hop-amazon-co-jp-pass.eml', authservId: 'softbank.ne.jp', entryIp: '54.240.27.1', domain: 'amazon.co.jp' },
  {
    provider: 'Fastmail',
    fixture: 'fastmail-milter-results-above-entry-hop-amazon-com-pass.eml',
    authservId: 'mx6.messagingengine.com',
    entryIp: '54.240.8.33',
    domain: 'amazon.com',
  },
  {
    provider: 'Proton Mail',
    fixture: 'proton-results-above-topmost-received-amazon-com-pass.eml',
    authservId: 'mailin012.protonmail.ch',
    entryIp: '54.240.8.33',
    domain: 'amazon.com',
  },
];

describe('receiving providers: each layout is read as the provider writes it', () => {
  test('every provider of the table has a fixture', () => {
    const covered = new Set(LAYOUTS.map((l) => l.provider));
    expect(RECEIVING_PROVIDERS.map((p) => p.name).filter((n) => !covered.has(n))).toEqual([]);
    for (const p of RECEIVING_PROVIDERS) expect(p.source.length).toBeGreaterThan(20);
  });

  test.each(LAYOUTS)('$provider: $fixture', async ({ fixture, authservId, entryIp, domain }) => {
    const { summary, findings } = await analyze(fixture);
    expect(summary.trustBasis).toBe('receiver');
    expect(summary.trustedAuthservIds).toContain(authservId);
    expect(summary.entry?.clientIp).toBe(entryIp);
    expect(summary.authenticatedFromDomain).toBe(domain);
    expect(summary.amazonAuthenticated).toBe(true);
    expect(findings.map((f) => f.code)).toContain('auth.amazon-authenticated');
    expect(findings.map((f) => f.code)).not.toContain('auth.forged-results');
  });

  test('iCloud: the trusted results are the ones between the entry hop and the first field of the message', async () => {
    const { summary } = await analyze('icloud-bare-host-names-results-among-x-icl-fields-amazon-com-pass.eml');
    expect(summary.entry).toEqual({ clientName: 'a13-141.smtp-out.amazonses.com', clientIp: '54.240.13.141', receivedBy: 'p00-icloudmta-smtpin-us-central-1n-20-percent-2' });
    expect(summary.trustedAuthservIds).toEqual(['bimi.icloud.com', 'arc.icloud.com', 'dmarc.icloud.com', 'dkim-verifier.icloud.com', 'spf.icloud.com']);
  });

  test('iCloud: a sender announcing an iCloud host name from a public address is outside; its forged results lose', async () => {
    const { summary, findings } = await analyze('icloud-sender-announces-an-icloud-host-name-forged-results-below.eml');
    expect(summary.entry?.clientIp).toBe('203.0.113.77');
    expect(summary.amazonAuthenticated).toBe(false);
    expect(summary.results.filter((r) => r.method === 'dmarc').map((r) => r.result)).toEqual(['fail']);
    const codes = findings.map((f) => f.code);
    expect(codes).toContain('auth.amazon-dmarc-fail');
    expect(codes).toContain('auth.forged-results');
  });

  test('a bare host name is a provider\'s only when the table knows its pattern', () => {
    expect(providerOfBareHost('p00-icloudmta-smtpin-us-west-1a-100-percent-35')?.name).toBe('iCloud Mail');
    expect(providerOfBareHost('p150-mailgateway-smtp-7bb9dbc65c-9f7rq')?.name).toBe('iCloud Mail');
    expect(providerOfBareHost('icloudmta')).toBeNull();
    expect(providerOfBareHost('p00-icloudmta-smtpin.evil.example')).toBeNull();
    expect(canonicalOrg('hotmail.com')).toBe('outlook.com');
    expect(canonicalOrg('me.com')).toBe('icloud.com');
    expect(canonicalOrg('example.org')).toBe('example.org');
  });

  test('Yahoo! JAPAN: an authserv-id followed by "from=" in the same part', () => {
    const parsed = parseAuthenticationResults(
      'mta1011.mail.kks.yahoo.co.jp  from=amazon.co.jp; domainkeys=neutral (no sig); dkim=pass (ok) header.i=@amazon.co.jp',
    );
    expect(parsed.authservId).toBe('mta1011.mail.kks.yahoo.co.jp');
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual(['from=amazon.co.jp', 'domainkeys=neutral', 'dkim=pass']);
    // A result statement that starts the header is not mistaken for an authserv-id.
    expect(parseAuthenticationResults('spf=pass smtp.mailfrom=a.example; dkim=none').authservId).toBeNull();
  });
});
