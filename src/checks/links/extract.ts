/**
 * Every link a reader could follow, with what the reader sees and where it was found. HTML is read with
 * htmlparser2 (a tolerant streaming parser, entities decoded; message/html-scan.ts), never with regular expressions.
 */
import { scanHtml } from '../../message/html-scan.js';
import { activeContent } from '../../message/attachments/sniff.js';
import { MAX_HTML_LENGTH_TO_PARSE } from '../../message/limits.js';
import type { Message } from '../../message/types.js';
import type { ExtractedLink, ExtractionResult, LinkElement, LinkWhere } from './types.js';
import { findBareDomains, findTextUrls, MAX_TEXT_SCAN } from './text-links.js';
import { MAX_URL_LENGTH, schemeEnd, startsWithWww } from './url.js';
import { isNfkcStableJapanese } from './japanese.js';

/** More links than this in one mail is itself unusual; the rest are not extracted (and the cap is reported). */
export const MAX_LINKS_PER_MESSAGE = 2000;
/** Visible text kept per link: enough to show the lure, bounded for evidence. */
export const MAX_LINK_TEXT = 300;
/** HTML beyond this per part or attachment is not parsed (the cap of the shared pass, message/html-scan.ts). */
export const MAX_HTML_PARSE = MAX_HTML_LENGTH_TO_PARSE;

/** Schemes that lead nowhere a phisher can use (mail, phone, inline images, in-page anchors). */
const IGNORED_SCHEME_NAMES: ReadonlySet<string> = new Set(['mailto', 'tel', 'sms', 'cid', 'mid', 'about', 'callto', 'news']);

/** True when `s` holds a character of U+0000-U+001F (what resolveHref removes). */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

class LinkSink {
  readonly links: ExtractedLink[] = [];
  truncated = false;

  add(link: ExtractedLink): ExtractedLink | null {
    if (this.links.length >= MAX_LINKS_PER_MESSAGE) {
      this.truncated = true;
      return null;
    }
    this.links.push(link);
    return link;
  }
}

/** All links of a message (HTML parts, plain-text parts, HTML attachments), at most MAX_LINKS_PER_MESSAGE. */
export function extractLinks(msg: Message): ExtractedLink[] {
  return extractLinksBounded(msg).links;
}

/** As extractLinks, and whether the cap cut the list short. */
export function extractLinksBounded(msg: Message): ExtractionResult {
  const sink = new LinkSink();
  for (const html of msg.htmlParts) extractFromHtml(html, 'html', sink);
  for (const text of msg.textParts) extractFromText(text, 'text', sink);
  for (const att of msg.attachments) {
    // HTML and SVG by content (an HTML page declared as application/octet-stream is still one), or by the
    // declared type when the content says nothing else.
    const page = att.kind === 'html' || att.kind === 'svg' || (att.kind === null && isHtmlAttachment(att.contentType, att.filename));
    if (!att.content || !page) continue;
    const where: LinkWhere = `attachment:${(att.filename ?? 'unnamed').slice(0, 200)}`;
    const html = new TextDecoder('utf-8').decode(att.content.subarray(0, MAX_HTML_PARSE));
    extractFromHtml(html, where, sink);
    // A script's target (window.location = "https://...") is in no element: read the addresses in the markup.
    if (att.kind === 'svg' || activeContent(html) !== null) extractFromText(html, where, sink);
  }
  for (const read of msg.attachmentReads) {
    for (const page of read.pages) {
      const where: LinkWhere = `pdf:${page.page}:${read.name}`;
      for (const url of page.links) sink.add(textLink(url.slice(0, MAX_URL_LENGTH), where, 'pdf-link', ''));
      extractFromText(page.text, where, sink);
    }
    for (const code of read.qrCodes) {
      const url = resolveHref(code, null);
      if (url) sink.add(textLink(url.slice(0, MAX_URL_LENGTH), `qr:${read.name}`, 'qr-code', ''));
    }
  }
  return { links: sink.links, truncated: sink.truncated };
}

function isHtmlAttachment(contentType: string, filename: string | null): boolean {
  const type = contentType.toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || type === 'image/svg+xml') return true;
  return /\.(?:s?html?|xhtml|svg)$/i.test(filename ?? '');
}

