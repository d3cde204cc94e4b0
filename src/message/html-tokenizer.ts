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
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The parts of htmlparser2's Tokenizer the fast walk uses (private in its typings). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}

/**
 * The next position of one character in the tokenizer's buffer, found with String.prototype.indexOf (a native
 * scan, several times faster than a charCodeAt loop) and remembered: the tokenizer only moves forward, so
 * the position found stays the answer until the tokenizer passes it, and each character of the buffer is
 * scanned about once per kind (a `&` that never comes is looked for once, not from every `<`). The answer is
 * recomputed whenever the buffer differs or `from` lies outside the stretch the remembered search covered.
 */
class NextChar {
  private buffer = '';
  private from = 0;
  /** The position found from `from` (buffer.length when none); -1 before the first search. */
  private at = -1;

  constructor(private readonly char: string) {}

  after(buffer: string, from: number): number {
    if (from > this.at || from < this.from || buffer !== this.buffer) {
      const at = buffer.indexOf(this.char, from);
      this.buffer = buffer;
      this.from = from;
      this.at = at === -1 ? buffer.length : at;
    }
    return this.at;
  }
}

class SkippingTokenizer extends Tokenizer {
  readonly nextLt = new NextChar('<');
  readonly nextAmp = new NextChar('&');
  readonly nextDoubleQuote = new NextChar('"');
  readonly nextSingleQuote = new NextChar("'");
}

const stock = Tokenizer.prototype as unknown as TokenizerInternals;
const skipping = SkippingTokenizer.prototype as unknown as TokenizerInternals;

/** A skipping tokenizer seen with the internals it reaches into. */
interface Skipping extends TokenizerInternals {
  nextLt: NextChar;
  nextAmp: NextChar;
  nextDoubleQuote: NextChar;
  nextSingleQuote: NextChar;
}

skipping.stateText = function (this: Skipping, c: number): void {
  if (c === LT || c === AMP) return stock.stateText.call(this, c);
  // The parse loop adds one after each state call: stop right before the next `<` or `&`.
  const from = this.index - this.offset + 1;
  const next = Math.min(this.nextLt.after(this.buffer, from), this.nextAmp.after(this.buffer, from));
  this.index = next - 1 + this.offset;
};

skipping.handleInAttributeValue = function (this: Skipping, c: number, quote: number): void {
  if (c === quote || c === AMP) return stock.handleInAttributeValue.call(this, c, quote);
  const from = this.index - this.offset + 1;
  const quotes = quote === DOUBLE_QUOTE ? this.nextDoubleQuote : quote === SINGLE_QUOTE ? this.nextSingleQuote : null;
  const nextQuote = quotes ? quotes.after(this.buffer, from) : nextCode(this.buffer, from, quote);
  this.index = Math.min(nextQuote, this.nextAmp.after(this.buffer, from)) - 1 + this.offset;
};

/** Index in `buffer` of the first `code` at or after `from`, or buffer.length (for a quote other than " and '). */
function nextCode(buffer: string, from: number, code: number): number {
  const at = buffer.indexOf(String.fromCharCode(code), from);
  return at === -1 ? buffer.length : at;
}

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
