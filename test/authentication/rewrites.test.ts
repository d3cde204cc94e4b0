import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import { LINK_REWRITING_GATEWAYS } from '../../src/checks/authentication/gateways.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/auth/${name}`, import.meta.url));
const scan = (name: string) => analyzeMessage(fixture(name), { lang: 'en' });
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);
const rewrite = (r: { findings: { code: string; evidence: Record<string, unknown> }[] }) =>
  r.findings.find((f) => f.code === 'auth.rewritten-in-transit')?.evidence;

describe('a body changed on the way in is not evidence of forgery when the receiving side explains it', () => {
  test('a mailing list appended a footer and delivered the mail itself: unverified, the list named, not suspicious', async () => {
    const r = await scan('list-footer-appended-delivered-by-the-list-host-amazon-com.eml');
    expect(r.verdict).toBe('unverified');
    expect(codes(r)).not.toContain('auth.dkim-body-modified');
    expect(rewrite(r)).toMatchObject({ domain: 'amazon.com', kind: 'mailing-list', by: 'dev.lists.example.org' });
  });

  test('a list that tagged the subject and sealed the mail with ARC, delivered by another relay: the seal shows the list', async () => {
    const r = await scan('list-subject-tag-arc-sealed-by-the-list-delivered-by-a-relay-amazon-com.eml');
    expect(r.verdict).toBe('unverified');
    expect(rewrite(r)).toMatchObject({ kind: 'mailing-list' });
    expect(codes(r)).not.toContain('auth.dkim-body-modified');
  });

  test('Microsoft 365 recorded dkim=pass, then Safe Links rewrote every link: genuine, links judged by where they go', async () => {
    const r = await scan('m365-safe-links-rewrote-links-after-dkim-pass-amazon-com.eml');
    expect(r.verdict).toBe('genuine');
    expect(rewrite(r)).toMatchObject({ kind: 'receiver-verified' });
    expect(r.links.filter((l) => l.unwrappedFrom.length > 0).length).toBe(2);
    for (const l of r.links) expect([l.host, l.amazon]).toEqual([expect.stringMatching(/(^|\.)amazon\.com$/), true]);
  });

  test('Proofpoint in front of Microsoft 365 rewrote the links; the receiver says dmarc=pass: genuine', async () => {
    const r = await scan('proofpoint-in-front-of-m365-rewrote-links-dmarc-pass-amazon-com.eml');
    expect(r.verdict).toBe('genuine');
    expect(rewrite(r)).toMatchObject({ kind: 'security-gateway', by: 'Proofpoint URL Defense' });
    for (const l of r.links) expect([l.host, l.amazon]).toEqual([expect.stringMatching(/(^|\.)amazon\.com$/), true]);
  });

  test('Proofpoint rewrote the links and the mailbox server wrote no results: unverified, the gateway named', async () => {
    const r = await scan('proofpoint-rewrote-links-receiver-wrote-no-results-amazon-com.eml');
    expect(r.verdict).toBe('unverified');
    expect(rewrite(r)).toMatchObject({ kind: 'security-gateway', by: 'Proofpoint URL Defense' });
  });

  test('a changed body that nothing on the receiving side explains stays a red flag (a Safe Links-shaped link alone explains nothing)', async () => {
    const r = await scan('amazon-signature-body-changed-nothing-on-the-receiving-side-explains-it.eml');
    expect(r.verdict).toBe('suspicious');
    expect(codes(r)).toContain('auth.dkim-body-modified');
    expect(codes(r)).not.toContain('auth.rewritten-in-transit');
  });

  test('every gateway names how its links look, its header fields and its hosts', () => {
    for (const g of LINK_REWRITING_GATEWAYS) {
      expect(g.linkHosts.length).toBeGreaterThan(0);
      expect(g.headerPrefixes.length + g.hostDomains.length).toBeGreaterThan(0);
    }
  });
});

describe('a copy without its delivery headers', () => {
  test('is unverified, says why, and tells how to save the original with all its headers', async () => {
    const r = await scan('copy-without-received-headers-amazon-order.eml');
    expect(r.verdict).toBe('unverified');
    expect(codes(r)).toContain('auth.copy-without-delivery-headers');
    expect(codes(r)).not.toContain('sender.amazon-address-unauthenticated');
    expect(r.remediation.map((s) => s.id)).toContain('save-original-with-headers');
    const ja = await analyzeMessage(fixture('copy-without-received-headers-amazon-order.eml'), { lang: 'ja' });
    const step = ja.remediation.find((s) => s.id === 'save-original-with-headers');
    expect(step?.text).toMatch(/Gmail.*Outlook.*Apple Mail.*Thunderbird.*Yahoo!メール.*docomo メール/s);
  });

  test('is still phishing when other evidence shows it on its own (a link that shows Amazon and goes elsewhere)', async () => {
    const r = await scan('copy-without-received-headers-link-shows-amazon-goes-elsewhere.eml');
    expect(r.verdict).toBe('phishing');
    expect(codes(r)).toContain('links.text-shows-amazon-goes-elsewhere');
  });

  test('an Amazon From that came over an outside Received chain without Amazon\'s signature stays phishing', async () => {
    const r = await scan('outside-received-chain-amazon-from-without-signature.eml');
    expect(r.verdict).toBe('phishing');
    expect(codes(r)).toContain('sender.amazon-address-unauthenticated');
    expect(codes(r)).not.toContain('auth.copy-without-delivery-headers');
  });
});
