/**
 * Phishing carried in attachments (issue 21, items 1-3): PDFs (text, link annotations, phone numbers),
 * HTML and SVG recognised by content, QR codes in PNG, JPEG and GIF images. Each fixture is caught by the
 * default scan and --deep alike (scanBoth compares the verdicts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { codes, payload, scanBoth } from './helpers.js';
import { sniffContent } from '../../src/message/attachments/sniff.js';
import { carriesReadableDocument } from '../../src/pipeline/prefilter.js';

const flagged = ['phishing', 'suspicious'];

describe('PDF attachments', () => {
  it('judges the link annotation of a PDF and names the page, in a mail whose only Amazon content is the PDF', async () => {
    const [m] = await scanBoth('pdf-with-link-amazon-phish.eml');
    expect(flagged).toContain(m!.verdict);
    const lookalike = m!.findings.filter((f) => f.code === 'links.lookalike-host');
    expect(lookalike.map((f) => [f.evidence.where, f.evidence.element])).toContainEqual(['pdf:1:account-notice.pdf', 'pdf-link']);
    expect(lookalike.some((f) => f.message.includes('on page 1 of the attached PDF "account-notice.pdf"'))).toBe(true);
    expect(m!.findings.find((f) => f.code === 'content.amazon-lure')?.evidence.attachment).toBe('account-notice.pdf, page 1');
  });

  it('finds the callback number on page 2 of a PDF and calls the mail phishing', async () => {
    const [m] = await scanBoth('pdf-callback-number-amazon-phish.eml');
    expect(m!.verdict).toBe('phishing');
    const f = m!.findings.find((x) => x.code === 'content.callback-number');
    expect(f?.evidence.phone).toBe('+1 (808) 555-0143');
    expect(f?.evidence.attachment).toBe('invoice.pdf, page 2');
  });

  it.each([
    ['pdf-encrypted-amazon-claim.eml', 'encrypted'],
    ['pdf-damaged-amazon-claim.eml', 'damaged'],
  ])('reports %s as unreadable (%s) without failing the message', async (name, problem) => {
    const [m] = await scanBoth(name);
    expect(m!.verdict).toBe('phishing');
    expect(m!.error).toBeNull();
    expect(m!.findings.find((f) => f.code === 'attachment.pdf-unreadable')?.evidence).toMatchObject({ attachment: 'invoice.pdf', problem });
  });
});

describe('HTML and SVG attachments by content', () => {
  it('reads an HTML page declared as application/octet-stream like a text/html attachment', async () => {
    const [m] = await scanBoth('html-page-declared-octet-stream.eml');
    expect(flagged).toContain(m!.verdict);
    expect(codes(m!)).toContain('links.credential-form');
    expect(codes(m!)).toContain('attachment.disguised-page');
  });

  it('reads an SVG named receipt.png: its script, its redirect target, and the disguise', async () => {
    const [m] = await scanBoth('svg-with-script-named-png.eml');
    expect(flagged).toContain(m!.verdict);
    expect(m!.findings.find((f) => f.code === 'attachment.active-svg')?.evidence).toMatchObject({ attachment: 'receipt.png', feature: '<script>' });
    expect(m!.findings.find((f) => f.code === 'links.lookalike-host')?.evidence.where).toBe('attachment:receipt.png');
    expect(m!.findings.find((f) => f.code === 'attachment.disguised-page')?.evidence).toMatchObject({ kind: 'svg', declaredType: 'image/png' });
  });

  it('sniffs by content, not by name or declared type', () => {
    expect(sniffContent(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffContent(Buffer.from('\ufeff  <!-- x --><!DOCTYPE html><html>'))).toBe('html');
    expect(sniffContent(Buffer.from('<?xml version="1.0"?>\n<!-- drawn --><svg xmlns="http://www.w3.org/2000/svg">'))).toBe('svg');
    expect(sniffContent(Buffer.from('Dear customer, <b>hello</b>'))).toBeNull();
    expect(sniffContent(readFileSync(payload('hostile/qr.png')))).toBe('png');
    expect(sniffContent(readFileSync(payload('hostile/qr.jpg')))).toBe('jpeg');
    expect(sniffContent(readFileSync(payload('hostile/qr.gif')))).toBe('gif');
  });
});

describe('QR codes in images', () => {
  it.each(['png', 'jpeg', 'gif'])('decodes the QR code of a %s image, judges its URL and names the image', async (kind) => {
    const [m] = await scanBoth(`qr-${kind}-amazon-phish.eml`);
    expect(m!.verdict).toBe('phishing');
    const image = `verify.${kind === 'jpeg' ? 'jpg' : kind}`;
    const link = m!.findings.find((f) => f.code === 'links.lookalike-host');
    expect(link?.evidence).toMatchObject({ where: `qr:${image}`, element: 'qr-code', url: 'https://amaz0n-secure.example/verify?id=58213' });
    expect(m!.findings.find((f) => f.code === 'attachment.qr-code-unauthenticated')?.evidence.attachment).toBe(image);
  });
});

describe('the first pass', () => {
  it('lets through a mail whose only Amazon content is a PDF, HTML or SVG attachment', () => {
    for (const name of ['pdf-with-link-amazon-phish.eml', 'pdf-callback-number-amazon-phish.eml', 'html-page-declared-octet-stream.eml', 'svg-with-script-named-png.eml']) {
      expect(carriesReadableDocument(readFileSync(payload(name)))).toBe(true);
    }
  });

  it('does not select a mail for its images alone, nor for a text part', () => {
    expect(carriesReadableDocument(readFileSync(payload('qr-png-amazon-phish.eml')))).toBe(false);
    expect(carriesReadableDocument(readFileSync(payload('cr-only-line-ends-amazon-phish.eml')))).toBe(false);
  });
});
