import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { walkMime } from '../../src/message/mime-walk.js';
import { fuzzSeed } from './harness.js';

/** A base64 attachment of `data`, folded at `lineLength` (not always a multiple of 4), with stray junk. */
function attachment(data: Buffer, lineLength: number, junkEvery: number): Buffer {
  const b64 = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += lineLength) lines.push(b64.slice(i, i + lineLength) + (junkEvery > 0 && (i / lineLength) % junkEvery === 0 ? ' !' : ''));
  return Buffer.from(
    `Content-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${lines.join('\r\n')}\r\n--z--\r\n`,
    'latin1',
  );
}

describe('base64 decoded in slices (large attachments)', () => {
  it('gives exactly the bytes a whole decode gives, whatever the line length and stray characters', () => {
    const data = randomBytes(7 * 1024 * 1024);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(50), (lineLength, junkEvery) => {
        const [leaf] = walkMime(attachment(data, lineLength, junkEvery)).leaves;
        expect(leaf.body.equals(data)).toBe(true);
      }),
      { seed: fuzzSeed(), numRuns: 8 },
    );
  });
});
