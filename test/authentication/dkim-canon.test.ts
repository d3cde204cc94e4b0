import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relaxedBody, simpleBody } from '../../src/checks/authentication/dkim-body.js';

// RFC 6376 3.4.3 / 3.4.4 written line by line, as the body hash was first implemented: the reference.
function simpleByLines(body: string): string {
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '\r\n' : lines.join('\r\n') + '\r\n';
}
function relaxedByLines(body: string): string {
  const lines = body.split(/\r?\n/).map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '' : lines.join('\r\n') + '\r\n';
}

/** Bodies full of what canonicalisation cares about: CR, LF, CRLF, blanks and tabs at line ends. */
const body = fc.array(fc.constantFrom('a', 'b', ' ', '\t', '\r', '\n', '\r\n', '\n\n', ' \r\n', '\u00e9'), { maxLength: 40 }).map((a) => a.join(''));

describe('DKIM body canonicalisation (whole-string form)', () => {
  it('simple equals the line-by-line reference', () => {
    fc.assert(fc.property(fc.oneof(body, fc.string()), (b) => {
      expect(simpleBody(b)).toBe(simpleByLines(b));
    }), { numRuns: 5_000 });
  });
  it('relaxed equals the line-by-line reference', () => {
    fc.assert(fc.property(fc.oneof(body, fc.string()), (b) => {
      expect(relaxedBody(b)).toBe(relaxedByLines(b));
    }), { numRuns: 5_000 });
  });
  it('keeps the edge cases of RFC 6376', () => {
    expect(simpleBody('')).toBe('\r\n');
    expect(relaxedBody('')).toBe('');
    expect(relaxedBody(' \t\r\n\r\n')).toBe('');
    expect(simpleBody('a \r\r\n\n')).toBe('a \r\r\n');
  });
});
