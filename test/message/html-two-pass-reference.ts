/**
 * The HTML readers as they were before the shared pass (message/html-scan.ts): htmlToText and the link
 * extractor each parsed the document with htmlparser2. Kept verbatim (self-closing setting made a parameter:
 * htmlToText honoured `<x/>`, the extractor did not) as the reference html-scan.test.ts compares against.
 * Not used by the program.
 */
import { Parser } from 'htmlparser2';
import { MAX_HTML_LENGTH_TO_PARSE } from '../../src/message/limits.js';
import type { Message } from '../../src/message/types.js';
import type { ExtractedLink, ExtractionResult, LinkElement, LinkWhere } from '../../src/checks/links/types.js';
import { findBareDomains, findTextUrls, MAX_TEXT_SCAN } from '../../src/checks/links/text-links.js';
import { MAX_URL_LENGTH } from '../../src/checks/links/url.js';
import { activeContent } from '../../src/message/attachments/sniff.js';

// ---- src/message/html-text.ts before the shared pass ----
const DROPPED = new Set(['script', 'style', 'template', 'head', 'noscript', 'svg', 'math']);
// "head" is dropped but its <title> is what the browser tab shows; keep that.
const KEPT_INSIDE_HEAD = new Set(['title']);
const BREAKS = new Set([
  'br', 'p', 'div', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'center', 'title', 'dd', 'dt', 'dl', 'form',
]);
const CELLS = new Set(['td', 'th']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0[a-z%]*\s*(?:;|!|$)|opacity\s*:\s*0\s*(?:;|!|$)/i;

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  return style !== undefined && style.length < 2_000 && HIDDEN_STYLE.test(style);
}

export function htmlToTextTwoPass(html: string, recognizeSelfClosing = false): string {
  const input = html.length > MAX_HTML_LENGTH_TO_PARSE ? html.slice(0, MAX_HTML_LENGTH_TO_PARSE) : html;
  const out: string[] = [];
  // Depth of the open element that started a dropped or hidden subtree (0: none open).
  let depth = 0;
  let dropFrom = 0;
  let keepFrom = 0;
  const visible = () => dropFrom === 0 || keepFrom !== 0;
  const separate = (name: string) => {
    if (BREAKS.has(name)) out.push('\n');
    else if (CELLS.has(name)) out.push(' ');
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (dropFrom === 0 && (DROPPED.has(name) || isHidden(attribs))) dropFrom = depth;
        else if (dropFrom !== 0 && keepFrom === 0 && KEPT_INSIDE_HEAD.has(name) && !isHidden(attribs)) keepFrom = depth;
        if (visible()) separate(name);
      },
      ontext(text) {
        if (visible()) out.push(text);
      },
      onclosetag(name) {
        const wasVisible = visible();
        if (keepFrom === depth) keepFrom = 0;
        if (dropFrom === depth) dropFrom = 0;
        depth--;
        // The end of a block is a break in the text on either side of it, even when the block was hidden.
        if (wasVisible || visible()) separate(name);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing },
  );
  parser.write(input);
  parser.end();
  return out.join('');
}

// ---- src/checks/links/extract.ts before the shared pass ----

/** More links than this in one mail is itself unusual; the rest are not extracted (and the cap is reported). */
const MAX_LINKS_PER_MESSAGE = 2000;
/** Visible text kept per link: enough to show the lure, bounded for evidence. */
const MAX_LINK_TEXT = 300;
/** HTML beyond this per part or attachment is not parsed. */
const MAX_HTML_PARSE = 2_000_000;

/** Schemes that lead nowhere a phisher can use (mail, phone, inline images, in-page anchors). */
const IGNORED_SCHEMES = /^(?:mailto|tel|sms|cid|mid|about|callto|news):/i;

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


/** As extractLinks, and whether the cap cut the list short. */
export function extractLinksTwoPass(msg: Message): ExtractionResult {
  const sink = new LinkSink();
  for (const html of msg.htmlParts) extractFromHtml(html, 'html', sink);
  for (const text of msg.textParts) extractFromText(text, 'text', sink);
  for (const att of msg.attachments) {
    // Which attachments are pages is chosen as src/checks/links/extract.ts chooses (by content, issue 21); what is
    // compared is how a page is read.
    const page = att.kind === 'html' || att.kind === 'svg' || (att.kind === null && isHtmlAttachment(att.contentType, att.filename));
    if (!att.content || !page) continue;
    const where: LinkWhere = `attachment:${(att.filename ?? 'unnamed').slice(0, 200)}`;
    const html = new TextDecoder('utf-8').decode(att.content.subarray(0, MAX_HTML_PARSE));
    extractFromHtml(html, where, sink);
    if (att.kind === 'svg' || activeContent(html) !== null) extractFromText(html, where, sink);
  }
  return { links: sink.links, truncated: sink.truncated };
}

function isHtmlAttachment(contentType: string, filename: string | null): boolean {
  const type = contentType.toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || type === 'image/svg+xml') return true;
  return /\.(?:s?html?|xhtml|svg)$/i.test(filename ?? '');
}

