import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scan, type Item } from '../../src/checks/authentication/received.js';

/** The Received scanner as it was before it read char codes: the definition scan must keep. */
function referenceScan(value: string): { items: Item[]; date: string | null } {
  const s = value.length > 4096 ? value.slice(0, 4096) : value;
  const items: Item[] = [];
  let lastSemicolon = -1;
  let itemsAtSemicolon = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
    } else if (c === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < s.length && depth > 0) {
        if (s[j] === '\\') j++;
        else if (s[j] === '(') depth++;
        else if (s[j] === ')') depth--;
        j++;
      }
      items.push({ text: s.slice(i + 1, depth === 0 ? j - 1 : j).trim(), comment: true });
      i = j;
    } else if (c === ';') {
      lastSemicolon = i;
      itemsAtSemicolon = items.length;
      i++;
    } else {
      let j = i;
      while (j < s.length && !' \t\r\n(;'.includes(s[j])) j++;
      items.push({ text: s.slice(i, j), comment: false });
      i = j;
    }
  }
  if (lastSemicolon < 0) return { items, date: null };
  return { items: items.slice(0, itemsAtSemicolon), date: s.slice(lastSemicolon + 1) };
}

const piece = fc.constantFrom('(', ')', '\\', ';', ' ', '\t', '\r\n\t', 'from', 'by', 'mx.example', '[1.2.3.4]', 'é', 'helo=x', '');
const values = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('Received scanner', () => {
  it('equals the char-by-char reference on generated values', () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(scan(v)).toEqual(referenceScan(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the reference on real headers', () => {
    for (const v of [
      'from a48-104.smtp-out.amazonses.com (a48-104.smtp-out.amazonses.com. [54.240.48.104]) by mx.google.com with ESMTPS id x for <u@gmail.com> (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); Tue, 19 Nov 2024 10:00:00 -0800 (PST)',
      'by 2002:a05:6359:61c4:b0:1b1:f6a8:6f7e with SMTP id x; Tue, 19 Nov 2024 10:00:01 -0800 (PST)',
      'from x ([1.2.3.4] helo=y \\) (nested (deep)) z',
      'from x (unclosed \\',
    ]) {
      expect(scan(v)).toEqual(referenceScan(v));
    }
  });
});
