/**
 * What an attachment is, by its content, never by its declared type or name: phishing declares an HTML page
 * as application/octet-stream, names an SVG "invoice.png", or sends a PDF as text/plain (issue 21). Only the
 * first bytes are read.
 */

/** The kinds amzcheck reads the inside of. */
export type ContentKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'html' | 'svg';

/** Bytes of the start searched for markup (a BOM, an XML declaration and comments may come first). */
const MARKUP_WINDOW = 2048;

/**
 * Base64 characters decoded from the start of a base64 part to sniff it: enough for MARKUP_WINDOW bytes (a
 * multiple of 4), read from the first SNIFF_BASE64_SOURCE characters of the part (room for its line breaks).
 * The first pass (pipeline/prefilter.ts) and the attached-mail walk (message/attached.ts) both use these, so
 * that they make the same decision about the same part.
 */
export const SNIFF_BASE64_CHARS = 2736;
export const SNIFF_BASE64_SOURCE = SNIFF_BASE64_CHARS + 200;

const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|script|form|iframe|title|div|table|a\s|p>|center|style|base\s|link\s|input\s)/i;
const SVG_START = /^<svg[\s>]/i;
/** Comments, XML declarations and doctypes that may stand before the root element (the window is bounded). */
const PROLOGUE = /<!--[^]*?-->|<\?xml[^>]*>|<!doctype\s+svg[^>]*>/giy;

function withoutPrologue(text: string): string {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    PROLOGUE.lastIndex = at;
    if (!PROLOGUE.exec(text)) return text.slice(at);
    at = PROLOGUE.lastIndex;
  }
}

export function sniffContent(content: Uint8Array): ContentKind | null {
  const b = content;
  if (b.length < 4) return null;
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf'; // %PDF
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'gif'; // GIF8
  if (b.length >= 12 && b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'webp';
  // PDF readers accept the header anywhere in the first 1024 bytes.
  const start = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, MARKUP_WINDOW)).toString('latin1');
  if (start.slice(0, 1024).includes('%PDF-')) return 'pdf';
  const text = withoutPrologue(start.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\0/g, ''));
  if (text[0] !== '<') return null;
  if (SVG_START.test(text)) return 'svg';
  if (HTML_START.test(text)) return 'html';
  return null;
}

/** What makes an SVG more than a picture: a script, an event handler, a redirect or an embedded form. */
const SVG_ACTIVE = /<script[\s>]|\son[a-z]+\s*=|window\.location|location\.(?:href|replace|assign)|document\.location|http-equiv\s*=\s*["']?refresh|<foreignObject[\s>]|<iframe[\s>]|<form[\s>]|javascript:/i;

/** The active features of an SVG (or HTML) document, searched in its first `limit` characters. */
export function activeContent(markup: string): string | null {
  const m = SVG_ACTIVE.exec(markup);
  return m ? m[0].trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 40) : null;
}
