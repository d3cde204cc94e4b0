/**
 * Damaged and hostile PDFs and images (issue 21): truncated files, huge dimensions, decompression bombs.
 * Every case is bounded by work, not by time: the pages read, the pixels decoded, the bytes inflated.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { inflatesWithinBound, readPdf } from '../../src/message/attachments/pdf.js';
import { findQrCodes, imageSize, MAX_QR_SCAN_PIXELS } from '../../src/message/attachments/qr.js';
import { readAttachments } from '../../src/message/attachments/index.js';
import { MAX_ATTACHMENTS_READ, MAX_IMAGE_PIXELS, MAX_PDF_PAGES } from '../../src/message/limits.js';
import type { Attachment } from '../../src/message/types.js';

const HOSTILE = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/payloads/hostile/${name}`, import.meta.url)));

/** A PDF of `pages` pages, each with one line of text; `extra` objects are added as written. */
function pdf(pages: number, extra: string[] = []): Buffer {
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', ...extra];
  const kids: number[] = [];
  for (let i = 1; i <= pages; i++) {
    const stream = `BT /F1 12 Tf 50 700 Td (Page ${i}) Tj ET`;
    objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objs.length} 0 R >>`);
    kids.push(objs.length);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function attachment(name: string, content: Buffer, kind: Attachment['kind']): Attachment {
  return { filename: name, contentType: 'application/octet-stream', size: content.length, content, kind };
}

describe('hostile PDFs', () => {
  it('reads at most MAX_PDF_PAGES pages of a 200-page PDF and says so', async () => {
    const r = await readPdf(pdf(200));
    expect(r.pages).toHaveLength(MAX_PDF_PAGES);
    expect(r.pages[0]!.text).toContain('Page 1');
    expect(r.problem).toBe('too-many-pages');
  });

  it('refuses a Flate bomb before PDF.js inflates it: two streams of 64 MiB of zeros, ~64 KB each deflated', async () => {
    // Inflating stops at the bound (maxOutputLength), so checking inflates at most MAX_PDF_INFLATED_BYTES.
    const chunk = deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const stream = `<< /Length ${chunk.length} /Filter /FlateDecode >>\nstream\n${chunk.toString('latin1')}\nendstream`;
    const bomb = pdf(1, [stream, stream]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(inflatesWithinBound(bomb)).toBe(false);
    expect(await readPdf(bomb)).toEqual({ pages: [], problem: 'inflates-too-much' });
  });

  it('reads a PDF whose streams inflate within the bound', async () => {
    const small = deflateSync(Buffer.alloc(1024 * 1024));
    const r = await readPdf(pdf(1, [`<< /Length ${small.length} /Filter /FlateDecode >>\nstream\n${small.toString('latin1')}\nendstream`]));
    expect(r.problem).toBeNull();
    expect(r.pages).toHaveLength(1);
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['header only', () => Buffer.from('%PDF-1.7\n')],
    ['garbage after the header', () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4096, 0xaa)])],
    ['a page tree that points at itself', () => Buffer.from(pdf(1).toString('latin1').replace('/Kids [5 0 R]', '/Kids [2 0 R]'), 'latin1')],
  ])('reports a %s PDF as damaged, never throws', async (_name, make) => {
    const r = await readPdf(make(pdf(3)));
    expect(['damaged', null]).toContain(r.problem);
    expect(r.pages.length).toBeLessThanOrEqual(3);
  });
});

describe('hostile images', () => {
  it('never decodes an image whose header says 100,000 x 100,000 pixels', () => {
    const bytes = HOSTILE('huge-dimensions.png');
    expect(imageSize(bytes, 'png')).toEqual({ width: 100_000, height: 100_000 });
    expect(findQrCodes(bytes, 'png')).toMatchObject({ codes: [], problem: 'too-large' });
  });

  it('reports a truncated PNG as damaged', () => {
    expect(findQrCodes(HOSTILE('qr-truncated.png'), 'png')).toMatchObject({ codes: [], problem: 'damaged' });
  });

  it.each(['jpeg', 'gif'] as const)('reports a truncated %s as damaged or without a code, never throws', (kind) => {
    const bytes = HOSTILE(kind === 'jpeg' ? 'qr.jpg' : 'qr.gif');
    for (const cut of [4, 20, bytes.length >> 1]) {
      const r = findQrCodes(bytes.subarray(0, cut), kind);
      expect(r.codes.length === 0 || r.problem === null).toBe(true);
    }
  });

  it('reports JPEG and GIF headers that claim huge frames without decoding them', () => {
    const gif = Buffer.from(HOSTILE('qr.gif'));
    gif.writeUInt16LE(65_535, 6);
    gif.writeUInt16LE(65_535, 8);
    expect(findQrCodes(gif, 'gif').problem).toBe('too-large');
    const jpeg = Buffer.from(HOSTILE('qr.jpg'));
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(60_000, sof + 5);
    jpeg.writeUInt16BE(60_000, sof + 7);
    expect(findQrCodes(jpeg, 'jpeg').problem).toBe('too-large');
  });

  it('a PNG decompression bomb: a small IDAT that inflates past what the header allows is refused', () => {
    // A 4,000 x 4,000 PNG (16 M pixels, at the bound) whose pixels are all one colour: ~60 KB on disk.
    const width = 4000;
    const height = 4000;
    const raw = Buffer.alloc((width * 4 + 1) * height);
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr[8] = 8;
    ihdr[9] = 6;
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
    expect(png.length).toBeLessThan(200_000);
    expect(width * height).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    // Decoded within the pixel bound (CRCs are zero: pngjs may refuse it as damaged); jsQR sees at most MAX_QR_SCAN_PIXELS.
    const r = findQrCodes(png, 'png');
    expect(r.codes).toEqual([]);
    expect(['damaged', null]).toContain(r.problem);
    expect(MAX_QR_SCAN_PIXELS).toBeLessThan(MAX_IMAGE_PIXELS);
  });

  it('decodes the QR codes of the good images', () => {
    for (const [name, kind] of [['qr.png', 'png'], ['qr.jpg', 'jpeg'], ['qr.gif', 'gif']] as const) {
      expect(findQrCodes(HOSTILE(name), kind).codes).toEqual(['https://amaz0n-secure.example/verify?id=58213']);
    }
  });

  it(`reads at most ${MAX_ATTACHMENTS_READ} PDFs and images of one message`, async () => {
    const many = Array.from({ length: 30 }, (_, i) => attachment(`qr${i}.png`, HOSTILE('qr.png'), 'png'));
    const reads = await readAttachments(many);
    expect(reads.filter((r) => r.qrCodes.length > 0)).toHaveLength(MAX_ATTACHMENTS_READ);
    expect(reads.filter((r) => r.problem === 'not-read')).toHaveLength(30 - MAX_ATTACHMENTS_READ);
  });
});
