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

export interface HtmlEventHandler {
  /** An element opened (or implied), with the attributes `keptAttributes` asked for. */
  onopentag(name: string, attribs: Record<string, string>): void;
  /** Text, entities decoded; a decoded entity comes as a text of its own, as from the Parser. */
  ontext(text: string): void;
  /** An element closed, explicitly, implied, or at the end of the document. */
  onclosetag(name: string): void;
}

/**
 * Which attributes of an element to keep: a set of lower-cased names, or 'all'. Attributes not kept are
 * never sliced out of the document (most of an e-mail's markup is width, class, cellpadding and the like).
 */
export type KeptAttributes = (tagName: string) => ReadonlySet<string> | 'all';

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

/** What the rules need to know of a tag name, worked out once per name as written (see tagInfo). */
interface TagInfo {
  /** The lower-cased name. */
  readonly name: string;
  readonly isVoid: boolean;
  /** Names of open elements that opening this one closes, or undefined. */
  readonly impliesClose: ReadonlySet<string> | undefined;
  /** Opening it enters foreign content (true), an HTML integration point (false), or neither (null). */
  readonly entersContext: boolean | null;
}

/**
 * Tag and attribute names as written (case included) to what the rules need. A document names the same few
 * dozen elements hundreds of times; slicing the name is all that is left per tag, where lower-casing it and
 * looking the fresh string up in five sets cost more than the tokenizer's work on the tag. Names come from
 * mail, so the memo is bounded (cleared when full).
 */
const MAX_REMEMBERED_NAMES = 1_024;
const tagInfos = new Map<string, TagInfo>();
const attributeNames = new Map<string, string>();

function tagInfo(written: string): TagInfo {
  let info = tagInfos.get(written);
  if (info === undefined) {
    const name = written.toLowerCase();
    const isVoid = VOID_ELEMENTS.has(name);
    const entersContext = isVoid ? null : FOREIGN_CONTEXT_ELEMENTS.has(name) ? true : HTML_INTEGRATION_ELEMENTS.has(name) ? false : null;
    info = { name, isVoid, impliesClose: OPEN_IMPLIES_CLOSE.get(name), entersContext };
    if (tagInfos.size >= MAX_REMEMBERED_NAMES) tagInfos.clear();
    tagInfos.set(written, info);
  }
  return info;
}

function attributeName(written: string): string {
  let name = attributeNames.get(written);
  if (name === undefined) {
    name = written.toLowerCase();
    if (attributeNames.size >= MAX_REMEMBERED_NAMES) attributeNames.clear();
    attributeNames.set(written, name);
  }
  return name;
}

const P_TAG = tagInfo('p');

/** The tokenizer's callbacks, turned into element events. One instance per document. */
class EventBuilder implements TokenizerCallbacks {
  buffer = '';
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Whether the innermost foreign or integration element is foreign (the Parser's foreignContext, innermost last). */
  private readonly foreignContext: boolean[] = [false];
  private tag: TagInfo | null = null;
  /** The attributes of the tag being read; null outside an open tag. */
  private attribs: Record<string, string> | null = null;
  private kept: ReadonlySet<string> | 'all' = 'all';
  /** The attribute being read, or null when it is not kept. */
  private attribname: string | null = null;
  private attribvalue = '';

  constructor(
    private readonly handler: HtmlEventHandler,
    private readonly keptAttributes: KeptAttributes,
  ) {}

  ontext(start: number, endIndex: number): void {
    this.handler.ontext(this.buffer.slice(start, endIndex));
  }

  ontextentity(cp: number): void {
    this.handler.ontext(String.fromCodePoint(cp));
  }

  onopentagname(start: number, endIndex: number): void {
    this.emitOpenTag(tagInfo(this.buffer.slice(start, endIndex)));
  }

  private emitOpenTag(tag: TagInfo): void {
    this.tag = tag;
    const impliesClose = tag.impliesClose;
    if (impliesClose) {
      const stack = this.stack;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1])) this.handler.onclosetag(stack.pop() as string);
    }
    if (!tag.isVoid) {
      this.stack.push(tag.name);
      if (tag.entersContext !== null) this.foreignContext.push(tag.entersContext);
    }
    this.attribs = {};
    this.kept = this.keptAttributes(tag.name);
  }

  private endOpenTag(): void {
    const tag = this.tag as TagInfo;
    if (this.attribs) {
      this.handler.onopentag(tag.name, this.attribs);
      this.attribs = null;
    }
    if (tag.isVoid) this.handler.onclosetag(tag.name);
    this.tag = null;
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, endIndex: number): void {
    const tag = tagInfo(this.buffer.slice(start, endIndex));
    const name = tag.name;
    // As the Parser: leaves the foreign context even when no such element is open.
    if (tag.entersContext !== null) this.foreignContext.pop();
    if (!tag.isVoid) {
      const stack = this.stack;
      const pos = stack.lastIndexOf(name);
      if (pos !== -1) {
        while (stack.length > pos) this.handler.onclosetag(stack.pop() as string);
      } else if (name === 'p') {
        // A stray </p> is an empty paragraph.
        this.emitOpenTag(P_TAG);
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // A stray </br> is a <br>.
      this.handler.onopentag('br', {});
      this.handler.onclosetag('br');
    }
  }

  onselfclosingtag(): void {
    if (this.foreignContext[this.foreignContext.length - 1]) this.closeCurrentTag();
    else this.endOpenTag(); // a slash on an HTML element is ignored
  }

  private closeCurrentTag(): void {
    const name = (this.tag as TagInfo).name;
    this.endOpenTag();
    const stack = this.stack;
    if (stack[stack.length - 1] === name) {
      this.handler.onclosetag(name);
      stack.pop();
    }
  }

  onattribname(start: number, endIndex: number): void {
    const name = attributeName(this.buffer.slice(start, endIndex));
    this.attribname = this.kept === 'all' || this.kept.has(name) ? name : null;
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
export function parseHtmlEvents(html: string, handler: HtmlEventHandler, keptAttributes: KeptAttributes): void {
  const builder = new EventBuilder(handler, keptAttributes);
  builder.buffer = html;
  const tokenizer: Tokenizer = new HtmlTokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
}
