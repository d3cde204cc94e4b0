/**
 * Mail attached to mail (issue 21, item 4): each attached message is judged as a message of its own, its entry
 * sits under its carrier (`attachedMessages`, with `attachedAs`), and the carrier is at least what it carries.
 * Every case is scanned by default and with --deep, which must agree (the first pass reads attached mail).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan, formatHuman, formatSarif } from '../../src/index.js';
import type { MessageReport } from '../../src/report/model.js';
import { findAttachedMessages, looksLikeMail } from '../../src/message/attached.js';
import { parseHeaders } from '../../src/message/index.js';
import { firstPassSelects } from '../../src/pipeline/prefilter.js';
import { MAX_ATTACHED_DEPTH, MAX_ATTACHED_MESSAGES } from '../../src/message/limits.js';

const DIR = fileURLToPath(new URL('../../fixtures/payloads/attached/', import.meta.url));
const CRLF = '\r\n';

/** The entries of the given files, default and --deep; the verdicts (attached ones too) must be equal. */
async function scanBoth(paths: string[]): Promise<{ fast: MessageReport[]; deep: MessageReport[] }> {
  const [fast, deep] = await Promise.all([scan(paths, { lang: 'en' }), scan(paths, { deep: true, lang: 'en' })]);
  expect(fast.messages.map((m) => m.verdict)).toEqual(deep.messages.map((m) => m.verdict));
  return { fast: fast.messages, deep: deep.messages };
}

async function fixture(name: string): Promise<{ fast: MessageReport; deep: MessageReport }> {
  const { fast, deep } = await scanBoth([join(DIR, name)]);
  return { fast: fast[0]!, deep: deep[0]! };
}

function codes(m: MessageReport): string[] {
  return m.findings.map((f) => f.code);
}

/** A file of the test's own, for mail built here. */
function tempMail(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'amzcheck-attached-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const PHISH = [
  'From: "Amazon" <account-update@secure-verify.example>',
  'To: a@example.net',
  'Subject: Your account is on hold',
  'Date: Mon, 23 Nov 2026 09:00:00 +0000',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Sign in to verify your account: https://secure-verify.example/ap/signin',
].join(CRLF);

const INNOCENT = ['From: Jiro <jiro@example.org>', 'To: a@example.net', 'Subject: lunch', 'Date: Mon, 23 Nov 2026 09:00:00 +0000', '', 'Noon at the usual place?'].join(CRLF);

/** A carrier from an ordinary sender with each given mail attached as message/rfc822 (7bit). */
function carrierOf(attached: string[], boundary = 'b0'): string {
  const lines = ['From: Taro <taro@example.net>', 'To: hanako@example.jp', 'Subject: see attached', 'Date: Tue, 24 Nov 2026 09:00:00 +0000', 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, ''];
  lines.push(`--${boundary}`, 'Content-Type: text/plain', '', 'See the attached mail.');
  attached.forEach((m, i) => lines.push(`--${boundary}`, `Content-Type: message/rfc822; name="m${i + 1}.eml"`, 'Content-Disposition: attachment', '', m));
  lines.push(`--${boundary}--`, '');
  return lines.join(CRLF);
}

