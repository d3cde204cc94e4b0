/**
 * Sublime Security's host lists (src/amazon/host-lists/): the generated module is what the script writes from
 * the committed files, carries their licence, and the links check reads it: shorteners, file hosts, form and
 * page builders, free subdomain hosts (a finding naming the list and the host) and suspicious TLDs (weaker
 * evidence), never on Amazon's own links.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HOST_LISTS,
  HOST_LISTS_SOURCE,
  LEFT_OUT_AS_AMAZON,
  LISTED_PAGE_HOSTS,
  LISTED_URL_SHORTENERS,
  suspiciousTldOf,
  type HostListName,
} from '../../src/amazon/host-lists/index.js';
import { isAmazonDomain, isRentableAmazonInfrastructure, MARKETPLACE_DOMAINS } from '../../src/amazon/index.js';
import { checkLinks } from '../../src/checks/links/index.js';
import { ofCode, type Finding } from '../../src/findings.js';
import { analyzeMessage } from '../../src/index.js';
import { findingMessage } from '../../src/report/text/index.js';
import { effectiveEffect } from '../../src/verdict/index.js';
import { REPO_ROOT } from '../package/build.js';
import { authenticated, claimsAmazon, doesNotClaimAmazon, FIXTURES, fixture, mentionsAmazon } from './helpers.js';

const DIR = path.join(REPO_ROOT, 'src', 'amazon', 'host-lists');
const NAMES = Object.keys(HOST_LISTS) as HostListName[];

function listFindings(findings: Finding[]) {
  return findings
    .filter((f) => f.code === 'links.url-shortener' || f.code === 'links.free-hosting' || f.code === 'links.suspicious-tld')
    .map((f) => ({ code: f.code, host: f.evidence.host, list: f.evidence.list, severity: f.severity }));
}

describe('the generated module', () => {
  it('is what scripts/gen-host-lists.mjs writes from the committed files', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-host-lists.mjs', '--stdout'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(DIR, 'data.ts'), 'utf8'));
  });

  it('holds every host of the committed files, lower-case, unique and sorted', () => {
    for (const name of NAMES) {
      const list = HOST_LISTS[name];
      expect(list.length, name).toBeGreaterThan(40);
      expect([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), name).toEqual(list);
      expect(new Set(list).size, name).toBe(list.length);
      for (const host of list) expect(host, name).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/);
      const lines = readFileSync(path.join(DIR, `${name}.txt`), 'utf8').split('\n').map((l) => l.trim().toLowerCase());
      const hosts = lines.filter((l) => /^[a-z0-9.-]+$/.test(l));
      expect(new Set(list), name).toEqual(new Set(hosts));
    }
  });

  it('carries the licence of the lists in a comment the build keeps, and names the commit', () => {
    const licence = readFileSync(path.join(DIR, 'LICENSE'), 'utf8').trim();
    const data = readFileSync(path.join(DIR, 'data.ts'), 'utf8');
    expect(data.startsWith('/*!')).toBe(true);
    const header = data.slice(0, data.indexOf('*/')).replace(/^ \*(?: |$)/gm, '');
    for (const paragraph of licence.split(/\n\s*\n/)) expect(header).toContain(paragraph.trim());
    for (const config of ['tsconfig.json', 'tsconfig.build.json']) {
      expect(readFileSync(path.join(REPO_ROOT, config), 'utf8')).not.toMatch(/removeComments/);
    }
    expect(HOST_LISTS_SOURCE).toMatchObject({ repository: 'sublime-security/static-files', licence: 'MIT' });
    expect(readFileSync(path.join(DIR, 'README.md'), 'utf8')).toContain(HOST_LISTS_SOURCE.commit);
  });

  it('recognises the services phishing pages are built on', () => {
    const hosts = new Set([...LISTED_PAGE_HOSTS, ...LISTED_URL_SHORTENERS].map((e) => e.host));
    for (const service of ['1drv.ms', 'onedrive.live.com', 'sharepoint.com', 'docs.google.com', 'script.google.com', 'sites.google.com', 'notion.so', 'notion.site', 'ipfs.io', 'workers.dev', 'pages.dev', 'bit.ly', 'tinyurl.com', 'linktr.ee']) {
      expect(hosts, service).toContain(service);
    }
  });
});

