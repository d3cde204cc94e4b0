import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, type Token } from '../../src/checks/authentication/auth-results.js';

/** The tokenizer as it was before it read char codes and sliced comments: the definition tokenize must keep. */
function referenceTokenize(value: string): Token[] {
  const s = value.length > 16_384 ? value.slice(0, 16_384) : value;
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  while (i < s.length) {
    const c = s[i];
    if (isSpace(c)) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (c === '(') {
      let depth = 1;
      let j = i + 1;
      let text = '';
      while (j < s.length && depth > 0) {
        const d = s[j];
        if (d === '\\' && j + 1 < s.length) {
          text += s[j + 1];
          j += 2;
          continue;
        }
        if (d === '(') depth++;
        else if (d === ')') {
          depth--;
          if (depth === 0) break;
        }
        text += d;
        j++;
      }
      tokens.push({ kind: 'comment', text: text.trim(), spaceBefore });
      i = j + 1;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length) j++;
        text += s[j];
        j++;
      }
      tokens.push({ kind: 'quoted', text, spaceBefore });
      i = j + 1;
    } else if (c === '=') {
      tokens.push({ kind: 'equals', spaceBefore });
      i++;
    } else if (c === ';') {
      tokens.push({ kind: 'semicolon', spaceBefore });
      i++;
    } else if (c === '/') {
      tokens.push({ kind: 'slash', spaceBefore });
      i++;
    } else {
      let j = i;
      while (j < s.length) {
        const d = s[j];
        if (isSpace(d) || d === '(' || d === '"' || d === '=' || d === ';' || d === '/') break;
        j++;
      }
      tokens.push({ kind: 'word', text: s.slice(i, j), spaceBefore });
      i = j;
    }
    spaceBefore = false;
  }
  return tokens;
}

// Header values built from the characters the grammar cares about, plus words and non-ASCII.
const piece = fc.constantFrom('(', ')', '"', '\\', ';', '=', '/', ' ', '\t', '\r\n ', 'dkim', 'pass', 'header.d', 'x.example', 'é', '@', '');
const values = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('Authentication-Results tokenizer', () => {
  it('equals the char-by-char reference on generated values', () => {
    fc.assert(fc.property(values, (v) => {
      expect(tokenize(v)).toEqual(referenceTokenize(v));
    }), { numRuns: 3000 });
  });

  it('equals the reference on real shapes and escapes', () => {
    for (const v of [
      'mx.google.com; dkim=pass header.i=@amazon.co.jp header.s=x header.b=abc=; spf=pass (google.com: domain of a@b designates 1.2.3.4 as permitted sender) smtp.mailfrom=a@b',
      'spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=x.example; compauth=pass reason=100',
      'x; arc=pass (i=1 spf=pass spfdomain=x dkim=pass dkdomain=y (nested \\) still) end)',
      'x; dkim=pass header.b="quoted \\" value"; "unclosed \\',
      '(unclosed comment \\',
      'a=(\\(\\)) ; b="\\\\"',
    ]) {
      expect(tokenize(v)).toEqual(referenceTokenize(v));
    }
  });
});
