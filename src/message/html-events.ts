/**
 * The element events of an HTML document (open tag with attributes, text, close tag) as htmlparser2's Parser
 * gives them with html-scan.ts's options (HTML mode, entities decoded, names lower-cased, self-closing slash
 * honoured only in SVG and MathML), built directly on htmlparser2's tokenizer. The shared HTML pass needs
 * nothing else of the Parser, and the Parser's general bookkeeping cost more than the tokenizer itself: a
 * slice through its buffer list for every name, value and text, an attributes object for every tag with
 * every attribute in it, and an open-element stack kept with unshift/shift. Here the stack is pushed and
 * popped at its end, and only the attributes the caller names are sliced and kept.
 *
 * The rules below are htmlparser2 10.x's Parser.js, rule by rule (implied closes on open, void elements, the
 * implied `<p>` of a stray `</p>`, the `<br>` of a stray `</br>`, foreign content, the stack closed at the
 * end, and the first of two same-named attributes kept). test/message/html-events.test.ts compares the
 * events with the Parser's on every HTML part of the fixtures and the corpus and on generated HTML.
 */
import type { Tokenizer, TokenizerCallbacks } from 'htmlparser2';
import { HtmlTokenizer } from './html-tokenizer.js';

export interface HtmlEventHandler<D> {
  /** An element opened (or implied), with the attributes its table entry keeps. */
  onopentag(tag: HtmlTag<D>, attribs: Record<string, string>): void;
  /** Text, entities decoded; a decoded entity comes as a text of its own, as from the Parser. */
  ontext(text: string): void;
  /** An element closed, explicitly, implied, or at the end of the document. */
  onclosetag(tag: HtmlTag<D>): void;
}

/**
 * Which attributes of an element to keep: a set of lower-cased names, or 'all'. Attributes not kept are
 * never sliced out of the document (most of an e-mail's markup is width, class, cellpadding and the like).
 */
export type KeptAttributes = ReadonlySet<string> | 'all';

const pTag = new Set(['p']);
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
/** htmlparser2's openImpliesClose: opening the key closes open elements of these names on top of the stack. */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', pTag],
  ['h2', pTag],
  ['h3', pTag],
  ['h4', pTag],
  ['h5', pTag],
  ['h6', pTag],
  ['select', formTags],
  ['input', formTags],
  ['output', formTags],
  ['button', formTags],
  ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['address', pTag],
  ['article', pTag],
  ['aside', pTag],
  ['blockquote', pTag],
  ['details', pTag],
  ['div', pTag],
  ['dl', pTag],
  ['fieldset', pTag],
  ['figcaption', pTag],
  ['figure', pTag],
  ['footer', pTag],
  ['form', pTag],
  ['header', pTag],
  ['hr', pTag],
  ['main', pTag],
  ['nav', pTag],
  ['ol', pTag],
  ['pre', pTag],
  ['section', pTag],
  ['table', pTag],
  ['ul', pTag],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);
const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
]);
const FOREIGN_CONTEXT_ELEMENTS = new Set(['math', 'svg']);
const HTML_INTEGRATION_ELEMENTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** What the rules, and the caller, need to know of a tag name; worked out once per name as written. */
export interface HtmlTag<D> {
  /** The lower-cased name. */
  readonly name: string;
  readonly isVoid: boolean;
  /** Names of open elements that opening this one closes, or undefined. */
  readonly impliesClose: ReadonlySet<string> | undefined;
  /** Opening it enters foreign content (true), an HTML integration point (false), or neither (null). */
  readonly entersContext: boolean | null;
  readonly keptAttributes: KeptAttributes;
  /** What the caller's `describe` said of the name. */
  readonly data: D;
}

/**
 * Tag and attribute names as written (case included) to what the rules and the caller need. A document
 * names the same few dozen elements hundreds of times; slicing the name and one lookup is all that is left
 * per tag, where lower-casing it and looking the fresh string up in several sets (here and in the caller)
 * cost more than the tokenizer's work on the tag. Names come from mail, so the memo is bounded (cleared
 * when full). A caller makes one table and uses it for every document.
 */
export class HtmlTags<D> {
  private readonly tags = new Map<string, HtmlTag<D>>();
  private readonly attributeNames = new Map<string, string>();

  constructor(
    private readonly keptAttributes: (name: string) => KeptAttributes,
    private readonly describe: (name: string) => D,
    private readonly maxNames = 1_024,
  ) {}

  of(written: string): HtmlTag<D> {
    let tag = this.tags.get(written);
    if (tag === undefined) {
      const name = written.toLowerCase();
      const isVoid = VOID_ELEMENTS.has(name);
      const entersContext = isVoid ? null : FOREIGN_CONTEXT_ELEMENTS.has(name) ? true : HTML_INTEGRATION_ELEMENTS.has(name) ? false : null;
      tag = { name, isVoid, impliesClose: OPEN_IMPLIES_CLOSE.get(name), entersContext, keptAttributes: this.keptAttributes(name), data: this.describe(name) };
      if (this.tags.size >= this.maxNames) this.tags.clear();
      this.tags.set(written, tag);
    }
    return tag;
  }

