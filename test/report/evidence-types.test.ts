/**
 * Evidence is typed per finding code (src/checks/<concern>/codes.ts, joined in src/findings.ts): a check can only
 * write the keys its code declares, a text can only read them. The `@ts-expect-error` lines are checked by
 * `tsc -p tsconfig.json` (which includes test/): each must be an error, or the type check fails.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import { finding, ofCode, withEvidence, type EvidenceByCode, type Finding } from '../../src/findings.js';
import { CODE_TEXT, findingMessage, str, type CodeTexts } from '../../src/report/text/index.js';

const freeMail = { address: 'amazon.jp.support@gmail.com', provider: 'Gmail' };
const link = {
  url: 'https://bit.ly/x',
  finalUrl: 'https://bit.ly/x',
  host: 'bit.ly',
  where: 'html',
  element: 'a',
  text: 'Sign in',
  context: '',
  imageOnly: false,
  purpose: 'sign-in',
  unwrappedFrom: [],
};
const shortener = { ...link, service: 'bit.ly', list: 'url_shorteners' };

describe('evidence typed per finding code', () => {
  test('finding() accepts exactly the keys of its code', () => {
    expect(finding('sender.free-mail', freeMail).evidence).toEqual(freeMail);
    // @ts-expect-error a misspelt key: sender.free-mail has `provider`
    finding('sender.free-mail', { address: 'a@gmail.com', providr: 'Gmail' });
    // @ts-expect-error a key of the code is missing
    finding('sender.free-mail', { address: 'a@gmail.com' });
    // @ts-expect-error a key of another code (links.url-shortener has `host`, not `domain`)
    finding('links.url-shortener', { ...shortener, domain: 'bit.ly' });
    // @ts-expect-error a value of the wrong type
    finding('mailbox.undated-security-mails', { count: '2' });
  });

  test('Finding is a union discriminated by its code', () => {
    const all: Finding[] = [finding('sender.free-mail', freeMail)];
    const f = all[0];
    // @ts-expect-error before narrowing, `provider` is not a key of every finding
    void f.evidence.provider;
    if (f.code === 'sender.free-mail') expectTypeOf(f.evidence.provider).toEqualTypeOf<string>();
    const [s] = all.filter(ofCode('sender.free-mail'));
    expect(s.evidence.provider).toBe('Gmail');
    expectTypeOf(s.evidence).toEqualTypeOf<EvidenceByCode['sender.free-mail']>();
  });

  test("a code's text reads the code's evidence, and nothing else", () => {
    expectTypeOf(CODE_TEXT['sender.free-mail'].en.message).parameter(0).toEqualTypeOf<EvidenceByCode['sender.free-mail']>();
    const words = (message: string) => ({ title: 't', explain: 'x', message });
    const texts: CodeTexts<'sender.free-mail'> = {
      'sender.free-mail': {
        en: { ...words(''), message: (e) => `from ${e.address}, a ${e.provider} account` },
        // @ts-expect-error `providr` is not a key of sender.free-mail: renaming a key fails here, it cannot print ""
        ja: { ...words(''), message: (e) => `${str(e.providr)}` },
      },
    };
    expect(texts['sender.free-mail'].en.message(freeMail)).toBe('from amazon.jp.support@gmail.com, a Gmail account');
    expect(findingMessage(finding('sender.free-mail', freeMail), 'en')).toContain('a free Gmail account');
  });

  test('keys added after the check are declared by the code: forwarded senders, counted links', () => {
    const forwarded = withEvidence(finding('sender.free-mail', freeMail), { forwarded: true });
    expect(forwarded.evidence).toEqual({ ...freeMail, forwarded: true });
    const counted = withEvidence(finding('links.url-shortener', shortener), { occurrences: 3 });
    expect(counted.evidence.occurrences).toBe(3);
    // @ts-expect-error link findings are never marked forwarded
    withEvidence(finding('links.url-shortener', shortener), { forwarded: true });
    // @ts-expect-error the security-code evidence has no counts
    withEvidence(finding('security-code.unusual-language', { type: 'sign-in-code', language: 'de', usualLanguages: ['ja'] }), { occurrences: 2 });
  });
});
