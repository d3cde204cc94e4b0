/**
 * Forwards in every common client layout (fixtures/forwards/): the forwarded block is found, the original's
 * claims are read as the original's, and the forwarder's own authentication says who sent the forward.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import { findForwardedOriginal } from '../../src/message/forwarded.js';

const DIR = new URL('../../fixtures/forwards/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, DIR));
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

/** Each layout of a genuine-looking Amazon mail, with the original sender its block names. */
const LAYOUTS: readonly [file: string, originalFrom: string][] = [
  ['gmail-forward-of-amazon-co-jp-shipment.eml', 'shipment-tracking@amazon.co.jp'],
  ['outlook-forward-from-sent-of-amazon-com-order.eml', 'auto-confirm@amazon.com'],
  ['outlook-original-message-of-amazon-com-order.eml', 'auto-confirm@amazon.com'],
  ['outlook-ja-moto-no-message-amazon-co-jp-shipment.eml', 'shipment-tracking@amazon.co.jp'],
  ['apple-mail-begin-forwarded-quoted-amazon-com-order.eml', 'auto-confirm@amazon.com'],
  ['thunderbird-forwarded-message-subject-first-amazon-com-order.eml', 'auto-confirm@amazon.com'],
  ['thunderbird-ja-tensou-message-amazon-co-jp-shipment.eml', 'shipment-tracking@amazon.co.jp'],
  ['notes-forwarded-by-amazon-com-order.eml', 'auto-confirm@amazon.com'],
];

describe('forward layouts of a genuine-looking Amazon mail', () => {
  test('every fixture of the folder is listed here', () => {
    const listed = new Set([...LAYOUTS.map(([f]) => f), 'apple-mail-forward-of-lookalike-amazon-phish.eml']);
    expect(readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort()).toEqual([...listed].sort());
  });

  for (const [file, originalFrom] of LAYOUTS) {
    test(file, async () => {
      for (const deep of [false, true]) {
        const r = await analyzeMessage(fixture(file), { lang: 'en', deep });
        // The forwarder (authenticated gmail.com) is not posing as Amazon, and the original cannot be verified.
        expect(r.verdict).toBe('unverified');
        expect(r.reasons[0]).toBe('content.forwarded-original');
        expect(codes(r)).not.toContain('sender.free-mail');
        expect(codes(r)).not.toContain('content.amazon-lure');
        expect(codes(r)).not.toContain('sender.amazon-address-unauthenticated');
        expect(r.authentication?.authenticatedFromDomain).toBe('gmail.com');
        const block = r.findings.find((f) => f.code === 'content.forwarded-original')!;
        expect(String(block.evidence.from)).toContain(originalFrom);
      }
    });
  }

  test('a forwarded phish (Apple Mail, quoted block) is judged by its original sender', async () => {
    const r = await analyzeMessage(fixture('apple-mail-forward-of-lookalike-amazon-phish.eml'), { lang: 'en' });
    expect(r.verdict).toBe('phishing');
    expect(codes(r)).toContain('sender.lookalike-domain');
    expect(r.findings.find((f) => f.code === 'sender.lookalike-domain')!.evidence.forwarded).toBe(true);
  });
});

describe('the forwarded block', () => {
  test('Thunderbird writes Subject before From, with a tab after each label', () => {
    const text = '-------- Forwarded Message --------\nSubject: \tHello\nDate: \tMon\nFrom: \tAmazon <a@amazon.com>\nTo: \tb@example.com\n';
    expect(findForwardedOriginal('Fwd: Hello', text)).toMatchObject({ subject: 'Hello', from: [{ address: 'a@amazon.com' }] });
  });

  test('a Subject above the From counts only inside the same header block', () => {
    const text = 'Subject: Hello\nsome words\nFrom: Amazon <a@amazon.com>\n';
    expect(findForwardedOriginal('Fwd: x', text)).toBeNull();
  });

  test('quote markers in front of the block are read through, nested ones too', () => {
    const text = 'Begin forwarded message:\n\n> > From: Amazon <a@amazon.com>\n> > Subject: Hi\n';
    expect(findForwardedOriginal('x', text)?.from[0]?.address).toBe('a@amazon.com');
  });

  test('a quoted reply that is no forward stays no forward', () => {
    expect(findForwardedOriginal('Re: order', '> From: Amazon <a@amazon.com>\n> Subject: Hi\n')).toBeNull();
  });

  test('Japanese Apple Mail and Notes markers', () => {
    expect(findForwardedOriginal('x', '転送されたメッセージ:\n\n差出人: A <a@amazon.co.jp>\n件名: 確認\n')?.subject).toBe('確認');
    expect(findForwardedOriginal('x', '----- Forwarded by T/Tokyo on 2026/11/23 -----\nFrom: A <a@amazon.com>\nSubject: S\n')?.subject).toBe('S');
  });
});
