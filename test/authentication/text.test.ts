import { describe, expect, test } from 'vitest';
import { authenticationCodes } from '../../src/checks/authentication/codes.js';
import { authenticationText } from '../../src/report/text/authentication.js';

/** Every code's text fed one shared sample (or none): evidence typed as no one code's, on purpose. */
const loose = (e: object): never => e as never;

const SAMPLE = {
  fromDomain: 'amazon.co.jp',
  verifiedBy: 'mx.google.com',
  methods: ['dmarc', 'dkim'],
  method: 'dmarc',
  results: ['dmarc=fail amazon.co.jp'],
  reason: 'no-trusted-results',
  forgedAuthservId: 'mx.google.com',
  domain: 'amazon.co.jp',
  trustedAuthservIds: ['mx.google.com'],
  trustedResults: ['dmarc=fail amazon.co.jp'],
  infrastructure: ['dkim amazonses.com'],
  domains: ['amazon-account-alert.example'],
};

describe('authentication finding text', () => {
  test('every code has English and Japanese title, message and explanation', () => {
    expect(Object.keys(authenticationText).sort()).toEqual(Object.keys(authenticationCodes).sort());
    for (const [code, texts] of Object.entries(authenticationText)) {
      for (const lang of ['en', 'ja'] as const) {
        const t = texts[lang];
        expect(t.title.length, `${code} ${lang}`).toBeGreaterThan(0);
        expect(t.explain.length, `${code} ${lang}`).toBeGreaterThan(20);
        const message = t.message(loose(SAMPLE));
        expect(message, `${code} ${lang}`).not.toMatch(/undefined|null|\[object/);
        if (lang === 'ja') expect(message + t.title, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  test('messages work with empty evidence', () => {
    for (const texts of Object.values(authenticationText)) {
      for (const lang of ['en', 'ja'] as const) expect(() => texts[lang].message(loose({}))).not.toThrow();
    }
  });
});
