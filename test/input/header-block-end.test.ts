/** headerBlockEnd finds the blank line with two memmem searches; this checks it against the line loop it replaced. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { headerBlockEnd } from '../../src/input/header-block.js';

const LF = 0x0a;
const CR = 0x0d;
// ---- the reference: headerBlockEnd before the change (commit acc8fa7), verbatim ----
function oldHeaderBlockEnd(bytes: Uint8Array, limit = bytes.length): number {
  const end = Math.min(limit, bytes.length);
  if (end > 0 && bytes[0] === LF) return 1;
  if (end > 1 && bytes[0] === CR && bytes[1] === LF) return 2;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  let from = 0;
  for (;;) {
    const nl = buf.indexOf(LF, from);
    if (nl < 0 || nl + 1 >= end) return -1;
    if (buf[nl + 1] === LF) return nl + 2;
    if (buf[nl + 1] === CR && nl + 2 < end && buf[nl + 2] === LF) return nl + 3;
    from = nl + 1;
  }
}
// ---- end of the reference ----

describe('headerBlockEnd', () => {
  test('agrees with the line loop on bytes rich in line breaks, for every limit', () => {
    const byte = fc.oneof(fc.constantFrom(LF, CR, 0x41, 0x20), fc.integer({ min: 0, max: 255 }));
    fc.assert(fc.property(fc.array(byte, { maxLength: 60 }), fc.nat(70), fc.nat(8), (bytes, limit, offset) => {
      // Also as a view into a larger buffer, as the splitter passes them.
      const backing = Buffer.concat([Buffer.alloc(offset, LF), Buffer.from(bytes)]);
      const view = backing.subarray(offset);
      expect(headerBlockEnd(view, limit)).toBe(oldHeaderBlockEnd(view, limit));
      expect(headerBlockEnd(view)).toBe(oldHeaderBlockEnd(view));
    }), { numRuns: 5000 });
  });
});
