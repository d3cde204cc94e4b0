/**
 * The inside of attachments the checks read (issue 21): the pages of PDFs (text and links), QR codes in
 * images, and whether an HTML or SVG document is active (scripts, handlers, redirects, forms). HTML and SVG
 * links are extracted by the link check from the kept content, as for HTML parts. Bounded: at most
 * MAX_ATTACHMENTS_READ PDFs and images per message, each within the bounds of pdf.ts and qr.ts.
 */
import { MAX_ATTACHMENTS_READ, MAX_KEPT_ATTACHMENT_BYTES } from '../limits.js';
import type { Attachment } from '../types.js';
import { readPdf, type PdfPage, type PdfProblem } from './pdf.js';
import { findQrCodes, type ImageProblem } from './qr.js';
import { activeContent, type ContentKind } from './sniff.js';

export { sniffContent, activeContent, type ContentKind } from './sniff.js';
export type { PdfPage, PdfProblem } from './pdf.js';
export type { ImageProblem } from './qr.js';

/** What was read inside one attachment. */
export interface AttachmentRead {
  /** The file name as written (bounded), or the declared type in brackets when it has none. */
  name: string;
  declaredType: string;
  kind: ContentKind;
  /** PDF: the pages read. */
  pages: PdfPage[];
  /** Images: the text of the QR codes found. */
  qrCodes: string[];
  /** HTML and SVG: the first active feature seen (a script, a handler, a redirect, a form), or null. */
  active: string | null;
  /** Why it could not be read in full, or null. */
  problem: PdfProblem | ImageProblem | 'not-read' | null;
}

export function attachmentName(a: Pick<Attachment, 'filename' | 'contentType'>): string {
  return a.filename ? a.filename.slice(0, 200) : `[${a.contentType}]`;
}

/** Does a declared type or name say what the content is? */
function declaredAs(a: Attachment, kind: ContentKind): boolean {
  const type = a.contentType;
  const name = (a.filename ?? '').toLowerCase();
  switch (kind) {
    case 'pdf':
      return type === 'application/pdf' || name.endsWith('.pdf');
    case 'html':
      return type === 'text/html' || type === 'application/xhtml+xml' || /\.(?:s?html?|xhtml)$/.test(name);
    case 'svg':
      return type === 'image/svg+xml' || name.endsWith('.svg');
    default:
      return type.startsWith('image/');
  }
}

export { declaredAs };

export async function readAttachments(attachments: readonly Attachment[]): Promise<AttachmentRead[]> {
  const out: AttachmentRead[] = [];
  let heavy = 0;
  for (const a of attachments) {
    if (!a.kind || !a.content) continue;
    const read: AttachmentRead = { name: attachmentName(a), declaredType: a.contentType, kind: a.kind, pages: [], qrCodes: [], active: null, problem: null };
    if (a.kind === 'html' || a.kind === 'svg') {
      read.active = activeContent(a.content.toString('latin1', 0, Math.min(a.content.length, MAX_KEPT_ATTACHMENT_BYTES)));
    } else if (heavy >= MAX_ATTACHMENTS_READ) {
      read.problem = 'not-read';
    } else if (a.kind === 'pdf') {
      heavy++;
      const pdf = await readPdf(a.content);
      read.pages = pdf.pages;
      read.problem = pdf.problem;
    } else {
      heavy++;
      const qr = findQrCodes(a.content, a.kind);
      read.qrCodes = qr.codes;
      read.problem = qr.problem;
    }
    out.push(read);
  }
  return out;
}