describe('an attached Amazon phish in an innocent carrier', () => {
  it('English, message/rfc822: the attached mail is phishing, and so is the carrier, linked to it', async () => {
    const { fast, deep } = await fixture('amazon-phish-en-attached-to-innocent-forward.eml');
    for (const m of [fast, deep]) {
      expect(m.verdict).toBe('phishing');
      expect(m.reasons[0]).toBe('attachment.attached-phishing');
      const [a] = m.attachedMessages ?? [];
      expect(a?.attachedAs).toEqual({ part: '2', name: 'Action required.eml', contentType: 'message/rfc822' });
      expect(a?.verdict).toBe('phishing');
      expect(a?.subject).toBe('Action required: your account is on hold');
      expect(codes(a!)).toContain('sender.display-name-impersonation');
      expect(a?.location).toEqual(m.location);
      const link = m.findings.find((f) => f.code === 'attachment.attached-phishing');
      expect(link?.evidence).toMatchObject({ attachment: 'Action required.eml', part: '2', reasons: a!.reasons });
    }
    // The carrier's own sender (a friend, authenticated by Gmail) is not what is judged phishing.
    expect(codes(fast)).not.toContain('sender.display-name-impersonation');
  });

  it('the first pass selects the carrier from the attached mail\'s header alone (the carrier never spells the brand)', async () => {
    const bytes = readFileSync(join(DIR, 'amazon-phish-en-attached-to-innocent-forward.eml'));
    expect(bytes.toString('latin1')).not.toMatch(/amazon/i);
    const raw = { bytes, location: { file: 'x', index: 1, offset: 0 }, envelope: { format: 'eml' as const } };
    expect(firstPassSelects(raw, parseHeaders(raw))).toBe(true);
    const { fast } = await fixture('amazon-phish-en-attached-to-innocent-forward.eml');
    expect(fast.depth).toBe('full');
  });

  it('Japanese, a saved .eml attached as application/octet-stream in base64, recognised by its content', async () => {
    const { fast } = await fixture('amazon-phish-ja-saved-eml-attached-as-octet-stream.eml');
    expect(fast.verdict).toBe('phishing');
    const [a] = fast.attachedMessages ?? [];
    expect(a?.attachedAs).toMatchObject({ name: 'suspended.eml', contentType: 'application/octet-stream' });
    expect(a?.subject).toBe('【重要】お客様のアカウントを一時停止しました');
    expect(codes(a!)).toEqual(expect.arrayContaining(['sender.lookalike-domain', 'links.lookalike-host']));
  });

  it('words the link in Japanese too', async () => {
    const report = await scan([join(DIR, 'amazon-phish-ja-saved-eml-attached-as-octet-stream.eml')], { lang: 'ja' });
    const f = report.messages[0]!.findings.find((x) => x.code === 'attachment.attached-phishing');
    expect(f?.title).toBe('添付されたメールが詐欺メールです');
    expect(f?.message).toContain('「suspended.eml」として添付されたメール');
  });
});

describe('a genuine-looking Amazon mail attached with all its headers', () => {
  it('is unverified, never genuine: its receiver\'s results came inside the carrier, and so is the carrier', async () => {
    const { fast } = await fixture('amazon-order-genuine-looking-attached-with-its-headers.eml');
    const [a] = fast.attachedMessages ?? [];
    expect(a?.verdict).toBe('unverified');
    expect(a?.authentication?.trustedAuthservIds).toEqual([]);
    expect(a?.authentication?.amazonAuthenticated).toBe(false);
    expect(fast.verdict).toBe('unverified');
    expect(fast.reasons[0]).toBe('content.forwarded-original');
  });

  it('the same mail changed after Amazon signed it is suspicious, and the carrier with it', async () => {
    const { fast } = await scanBoth([join(DIR, 'amazon-order-changed-after-signing-attached.eml')]);
    expect(fast[0]!.attachedMessages?.[0]?.verdict).toBe('suspicious');
    expect(fast[0]!.verdict).toBe('suspicious');
    expect(fast[0]!.reasons).toContain('attachment.attached-suspicious');
    expect(fast[0]!.attachedMessages![0]!.reasons).toContain('auth.dkim-body-modified');
  });
});