/** Collapse whitespace, NFKC-normalise and bound a piece of visible text. */
export function visibleText(raw: string): string {
  if (isVisibleTextAsIs(raw)) return raw.slice(0, MAX_LINK_TEXT);
  return raw.normalize('NFKC').replace(/[\s\u200b-\u200f\u2060\ufeff]+/g, ' ').trim().slice(0, MAX_LINK_TEXT);
}

/**
 * True when visibleText would give the text back as it is (before the length cap): printable ASCII and the
 * common Japanese characters of isNfkcStableJapanese (japanese.ts: NFKC leaves each unchanged, and none combines with a
 * neighbour; the only whitespace among them is the space), no space at either end (trim), no two spaces in a
 * row (the collapse). Most anchor texts are like this, English or Japanese.
 * test/links/extract-fast.test.ts compares with the full form.
 */
export function isVisibleTextAsIs(s: string): boolean {
  const length = s.length;
  if (length === 0) return true;
  if (s.charCodeAt(0) === 0x20 || s.charCodeAt(length - 1) === 0x20) return false;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e) {
      if (!isNfkcStableJapanese(c)) return false;
    } else if (c < 0x20 || (c === 0x20 && previous === 0x20)) return false;
    previous = c;
  }
  return true;
}


function extractFromText(text: string, where: LinkWhere, sink: LinkSink): void {
  const t = (text.length > MAX_TEXT_SCAN ? text.slice(0, MAX_TEXT_SCAN) : text).normalize('NFKC');
  const urls = findTextUrls(t);
  for (const u of urls) sink.add(textLink(u.url, where, 'text-url', contextBefore(t, u.start)));
  for (const d of findBareDomains(t, urls)) sink.add(textLink(d, where, 'bare-domain', ''));
}

function textLink(url: string, where: LinkWhere, element: LinkElement, context: string): ExtractedLink {
  return { url, where, element, text: '', context, imageOnly: false, credentialInputs: [] };
}

/**
 * Words a reader sees right before an address: back to the line start or the previous sentence. When the
 * address stands on its own line, the instruction is usually the line above ("次のURLリンクをクリックして
 * アカウント情報の更新をしてください。" then the URL: corpus nvdimm-51b4b22), so that line is taken. Bounded.
 */
const MAX_CONTEXT = 80;
function contextBefore(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let before = text.slice(Math.max(lineStart, start - MAX_CONTEXT), start);
  if (!before.trim() && lineStart > 0) {
    const window = text.slice(Math.max(0, lineStart - MAX_CONTEXT * 2), lineStart);
    const lines = window.split('\n').filter((l) => l.trim());
    before = lines.length ? lines[lines.length - 1] : '';
  }
  // Only the last sentence counts; a sentence end right before the address belongs to that sentence.
  before = before.trimEnd();
  const cut = Math.max(before.lastIndexOf('。', before.length - 2), before.lastIndexOf('. ', before.length - 3));
  return visibleText((cut >= 0 ? before.slice(cut + 1) : before).slice(-MAX_CONTEXT));
}

interface PendingLink {
  link: ExtractedLink;
  /** The href as written, resolved against <base href> once the whole document is read. */
  href: string;
}

/** Field names that ask for a secret: long words anywhere, short ones only as whole words ("pin", not "shipping"). */
const CREDENTIAL_NAME_LONG = /password|passwd|passcode|cardnumber|card-number|card_number|ccnumber|cc-number|cvv|securitycode|security-code|security_code|expiry|expdate|exp-date|exp_date/i;
const CREDENTIAL_NAME_SHORT = /(?:^|[^a-z])(?:pass|pwd|pin|otp|cvc|csc|card|cc)(?:[^a-z]|$)/i;

/**
 * Add the links of one HTML document (and links written in its visible text) to the sink. The document is
 * read by the pass that also gave the message its text (message/html-scan.ts), so it is not parsed again.
 */
