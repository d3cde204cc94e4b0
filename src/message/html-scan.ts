/**
 * One htmlparser2 pass over an HTML document that yields both what the reader sees (the visible text that
 * checks match against, html-text.ts) and the raw material of the link check (anchors with their text, forms
 * and their inputs, area, meta refresh, base: checks/links/extract.ts). The parse is the largest cost of a
 * candidate message, and every HTML part used to be parsed twice, once for each; the last few scans are
 * remembered, so the link check reuses the pass the full parse made of the same part.
 *
 * Self-closing syntax: `<span style="display:none"/>junk` is parsed as browsers parse it (the HTML parsing
 * algorithm ignores the trailing slash on non-void elements, outside SVG and MathML): the span stays open and
 * "junk" is hidden, which is what the reader of the mail sees. Phishing hides filler words that way.
 * (htmlToText used to honour the slash, the link extractor did not; on the fixtures and the corpus this
 * changed only where blank lines fall, which normalizeText removes: the matched text is the same.)
 */
import { HtmlTags, parseHtmlEvents } from './html-events.js';
import { MAX_HTML_LENGTH_TO_PARSE } from './limits.js';

/** Raw anchor text kept per link: 4x what the link check shows, so trimming whitespace still leaves enough. */
export const MAX_RAW_ANCHOR_TEXT = 1_200;
/** Text outside anchors kept for the search of addresses written in text (the link check's text bound). */
export const MAX_OUTSIDE_ANCHOR_TEXT = 1_000_000;

/**
 * Link-bearing elements in document order, with their attributes as written (entities decoded, trimmed where
 * noted). The link check decides what they mean (links/extract.ts).
 */
export type HtmlLinkElement =
  /** `<a href>` (or `xlink:href`): its text as read and the alt texts of images inside, until it closes. */
  | { readonly tag: 'a'; readonly href: string; readonly text: string; readonly alts: readonly string[] }
  | { readonly tag: 'area'; readonly href: string; readonly alt: string }
  /** `<meta http-equiv="refresh">`: its content attribute. */
  | { readonly tag: 'meta-refresh'; readonly content: string }
  | { readonly tag: 'form'; readonly action: string }
  /** Every `<input>`, with all its attributes: the link check picks the ones that ask for a secret. */
  | { readonly tag: 'input'; readonly attribs: Readonly<Record<string, string>> }
  | { readonly tag: 'form-end' };

export interface HtmlScan {
  /** The document scanned (before the length cap). */
  readonly html: string;
  /** Visible text: scripts, styles, head (but its title) and elements hidden with inline CSS dropped. */
  readonly text: string;
  readonly linkElements: readonly HtmlLinkElement[];
  /** The first `<base href>`, trimmed, or null. */
  readonly base: string | null;
  /**
   * Text outside anchors, scripts, styles and titles (hidden elements included: mail clients that ignore CSS
   * make addresses in it clickable), at most about MAX_OUTSIDE_ANCHOR_TEXT characters.
   */
  readonly outsideAnchorText: string;
  /**
   * The images, visible or not, in document order: `src` as written and trimmed, `alt` as written. At most
   * MAX_IMAGES (the identity stage reads them: alt text and images hot-linked from Amazon's hosts).
   */
  readonly images: readonly HtmlImage[];
  /** The text of the `<title>` elements (the browser tab's), at most MAX_TITLE_TEXT characters. */
  readonly title: string;
}

/** An `<img>` of the document. */
export interface HtmlImage {
  readonly src: string;
  readonly alt: string;
}

/** Images kept per document: a mail with more is a catalogue, and the first ones carry its letterhead. */
export const MAX_IMAGES = 200;
/** Characters of title text kept (a real title is a line). */
export const MAX_TITLE_TEXT = 1_000;

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

/** What isHidden reads, on every element. */
const HIDING_ATTRIBUTES: ReadonlySet<string> = new Set(['hidden', 'style']);
/** The attributes the pass reads per element (input: all of them, for the link check). */
const KEPT_ATTRIBUTES = new Map<string, ReadonlySet<string> | 'all'>([
  ['base', new Set([...HIDING_ATTRIBUTES, 'href'])],
  ['a', new Set([...HIDING_ATTRIBUTES, 'href', 'xlink:href'])],
  ['img', new Set([...HIDING_ATTRIBUTES, 'alt', 'src'])],
  ['area', new Set([...HIDING_ATTRIBUTES, 'href', 'alt'])],
  ['meta', new Set([...HIDING_ATTRIBUTES, 'http-equiv', 'content'])],
  ['form', new Set([...HIDING_ATTRIBUTES, 'action'])],
  ['input', 'all'],
]);

/** What the pass needs to know of an element name, looked up once per name as written (html-events.ts). */
interface ScanTag {
  dropped: boolean;
  keptInsideHead: boolean;
  /** What the element puts between the texts on either side of it: a line break, a space or nothing. */
  separator: '\n' | ' ' | '';
  /** script, style or title: text that is no link text. */
  notLinkText: boolean;
}

const SCAN_TAGS = new HtmlTags<ScanTag>(
  (name) => KEPT_ATTRIBUTES.get(name) ?? HIDING_ATTRIBUTES,
  (name) => ({
    dropped: DROPPED.has(name),
    keptInsideHead: KEPT_INSIDE_HEAD.has(name),
    separator: BREAKS.has(name) ? '\n' : CELLS.has(name) ? ' ' : '',
    notLinkText: name === 'script' || name === 'style' || name === 'title',
  }),
);

