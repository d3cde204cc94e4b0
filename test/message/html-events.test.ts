/**
 * The element events of src/message/html-events.ts equal htmlparser2's Parser's (with html-scan.ts's
 * options) on every HTML part of the fixtures and the corpus and on generated HTML: same open tags with the
 * same attributes, same texts, same closes, in the same order; with only some attributes kept, the kept ones
 * are the Parser's.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/input/index.js';
import { HtmlTags, parseHtmlEvents, type KeptAttributes } from '../../src/message/html-events.js';
import { HtmlTokenizer } from '../../src/message/html-tokenizer.js';
import { parseMessage } from '../../src/message/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

type Kept = (tagName: string) => KeptAttributes;
const ALL: Kept = () => 'all';
const SOME_NAMES = new Set(['style', 'hidden', 'href', 'alt']);
const SOME: Kept = (tag) => (tag === 'input' ? 'all' : SOME_NAMES);
// Small tables, so that the generated HTML also runs through a table being cleared and refilled.
const TABLES = new Map<Kept, HtmlTags<null>>([ALL, SOME].map((kept) => [kept, new HtmlTags(kept, () => null, 16)]));

function pick(attribs: Record<string, string>, kept: ReadonlySet<string> | 'all'): Record<string, string> {
  if (kept === 'all') return attribs;
  return Object.fromEntries(Object.entries(attribs).filter(([name]) => kept.has(name)));
}

/** The Parser's events, attributes filtered as `keptAttributes` says. */
function parserEvents(html: string, keptAttributes: Kept): string[] {
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attribs) => out.push(`<${name} ${JSON.stringify(pick(attribs, keptAttributes(name)))}>`),
      ontext: (text) => out.push(text),
      onclosetag: (name) => out.push(`</${name}>`),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false, Tokenizer: HtmlTokenizer },
  );
  parser.write(html);
  parser.end();
  return out;
}

function builtEvents(html: string, keptAttributes: Kept): string[] {
  const out: string[] = [];
  parseHtmlEvents(
    html,
    {
      onopentag: (tag, attribs) => out.push(`<${tag.name} ${JSON.stringify(attribs)}>`),
      ontext: (text) => out.push(text),
      onclosetag: (tag) => out.push(`</${tag.name}>`),
    },
    TABLES.get(keptAttributes) as HtmlTags<null>,
  );
  return out;
}

describe('parseHtmlEvents', () => {
  it("gives the Parser's events on every HTML part of the fixtures and the corpus", async () => {
    const roots = [FIXTURES, ...(existsSync(CORPUS) ? [CORPUS] : [])];
    let parts = 0;
    for await (const ev of readInputs(roots, {})) {
      if (ev.type !== 'message') continue;
      for (const html of (await parseMessage(ev.message)).htmlParts) {
        parts++;
        expect(builtEvents(html, ALL)).toEqual(parserEvents(html, ALL));
        expect(builtEvents(html, SOME)).toEqual(parserEvents(html, SOME));
      }
    }
    // Without ../shared/corpus (a clone on its own) only the project's fixtures are compared.
    expect(parts).toBeGreaterThan(roots.length > 1 ? 100 : 15);
  });

  it("gives the Parser's events on generated HTML (implied closes, stray closes, void and foreign elements, attributes)", () => {
    const tag = fc.constantFrom(
      'p', 'P', 'div', 'span', 'a', 'b', 'br', 'BR', 'img', 'input', 'hr', 'li', 'ul', 'ol', 'dd', 'dt', 'tr', 'td', 'th', 'table',
      'tbody', 'thead', 'tfoot', 'select', 'option', 'optgroup', 'button', 'textarea', 'form', 'h1', 'body', 'head', 'link', 'script',
      'style', 'title', 'svg', 'SVG', 'math', 'mi', 'mtext', 'desc', 'foreignObject', 'annotation-xml', 'rt', 'rp', 'meta', 'base',
      'area', 'x', 'template',
    );
    const attribute = fc.constantFrom(
      ' href="h&amp;1"', ' HREF=h2', " href='h3'", ' style="display:none"', ' Style=x', ' hidden', ' alt="a"', ' class="c"',
      ' __proto__="p"', ' constructor=c', ' hasOwnProperty="z"', ' alt="b"', ' type=password', ' name="n&lt;"', ' =x', ' a=&yen;',
    );
    const piece = fc.oneof(
      fc.tuple(tag, fc.array(attribute, { maxLength: 4 }), fc.constantFrom('>', '/>', ' />', '')).map(([t, a, end]) => `<${t}${a.join('')}${end}`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom('text', ' ', '\n', '&amp;', '&#x1F600;', '&nbsp', '<', '>', '&', '<!-- c -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?p?>', 'アマゾン'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(builtEvents(html, ALL)).toEqual(parserEvents(html, ALL));
        expect(builtEvents(html, SOME)).toEqual(parserEvents(html, SOME));
      }),
      { numRuns: 5_000 },
    );
  });
});
