/**
 * The shared HTML pass (src/message/html-scan.ts) gives the same visible text and the same links as the two
 * separate htmlparser2 passes it replaced (test/message/html-two-pass-reference.ts): on every fixture and
 * corpus message, and on generated HTML. The one intended difference, self-closing syntax on non-void
 * elements, is pinned on its own.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractLinksBounded, MAX_LINK_TEXT } from '../../src/checks/links/extract.js';
import { MAX_TEXT_SCAN } from '../../src/checks/links/text-links.js';
import { readInputs } from '../../src/input/index.js';
import { MAX_OUTSIDE_ANCHOR_TEXT, MAX_RAW_ANCHOR_TEXT, scanHtml } from '../../src/message/html-scan.js';
import { htmlToText, normalizeText, parseMessage } from '../../src/message/index.js';
import type { Message } from '../../src/message/types.js';
import { extractLinksTwoPass, htmlToTextTwoPass } from './html-two-pass-reference.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Link extraction reads only the parts and attachments of a message. */
// Without the attachments read as PDFs and images (attachmentReads): their links are not HTML, which is what the
// two-pass reference reads.
function withParts(msg: Pick<Message, 'htmlParts' | 'textParts' | 'attachments'>): Message {
  return { htmlParts: msg.htmlParts, textParts: msg.textParts, attachments: msg.attachments, attachmentReads: [] } as unknown as Message;
}

/** A copy with new string objects, so the remembered scans of the parse cannot be what is compared. */
function freshCopy(msg: Message): Message {
  return withParts({ htmlParts: msg.htmlParts.map((h) => ` ${h}`.slice(1)), textParts: msg.textParts, attachments: msg.attachments });
}