interface OpenAnchor {
  tag: 'a';
  href: string;
  text: string;
  alts: string[];
}

/** Scan one HTML document (up to MAX_HTML_LENGTH_TO_PARSE characters). */
function scan(html: string): HtmlScan {
  const input = html.length > MAX_HTML_LENGTH_TO_PARSE ? html.slice(0, MAX_HTML_LENGTH_TO_PARSE) : html;

  // Visible text. Depth of the open element that started a dropped or hidden subtree (0: none open).
  const out: string[] = [];
  let depth = 0;
  let dropFrom = 0;
  let keepFrom = 0;

  // Link material. Scripts, styles and titles are not text a reader could click (counted apart from the
  // hidden-text depth above: the link check keeps hidden text, a client ignoring CSS shows it).
  const linkElements: HtmlLinkElement[] = [];
  let base: string | null = null;
  let anchor: OpenAnchor | null = null;
  let skipDepth = 0;
  let outsideAnchorText = '';
  const images: HtmlImage[] = [];
  let title = '';
  let titleDepth = 0;

  parseHtmlEvents(
    input,
    {
      onopentag(tag, attribs) {
        const { name, data } = tag;
        depth++;
        if (dropFrom === 0 && (data.dropped || isHidden(attribs))) dropFrom = depth;
        else if (dropFrom !== 0 && keepFrom === 0 && data.keptInsideHead && !isHidden(attribs)) keepFrom = depth;
        if ((dropFrom === 0 || keepFrom !== 0) && data.separator !== '') out.push(data.separator);
        if (data.notLinkText) {
          skipDepth++;
          if (name === 'title') titleDepth++;
          return;
        }

        switch (name) {
          case 'base':
            if (base === null && attribs.href) base = attribs.href.trim();
            return;
          case 'a': {
            anchor = null; // <a> cannot nest; a second one closes the first, as browsers do
            const href = attribs.href ?? attribs['xlink:href'];
            if (href !== undefined) {
              anchor = { tag: 'a', href, text: '', alts: [] };
              linkElements.push(anchor);
            }
            return;
          }
          case 'img':
            if (anchor && attribs.alt) anchor.alts.push(attribs.alt);
            if (images.length < MAX_IMAGES && (attribs.src || attribs.alt)) images.push({ src: (attribs.src ?? '').trim(), alt: attribs.alt ?? '' });
            return;
          case 'area':
            if (attribs.href !== undefined) linkElements.push({ tag: 'area', href: attribs.href, alt: attribs.alt ?? '' });
            return;
          case 'meta':
            if ((attribs['http-equiv'] ?? '').toLowerCase() === 'refresh') linkElements.push({ tag: 'meta-refresh', content: attribs.content ?? '' });
            return;
          case 'form':
            linkElements.push({ tag: 'form', action: attribs.action ?? '' });
            return;
          case 'input':
            linkElements.push({ tag: 'input', attribs });
            return;
        }
      },
      ontext(text) {
        if (dropFrom === 0 || keepFrom !== 0) out.push(text);
        if (titleDepth > 0 && title.length < MAX_TITLE_TEXT) title += text;
        if (skipDepth > 0) return;
        if (anchor) {
          if (anchor.text.length < MAX_RAW_ANCHOR_TEXT) anchor.text += text;
        } else if (outsideAnchorText.length < MAX_OUTSIDE_ANCHOR_TEXT) {
          outsideAnchorText += text;
        }
      },
      onclosetag(tag) {
        const { name, data } = tag;
        const wasVisible = dropFrom === 0 || keepFrom !== 0;
        if (keepFrom === depth) keepFrom = 0;
        if (dropFrom === depth) dropFrom = 0;
        depth--;
        // The end of a block is a break in the text on either side of it, even when the block was hidden.
        if ((wasVisible || dropFrom === 0 || keepFrom !== 0) && data.separator !== '') out.push(data.separator);

        if (data.notLinkText) {
          skipDepth = Math.max(0, skipDepth - 1);
          if (name === 'title') titleDepth = Math.max(0, titleDepth - 1);
        }
        else if (name === 'a') anchor = null;
        else if (name === 'form') linkElements.push({ tag: 'form-end' });
      },
    },
    SCAN_TAGS,
  );
  return { html, text: out.join(''), linkElements, base, outsideAnchorText, images, title };
}

/*
 * The last few scans. The full parse scans each HTML part for its text and the link check asks for the same
 * part right after (same string), so a handful of entries is enough; the total length is bounded so that a
 * few very large parts are not kept alive after their message is done. A scan is a pure function of the
 * string, so a remembered one is the one a new pass would give; callers must not change it (readonly types).
 */
const REMEMBERED_SCANS = 4;
const MAX_REMEMBERED_HTML = 4_000_000;
const remembered: HtmlScan[] = [];

/** The scan of `html`: remembered when the same document was scanned just before, otherwise a new pass. */
export function scanHtml(html: string): HtmlScan {
  for (const s of remembered) if (s.html === html) return s;
  const result = scan(html);
  remembered.unshift(result);
  let total = 0;
  for (let i = 0; i < remembered.length; i++) {
    total += remembered[i].html.length;
    if (i >= REMEMBERED_SCANS || (i > 0 && total > MAX_REMEMBERED_HTML)) {
      remembered.length = i;
      break;
    }
  }
  return result;
}
