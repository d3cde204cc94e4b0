import { describe, expect, test } from 'vitest';
import { securityCodeCodes } from '../../src/checks/security-code/codes.js';
import { mailboxCodes } from '../../src/mailbox/codes.js';
import { securityCodeText } from '../../src/report/text/security-code.js';
import { mailboxText } from '../../src/report/text/mailbox.js';
import type { Evidence } from '../../src/findings.js';
import type { Lang } from '../../src/report/text/types.js';

/** Every code's text fed one shared sample (or none): evidence typed as no one code's, on purpose. */
const loose = (e: object): never => e as never;
type LooseText = { title: string; explain: string; message: (e: never) => string };

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const sample: Evidence = {
  type: 'password-reset',
  types: ['password-reset', 'sign-in-code'],
  language: 'fr',
  languages: ['fr'],
  marketplace: 'FR',
  marketplaces: ['FR'],
  usualMarketplaces: ['JP'],
  usualLanguages: ['ja'],
  codeMasked: '48••••',
  matched: 'パスワードアシスタンス',
  recipient: 'hanako.yamada@gmail.com',
  start: '2025-06-15T13:50:00.000Z',
  end: '2025-06-15T14:02:00.000Z',
  count: 6,
  genuine: 4,
  fake: 2,
};

const TABLES: [string, readonly string[], Readonly<Record<string, Readonly<Record<Lang, LooseText>>>>][] = [
  ['security-code', Object.keys(securityCodeCodes), securityCodeText],
  ['mailbox', Object.keys(mailboxCodes), mailboxText],
];

describe.each(TABLES)('%s text', (_name, codes, texts) => {
  for (const code of codes) {
    test(`${code} has English and Japanese title, message and explanation`, () => {
      const t = texts[code];
      for (const lang of ['en', 'ja'] as const) {
        expect(t[lang].title.length).toBeGreaterThan(5);
        expect(t[lang].explain.length).toBeGreaterThan(40);
        expect(t[lang].message(loose(sample)).length).toBeGreaterThan(20);
      }
      expect(t.ja.title + t.ja.message(loose(sample)) + t.ja.explain).toMatch(JAPANESE);
    });

    test(`${code} copes with evidence that lacks optional facts`, () => {
      for (const lang of ['en', 'ja'] as const) {
        expect(texts[code][lang].message(loose({}))).not.toMatch(/undefined|null|\[object/);
      }
    });
  }
});

test('meaning texts say what the code reveals: the address for resets, the password for sign-in codes', () => {
  expect(securityCodeText['security-code.password-reset'].en.message(loose(sample))).toMatch(/not your password/);
  expect(securityCodeText['security-code.password-reset'].ja.message(loose(sample))).toMatch(/パスワードは必要ありません/);
  expect(securityCodeText['security-code.sign-in-code'].en.message(loose(sample))).toMatch(/knows your password/);
  expect(securityCodeText['security-code.sign-in-code'].ja.message(loose(sample))).toMatch(/パスワードを知っています/);
});
