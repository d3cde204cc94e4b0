import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageParseError, parseHeaders, parseMessage } from '../../src/message/index.js';
import { rawFromBytes } from './helpers.js';
import { expectNearLinear } from '../helpers/growth.js';

// Pieces that mail parsers trip over, glued together at random.
const piece = fc.constantFrom(
  'From: ', 'Subject: ', 'Date: ', 'Received: ', 'Content-Type: multipart/mixed; boundary=b', 'Content-Type: text/plain; charset=',
  'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: quoted-printable', 'DKIM-Signature: d=; s=; t=99999999999999',
  '\r\n', '\n', '\r\n\r\n', ' ', '\t', '--b', '--b--', '=?ISO-2022-JP?B?GyRC?=', '=?', '?=', '<', '>', '"', '(', ')', ',', ';', ':',
  '@', '\x1b$B', '\x1b(B', '=E3=81', '=\r\n', '&#x30A2;', '<p style="display:none">', '</p>', 'Mon, 23 Nov 2026 10:00:00 +0900',
);
const hostile = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((p) => Buffer.from(p.join(''), 'latin1')),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
);

describe('hostile input', () => {
  it('parseHeaders returns or throws MessageParseError, nothing else', () => {
    fc.assert(
      fc.property(hostile, (bytes) => {
        try {
          parseHeaders(rawFromBytes(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(MessageParseError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parseMessage resolves or rejects with MessageParseError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (bytes) => {
        try {
          const m = await parseMessage(rawFromBytes(bytes));
          expect(m.depth).toBe('full');
        } catch (error) {
          expect(error).toBeInstanceOf(MessageParseError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads a header block of one huge folded field without quadratic work', async () => {
    const folded = (n: number) => Buffer.from('Subject: a\r\n' + ' b\r\n'.repeat(n) + 'From: x@example.com\r\n\r\n');
    expect(parseHeaders(rawFromBytes(folded(200_000))).from[0].address).toBe('x@example.com');
    await expectNearLinear(folded, (bytes) => parseHeaders(rawFromBytes(bytes)), 12_500);
  });

  it('stops looking for the end of the header block after MAX_HEADER_BLOCK_BYTES and says so', () => {
    const bytes = Buffer.from('Subject: a\r\n' + 'X-Junk: b\r\n'.repeat(150_000) + '\r\nbody');
    const h = parseHeaders(rawFromBytes(bytes));
    expect(h.subject).toBe('a');
    expect(h.parseNotes.join('\n')).toContain('no end of the header block within');
  });
});
