/**
 * Real mail from shared/corpus (not ours, never copied into fixtures): the security-mail classification must
 * name honestly what these are. Skipped where ../shared/corpus is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyMail } from '../../src/checks/security-code/index.js';
import { loadPath } from './helpers.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

async function classify(rel: string) {
  const [msg] = await loadPath(join(CORPUS, rel));
  return classifyMail(msg);
}

describe.skipIf(!existsSync(CORPUS))('shared/corpus: security mails and their imitations', () => {
  test('a spoofed JP "サインインが検出されました" alert imitates a new sign-in notice', async () => {
    const c = await classify('amazon-phish/nvdimm-0d693e1e.eml');
    expect(c.kind).toBe('sign-in-alert');
    expect(c.security?.type).toBe('new-sign-in');
    expect(c.security?.language).toBe('ja');
  });

  test('the same alert with no subject is still recognised from its body', async () => {
    const c = await classify('amazon-phish/osst-30e51d4d.eml');
    expect(c.security?.type).toBe('new-sign-in');
  });

  test('「アクションが必要です: アカウントデータアクセスの試行」 imitates a sign-in approval request', async () => {
    const c = await classify('amazon-phish/v9fs-7394d9f8.eml');
    expect(c.security?.type).toBe('sign-in-approval');
  });

  test('the "security code" of a suspension lure (sample-2201) does not make it a code mail', async () => {
    const c = await classify('amazon-phish/pp-sample-2201.eml');
    expect(c.security).toBeNull();
    expect(c.kind).toBe('account');
  });

  for (const sample of ['6350', '6645', '6959', '7061']) {
    test(`the "Amazon Visa" Sicherheits-PIN lure sample-${sample} is a card-account lure, not a code mail`, async () => {
      const c = await classify(`amazon-phish/pp-sample-${sample}.eml`);
      expect(c.security).toBeNull();
      expect(c.kind).toBe('account');
      expect(c.language).toBe('de');
    });
  }

  test('the genuine Amazon order confirmation is an order from the US marketplace', async () => {
    const c = await classify('amazon-legit/etl-amazon-order-faucet.eml');
    expect(c.kind).toBe('order');
    expect(c.security).toBeNull();
    expect(c.marketplace).toBe('US');
  });

  test('non-Amazon sign-in alerts (Microsoft, Facebook) are not Amazon security mails', async () => {
    for (const f of ['other-phish/pp-sample-10.eml', 'other-phish/pp-sample-1665.eml']) {
      expect((await classify(f)).security, f).toBeNull();
    }
  });

  test('no corpus mail yields an extracted code: none of them is a real Amazon code mail', async () => {
    const found: string[] = [];
    for (const dir of ['amazon-phish', 'amazon-legit', 'uncertain', 'other-phish', 'other-ham']) {
      const { readdirSync } = await import('node:fs');
      for (const f of readdirSync(join(CORPUS, dir))) {
        const c = await classify(`${dir}/${f}`);
        if (c.security?.code) found.push(`${dir}/${f}`);
      }
    }
    expect(found).toEqual([]);
  });
});
