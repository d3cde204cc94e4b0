/**
 * The text and links of a PDF attachment, read with Mozilla's PDF.js (pdfjs-dist, legacy build for Node 20;
 * the comparison that chose it is in the commit that added it). Every bound is in limits.ts and
 * docs/limits.md: bytes, pages, characters, links, and the bytes its streams inflate to, which is checked
 * before PDF.js sees the file (PDF.js itself has no such bound: a small Flate bomb would fill the memory).
 * Never throws: an encrypted, damaged or oversized PDF is a `problem`.
 */
import { inflateSync } from 'node:zlib';
import { MAX_PDF_BYTES, MAX_PDF_INFLATED_BYTES, MAX_PDF_LINKS, MAX_PDF_PAGES, MAX_PDF_TEXT, MAX_PDF_MS } from '../limits.js';

export type PdfProblem = 'encrypted' | 'damaged' | 'too-large' | 'inflates-too-much' | 'too-many-pages' | 'too-slow';

export interface PdfPage {
  /** 1-based. */
  page: number;
  text: string;
  /** URIs of link annotations and URI actions, as written. */
  links: string[];
}

export interface PdfContent {
  pages: PdfPage[];
  /** Why not all of the PDF was read (what was read before is kept), or null. */
  problem: PdfProblem | null;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/** Loaded on first use: most scans meet no PDF, and the module is large. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * The bytes the Flate streams of the file inflate to stay under MAX_PDF_INFLATED_BYTES: false when they do
 * not (a decompression bomb). Streams that do not inflate (other filters, damage) are left to PDF.js.
 */
export function inflatesWithinBound(bytes: Buffer, bound = MAX_PDF_INFLATED_BYTES): boolean {
  let budget = bound;
  let at = 0;
  for (;;) {
    const s = bytes.indexOf('stream', at, 'latin1');
    if (s < 0) return true;
    let start = s + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    else if (bytes[start - 1] !== 0x0d) {
      at = s + 6; // "endstream", or "stream" inside some other word
      continue;
    }
    const end = bytes.indexOf('endstream', start, 'latin1');
    const body = bytes.subarray(start, end < 0 ? bytes.length : end);
    at = end < 0 ? bytes.length : end + 9;
    if (body.length < 2 || (body[0]! & 0x0f) !== 8) continue; // not a zlib stream
    try {
      const out = inflateSync(body, { maxOutputLength: Math.max(1, budget), finishFlush: 2 /* Z_SYNC_FLUSH */ });
      budget -= out.length;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false;
    }
    if (budget <= 0) return false;
  }
}

export async function readPdf(bytes: Buffer): Promise<PdfContent> {
  if (bytes.length > MAX_PDF_BYTES) return { pages: [], problem: 'too-large' };
  if (!inflatesWithinBound(bytes)) return { pages: [], problem: 'inflates-too-much' };
  const pages: PdfPage[] = [];
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']> | null = null;
  try {
    const { getDocument } = await loadPdfJs();
    doc = await getDocument({
      data: new Uint8Array(bytes), // PDF.js takes its own copy's ownership
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
    const started = Date.now();
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    let chars = 0;
    let links = 0;
    for (let n = 1; n <= count; n++) {
      if (Date.now() - started > MAX_PDF_MS) return { pages, problem: 'too-slow' };
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (chars + text.length >= MAX_PDF_TEXT) break;
      }
      text = text.slice(0, Math.max(0, MAX_PDF_TEXT - chars));
      chars += text.length;
      const pageLinks: string[] = [];
      for (const a of (await page.getAnnotations()) as { url?: unknown; unsafeUrl?: unknown }[]) {
        const url = typeof a.unsafeUrl === 'string' ? a.unsafeUrl : typeof a.url === 'string' ? a.url : null;
        if (url && links < MAX_PDF_LINKS) {
          pageLinks.push(url);
          links++;
        }
      }
      page.cleanup();
      pages.push({ page: n, text, links: pageLinks });
    }
    return { pages, problem: doc.numPages > MAX_PDF_PAGES ? 'too-many-pages' : null };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    return { pages, problem: name === 'PasswordException' ? 'encrypted' : 'damaged' };
  } finally {
    await doc?.destroy().catch(() => undefined);
  }
}
