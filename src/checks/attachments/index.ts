/**
 * What attachments themselves say (issue 21): an SVG that acts like a web page, a page disguised as another
 * type, a PDF that could not be read, a QR code in a mail that imitates Amazon. Their links are judged by
 * the link check, their text by the claim and content checks (message/attachments/ reads them).
 */
import { finding, type Finding } from '../../findings.js';
import type { Message } from '../../message/types.js';
import { declaredAs, type AttachmentRead } from '../../message/attachments/index.js';
import type { AuthSummary } from '../authentication/types.js';

export interface AttachmentContext {
  /** The mail presents itself as Amazon (claim.ts presentsAsAmazon). */
  presentsAsAmazon: boolean;
  auth: AuthSummary;
}

/** At most this many findings of one code per message (a mail with 500 QR images says it 3 times). */
const MAX_PER_CODE = 3;

export function checkAttachments(msg: Pick<Message, 'attachments' | 'attachmentReads'>, ctx: AttachmentContext): Finding[] {
  const out: Finding[] = [];
  const count = new Map<string, number>();
  const add = (f: Finding) => {
    const n = count.get(f.code) ?? 0;
    if (n < MAX_PER_CODE) out.push(f);
    count.set(f.code, n + 1);
  };
  const byName = new Map(msg.attachments.map((a) => [a.filename, a] as const));
  for (const read of msg.attachmentReads) {
    const attachment = byName.get(read.name) ?? null;
    if (read.kind === 'svg' && read.active) add(finding('attachment.active-svg', { attachment: read.name, feature: read.active, declaredType: read.declaredType }));
    if ((read.kind === 'html' || read.kind === 'svg') && attachment && !declaredAs(attachment, read.kind)) {
      add(finding('attachment.disguised-page', { attachment: read.name, kind: read.kind, declaredType: read.declaredType }));
    }
    if (read.kind === 'pdf' && read.problem && read.problem !== 'not-read') {
      add(finding('attachment.pdf-unreadable', { attachment: read.name, problem: read.problem, pagesRead: read.pages.length }));
    }
    if (read.qrCodes.length > 0 && ctx.presentsAsAmazon && !ctx.auth.amazonAuthenticated) {
      add(finding('attachment.qr-code-unauthenticated', { attachment: read.name, content: read.qrCodes[0]!.slice(0, 300) }));
    }
  }
  return out;
}

/** "invoice.pdf, page 1": the first PDF page whose text holds `snippet`, for a content finding's evidence; or null. */
export function pdfPlaceOf(reads: readonly AttachmentRead[], snippet: string): string | null {
  const words = snippet.split(/\s+/).filter((w) => w.length > 0);
  // The snippet may start inside the text before the PDF's (a claim is cut 8 characters before the brand):
  // then it is found without its first words (at most 4 are dropped, and at least 2 words are kept).
  const needles: string[] = [];
  for (let drop = 0; drop < Math.min(words.length - 1, 4); drop++) needles.push(words.slice(drop).join(' '));
  for (const needle of needles.filter((n) => n.length >= 6)) {
    for (const r of reads) for (const p of r.pages) if (p.text.replace(/\s+/g, ' ').includes(needle)) return `${r.name}, page ${p.page}`;
  }
  return null;
}
