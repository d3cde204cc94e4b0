/**
 * namedHeaderLines lets the input stage run its field RegExps (Content-Length, the container flags) on the few
 * lines that can match instead of on the whole header block. These properties check that every RegExp gives
 * the same match on both texts, and that the block ends where headerBlockEnd says, on generated header blocks
 * full of near-misses: names in any case, folded lines, blank and empty lines, CR and CRLF, cut blocks.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { headerBlockEnd, headerText, namedHeaderLines } from '../../src/input/header-block.js';
import { CONTENT_LENGTH } from '../../src/input/mbox-splitter.js';
import { GMAIL_LABELS, MOZILLA_STATUS, containerSkipReason } from '../../src/input/container-flags.js';

const FIELDS: { names: string[]; regexes: RegExp[] }[] = [
  { names: ['content-length'], regexes: [CONTENT_LENGTH] },
  { names: ['x-mozilla-status', 'x-gmail-labels'], regexes: [MOZILLA_STATUS, GMAIL_LABELS] },
];

const randomCase = (s: string) =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));

const name = fc.oneof(
  fc.constantFrom('content-length', 'x-mozilla-status', 'x-gmail-labels').chain(randomCase),
  fc.constantFrom('content-lengt', 'x-mozilla-statuss', 'x-gmail-label', 'subject', 'content-type', 'x', 'c'),
);
const value = fc.oneof(
  fc.constantFrom('', ' 12', '\t0042 ', ' 1234567890123456', ' 0009', ' 0008', ' FFFF', ' zz', ' Inbox,Chat', ' "Chat",Opened', ' Chat ', ' 12 x'),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 6 }).map((b) => Buffer.from(b).toString('latin1')),
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '');
const line = fc.oneof(
  fc.tuple(name, fc.constantFrom(':', ' :', ''), value, eol).map((p) => p.join('')),
  fc.tuple(fc.constantFrom(' ', '\t'), value, eol).map((p) => p.join('')), // a continuation line
  fc.constantFrom('\n', '\r\n', ' \n'),
);
const block = fc.array(line, { maxLength: 12 }).map((lines) => Buffer.from(lines.join(''), 'latin1'));

describe('namedHeaderLines', () => {
  test('ends the block where headerBlockEnd does, and the RegExps match its lines as they match the text', () => {
    fc.assert(
      fc.property(block, fc.integer({ min: 0, max: 200 }), (bytes, limitCut) => {
        const limit = limitCut >= 100 ? bytes.length : limitCut;
        const text = headerText(bytes, limit);
        for (const { names, regexes } of FIELDS) {
          const found = namedHeaderLines(bytes, limit, names);
          expect(found.end).toBe(headerBlockEnd(bytes, limit));
          const joined = found.lines === null ? text : found.lines.join('\n');
          for (const re of regexes) expect(re.exec(joined)?.slice()).toEqual(re.exec(text)?.slice());
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('container flags: the same decision as on the whole header', () => {
    fc.assert(
      fc.property(block, fc.boolean(), (bytes, includeDeleted) => {
        const found = namedHeaderLines(bytes, 1 << 16, ['x-mozilla-status', 'x-gmail-labels']);
        const text = found.lines === null ? headerText(bytes, 1 << 16) : found.lines.join('\n');
        expect(containerSkipReason(text, { includeDeleted })).toBe(containerSkipReason(headerText(bytes, 1 << 16), { includeDeleted }));
      }),
      { numRuns: 3000 },
    );
  });

  test('examples: LF mail gives the lines, folded ones whole; CR falls back to the text', () => {
    const lf = Buffer.from('X-Gmail-Labels: Inbox,\n\tChat\nSubject: x\nx-mozilla-status: 0009\n\nX-Gmail-Labels: body\n');
    expect(namedHeaderLines(lf, lf.length, ['x-mozilla-status', 'x-gmail-labels'])).toEqual({
      end: headerBlockEnd(lf),
      lines: ['X-Gmail-Labels: Inbox,\n\tChat', 'x-mozilla-status: 0009'],
    });
    const crlf = Buffer.from('Content-Length: 3\r\n\r\nabc');
    expect(namedHeaderLines(crlf, crlf.length, ['content-length'])).toEqual({ end: 21, lines: null });
  });
});
