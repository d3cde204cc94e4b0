/**
 * Damaged mail that hides phishing (issue 21, item 5): NUL bytes in the header and bare CR line ends are
 * read as mail servers read them, analysed, and reported as message.malformed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mailDamage, readDamagedMail, repairMail } from '../../src/message/damage.js';
import { sniffContent } from '../../src/input/sniff.js';
import { codes, payload, scanBoth } from './helpers.js';

describe('damaged mail', () => {
  it('reads a mail with NUL bytes in its header, calls the phish phishing and says the mail is malformed', async () => {
    const [m] = await scanBoth('nul-bytes-in-header-amazon-phish.eml');
    expect(m!.verdict).toBe('phishing');
    expect(m!.subject).toBe('Amazon: your account is on hold');
    const f = m!.findings.find((x) => x.code === 'message.malformed');
    expect(f?.evidence.damage).toEqual(['nul-bytes']);
  });

  it('reads a mail with CR-only line ends field by field', async () => {
    const [m] = await scanBoth('cr-only-line-ends-amazon-phish.eml');
    expect(m!.verdict).toBe('phishing');
    expect(m!.subject).toBe('Amazon: verify your account');
    expect(m!.from).toContain('amaz0n-secure.example');
    expect(codes(m!)).toContain('message.malformed');
    expect(codes(m!)).toContain('links.credential-link-off-amazon');
  });

  it('still refuses a binary file that starts like a field name', () => {
    const bytes = readFileSync(payload('binary-starting-like-a-field.bin'));
    expect(sniffContent(bytes, true)).toMatchObject({ kind: 'not-mail' });
  });

  it('accepts a header with a few NUL bytes among real fields', () => {
    const bytes = readFileSync(payload('nul-bytes-in-header-amazon-phish.eml'));
    expect(sniffContent(bytes, true)).toEqual({ kind: 'eml' });
  });

  it('leaves clean mail alone: same buffer, no damage', () => {
    for (const text of ['From: a@b.example\r\nSubject: x\r\n\r\nbody\r\n', 'From: a@b.example\nSubject: x\n\nbo\rdy\n', 'From: a@b.example\n\n\0binary body\0']) {
      const bytes = Buffer.from(text, 'latin1');
      const r = readDamagedMail(bytes);
      expect(r.damage).toEqual([]);
      expect(r.bytes).toBe(bytes);
    }
  });

  it('repairs as a server would: NULs dropped everywhere, bare CRs become LF, CRLF kept', () => {
    const bytes = Buffer.from('From: a\0@b.example\rSubject: x\r\n\rbo\0dy\r', 'latin1');
    expect(mailDamage(bytes)).toEqual(['bare-cr-line-ends', 'nul-bytes']);
    expect(repairMail(bytes, mailDamage(bytes)).toString('latin1')).toBe('From: a@b.example\nSubject: x\r\n\nbody\n');
  });
});
