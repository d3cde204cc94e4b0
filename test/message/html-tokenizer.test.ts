/**
 * The skipping tokenizer (src/message/html-tokenizer.ts) gives htmlparser2's stock tokenizer's events, with
 * the same source positions, on every HTML part of the fixtures and the corpus and on generated HTML.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Parser, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/input/index.js';
import { HtmlTokenizer } from '../../src/message/html-tokenizer.js';
import { parseMessage } from '../../src/message/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Every parser event with where the parser says it is in the source. */
function events(html: string, tokenizer: typeof Tokenizer): string[] {
  const out: string[] = [];
  const parser: Parser = new Parser(
    {
      onopentagname: (name) => out.push(`open ${name} @${parser.startIndex}`),
      onattribute: (name, value, quote) => out.push(`attr ${name}=${quote ?? ''}${value} @${parser.endIndex}`),
      onopentag: (name, attribs, implied) => out.push(`opened ${name} ${JSON.stringify(attribs)} ${implied} @${parser.endIndex}`),
      ontext: (text) => out.push(`text ${text} @${parser.startIndex}-${parser.endIndex}`),
      onclosetag: (name, implied) => out.push(`close ${name} ${implied} @${parser.endIndex}`),
      oncomment: (data) => out.push(`comment ${data} @${parser.startIndex}`),
      oncdatastart: () => out.push('cdata'),
      onprocessinginstruction: (name, data) => out.push(`pi ${name} ${data}`),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: tokenizer },
  );
  parser.write(html);
  parser.end();
  return out;
}

describe('HtmlTokenizer', () => {
  it('is the skipping tokenizer with this htmlparser2 (not the fallback)', () => {
    expect(HtmlTokenizer).not.toBe(Tokenizer);
  });

  it('gives the stock events on every HTML part of the fixtures and the corpus', async () => {
    const roots = [FIXTURES, ...(existsSync(CORPUS) ? [CORPUS] : [])];
    let parts = 0;
    for await (const ev of readInputs(roots, {})) {
      if (ev.type !== 'message') continue;
      for (const html of (await parseMessage(ev.message)).htmlParts) {
        parts++;
        expect(events(html, HtmlTokenizer)).toEqual(events(html, Tokenizer));
      }
    }
    // Without ../shared/corpus (a clone on its own) only the project's fixtures are compared.
    expect(parts).toBeGreaterThan(roots.length > 1 ? 100 : 15);
  });

  it('gives the stock events on generated HTML (entities, quotes, unclosed values, raw text elements)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<', '>', '&', '&amp;', '&amp', '&#x41;', '&#65', '&#;', '&yen', '&notin;', '&notit;', '"', "'", '=', '/', ' ', '\n', '\r',
        '<p>', '</p>', '<a href="', '<a href=\'', '<a href=', '<img alt="a&amp;b"', 'x="1&lt;2"', "y='&quot;'", '<br/>',
        '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<textarea>', '<!--', '-->', '<![CDATA[', ']]>',
        '<!DOCTYPE html>', '<?xml?>', '</', 'アマゾン', '\u200b', '\ud83d\ude00',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), (pieces) => {
        const html = pieces.join('');
        expect(events(html, HtmlTokenizer)).toEqual(events(html, Tokenizer));
      }),
      { numRuns: 3_000 },
    );
  });
});