function extractFromHtml(html: string, where: LinkWhere, sink: LinkSink): void {
  const scan = scanHtml(html);
  const pending: PendingLink[] = [];
  let form: PendingLink | null = null;

  const addPending = (href: string, element: LinkElement, text = ''): PendingLink => {
    const p: PendingLink = {
      href: href.trim().slice(0, MAX_URL_LENGTH),
      link: { url: '', where, element, text, context: '', imageOnly: false, credentialInputs: [] },
    };
    pending.push(p);
    return p;
  };

  for (const element of scan.linkElements) {
    switch (element.tag) {
      case 'a': {
        const p = addPending(element.href, 'a');
        const text = visibleText(element.text);
        p.link.text = text || visibleText(element.alts.join(' '));
        p.link.imageOnly = !text && element.alts.length > 0;
        break;
      }
      case 'area':
        addPending(element.href, 'area', visibleText(element.alt));
        break;
      case 'meta-refresh': {
        const refresh = metaRefreshUrl(element.content);
        if (refresh) addPending(refresh, 'meta-refresh');
        break;
      }
      case 'form':
        form = addPending(element.action, 'form');
        break;
      case 'input': {
        const kind = credentialInputKind(element.attribs);
        if (!kind) break;
        // A password box outside any <form> still collects a secret (scripts post it): keep it as a form.
        const target: PendingLink = form ?? addPending('', 'form');
        if (!target.link.credentialInputs.includes(kind) && target.link.credentialInputs.length < 10) {
          target.link.credentialInputs.push(kind);
        }
        if (!form) form = target;
        break;
      }
      case 'form-end':
        form = null;
        break;
    }
  }

  // <base href> applies to every relative link in the document, also the ones before it (HTML spec).
  for (const p of pending) {
    const url = resolveHref(p.href, scan.base);
    if (url === null) continue;
    if (p.link.element === 'form' && !url && p.link.credentialInputs.length === 0) continue;
    p.link.url = url;
    sink.add(p.link);
  }
  // Addresses and domains written in the visible text outside any anchor: mail clients make them clickable.
  extractFromText(scan.outsideAnchorText, where, sink);
}

/**
 * The absolute link a browser would follow, or null when it leads nowhere that matters (mailto:, in-page
 * anchors, relative links without a base). javascript: and data: are kept: they are what is judged.
 */
export function resolveHref(href: string, base: string | null): string | null {
  const h = (hasControlCharacter(href) ? href.replace(/[\u0000-\u001f]/g, '') : href).trim();
  if (!h) return '';
  // IGNORED_SCHEMES and /^[a-z][a-z0-9+.-]*:/i read through the scheme schemeEnd finds: the RegExps match
  // exactly when there is a scheme (a run of scheme characters cannot hold the ":"), and IGNORED_SCHEMES when
  // it is one of IGNORED_SCHEME_NAMES in any case.
  const end = schemeEnd(h, Infinity);
  if ((end > 0 && IGNORED_SCHEME_NAMES.has(h.slice(0, end).toLowerCase())) || h.startsWith('#')) return null;
  if (end > 0) return h;
  if (startsWithWww(h)) return h; // written without a scheme; clients treat it as http://www...
  if (base) {
    try {
      return new URL(h, base).href.slice(0, MAX_URL_LENGTH);
    } catch {
      return null;
    }
  }
  if (h.startsWith('//')) return 'https:' + h;
  return null;
}

/** The URL of `<meta http-equiv="refresh" content="5; url=https://...">`, or null. */
function metaRefreshUrl(content: string): string | null {
  const semi = content.indexOf(';');
  if (semi < 0) return null;
  let rest = content.slice(semi + 1).trim();
  const eq = rest.indexOf('=');
  if (eq >= 0 && /^url\s*$/i.test(rest.slice(0, eq))) rest = rest.slice(eq + 1).trim();
  rest = rest.replace(/^['"]/, '').replace(/['"]$/, '').trim();
  return rest || null;
}

function credentialInputKind(attrs: Record<string, string>): string | null {
  const type = (attrs.type ?? '').toLowerCase();
  if (type === 'password') return 'password';
  if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'checkbox' || type === 'radio') return null;
  const autocomplete = (attrs.autocomplete ?? '').toLowerCase();
  if (autocomplete.startsWith('cc-')) return autocomplete;
  if (autocomplete === 'current-password' || autocomplete === 'new-password' || autocomplete === 'one-time-code') return autocomplete;
  const name = `${attrs.name ?? ''} ${attrs.id ?? ''}`;
  const m = CREDENTIAL_NAME_LONG.exec(name) ?? CREDENTIAL_NAME_SHORT.exec(name);
  return m ? `field:${(attrs.name || attrs.id || m[0]).slice(0, 40)}` : null;
}
