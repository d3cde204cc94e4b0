/**
 * Property: an Outlook .msg or Apple Mail .emlx file damaged anywhere (a sector table, a directory entry, a
 * stream size, the length line, cut short) is read or reported as an error with its reason; the scan never
 * throws, hangs or runs away with memory. The .msg reader follows sector chains until they end, so the
 * mutations aim at the integers that chain them (input/compound-file.ts checks them first). Seeded like the
 * rest of the hostile suite (FUZZ_SEED).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuzzTarget, buildForChildren, fuzzSeed } from './harness.js';

const SEED = fuzzSeed();
const CASE_TIMEOUT_MS = 10_000;
const target = new FuzzTarget(CASE_TIMEOUT_MS);
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));

const MSG = fixture('outlook-gmail-dmarc-pass-amazon-co-jp.msg');
const EMLX = fixture('apple-mail-gmail-dmarc-pass-amazon-co-jp.emlx');
/** The values that break chains and sizes: the chain markers, self references, huge and negative numbers. */
const INTERESTING = [0, 1, 2, 3, -1, -2, -3, -4, 0x7fffffff, -0x80000000, 0xffff, 4096, 512, 18];

beforeAll(() => {
  buildForChildren();
});
afterAll(() => target.close());

async function holds(bytes: Buffer): Promise<string[]> {
  const outcome = await target.run('scan', bytes);
  expect(outcome.problem, `input of ${bytes.length} bytes`).toBeNull();
  return outcome.verdicts;
}

describe('damaged saved-message files', () => {
  it('the unmodified files are read (so the mutations below start from a file that works)', async () => {
    expect(await holds(MSG)).toEqual(['genuine']);
    expect(await holds(EMLX)).toEqual(['genuine']);
  });

  // Each of these made the .msg library loop for ever (or until the heap ran out) before compound-file.ts.
  it('a .msg whose chains or directory tree loop back is an error entry, not a hang', async () => {
    const dirStart = MSG.readInt32LE(0x30);
    const fat0 = MSG.readInt32LE(0x4c);
    const miniFatStart = MSG.readInt32LE(0x3c);
    const sector = (s: number) => (s + 1) * 512;
    const entry = (i: number) => sector(dirStart) + 128 * i;
    const edit = (change: (b: Buffer) => void) => {
      const b = Buffer.from(MSG);
      change(b);
      return b;
    };
    /** The first stream kept in the mini stream, over one mini sector long. */
    const smallStream = (b: Buffer): number => {
      for (let i = 1; ; i++) if (b[entry(i) + 0x42] === 2 && b.readInt32LE(entry(i) + 0x78) > 64 && b.readInt32LE(entry(i) + 0x78) < 4096) return i;
    };
    const looping = {
      'the directory chain': edit((b) => b.writeInt32LE(dirStart, sector(fat0) + 4 * dirStart)),
      'the directory tree': edit((b) => {
        b.writeInt32LE(1, entry(1) + 0x44);
        b.writeInt32LE(1, entry(1) + 0x48);
      }),
      'the mini stream chain': edit((b) => {
        const start = b.readInt32LE(entry(0) + 0x74);
        b.writeInt32LE(start, sector(fat0) + 4 * start);
      }),
      "a stream's mini chain": edit((b) => {
        const start = b.readInt32LE(entry(smallStream(b)) + 0x74);
        b.writeInt32LE(start, sector(miniFatStart) + 4 * start);
      }),
    };
    for (const [what, bytes] of Object.entries(looping)) expect(await holds(bytes), what).toEqual(['error']);
  });

  it('an Outlook .msg with integers of its tables overwritten is read or reported, never a hang or a throw', async () => {
    // The header, the FAT, the directory and the mini FAT all lie in the first sectors of a small file.
    const slot = fc.integer({ min: 0, max: Math.floor(MSG.length / 4) - 1 });
    const value = fc.oneof(fc.constantFrom(...INTERESTING), fc.integer({ min: -0x80000000, max: 0x7fffffff }), fc.integer({ min: 0, max: 40 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(slot, value), { minLength: 1, maxLength: 4 }), fc.option(fc.integer({ min: 8, max: MSG.length }), { nil: undefined }), async (edits, cut) => {
        const bytes = Buffer.from(MSG);
        for (const [at, v] of edits) bytes.writeInt32LE(v, at * 4);
        await holds(cut === undefined ? bytes : bytes.subarray(0, cut));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('an .emlx with a wrong length line, cut short or followed by junk is read or reported', async () => {
    const body = EMLX.subarray(EMLX.indexOf(0x0a) + 1);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 2 * body.length }), fc.nat({ max: body.length }), fc.uint8Array({ maxLength: 64 }), async (length, keep, junk) => {
        await holds(Buffer.concat([Buffer.from(`${length}\n`), body.subarray(0, keep), junk]));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
