/**
 * The mailbox verdict (src/verdict/mailbox.ts) decides in data: a status, the headline as typed items (ids and
 * numbers, no sentences) and extra steps. The words are src/report/'s (test/report/headline.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { overallStatus } from '../../src/verdict/mailbox.js';
import { VERDICTS, type Verdict } from '../../src/verdict/types.js';
import { finding, type Finding } from '../../src/findings.js';
import type { SecurityMailEntry } from '../../src/mailbox/bursts.js';

const counts = (over: Partial<Record<Verdict, number>> = {}) =>
  ({ ...Object.fromEntries(VERDICTS.map((v) => [v, 0])), ...over }) as Record<Verdict, number>;

const burst = (code: 'mailbox.burst-address-known' | 'mailbox.burst-password-known' | 'mailbox.burst-phishing', count: number): Finding =>
  finding(code, {
    recipient: 'hanako@example.jp',
    types: ['password-reset'],
    start: '2026-11-23T01:02:00.000Z',
    end: '2026-11-23T01:14:00.000Z',
    count,
    genuine: code === 'mailbox.burst-phishing' ? 0 : count,
    fake: code === 'mailbox.burst-phishing' ? count : 0,
    marketplaces: ['amazon.co.jp'],
    languages: ['ja'],
  });

const entry = (type: string, genuine: boolean): SecurityMailEntry =>
  ({
    location: { file: 'x.mbox', index: 1, offset: 0 },
    recipient: null,
    date: null,
    type,
    genuine,
    verdict: genuine ? 'genuine' : 'phishing',
    language: 'en',
    marketplace: null,
  }) as SecurityMailEntry;

describe('the mailbox verdict', () => {
  test('nothing found: status ok and a clean headline', () => {
    const r = overallStatus({ byVerdict: counts({ genuine: 3, unrelated: 9 }), mailboxFindings: [], securityEntries: [] });
    expect(r).toEqual({ status: 'ok', headline: [{ kind: 'clean' }], extraSteps: [] });
  });

  test('phishing and suspicious mail: danger, said as counts', () => {
    const r = overallStatus({ byVerdict: counts({ phishing: 2, suspicious: 1, unverified: 4 }), mailboxFindings: [], securityEntries: [] });
    expect(r.status).toBe('danger');
    expect(r.headline).toEqual([
      { kind: 'phishing', mails: 2 },
      { kind: 'suspicious', mails: 1 },
    ]);
  });

  test('genuine sign-in codes: the password is known, said first, with the steps that follow', () => {
    const r = overallStatus({
      byVerdict: counts({ phishing: 1, genuine: 2 }),
      mailboxFindings: [],
      securityEntries: [entry('sign-in-code', true), entry('new-sign-in', true), entry('sign-in-code', false)],
    });
    expect(r.status).toBe('danger');
    expect(r.headline).toEqual([
      { kind: 'password-known', mails: 2 },
      { kind: 'phishing', mails: 1 },
    ]);
    expect(r.extraSteps).toEqual(['change-password', 'enable-2sv', 'sign-out-devices']);
  });

  test('the strongest mailbox finding is carried as the finding itself, never as a sentence', () => {
    const weak = finding('mailbox.undated-security-mails', { count: 1 });
    const phish = burst('mailbox.burst-phishing', 4);
    const known = burst('mailbox.burst-address-known', 6);
    const r = overallStatus({ byVerdict: counts({ unverified: 1 }), mailboxFindings: [weak, known, phish], securityEntries: [] });
    expect(phish.severity).toBe('high');
    expect(r.headline).toEqual([
      { kind: 'mailbox-finding', finding: phish },
      { kind: 'unverified', mails: 1 },
    ]);
    expect(r.status).toBe('danger');
  });

  test('only unreadable messages: incomplete, never clean, and the errors are the headline', () => {
    const r = overallStatus({ byVerdict: counts({ error: 3 }), mailboxFindings: [], securityEntries: [] });
    expect(r).toEqual({ status: 'incomplete', headline: [{ kind: 'unread', inputs: 0, mails: 3 }], extraSteps: [] });
  });

  test('an input that could not be read and nothing else: incomplete, said first, not clean', () => {
    const r = overallStatus({ byVerdict: counts({}), unreadInputs: 1, mailboxFindings: [], securityEntries: [] });
    expect(r).toEqual({ status: 'incomplete', headline: [{ kind: 'unread', inputs: 1, mails: 0 }], extraSteps: [] });
  });

  test('an unreadable input beside clean mail: incomplete, what was not read first, then that the rest is clean', () => {
    const r = overallStatus({ byVerdict: counts({ genuine: 2, unrelated: 5 }), unreadInputs: 2, mailboxFindings: [], securityEntries: [] });
    expect(r.status).toBe('incomplete');
    expect(r.headline).toEqual([{ kind: 'unread', inputs: 2, mails: 0 }, { kind: 'clean' }]);
  });

  test('an unreadable input beside phishing: danger, what was not read first, the phishing still in the headline', () => {
    const r = overallStatus({ byVerdict: counts({ phishing: 1, suspicious: 2, unrelated: 5 }), unreadInputs: 1, mailboxFindings: [], securityEntries: [] });
    expect(r.status).toBe('danger');
    expect(r.headline).toEqual([
      { kind: 'unread', inputs: 1, mails: 0 },
      { kind: 'phishing', mails: 1 },
      { kind: 'suspicious', mails: 2 },
    ]);
  });

  test('everything read but no message in it (only deleted messages): incomplete, nothing checked', () => {
    const r = overallStatus({ byVerdict: counts({}), unreadInputs: 0, mailboxFindings: [], securityEntries: [] });
    expect(r).toEqual({ status: 'incomplete', headline: [{ kind: 'nothing-checked' }], extraSteps: [] });
  });
});
