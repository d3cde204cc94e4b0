/**
 * HTML reduced to the text a reader sees, for matching (mailparser's html-to-text costs 6x the parse,
 * tech.md section 3.3). Scripts, styles and elements hidden with inline CSS are dropped: phishing hides
 * junk words in `display:none` spans to break up "Amazon" for filters, and the reader never sees them.
 */
import { Parser } from 'htmlparser2';
import { MAX_HTML_LENGTH_TO_PARSE } from './limits.js';

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

export function htmlToText(html: string): string {
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
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(input);
  parser.end();
  return out.join('');
}
