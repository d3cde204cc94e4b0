import type { LinkPurpose } from '../../amazon/link-patterns.js';

export type { LinkPurpose };

/** Where in the mail a link was found: the HTML body, a plain-text part, or an attached HTML file. */
/**
 * Where a link was found: the mail's HTML or text, an HTML or SVG attachment (`attachment:NAME`), a page of
 * a PDF attachment (`pdf:PAGE:NAME`), a QR code in an image (`qr:NAME`).
 */
export type LinkWhere = 'html' | 'text' | `attachment:${string}` | `pdf:${number}:${string}` | `qr:${string}`;

/**
 * The element that carries the link. `text-url` is an http(s):// or www. address written in text;
 * `bare-domain` is a domain name written in text without a scheme (mail clients often make it clickable).
 */
export type LinkElement = 'a' | 'area' | 'form' | 'meta-refresh' | 'text-url' | 'bare-domain' | 'pdf-link' | 'qr-code';

export interface ExtractedLink {
  /** The link as written (HTML entities decoded, relative links resolved against <base href>), length-bounded. */
  url: string;
  where: LinkWhere;
  element: LinkElement;
  /** What the reader sees: anchor text (whitespace-collapsed, NFKC), image alt text, or "" when nothing. */
  text: string;
  /**
   * For addresses written in text: the words just before it on the same line ("ご確認はこちら:"), which say
   * what the address is for. "" for HTML elements, whose own text says it.
   */
  context: string;
  /** True when the anchor holds only images: `text` is then their alt text. */
  imageOnly: boolean;
  /**
   * For forms: the credential-like inputs inside (e.g. "password", "cc-number"); empty for other elements.
   * A form without an action that holds such inputs is kept with url "".
   */
  credentialInputs: string[];
}

export interface ExtractionResult {
  links: ExtractedLink[];
  /** True when the message had more links than the cap and the rest were not extracted. */
  truncated: boolean;
}

/** One link as the report shows it. Kept small: the report holds at most the first 50. */
export interface LinkSummary {
  url: string;
  /** Where the link really goes once rewriters and redirectors written into it are unwrapped. */
  finalUrl: string;
  /** Host of `finalUrl` (ASCII form), or "" when there is none (javascript:, data:, broken links). */
  host: string;
  where: LinkWhere;
  text: string;
  /** True when the destination is Amazon's own: an Amazon registrable domain over https. */
  amazon: boolean;
  purpose: LinkPurpose;
  /** Name of the genuine Amazon link pattern it matches (e.g. "sign-in-approval"), or null. */
  amazonPattern: string | null;
  /** The wrappers it was unwrapped from, outermost first (full URLs). */
  unwrappedFrom: string[];
}