  attributeName(written: string): string {
    let name = this.attributeNames.get(written);
    if (name === undefined) {
      name = written.toLowerCase();
      if (this.attributeNames.size >= this.maxNames) this.attributeNames.clear();
      this.attributeNames.set(written, name);
    }
    return name;
  }
}

/** The tokenizer's callbacks, turned into element events. One instance per document. */
class EventBuilder<D> implements TokenizerCallbacks {
  buffer = '';
  /** Open elements, innermost last. */
  private readonly stack: HtmlTag<D>[] = [];
  /** Whether the innermost foreign or integration element is foreign (the Parser's foreignContext, innermost last). */
  private readonly foreignContext: boolean[] = [false];
  private tag: HtmlTag<D> | null = null;
  /** The attributes of the tag being read; null outside an open tag. */
  private attribs: Record<string, string> | null = null;
  /** The attribute being read, or null when it is not kept. */
  private attribname: string | null = null;
  private attribvalue = '';

  constructor(
    private readonly handler: HtmlEventHandler<D>,
    private readonly tags: HtmlTags<D>,
  ) {}

  ontext(start: number, endIndex: number): void {
    this.handler.ontext(this.buffer.slice(start, endIndex));
  }

  ontextentity(cp: number): void {
    this.handler.ontext(String.fromCodePoint(cp));
  }

  onopentagname(start: number, endIndex: number): void {
    this.emitOpenTag(this.tags.of(this.buffer.slice(start, endIndex)));
  }

  private emitOpenTag(tag: HtmlTag<D>): void {
    this.tag = tag;
    const impliesClose = tag.impliesClose;
    if (impliesClose) {
      const stack = this.stack;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1].name)) this.handler.onclosetag(stack.pop() as HtmlTag<D>);
    }
    if (!tag.isVoid) {
      this.stack.push(tag);
      if (tag.entersContext !== null) this.foreignContext.push(tag.entersContext);
    }
    this.attribs = {};
  }

  private endOpenTag(): void {
    const tag = this.tag as HtmlTag<D>;
    if (this.attribs) {
      this.handler.onopentag(tag, this.attribs);
      this.attribs = null;
    }
    if (tag.isVoid) this.handler.onclosetag(tag);
    this.tag = null;
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, endIndex: number): void {
    const tag = this.tags.of(this.buffer.slice(start, endIndex));
    const name = tag.name;
    // As the Parser: leaves the foreign context even when no such element is open.
    if (tag.entersContext !== null) this.foreignContext.pop();
    if (!tag.isVoid) {
      const stack = this.stack;
      let pos = stack.length - 1;
      while (pos >= 0 && stack[pos].name !== name) pos--;
      if (pos !== -1) {
        while (stack.length > pos) this.handler.onclosetag(stack.pop() as HtmlTag<D>);
      } else if (name === 'p') {
        // A stray </p> is an empty paragraph.
        this.emitOpenTag(tag);
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // A stray </br> is a <br>.
      this.handler.onopentag(tag, {});
      this.handler.onclosetag(tag);
    }
  }

  onselfclosingtag(): void {
    if (this.foreignContext[this.foreignContext.length - 1]) this.closeCurrentTag();
    else this.endOpenTag(); // a slash on an HTML element is ignored
  }

  private closeCurrentTag(): void {
    const tag = this.tag as HtmlTag<D>;
    this.endOpenTag();
    const stack = this.stack;
    if (stack.length > 0 && stack[stack.length - 1].name === tag.name) {
      this.handler.onclosetag(stack.pop() as HtmlTag<D>);
    }
  }

  onattribname(start: number, endIndex: number): void {
    const name = this.tags.attributeName(this.buffer.slice(start, endIndex));
    const kept = (this.tag as HtmlTag<D>).keptAttributes;
    this.attribname = kept === 'all' || kept.has(name) ? name : null;
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.attribname !== null) this.attribvalue += this.buffer.slice(start, endIndex);
  }

  onattribentity(cp: number): void {
    if (this.attribname !== null) this.attribvalue += String.fromCodePoint(cp);
  }

  onattribend(): void {
    const name = this.attribname;
    if (name !== null && this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, name)) this.attribs[name] = this.attribvalue;
    this.attribvalue = '';
    this.attribname = null;
  }

  onend(): void {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) this.handler.onclosetag(stack[i]);
  }

  // Comments, CDATA (a comment in HTML), declarations and processing instructions make no element event.
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
}

/** Feed `html` through the tokenizer and call `handler` for each element event, in document order. */
export function parseHtmlEvents<D>(html: string, handler: HtmlEventHandler<D>, tags: HtmlTags<D>): void {
  const builder = new EventBuilder(handler, tags);
  builder.buffer = html;
  const tokenizer: Tokenizer = new HtmlTokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
}