describe("Amazon's own names", () => {
  it('are left out of the lists: Amazon domains and the infrastructure anyone can rent', () => {
    expect(LEFT_OUT_AS_AMAZON).toEqual({
      free_file_hosts: ['amazonaws.com'],
      self_service_creation_platform_domains: ['amplifyapp.com'],
      free_subdomain_hosts: ['amazonaws.com', 'amplifyapp.com', 'cloudfront.net'],
    });
    for (const e of [...LISTED_PAGE_HOSTS, ...LISTED_URL_SHORTENERS]) {
      expect(isAmazonDomain(e.host) || isRentableAmazonInfrastructure(e.host), e.host).toBe(false);
    }
  });

  it('raise no list finding on links to Amazon, even in a TLD on the suspicious list (amazon.es, amazon.co.za)', async () => {
    expect(suspiciousTldOf('www.amazon.es')).toBe('es');
    expect(suspiciousTldOf('www.amazon.co.za')).toBe('co.za');
    const { findings, links } = checkLinks(await fixture('amazon-claim-link-to-suspicious-tld.eml'), claimsAmazon());
    expect(links.filter((l) => l.amazon).map((l) => l.host)).toEqual(['www.amazon.es', 'www.amazon.co.za', 'www.amazon.com.be']);
    expect(listFindings(findings).map((f) => f.host)).toEqual(['prime-member-gifts.top']);
    for (const m of MARKETPLACE_DOMAINS) {
      const html = `<a href="https://www.${m.domain}/gp/css/order-history">orders</a>`;
      const msg = { ...(await fixture('amazon-claim-link-to-suspicious-tld.eml')), htmlParts: [html], textParts: [] };
      expect(listFindings(checkLinks(msg, claimsAmazon()).findings), m.domain).toEqual([]);
    }
  });
});

