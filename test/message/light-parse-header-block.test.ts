/** readEntityHeaderBlock (light-parse.ts) equals readHeaderBlock on the same entity. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHeaderBlock } from '../../src/message/header-block.js';
import { readEntityHeaderBlock } from '../../src/message/light-parse.js';
import { MAX_HEADER_BLOCK_BYTES } from '../../src/message/limits.js';

describe('readEntityHeaderBlock', () => {
  it('equals readHeaderBlock on generated entities with LF, CRLF and mixed line breaks', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n\r\n', '\r\n\r\n', ' ', '\t', ':', 'Content-Type: text/plain', 'X: y', ' folded', 'body', '\xe9'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const entity = Buffer.from(pieces.join(''), 'latin1');
        expect(readEntityHeaderBlock(entity)).toStrictEqual(readHeaderBlock(entity));
      }),
      { numRuns: 20_000 },
    );
  });

  it('equals readHeaderBlock around the 1 MiB window', () => {
    for (const at of [MAX_HEADER_BLOCK_BYTES - 3, MAX_HEADER_BLOCK_BYTES - 2, MAX_HEADER_BLOCK_BYTES - 1, MAX_HEADER_BLOCK_BYTES, MAX_HEADER_BLOCK_BYTES + 5]) {
      for (const blank of ['\n\n', '\n\r\n']) {
        const head = Buffer.alloc(at, 'a');
        head.write('X: ', 0, 'latin1');
        const entity = Buffer.concat([head, Buffer.from(blank + 'body\n\n\r\nmore', 'latin1')]);
        const got = readEntityHeaderBlock(entity);
        const want = readHeaderBlock(entity);
        expect({ ...got, fields: got.fields.length }).toStrictEqual({ ...want, fields: want.fields.length });
        expect(got.fields).toStrictEqual(want.fields);
      }
    }
  });
});
