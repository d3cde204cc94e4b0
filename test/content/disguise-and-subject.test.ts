/**
 * A disguised brand (issue 20, item 2) and a subject-only claim from another authenticated sender that asks for
 * an action (item 5): findings of their own, the same in the default scan and with --deep.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../src/index.js';
import { askedAction } from '../../src/checks/content/index.js';
import { detectAmazonClaim } from '../../src/identity/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/lures/${name}.eml`, import.meta.url));
const find = (r: { findings: { code: string; evidence: Record<string, unknown> }[] }, code: string) => r.findings.find((f) => f.code === code);

async function both(name: string) {
  const fast = await analyzeMessage(fixture(name), { lang: 'en' });
  const deep = await analyzeMessage(fixture(name), { lang: 'en', deep: true });
  expect(deep.verdict).toBe(fast.verdict);
  return fast;
}

describe('a disguised brand is phishing, with the technique named', () => {
  const cases: [string, string, string][] = [
    ['disguised-en-cyrillic-subject-authenticated-other-sender', 'homoglyph', 'subject'],
    ['disguised-en-small-capitals-subject', 'small-capitals', 'subject'],
    ['disguised-ja-hiragana-sender-name', 'hiragana', 'display-name'],
    ['disguised-de-braille-blank-sender-name', 'blank-characters', 'display-name'],
    ['disguised-fr-greek-prime-sender-name', 'prime-homoglyph', 'display-name'],
  ];
  for (const [name, technique, where] of cases) {
    test(name, async () => {
      const r = await both(name);
      expect(r.verdict).toBe('phishing');
      const f = find(r, 'content.disguised-brand')!;
      expect(f.evidence.technique).toBe(technique);
      expect(f.evidence.where).toContain(where);
    });
  }

  test('the claim detector names the new disguises, and plain or near names stay plain', () => {
    const techniques = (s: string) => detectAmazonClaim({ fromName: [s], addresses: [], subject: '' }).claims.map((c) => c.technique);
    expect(techniques('亜馬遜')).toEqual(['chinese-name']);
    expect(techniques('ᴀᴍᴀᴢᴏɴ')).toEqual(['small-capitals']);
    expect(techniques('A\u2800m\u2800a\u2800z\u2800o\u2800n')).toContain('blank-characters');
    expect(techniques('\u03a1rime Support')).toEqual(['prime-homoglyph']);
    expect(techniques('Amazon')).toEqual(['name']);
    expect(techniques('Prime Therapeutics')).toEqual([]);
    expect(techniques('Amazonas Reisen')).toEqual([]);
  });
});

describe('a subject-only Amazon claim from another authenticated sender that asks for an action', () => {
  test('en: "Amazon Prime" in the subject, "check your card" in the text: phishing', async () => {
    const r = await both('subject-claim-en-amazon-prime-authenticated-other-sender');
    expect(r.verdict).toBe('phishing');
    const f = find(r, 'content.subject-claim-other-sender')!;
    expect(f.evidence.authenticatedDomain).toBe('events-mail.example');
    expect(f.evidence.action).toBe('check your card');
  });

  test('ja: 【Amazon】 in the subject, お支払い方法の情報を更新: phishing', async () => {
    const r = await both('subject-claim-ja-amazon-account-authenticated-other-sender');
    expect(r.verdict).toBe('phishing');
    expect(find(r, 'content.subject-claim-other-sender')).toBeDefined();
  });

  test('es: only the Prime subscription named in the subject: suspicious', async () => {
    const r = await both('subject-claim-es-prime-subscription-suspicious');
    expect(r.verdict).toBe('suspicious');
    expect(find(r, 'content.subject-claim-other-sender')!.evidence.technique).toBe('prime-product');
  });

  test('a newsletter whose subject says "out on Amazon" does not make Amazon the actor: no finding', async () => {
    const r = await both('newsletter-new-on-amazon-subject-not-a-claim');
    expect(find(r, 'content.subject-claim-other-sender')).toBeUndefined();
    expect(['unrelated', 'unverified']).toContain(r.verdict);
  });

  // On the benchmark mailbox, digests whose subject names "prime video" or "prime account" among other words and
  // whose body says "confirm your" were called suspicious: such a weak Prime word must ask in the subject itself.
  test('a digest with "prime video" in its subject and "confirm your" in its body is no subject claim: no finding', async () => {
    const r = await both('digest-prime-video-subject-confirm-in-body-not-a-claim');
    expect(find(r, 'content.subject-claim-other-sender')).toBeUndefined();
    expect(r.verdict).toBe('unrelated');
  });

  test('actions are the ones a lure asks for, not the clicks of every newsletter', () => {
    expect(askedAction('Please sign in to your account')).toBe('sign in to');
    expect(askedAction('お支払い方法の情報を更新してください')).not.toBeNull();
    expect(askedAction('Click here to see the deals. Shop now!')).toBeNull();
  });
});
