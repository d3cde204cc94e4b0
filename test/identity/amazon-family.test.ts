/**
 * The Amazon family (src/amazon/family.ts): authenticated mail from an Amazon-owned service is genuine and the
 * report names the service; AWS's rented zones count only as their exact sender hosts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import {
  AMAZON_FAMILY,
  amazonServiceOf,
  isAmazonDomain,
  isRentableAmazonInfrastructure,
  registrableDomain,
} from '../../src/amazon/index.js';

const DIR = new URL('../../fixtures/family/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, DIR));
const genuineFixtures = readdirSync(DIR).filter((f) => f.startsWith('gmail-dmarc-pass-'));

describe('the family data', () => {
  test('every service has a source in docs/sources.md and whole registrable domains that nobody can rent', () => {
    for (const s of AMAZON_FAMILY) {
      expect(s.source, s.id).toContain('docs/sources.md#the-amazon-family');
      for (const d of s.domains) {
        expect(registrableDomain(d), d).toBe(d);
        expect(isRentableAmazonInfrastructure(d), d).toBe(false);
        expect(amazonServiceOf('www.' + d)?.id, d).toBe(s.id);
      }
    }
  });

  test('of the rented AWS zones only the exact sender hosts are Amazon', () => {
    expect(isAmazonDomain('login.awsapps.com')).toBe(true);
    expect(isRentableAmazonInfrastructure('login.awsapps.com')).toBe(false);
    for (const tenant of ['acme.awsapps.com', 'awsapps.com', 'login.awsapps.com.evil.example', 'x.login.awsapps.com', 'bucket.s3.amazonaws.com']) {
      expect(isAmazonDomain(tenant), tenant).toBe(false);
    }
    expect(isAmazonDomain('signin.aws')).toBe(true);
    expect(isAmazonDomain('aws.amazon.com')).toBe(true);
  });

  test('near names are not the family', () => {
    for (const host of ['audible.example', 'myaudible.com', 'ring.com.evil.example', 'twitch-tv.example', 'imdb.co']) {
      expect(amazonServiceOf(host), host).toBeNull();
    }
  });
});

describe('authenticated mail from the family is genuine and names the service', () => {
  test('there is a fixture for every service', () => {
    const covered = new Set(genuineFixtures.map((f) => AMAZON_FAMILY.find((s) => f.startsWith(`gmail-dmarc-pass-${s.id}-`))?.id));
    expect([...covered].sort()).toEqual(AMAZON_FAMILY.map((s) => s.id).sort());
  });

  for (const name of genuineFixtures) {
    test(name, async () => {
      const service = AMAZON_FAMILY.find((s) => name.startsWith(`gmail-dmarc-pass-${s.id}-`))!;
      const en = await analyzeMessage(fixture(name), { lang: 'en' });
      expect(en.verdict).toBe('genuine');
      const ja = await analyzeMessage(fixture(name), { lang: 'ja' });
      expect(ja.verdict).toBe('genuine');
      const message = (r: typeof en) => r.findings.find((f) => f.code === 'auth.amazon-authenticated')!.message;
      // aws.amazon.com is amazon.com itself: Amazon's own wording.
      if (amazonServiceOf(en.authentication!.fromDomain!)) {
        expect(message(en)).toContain(`${service.name}, part of Amazon`);
        expect(message(ja)).toContain(`Amazon グループの ${service.name}`);
      } else {
        expect(message(en)).toContain("is Amazon's");
      }
    });
  }
});

describe('the rented AWS zones', () => {
  test('a tenant signature under a forged login.awsapps.com From is not Amazon, even with dmarc=pass', async () => {
    const r = await analyzeMessage(fixture('awsapps-tenant-signature-posing-as-login-awsapps-com.eml'), { lang: 'en' });
    expect(r.verdict).toBe('phishing');
    expect(r.authentication?.amazonAuthenticated).toBe(false);
  });

  test("a WorkMail tenant's own mail is not Amazon mail", async () => {
    const r = await analyzeMessage(fixture('awsapps-tenant-workmail-user-is-not-amazon.eml'), { lang: 'en' });
    expect(r.verdict).toBe('unrelated');
  });
});

describe('look-alikes of the family', () => {
  test('a sender domain that spells Audible with a digit for a letter is a look-alike, and the mail phishing', async () => {
    const r = await analyzeMessage(fixture('audible-lookalike-sender-digit-for-letter.eml'), { lang: 'en' });
    expect(r.verdict).toBe('phishing');
    const lookalike = r.findings.find((f) => f.code === 'sender.lookalike-domain');
    expect(lookalike?.evidence).toMatchObject({ host: 'audib1e.com', imitates: 'audible.com', technique: 'homoglyph' });
  });
});
