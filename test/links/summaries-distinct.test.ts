/**
 * The report's links are the first distinct (where, url, text) of the judged links. summaries compares the
 * three parts (found by url) instead of hashing the joined key `${where}\0${url}\0${text}`, and keeps the
 * joined key for links with a NUL in a part: the same links, in the same order, as the joined key gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_SUMMARIES, summaries, type JudgedLink } from '../../src/checks/links/judge.js';
import type { LinkWhere } from '../../src/checks/links/types.js';

/** The former dedupe: a Set of joined keys. */
function urlsByJoinedKey(judged: readonly JudgedLink[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const j of judged) {
    if (out.length >= MAX_LINK_SUMMARIES) break;
    const k = `${j.link.where}\u0000${j.link.url}\u0000${j.link.text}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(`${j.link.where}|${j.link.url}|${j.link.text}`);
  }
  return out;
}

function judged(where: LinkWhere, url: string, text: string): JudgedLink {
  return {
    link: { url, where, element: 'a', text, context: '', imageOnly: false, credentialInputs: [] },
    finalUrl: url,
    chain: [],
    via: [],
    host: '',
    amazon: false,
    purpose: 'other',
    amazonPattern: null,
  } as unknown as JudgedLink;
}

describe('summaries (distinct links without a joined key)', () => {
  it('keeps the links the joined key keeps, in order', () => {
    const part = fc.constantFrom('', 'a', 'b', '\u0000', 'a\u0000', '\u0000b', 'a\u0000b', 'https://x.example/', 'Sign in');
    const where = fc.constantFrom<LinkWhere>('html', 'text', 'attachment:a', 'attachment:a\u0000', 'attachment:\u0000html');
    const link = fc.tuple(where, part, part).map(([w, u, t]) => judged(w, u, t));
    fc.assert(
      fc.property(fc.array(link, { maxLength: 70 }), (links) => {
        const got = summaries(links).map((s) => `${s.where}|${s.url}|${s.text}`);
        expect(got).toEqual(urlsByJoinedKey(links));
      }),
      { numRuns: 5_000 },
    );
  });
});
