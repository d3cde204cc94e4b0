import { describe, expect, it } from 'vitest';
import { htmlToText, normalizeText } from '../../src/message/index.js';

describe('htmlToText', () => {
  it('drops text in elements hidden with inline CSS or the hidden attribute', () => {
    const html =
      '<p>Am<span style="font-size:0px">q</span>a<font style="DISPLAY: NONE">x</font>z<i hidden>y</i>o<b style="visibility:hidden">w</b>n</p>';
    expect(htmlToText(html)).toBe('\nAmazon\n');
  });

  it('keeps text after a hidden element that contains void elements', () => {
    expect(htmlToText('<div style="display:none">a<br>b<img src=x></div>seen')).toBe('\nseen');
  });

  it('keeps small but visible text', () => {
    expect(htmlToText('<span style="font-size:0.9em">small</span> <span style="font-size: 10px">ten</span>')).toBe('small ten');
  });

  it('keeps the title but not the rest of head, scripts or styles', () => {
    expect(htmlToText('<html><head><title>Sign in</title><meta name="x" content="y"><style>b{}</style></head><body><script>z()</script>Body</body></html>')).toBe(
      '\nSign in\nBody',
    );
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('&lt;a&gt; &amp; &#x30A2;&#12510;&#x30be;&#x30f3; &yen;100 &nbsp;')).toBe('<a> & アマゾン ¥100 \u00a0');
  });

  it('separates table cells and blocks', () => {
    expect(normalizeText(htmlToText('<table><tr><td>Order</td><td>#123</td></tr><tr><td>Total</td></tr></table>'))).toBe('Order #123\nTotal');
  });
});

describe('normalizeText', () => {
  it('removes zero-width and invisible format characters', () => {
    expect(normalizeText('A\u200bm\u200ca\u200dz\u2060o\ufeffn\u00ad \u200ePrime\u200f \u034fok')).toBe('Amazon Prime ok');
  });

  it('applies NFKC: full-width letters and digits, ideographic space, half-width kana', () => {
    expect(normalizeText('ＡＭＡＺＯＮ\u3000コード：１２３４５６ ｱﾏｿﾞﾝ')).toBe('AMAZON コード:123456 アマゾン');
  });

  it('folds both WAVE DASH and FULLWIDTH TILDE to "~"', () => {
    expect(normalizeText('10時\u301c12時 10時\uff5e12時')).toBe('10時~12時 10時~12時');
  });

  it('collapses blanks, trims lines and drops empty ones', () => {
    expect(normalizeText('  a \t  b  \r\n\n\n   \n c  ')).toBe('a b\nc');
  });

  it('caps the result at the given length', () => {
    expect(normalizeText('abc\n'.repeat(100), 10)).toHaveLength(10);
  });
});