/** Collapse whitespace, NFKC-normalise and bound a piece of visible text. */
function visibleText(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\u200b-\u200f\u2060\ufeff]+/g, ' ').trim().slice(0, MAX_LINK_TEXT);
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

interface OpenAnchor {
  pending: PendingLink;
  text: string;
  alts: string[];
}

/** Field names that ask for a secret: long words anywhere, short ones only as whole words ("pin", not "shipping"). */
const CREDENTIAL_NAME_LONG = /password|passwd|passcode|cardnumber|card-number|card_number|ccnumber|cc-number|cvv|securitycode|security-code|security_code|expiry|expdate|exp-date|exp_date/i;
const CREDENTIAL_NAME_SHORT = /(?:^|[^a-z])(?:pass|pwd|pin|otp|cvc|csc|card|cc)(?:[^a-z]|$)/i;

/** Parse one HTML document and add its links (and links written in its visible text) to the sink. */
function extractFromHtml(html: string, where: LinkWhere, sink: LinkSink): void {
  const doc = html.length > MAX_HTML_PARSE ? html.slice(0, MAX_HTML_PARSE) : html;
  const pending: PendingLink[] = [];
  let base: string | null = null;
  let anchor: OpenAnchor | null = null;
  let form: PendingLink | null = null;
  let skipDepth = 0; // inside <script>/<style>/<title>: not visible text
  let outsideText = '';

  const closeAnchor = () => {
    if (!anchor) return;
    const text = visibleText(anchor.text);
    anchor.pending.link.text = text || visibleText(anchor.alts.join(' '));
    anchor.pending.link.imageOnly = !text && anchor.alts.length > 0;
    anchor = null;
  };
  const addPending = (href: string, element: LinkElement, text = ''): PendingLink => {
    const p: PendingLink = {
      href: href.trim().slice(0, MAX_URL_LENGTH),
      link: { url: '', where, element, text, context: '', imageOnly: false, credentialInputs: [] },
    };
    pending.push(p);
    return p;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        switch (name) {
          case 'script':
          case 'style':
          case 'title':
            skipDepth++;
            return;
          case 'base':
            if (base === null && attrs.href) base = attrs.href.trim();
            return;
          case 'a':
            closeAnchor(); // <a> cannot nest; a second one closes the first, as browsers do
            if (attrs.href !== undefined) anchor = { pending: addPending(attrs.href, 'a'), text: '', alts: [] };
            else if (attrs['xlink:href'] !== undefined) anchor = { pending: addPending(attrs['xlink:href'], 'a'), text: '', alts: [] };
            return;
          case 'img':
            if (anchor && attrs.alt) anchor.alts.push(attrs.alt);
            return;
          case 'area':
            if (attrs.href !== undefined) addPending(attrs.href, 'area', visibleText(attrs.alt ?? ''));
            return;
          case 'meta': {
            const refresh = (attrs['http-equiv'] ?? '').toLowerCase() === 'refresh' ? metaRefreshUrl(attrs.content ?? '') : null;
            if (refresh) addPending(refresh, 'meta-refresh');
            return;
          }
          case 'form':
            form = addPending(attrs.action ?? '', 'form');
            return;
          case 'input': {
            const kind = credentialInputKind(attrs);
            if (!kind) return;
            // A password box outside any <form> still collects a secret (scripts post it): keep it as a form.
            const target: PendingLink = form ?? addPending('', 'form');
            if (!target.link.credentialInputs.includes(kind) && target.link.credentialInputs.length < 10) {
              target.link.credentialInputs.push(kind);
            }
            if (!form) form = target;
            return;
          }
        }
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style' || name === 'title') skipDepth = Math.max(0, skipDepth - 1);
        else if (name === 'a') closeAnchor();
        else if (name === 'form') form = null;
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (anchor) {
          if (anchor.text.length < MAX_LINK_TEXT * 4) anchor.text += data;
        } else if (outsideText.length < MAX_TEXT_SCAN) {
          outsideText += data;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(doc);
  parser.end();
  closeAnchor();

  // <base href> applies to every relative link in the document, also the ones before it (HTML spec).
  for (const p of pending) {
    const url = resolveHref(p.href, base);
    if (url === null) continue;
    if (p.link.element === 'form' && !url && p.link.credentialInputs.length === 0) continue;
    p.link.url = url;
    sink.add(p.link);
  }
  // Addresses and domains written in the visible text outside any anchor: mail clients make them clickable.
  extractFromText(outsideText, where, sink);
}

/**
 * The absolute link a browser would follow, or null when it leads nowhere that matters (mailto:, in-page
 * anchors, relative links without a base). javascript: and data: are kept: they are what is judged.
 */
function resolveHref(href: string, base: string | null): string | null {
  const h = href.replace(/[\u0000-\u001f]/g, '').trim();
  if (!h) return '';
  if (IGNORED_SCHEMES.test(h) || h.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) return h;
  if (/^www\./i.test(h)) return h; // written without a scheme; clients treat it as http://www...
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