describe('links to the services phishing pages are built on', () => {
  it('are findings in mail that presents itself as Amazon, naming the list and the host', async () => {
    const { findings } = checkLinks(await fixture('amazon-claim-links-to-file-hosts-forms-and-builders.eml'), claimsAmazon());
    expect(listFindings(findings)).toEqual([
      { code: 'links.free-hosting', host: '1drv.ms', list: 'free_file_hosts', severity: 'medium' },
      { code: 'links.free-hosting', host: 'contoso-my.sharepoint.com', list: 'free_file_hosts', severity: 'medium' },
      { code: 'links.free-hosting', host: 'docs.google.com', list: 'free_file_hosts', severity: 'medium' },
      { code: 'links.free-hosting', host: 'script.google.com', list: 'free_file_hosts', severity: 'medium' },
      { code: 'links.free-hosting', host: 'amazon-help-center.notion.site', list: 'free_subdomain_hosts', severity: 'medium' },
      { code: 'links.free-hosting', host: 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link', list: 'self_service_creation_platform_domains', severity: 'medium' },
      { code: 'links.free-hosting', host: 'amzn-jp-support.workers.dev', list: 'free_subdomain_hosts', severity: 'medium' },
      { code: 'links.free-hosting', host: 'amazon-prime-jp.pages.dev', list: 'free_subdomain_hosts', severity: 'medium' },
      { code: 'links.free-hosting', host: 'linktr.ee', list: 'social_landing_hosts', severity: 'medium' },
      { code: 'links.url-shortener', host: 'tinyurl.com', list: 'url_shorteners', severity: 'medium' },
      { code: 'links.free-hosting', host: 'amazon-jp-help.wordpress.com', list: 'free_subdomain_hosts', severity: 'medium' },
    ]);
    const sharepoint = findings.filter(ofCode('links.free-hosting')).find((f) => f.evidence.host === 'contoso-my.sharepoint.com')!;
    expect(sharepoint.evidence.service).toBe('sharepoint.com');
    expect(findingMessage(sharepoint, 'en')).toContain("the file-sharing service sharepoint.com (on Sublime Security's list of file-sharing hosts)");
    expect(findingMessage(sharepoint, 'ja')).toContain('sharepoint.com のファイル共有サービスで公開されたファイルやページです（Sublime Security のファイル共有サービスの一覧に掲載）');
  });

  it("read a free subdomain host's tenants, not the service's own site (wordpress.com, www.wordpress.com)", async () => {
    const { findings } = checkLinks(await fixture('amazon-claim-links-to-file-hosts-forms-and-builders.eml'), claimsAmazon());
    const hosts = listFindings(findings).map((f) => f.host);
    expect(hosts).toContain('amazon-jp-help.wordpress.com');
    expect(hosts).not.toContain('wordpress.com');
    expect(hosts).not.toContain('www.wordpress.com');
  });

  it('make the mail phishing or suspicious: the pipeline on the fixture', async () => {
    const report = await analyzeMessage(readFileSync(FIXTURES + 'amazon-claim-links-to-file-hosts-forms-and-builders.eml'));
    expect(['phishing', 'suspicious']).toContain(report.verdict);
    expect(report.findings.some((f) => f.code === 'links.free-hosting' && f.severity === 'medium')).toBe(true);
  });

  it('are low, without effect, in mail Amazon really sent, and in mail that does not present itself as Amazon', async () => {
    const msg = await fixture('amazon-claim-links-to-file-hosts-forms-and-builders.eml');
    for (const ctx of [claimsAmazon(authenticated('amazon.co.jp', true)), mentionsAmazon(), doesNotClaimAmazon()]) {
      const found = listFindings(checkLinks(msg, ctx).findings);
      expect(found.length).toBe(11);
      expect(found.every((f) => f.severity === 'low')).toBe(true);
    }
  });

  it("keep a newsletter that does not present itself as Amazon unrelated, and say nothing of its TLD", async () => {
    const { findings } = checkLinks(await fixture('newsletter-links-to-listed-hosts-not-amazon.eml'), mentionsAmazon(authenticated('gardenclub.example.org')));
    expect(listFindings(findings)).toEqual([
      { code: 'links.free-hosting', host: 'www.dropbox.com', list: 'free_file_hosts', severity: 'low' },
      { code: 'links.free-hosting', host: 'forms.gle', list: 'amzcheck', severity: 'low' },
      { code: 'links.url-shortener', host: 'bit.ly', list: 'url_shorteners', severity: 'low' },
    ]);
    const report = await analyzeMessage(readFileSync(FIXTURES + 'newsletter-links-to-listed-hosts-not-amazon.eml'));
    expect(report.verdict).toBe('unrelated');
  });
});

describe('listed hosts behind a redirector', () => {
  it("are judged where the link ends: Bing's click tracker to Apps Script, Amazon's redirect page to a Notion page", () => {
    const bing = `https://www.bing.com/ck/a?!&&p=1f&ptn=3&u=a1${Buffer.from('https://script.google.com/macros/s/AKfycb0/exec').toString('base64url')}&ntb=1`;
    const amazon = 'https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Famazon-jp-help.notion.site%2Fverify';
    const html = `<a href="${bing}">お支払い情報</a> <a href="${amazon}">ヘルプ</a>`;
    return fixture('amazon-claim-link-to-suspicious-tld.eml').then((base) => {
      const { findings } = checkLinks({ ...base, htmlParts: [html], textParts: [] }, claimsAmazon());
      const hosting = findings.filter(ofCode('links.free-hosting'));
      expect(hosting.map((f) => [f.evidence.host, f.evidence.list, f.evidence.unwrappedFrom.length])).toEqual([
        ['script.google.com', 'free_file_hosts', 1],
        ['amazon-jp-help.notion.site', 'free_subdomain_hosts', 1],
      ]);
      expect(findings.filter(ofCode('links.redirect-leaves-amazon')).map((f) => f.evidence.finalUrl)).toEqual(['https://amazon-jp-help.notion.site/verify']);
    });
  });
});

describe('suspicious TLDs', () => {
  it('are the longest listed suffix of the host, and nothing for a bare TLD or an unlisted one', () => {
    expect(suspiciousTldOf('prime-member-gifts.top')).toBe('top');
    expect(suspiciousTldOf('a.b.biz.id')).toBe('biz.id');
    expect(suspiciousTldOf('top')).toBeNull();
    expect(suspiciousTldOf('example.com')).toBeNull();
    expect(suspiciousTldOf('example.co.jp')).toBeNull();
  });

  it('are weaker evidence: low, only in mail that presents itself as Amazon without being authenticated as Amazon', async () => {
    const msg = await fixture('amazon-claim-link-to-suspicious-tld.eml');
    const [f] = checkLinks(msg, claimsAmazon()).findings.filter(ofCode('links.suspicious-tld'));
    expect(f).toMatchObject({ severity: 'low', evidence: { host: 'prime-member-gifts.top', tld: 'top', list: 'suspicious_tlds' } });
    expect(findingMessage(f, 'en')).toContain('whose ending ".top"');
    expect(findingMessage(f, 'ja')).toContain('「.top」で終わるアドレス');
    for (const ctx of [claimsAmazon(authenticated('amazon.com', true)), mentionsAmazon(), doesNotClaimAmazon()]) {
      expect(checkLinks(msg, ctx).findings.map((x) => x.code)).not.toContain('links.suspicious-tld');
    }
    // Authenticated as someone else, the mail still presents itself as Amazon.
    expect(checkLinks(msg, claimsAmazon(authenticated('member-news.example.net'))).findings.map((x) => x.code)).toContain('links.suspicious-tld');
    const report = await analyzeMessage(readFileSync(FIXTURES + 'amazon-claim-link-to-suspicious-tld.eml'));
    const inReport = report.findings.find((x) => x.code === 'links.suspicious-tld');
    expect(inReport?.severity).toBe('low');
    // On its own it makes such a mail suspicious (this one is phishing for its display name anyway).
    expect(effectiveEffect(f, { presentsAsAmazon: true, amazonAuthenticated: false })).toBe('suspicious');
    expect(report.verdict).toBe('phishing');
  });

  it('are not said where something stronger is said about the link', async () => {
    const { findings } = checkLinks(await fixture('proofpoint-and-google-wrapped.eml'), claimsAmazon());
    expect(findings.filter(ofCode('links.credential-link-off-amazon')).map((f) => f.evidence.host)).toContain('jp-pay-check.example.top');
    expect(findings.filter(ofCode('links.suspicious-tld'))).toEqual([]);
  });
});
