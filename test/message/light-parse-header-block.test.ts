/**
 * The light reader's shortcuts to a header block (light-parse.ts) equal readHeaderBlock on the same bytes:
 * readEntityHeaderBlock for every entity, rootHeaderBlock for the message's own block given the header pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/input/index.js';
import { readHeaderBlock } from '../../src/message/header-block.js';
import { parseHeaders } from '../../src/message/headers.js';
import { readEntityHeaderBlock, readLikeMailparser, rootHeaderBlock } from '../../src/message/light-parse.js';
import { MAX_HEADER_BLOCK_BYTES } from '../../src/message/limits.js';
import { rawFromBytes } from './helpers.js';

/** rootHeaderBlock as parse.ts calls it: with the header pass's fields and limits; null when that throws. */
function viaHeaderPass(bytes: Buffer) {
  let headers;
  try {
    headers = parseHeaders(rawFromBytes(bytes));
  } catch {
    return null;
  }
  return rootHeaderBlock(bytes, { fields: headers.headers, limits: headers.limitsReached });
}

function expectSameRootBlock(bytes: Buffer): void {
  const got = viaHeaderPass(bytes);
  if (got === null) return;
  const want = readHeaderBlock(bytes);
  expect(got).toStrictEqual({ fields: want.fields, bodyOffset: want.bodyOffset, limits: want.limits });
}

describe('readEntityHeaderBlock', () => {
  it('equals readHeaderBlock on generated entities with LF, CRLF and mixed line breaks', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n\r\n', '\r\n\r\n', ' ', '\t', ':', 'Content-Type: text/plain', 'X: y', 'Subject: =?UTF-8?B?44GC?=', ' folded', 'body', '\xe9', '\x1b$B$"\x1b(B', '\xe3\x81\x82'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const entity = Buffer.from(pieces.join(''), 'latin1');
        expect(readEntityHeaderBlock(entity)).toStrictEqual(readHeaderBlock(entity));
        expectSameRootBlock(entity);
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
        expectSameRootBlock(entity);
      }
    }
    // No blank line at all, within and beyond the window.
    for (const size of [10, MAX_HEADER_BLOCK_BYTES, MAX_HEADER_BLOCK_BYTES + 10]) {
      const entity = Buffer.alloc(size, 'a');
      entity.write('X: ', 0, 'latin1');
      expectSameRootBlock(entity);
    }
  });
});

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (!name.startsWith('.')) out.push(p);
  }
  return out.sort();
}

describe('the light reader given the header pass', () => {
  it('reads every fixture and corpus message as it does on its own', async () => {
    let compared = 0;
    for (const file of [...files(FIXTURES), ...files(CORPUS)]) {
      const messages: Buffer[] = [];
      try {
        for await (const ev of readInputs([file], {})) if (ev.type === 'message') messages.push(ev.message.bytes);
      } catch {
        messages.push(readFileSync(file));
      }
      for (const bytes of messages) {
        expectSameRootBlock(bytes);
        let headers;
        try {
          headers = parseHeaders(rawFromBytes(bytes));
        } catch {
          continue;
        }
        expect(readLikeMailparser(bytes, { fields: headers.headers, limits: headers.limitsReached }), file).toStrictEqual(readLikeMailparser(bytes));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 120_000);
});
