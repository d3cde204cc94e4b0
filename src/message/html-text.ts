/**
 * HTML reduced to the text a reader sees, for matching (mailparser's html-to-text costs 6x the parse,
 * docs/sources.md#design-notes). Scripts, styles and elements hidden with inline CSS are dropped: phishing hides
 * junk words in `display:none` spans to break up "Amazon" for filters, and the reader never sees them.
 * The pass itself is html-scan.ts, shared with the link check so each HTML part is parsed once.
 */
import { scanHtml } from './html-scan.js';

export function htmlToText(html: string): string {
  return scanHtml(html).text;
}
