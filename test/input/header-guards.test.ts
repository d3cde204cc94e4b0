/**
 * The input stage checks a lower-cased header for a field name before running the multiline RegExps for
 * Content-Length, X-Mozilla-Status and X-Gmail-Labels; these properties check that the guards never change
 * an answer.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { containerSkipReason } from '../../src/input/container-flags.js';
import type { SkipReason } from '../../src/input/types.js';

// ---- the reference: containerSkipReason before the guards (commit acc8fa7), verbatim ----
const MOZILLA_DELETED = 0x0008;

// Takeout writes X-Gmail-Labels as one comma-separated list, folded when long.
const GMAIL_LABELS = /^x-gmail-labels:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im;
const MOZILLA_STATUS = /^x-mozilla-status:[ \t]*([0-9a-f]{1,8})[ \t]*\r?$/im;

interface ContainerFlagOptions {
  includeDeleted?: boolean;
}

/** Why a message in an mbox should be skipped, judged from its header block (latin1 text), or undefined. */
function oldContainerSkipReason(header: string, options: ContainerFlagOptions): SkipReason | undefined {
  if (!options.includeDeleted) {
    const status = MOZILLA_STATUS.exec(header);
    if (status && (parseInt(status[1], 16) & MOZILLA_DELETED) !== 0) return 'deleted';
  }
  const labels = GMAIL_LABELS.exec(header);
  if (labels && gmailLabels(labels[1]).includes('Chat')) return 'chat';
  return undefined;
}

function gmailLabels(value: string): string[] {
  return value
    .replace(/\r?\n/g, '')
    .split(',')
    .map((label) => label.trim().replace(/^"(.*)"$/, '$1'));
}
// ---- end of the reference ----

/** Field names in random case, values that parse and values that do not, random latin1 noise. */
const randomCase = (s: string) => fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
const line = fc.oneof(
  fc.tuple(randomCase('x-mozilla-status:'), fc.constantFrom(' 0009', '0001', ' 8', 'zz', ' 0008 ', '\t000f\r')).map(([n, v]) => n + v),
  fc.tuple(randomCase('x-gmail-labels:'), fc.constantFrom('Chat', ' Inbox,Chat', ' "Chat"', 'Inbox', ' Opened,\n Chat')).map(([n, v]) => n + v),
  fc.tuple(randomCase('content-length:'), fc.constantFrom(' 12', '12 ', ' x', '\t99\r')).map(([n, v]) => n + v),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 20 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.constantFrom('Subject: x', '', ' folded', 'X-Mozilla-Status2: 00000000'),
);
const header = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

describe('field-name guards', () => {
  test('containerSkipReason answers as without them', () => {
    fc.assert(fc.property(header, fc.boolean(), (h, includeDeleted) => {
      expect(containerSkipReason(h, { includeDeleted })).toBe(oldContainerSkipReason(h, { includeDeleted }));
    }), { numRuns: 5000 });
  });

  test('the Content-Length RegExp of the splitter matches only where the lower-cased text holds the name', () => {
    const CONTENT_LENGTH = /^content-length:[ \t]*(\d{1,15})[ \t]*\r?$/im; // as in src/input/mbox-splitter.ts
    fc.assert(fc.property(header, (h) => {
      if (CONTENT_LENGTH.test(h)) expect(h.toLowerCase().includes('content-length:')).toBe(true);
    }), { numRuns: 5000 });
  });

  test('lower-casing latin1 text keeps its length (offsets stay valid)', () => {
    const all = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).join('');
    expect(all.toLowerCase().length).toBe(256);
  });
});
