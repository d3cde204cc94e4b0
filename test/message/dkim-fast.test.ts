/**
 * parseTagList walks the specs of a tag list by offset; this checks it against the split form it replaced
 * (kept below verbatim) on generated tag lists, with and without a wanted set.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseTagList } from '../../src/message/dkim.js';

// ---- the reference: parseTagList before the change, verbatim ----
function oldParseTagList(value: string, wanted: ReadonlySet<string> | null = null): Map<string, string> {
  const tags = new Map<string, string>();
  for (const spec of value.split(';')) {
    const eq = spec.indexOf('=');
    if (eq === -1) continue;
    const name = spec.slice(0, eq).trim().toLowerCase();
    if (!name || tags.has(name) || (wanted && !wanted.has(name))) continue;
    tags.set(name, spec.slice(eq + 1).replace(/\s+/g, ''));
  }
  return tags;
}
// ---- end of the reference ----

const KEPT = new Set(['d', 's', 'i', 'a', 'h', 't']);
const piece = fc.oneof(
  fc.constantFrom(';', '=', ' ', '\t', '\r\n ', 'd', 'D', 's', 'h', 'b', 'bh', 'i', 'a', 't', 'v', ' d ', 'example.com', 'sel1', '1700000000', 'rsa-sha256', 'From:To', '\u00a0', '\ufeff'),
  fc.string({ maxLength: 8 }),
);
const tagList = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('parseTagList', () => {
  test('equals the split form', () => {
    fc.assert(
      fc.property(tagList, (v) => {
        expect([...parseTagList(v)]).toEqual([...oldParseTagList(v)]);
        expect([...parseTagList(v, KEPT)]).toEqual([...oldParseTagList(v, KEPT)]);
      }),
      { numRuns: 5000 },
    );
  });

  test('on real signatures', () => {
    const sig = 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=selector1; d=yahoo.co.jp; t=1546307597;\r\n\th=Date:From:To;\r\n\tbh=BWtH=;\r\n\tb=kDs0 bwjq+qV3z;';
    for (const v of [sig, sig + ';', ';;' + sig, 'd=a; d=b; s=', '', 'novalue', '=x; =y']) {
      expect([...parseTagList(v)]).toEqual([...oldParseTagList(v)]);
      expect([...parseTagList(v, KEPT)]).toEqual([...oldParseTagList(v, KEPT)]);
    }
  });
});
