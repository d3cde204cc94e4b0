/** The verdict rule of docs/verdicts.md, one behaviour per test. */
import { describe, expect, test } from 'vitest';
import { decideVerdict } from '../../src/verdict/index.js';
import { messageRemediation, mailboxRemediation } from '../../src/verdict/remediation.js';
import { FINDING_CODES, type Finding, type FindingCode, type Severity } from '../../src/findings.js';

/** The verdict reads codes and severities only: a finding of that code whose evidence does not matter here. */
const coded = (code: FindingCode, severity?: Severity): Finding =>
  ({ code, severity: severity ?? FINDING_CODES[code], evidence: {} }) as Finding;

const base = { amazonRelated: true, presentsAsAmazon: true, amazonAuthenticated: false };
const decide = (findings: Finding[], over: Partial<typeof base> = {}) => decideVerdict({ ...base, ...over, findings });

describe('message verdict', () => {
  test('an Amazon From domain failing DMARC at a trusted receiver is phishing, whatever else is there', () => {
    const r = decide([coded('auth.amazon-dmarc-fail'), coded('links.url-shortener')]);
    expect(r.verdict).toBe('phishing');
    expect(r.reasons[0]).toBe('auth.amazon-dmarc-fail');
  });

  test('a credential link leaving Amazon is phishing in a mail that presents itself as Amazon', () => {
    expect(decide([coded('links.credential-link-off-amazon')]).verdict).toBe('phishing');
  });

  test('the same link in a mail that only mentions Amazon is a red flag, not proof', () => {
    expect(decide([coded('links.credential-link-off-amazon', 'medium')], { presentsAsAmazon: false }).verdict).toBe('suspicious');
  });

  test('a low-severity finding does not count in a mail that only mentions Amazon', () => {
    expect(decide([coded('links.credential-link-off-amazon', 'low')], { presentsAsAmazon: false }).verdict).toBe('unrelated');
  });

  test('a low-severity link in mail Amazon really sent does not make it suspicious', () => {
    const r = decide([coded('auth.amazon-authenticated'), coded('links.free-hosting', 'low')], { amazonAuthenticated: true });
    expect(r).toEqual({ verdict: 'genuine', reasons: ['auth.amazon-authenticated'] });
  });

  test('a lookalike link stays a red flag even in authenticated Amazon mail', () => {
    const r = decide([coded('auth.amazon-authenticated'), coded('links.lookalike-host', 'high')], { amazonAuthenticated: true });
    expect(r.verdict).toBe('phishing');
  });

  test('information never decides a verdict', () => {
    expect(decide([coded('links.credential-link-off-amazon', 'info')]).verdict).toBe('unverified');
  });

  test('presents as Amazon, no red flag, no trusted authentication: unverified', () => {
    expect(decide([coded('auth.no-trusted-results')]).verdict).toBe('unverified');
  });

  test('a newsletter that merely links to amazon.com is unrelated', () => {
    expect(decide([], { presentsAsAmazon: false }).verdict).toBe('unrelated');
  });

  test('the reasons are the findings that decided the verdict, strongest first', () => {
    const r = decide([coded('links.url-shortener'), coded('sender.display-name-impersonation'), coded('auth.forged-results')]);
    expect(r.reasons).toEqual(['sender.display-name-impersonation', 'auth.forged-results']);
    const s = decide([coded('links.url-shortener'), coded('sender.reply-to-elsewhere')]);
    expect(s).toEqual({ verdict: 'suspicious', reasons: ['links.url-shortener', 'sender.reply-to-elsewhere'] });
  });
});

describe('remediation', () => {
  test('Message Center is never offered for sign-in and code mails (it does not show them)', () => {
    const steps = messageRemediation({ verdict: 'suspicious', kind: 'security-code', securityType: 'sign-in-code', findings: [coded('content.amazon-lure')], japanese: false });
    expect(steps).not.toContain('message-center');
    const order = messageRemediation({ verdict: 'suspicious', kind: 'order', securityType: null, findings: [], japanese: false });
    expect(order).toContain('message-center');
  });

  test('no step contradicts the verdict, whatever the findings ask for', () => {
    const findings = [coded('auth.amazon-authenticated'), coded('auth.no-trusted-results'), coded('content.amazon-lure')];
    const phishing = messageRemediation({ verdict: 'phishing', kind: 'order', securityType: null, findings, japanese: false });
    expect(phishing).toContain('dont-click');
    expect(phishing).not.toContain('treat-as-unverified');
    expect(phishing).not.toContain('genuine-no-action');
    expect(phishing).not.toContain('message-center');
    const suspicious = messageRemediation({ verdict: 'suspicious', kind: 'order', securityType: null, findings, japanese: false });
    expect(suspicious).not.toContain('genuine-no-action');
    expect(suspicious).not.toContain('treat-as-unverified');
    expect(suspicious).toContain('message-center');
    const unverified = messageRemediation({ verdict: 'unverified', kind: 'order', securityType: null, findings, japanese: false });
    expect(unverified).toContain('treat-as-unverified');
    expect(unverified).not.toContain('genuine-no-action');
  });

  test('a genuine sign-in code means the password is known: change it first', () => {
    const steps = messageRemediation({ verdict: 'genuine', kind: 'security-code', securityType: 'sign-in-code', findings: [], japanese: false });
    expect(steps[0]).toBe('change-password');
    expect(steps).toContain('enable-2sv');
  });

  test('a genuine password-reset code means only the address is known: no password change demanded', () => {
    const steps = messageRemediation({ verdict: 'genuine', kind: 'security-code', securityType: 'password-reset', findings: [], japanese: false });
    expect(steps[0]).toBe('reset-codes-mean-address-known');
    expect(steps).not.toContain('change-password');
  });

  test('the Japanese reporting channel is offered only for Japanese mail', () => {
    const args = { verdict: 'phishing' as const, kind: 'payment' as const, securityType: null, findings: [] };
    expect(messageRemediation({ ...args, japanese: true })).toContain('report-antiphishing-jp');
    expect(messageRemediation({ ...args, japanese: false })).not.toContain('report-antiphishing-jp');
  });

  test('the mailbox list gives every situation its first steps before the rest, and stays short', () => {
    const steps = mailboxRemediation([
      ['dont-click', 'if-you-entered-details', 'report-amazon', 'report-antiphishing-jp', 'check-yourself'],
      ['reset-codes-mean-address-known', 'dont-share-codes', 'alias-email'],
    ]);
    expect(steps.slice(0, 6)).toEqual(['dont-click', 'if-you-entered-details', 'report-amazon', 'reset-codes-mean-address-known', 'dont-share-codes', 'alias-email']);
    expect(steps.length).toBeLessThanOrEqual(10);
    expect(mailboxRemediation([['genuine-no-action', 'treat-as-unverified']])).toEqual([]);
  });
});