describe('nesting, damage and limits', () => {
  it('a phish attached inside an attached forward, two deep: every level is phishing', async () => {
    const { fast } = await fixture('amazon-phish-nested-two-deep.eml');
    const middle = fast.attachedMessages?.[0];
    const inner = middle?.attachedMessages?.[0];
    expect([fast.verdict, middle?.verdict, inner?.verdict]).toEqual(['phishing', 'phishing', 'phishing']);
    expect(middle?.attachedAs.name).toBe('look at this.eml');
    expect(inner?.attachedAs).toMatchObject({ part: '2', name: 'Action required.eml' });
  });

  it('a part declared as a mail that holds none is reported, never a crash, and changes nothing for an innocent carrier', async () => {
    const { fast, deep } = await fixture('attached-part-not-a-mail.eml');
    expect(fast.verdict).toBe('unrelated');
    expect(deep.verdict).toBe('unrelated');
    const [a] = deep.attachedMessages ?? [];
    expect(a?.verdict).toBe('error');
    expect(a?.error).toBe('no header fields at the start of the message');
    expect(deep.findings.find((f) => f.code === 'attachment.attached-unreadable')?.evidence).toMatchObject({ attachment: 'broken.eml', part: '2' });
  });

  it('a damaged attached phish (NUL bytes, the carrier cut before its last boundary) is read as servers read it', async () => {
    const { fast } = await fixture('amazon-phish-nul-bytes-attached-carrier-cut.eml');
    expect(fast.verdict).toBe('phishing');
    expect(codes(fast.attachedMessages![0]!)).toContain('message.malformed');
  });

  it(`analyses ${MAX_ATTACHED_DEPTH} levels and reports the level it did not read`, async () => {
    let m = PHISH;
    for (let i = 0; i < MAX_ATTACHED_DEPTH + 2; i++) m = carrierOf([m], `b${i}`);
    const { deep } = await scanBoth([tempMail('deep.eml', m)]);
    let level: MessageReport | undefined = deep[0];
    const verdicts: string[] = [];
    for (let i = 0; level; i++) {
      verdicts.push(level.verdict);
      if (i === MAX_ATTACHED_DEPTH) {
        expect(level.attachedMessages).toBeUndefined();
        expect(level.findings.find((f) => f.code === 'message.not-fully-read')?.evidence.limits).toContain('attached-depth');
      }
      level = level.attachedMessages?.[0];
    }
    expect(verdicts).toHaveLength(MAX_ATTACHED_DEPTH + 1);
  });

  it(`analyses at most ${MAX_ATTACHED_MESSAGES} attached mails of one mail and reports the rest`, async () => {
    const { deep } = await scanBoth([tempMail('many.eml', carrierOf(Array.from({ length: MAX_ATTACHED_MESSAGES + 2 }, () => INNOCENT)))]);
    expect(deep[0]!.attachedMessages).toHaveLength(MAX_ATTACHED_MESSAGES);
    expect(deep[0]!.findings.find((f) => f.code === 'message.not-fully-read')?.evidence.limits).toContain('attached-messages');
  });

  it('an attached mail that does not concern Amazon leaves the carrier to the first pass: unrelated, not analysed', async () => {
    const { fast, deep } = await scanBoth([tempMail('lunch.eml', carrierOf([INNOCENT]))]);
    expect(fast[0]!.verdict).toBe('unrelated');
    expect(fast[0]!.depth).toBe('headers');
    expect(deep[0]!.attachedMessages?.[0]?.verdict).toBe('unrelated');
  });

  it('finds attached mail by type, digest default and content, and numbers the parts as IMAP does', () => {
    const digest = ['MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="o"', '', '--o', 'Content-Type: text/plain', '', 'x', '--o', 'Content-Type: multipart/digest; boundary="d"', '', '--d', '', INNOCENT, '--d', '', PHISH, '--d--', '--o', 'Content-Type: message/global', '', INNOCENT, '--o', 'Content-Type: application/octet-stream; name="a.bin"', 'Content-Transfer-Encoding: base64', '', Buffer.from('not a mail at all, just bytes').toString('base64'), '--o--', ''].join(CRLF);
    const found = findAttachedMessages(Buffer.from(digest));
    expect(found.parts.map((p) => [p.part, p.contentType])).toEqual([
      ['2.1', 'message/rfc822'],
      ['2.2', 'message/rfc822'],
      ['3', 'message/global'],
    ]);
    expect(looksLikeMail(Buffer.from(INNOCENT))).toBe(true);
    expect(looksLikeMail(Buffer.from('Hello: world\r\nthis is text'))).toBe(false);
  });
});

describe('the report formats', () => {
  it('the human report shows the attached mail under its carrier, with its own reasons', async () => {
    const report = await scan([join(DIR, 'amazon-phish-nested-two-deep.eml')], { lang: 'en' });
    const text = formatHuman(report);
    const carrierAt = text.indexOf('An attached mail is phishing');
    const middleAt = text.indexOf('↳ Attached mail "look at this.eml" (part 2)  ● PHISHING');
    const innerAt = text.indexOf('↳ Attached mail "Action required.eml" (part 2)  ● PHISHING');
    expect(carrierAt).toBeGreaterThan(0);
    expect(middleAt).toBeGreaterThan(carrierAt);
    expect(innerAt).toBeGreaterThan(middleAt);
    expect(text.slice(innerAt)).toContain('The sender name says Amazon, the address does not');
  });

  it('SARIF gives the attached mail\'s findings their own logical location, linked to the carrier', async () => {
    const report = await scan([join(DIR, 'amazon-phish-nested-two-deep.eml')], { lang: 'en' });
    const results = JSON.parse(formatSarif(report)).runs[0].results as { ruleId: string; locations: { logicalLocations: { name: string; fullyQualifiedName: string }[] }[]; properties: Record<string, unknown> }[];
    const inner = results.find((r) => r.ruleId === 'sender.display-name-impersonation');
    expect(inner?.locations[0]!.logicalLocations[0]!.name).toBe('message 1, attachment Action required.eml (part 2/2)');
    expect(inner?.properties).toMatchObject({ part: '2/2', attachedTo: '<middle-1@example.org>', verdict: 'phishing' });
    expect(results.filter((r) => r.ruleId === 'attachment.attached-phishing')).toHaveLength(2);
  });
});
