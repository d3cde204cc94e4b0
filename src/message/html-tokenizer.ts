/**
 * htmlparser2's tokenizer with a faster walk over text and quoted attribute values, for the shared HTML pass
 * (html-scan.ts). The stock tokenizer looks at every character through its state switch; in text (with
 * entity decoding on) only `<` and `&` do anything, in a quoted attribute value only the closing quote and
 * `&`. Every other character is a no-op: the state does not change and nothing is emitted (see stateText and
 * handleInAttributeValue in htmlparser2's Tokenizer.js). So jumping straight to the next character that
 * matters gives the same events, with the same positions, as stepping over each one. On the benchmark
 * mailbox's HTML this is about a quarter of the parse.
 *
 * This reaches into two private methods of htmlparser2 10.x. If a version lays them out differently, the
 * check below sees it and the stock tokenizer is used; test/message/html-tokenizer.test.ts compares the two
 * on the fixtures, the corpus and generated HTML.
 */
import { Parser, Tokenizer } from 'htmlparser2';

const LT = 0x3c;
const AMP = 0x26;

/** The parts of htmlparser2's Tokenizer the fast walk uses (private in its typings). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}

/** Index in `buffer` of the first `a` or `b` at or after `from`, or buffer.length. */
function nextOf(buffer: string, from: number, a: number, b: number): number {
  let i = from;
  while (i < buffer.length) {
    const c = buffer.charCodeAt(i);
    if (c === a || c === b) break;
    i++;
  }
  return i;
}

class SkippingTokenizer extends Tokenizer {}

const stock = Tokenizer.prototype as unknown as TokenizerInternals;
const skipping = SkippingTokenizer.prototype as unknown as TokenizerInternals;

skipping.stateText = function (this: TokenizerInternals, c: number): void {
  if (c === LT || c === AMP) return stock.stateText.call(this, c);
  // The parse loop adds one after each state call: stop right before the next `<` or `&`.
  this.index = nextOf(this.buffer, this.index - this.offset + 1, LT, AMP) - 1 + this.offset;
};

skipping.handleInAttributeValue = function (this: TokenizerInternals, c: number, quote: number): void {
  if (c === quote || c === AMP) return stock.handleInAttributeValue.call(this, c, quote);
  this.index = nextOf(this.buffer, this.index - this.offset + 1, quote, AMP) - 1 + this.offset;
};

/** Visible events of `html` with the given tokenizer, for the check below. */
function eventsOf(html: string, tokenizer: typeof Tokenizer): string {
  const events: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attribs) => events.push(`<${name} ${JSON.stringify(attribs)}>`),
      ontext: (text) => events.push(text),
      onclosetag: (name) => events.push(`</${name}>`),
    },
    { decodeEntities: true, Tokenizer: tokenizer },
  );
  parser.write(html);
  parser.end();
  return events.join('|');
}

const SAMPLE = `<p class="a&amp;b" title='x&lt;y'>Amazon &amp; <b>co</b> &#x30A2; &yen;1</p><a href=/x?a=1&b=2>t</a>tail &`;

/** The tokenizer for the shared pass: the skipping one when this htmlparser2 is laid out as it expects. */
export const HtmlTokenizer: typeof Tokenizer =
  typeof stock.stateText === 'function' &&
  typeof stock.handleInAttributeValue === 'function' &&
  eventsOf(SAMPLE, SkippingTokenizer) === eventsOf(SAMPLE, Tokenizer)
    ? SkippingTokenizer
    : Tokenizer;
