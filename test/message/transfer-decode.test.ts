/**
 * The light reader's transfer decoders (src/message/light-parse.ts) equal the libraries mailparser uses:
 * libqp.decode for quoted-printable, libbase64's Decoder for base64. Generated input leans on the characters
 * where the rules interact: "=", blanks, CR, LF, hex digits, padding, characters outside the alphabet.
 */
import { Readable } from 'node:stream';
import { buffer as collect } from 'node:stream/consumers';
import fc from 'fast-check';
import libbase64 from 'libbase64';
import libqp from 'libqp';
import { describe, expect, it } from 'vitest';
import { decodeBase64LikeLibbase64, decodeQuotedPrintableLikeLibqp } from '../../src/message/light-parse.js';

const bytesFrom = (chunks: readonly string[]) => Buffer.from(chunks.join(''), 'latin1');

describe('decodeQuotedPrintableLikeLibqp', () => {
  const dirty = Buffer.alloc(4096, 0xab);
  const piece = fc.oneof(
    fc.constantFrom('=', ' ', '\t', '\r', '\n', '\r\n', '=\n', '=\r\n', '= \n', '=\t\r\n', '==', '=3D', '=4', '1', 'A', 'f', 'g', 'G', 'x', '\xe3', '\x00'),
    fc.stringMatching(/^=[0-9A-Fa-f]{2}$/),
    fc.string({ maxLength: 4 }).map((s) => Buffer.from(s, 'utf8').toString('latin1')),
  );

  it('equals libqp.decode on generated input', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (chunks) => {
        const input = bytesFrom(chunks);
        const want = libqp.decode(input).toString('hex');
        expect(decodeQuotedPrintableLikeLibqp(input).toString('hex')).toBe(want);
        // Written into a lent buffer that still holds an earlier part's bytes.
        expect(decodeQuotedPrintableLikeLibqp(input, dirty).toString('hex')).toBe(want);
      }),
      { numRuns: 100_000 },
    );
  });

  it('equals libqp.decode on escapes split by soft breaks and blanks', () => {
    for (const s of ['==\n41', '=4=\n1', '=4= \r\n1', '=\t=\n4 \n=\n1', '= \n=41', '=4 1', '=4  \n1', 'a  ', '=', '=4', '= ', '=\r', '=\r\rx', 'x=\n', '=\r\t\n', '=\r \r\n', '= \r \n41', '==\r \n41', '=\r \nx']) {
      const input = Buffer.from(s, 'latin1');
      expect(decodeQuotedPrintableLikeLibqp(input).toString('latin1'), JSON.stringify(s)).toBe(libqp.decode(input).toString('latin1'));
    }
  });
});

/** libbase64's Decoder (what mailsplit pipes a base64 part through), fed in the given chunks. */
async function viaLibbase64(chunks: readonly Buffer[]): Promise<Buffer> {
  return collect(Readable.from(chunks).pipe(new libbase64.Decoder()));
}

describe('decodeBase64LikeLibbase64', () => {
  const piece = fc.oneof(
    fc.constantFrom('\n', '\r\n', ' ', '\t', '\x00', '=', '==', '-', '_', '.', '!', '*', '\x7f', '\xff', '\x80', '\xbd', 'QUJD', 'QQ==', 'QUI=', 'Q', 'QU', 'QUJ'),
    fc.string({ unit: 'binary', maxLength: 3 }).map((s) => Buffer.from(s, 'utf8').toString('latin1')),
    fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('base64')),
  );

  it('equals the libbase64 Decoder on generated input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (chunks) => {
        const input = bytesFrom(chunks);
        expect(decodeBase64LikeLibbase64(input).toString('hex')).toBe((await viaLibbase64([input])).toString('hex'));
      }),
      { numRuns: 20_000 },
    );
  });

  it('equals the libbase64 Decoder on line-wrapped base64 of random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 80 }), fc.constantFrom('\n', '\r\n'), async (bytes, width, eol) => {
        const encoded = Buffer.from(bytes).toString('base64');
        const input = Buffer.from((encoded.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(eol) + eol, 'latin1');
        const decoded = decodeBase64LikeLibbase64(input);
        expect(decoded.toString('hex')).toBe(Buffer.from(bytes).toString('hex'));
        expect(decoded.toString('hex')).toBe((await viaLibbase64([input])).toString('hex'));
      }),
      { numRuns: 2_000 },
    );
  });
});