describe('scanHtml: one pass equals the two passes it replaced', () => {
  it('on every fixture and corpus message: same text, same links (also from HTML attachments)', async () => {
    const roots = [FIXTURES, ...(existsSync(CORPUS) ? [CORPUS] : [])];
    let messages = 0;
    let htmlParts = 0;
    for await (const ev of readInputs(roots, {})) {
      if (ev.type !== 'message') continue;
      const msg = await parseMessage(ev.message);
      messages++;
      for (const html of msg.htmlParts) {
        htmlParts++;
        expect(htmlToText(html)).toBe(htmlToTextTwoPass(html));
        // The parse honoured `<x/>` before; the text checks match against is the same on all of these.
        expect(normalizeText(htmlToText(html))).toBe(normalizeText(htmlToTextTwoPass(html, true)));
      }
      // Once right after the parse (remembered scans), once from a fresh pass.
      expect(extractLinksBounded(withParts(msg))).toEqual(extractLinksTwoPass(msg));
      expect(extractLinksBounded(freshCopy(msg))).toEqual(extractLinksTwoPass(msg));
    }
    // Without ../shared/corpus (a clone on its own) only the project's fixtures are compared.
    const withCorpus = roots.length > 1;
    expect(messages).toBeGreaterThan(withCorpus ? 200 : 100);
    expect(htmlParts).toBeGreaterThan(withCorpus ? 100 : 15);
  });

  const word = fc.constantFrom('Amazon', 'アマゾン', 'ｓｉｇｎ　ｉｎ', 'Sign in', 'account', ' ', '\n', '\t', 'a\u200bb', '.', '。');
  const entity = fc.constantFrom('&amp;', '&lt;', '&gt;', '&#x30A2;', '&#12510;', '&nbsp;', '&yen', '&bogus;', '&', '&#0;', '&quot;');
  const textUrl = fc.constantFrom(
    'https://amazon.co.jp.verify-account.xyz/signin',
    'www.amazon-secure.example',
    'amazon.co.jp.evil.xyz',
    'see http://x.example/a_(b)).',
    'mail@amazon.co.jp',
    'file.zip',
  );
  const href = fc.constantFrom(
    'https://www.amazon.co.jp/gp/css/',
    ' https://evil.example/a?b=1&amp;c=2 ',
    '/relative/path',
    '//cdn.example/x',
    '#top',
    'mailto:a@b.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    'www.example.com',
    'http://x.example/&#x2F;y',
    '',
  );
  const attr = fc.oneof(
    href.map((h) => `href="${h}"`),
    href.map((h) => `xlink:href='${h}'`),
    fc.constantFrom(
      'style="display:none"', 'style="DISPLAY : NONE"', 'style="font-size:0px;"', 'style="opacity:0"', 'style="color:red"',
      'hidden', 'alt="Renew Prime"', 'alt=""', 'type="password"', 'type=hidden', 'name="cardnumber"', 'id="pin"',
      'autocomplete="cc-number"', 'autocomplete=current-password', 'http-equiv="refresh"', 'HTTP-EQUIV=Refresh',
      'content="0; url=https://refresh.example/x"', 'content="5;URL=\'/go\'"', 'action="https://post.example/login"',
      'action=""', 'class=x', 'title="a&amp;b"',
    ),
  );
  const tagName = fc.constantFrom(
    'a', 'A', 'img', 'area', 'meta', 'base', 'form', 'input', 'span', 'div', 'p', 'td', 'th', 'tr', 'table', 'br', 'li',
    'script', 'style', 'title', 'head', 'body', 'html', 'svg', 'math', 'noscript', 'template', 'font', 'b', 'center',
  );
  const openTag = fc
    .tuple(tagName, fc.array(attr, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >', ' / >'))
    .map(([name, attrs, end]) => `<${name}${attrs.map((a) => ' ' + a).join('')}${end}`);
  const closeTag = tagName.map((name) => `</${name}>`);
  const junk = fc.constantFrom('<', '>', '</', '<!-- c -->', '<!DOCTYPE html>', '<![CDATA[x]]>', '"', "'", '<?x?>', '</p>', '</br>');
  const html = fc
    .array(fc.oneof({ weight: 3, arbitrary: openTag }, { weight: 2, arbitrary: closeTag }, word, entity, textUrl, junk), { maxLength: 40 })
    .map((pieces) => pieces.join(''));

  it('on generated HTML: same text, same links', () => {
    fc.assert(
      fc.property(html, (h) => {
        expect(htmlToText(h)).toBe(htmlToTextTwoPass(h));
        const msg = withParts({ htmlParts: [h], textParts: [], attachments: [] });
        expect(extractLinksBounded(withParts(msg))).toEqual(extractLinksTwoPass(msg));
      }),
      { numRuns: 2_000 },
    );
  });

  it('remembers a scan only for the very same document', () => {
    const a = '<a href="https://a.example/">A</a>';
    expect(scanHtml(a)).toBe(scanHtml(` ${a}`.slice(1)));
    expect(scanHtml(a + ' ')).not.toBe(scanHtml(a));
    expect(scanHtml(a + ' ').linkElements).toEqual(scanHtml(a).linkElements);
  });

  it('keeps the text bounds of the link check', () => {
    expect(MAX_RAW_ANCHOR_TEXT).toBe(MAX_LINK_TEXT * 4);
    expect(MAX_OUTSIDE_ANCHOR_TEXT).toBe(MAX_TEXT_SCAN);
  });
});

describe('scanHtml: self-closing syntax is read as browsers read it', () => {
  it('ignores the slash on a non-void element: a hidden span written <span/> hides what follows it', () => {
    const h = '<p>Ama<span style="display:none"/>XYZ</span>zon</p>';
    expect(htmlToText(h)).toBe('\nAmazon\n');
    // What htmlToText gave before the shared pass: the filler word in the middle of the brand.
    expect(htmlToTextTwoPass(h, true)).toBe('\nAmaXYZzon\n');
  });

  it('honours it in SVG and MathML (foreign content), as browsers do', () => {
    const links = extractLinksBounded(withParts({ htmlParts: ['<svg><a xlink:href="https://x.example/"/>after</svg>'], textParts: [], attachments: [] })).links;
    expect(links).toContainEqual(expect.objectContaining({ url: 'https://x.example/', element: 'a', text: '' }));
  });

  it('void elements stay void either way', () => {
    const h = 'a<br/>b<img src=x />c';
    expect(htmlToText(h)).toBe('a\n\nbc'); // <br> separates on its open and on its (implied) close
    expect(htmlToText(h)).toBe(htmlToTextTwoPass(h, true));
  });
});
