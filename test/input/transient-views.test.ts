/**
 * `transientViews` (what the parallel scan reads with): messages are views of two read buffers that the reader
 * fills in turn, valid only until the next event is asked for. A consumer that copies each message at once must
 * get exactly the messages of the ordinary reader, whatever the chunk size: the splitter copies what it keeps of
 * a chunk (a message cut by a chunk boundary, an undecided From_ line), the reader copies the chunks it keeps for
 * the sniff and a single message's parts. Tiny chunks make every message cross many boundaries, so a piece kept
 * without copying would be overwritten two reads later and show up here as different bytes.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInputs, type InputEvent, type ReadInputsOptions } from '../../src/input/index.js';
import { collect } from './helpers.js';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const mboxFixtures = ['input', 'security', 'demo']
  .flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.mbox')).map((f) => path.join(root, dir, f)));

/** The events as a consumer of transient views must take them: each message's bytes copied on arrival. */
async function collectCopying(paths: string[], options: ReadInputsOptions): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const event of readInputs(paths, { ...options, transientViews: true })) {
    events.push(event.type === 'message' ? { ...event, message: { ...event.message, bytes: Buffer.from(event.message.bytes) } } : event);
  }
  return events;
}

describe('transient views give the ordinary reader\'s messages', () => {
  it.each([3, 64, 1000, 65_536, undefined])('every mbox fixture, read in chunks of %s bytes', async (readChunkBytes) => {
    for (const file of mboxFixtures) {
      expect(await collectCopying([file], { readChunkBytes }), path.basename(file)).toEqual(await collect([file]));
    }
    expect(mboxFixtures.length).toBeGreaterThan(10);
  });

  it('a single message (.eml) and a directory of them, read in tiny chunks', async () => {
    const paths = [path.join(root, 'input/maildir'), path.join(root, 'input/nested-eml-folder')];
    expect(await collectCopying(paths, { readChunkBytes: 5 })).toEqual(await collect(paths));
  });

  it('generated mailboxes: large and small messages, escaped From lines, CRLF, Content-Length', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'amzcheck-transient-'));
    const line = fc.oneof(
      fc.constantFrom('Subject: hi', 'From someone in the body', '>From escaped', '', 'Content-Length: 12', 'X-Mozilla-Status: 0009'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    );
    const message = fc.record({
      lines: fc.array(line, { maxLength: 30 }),
      padding: fc.nat({ max: 9_000 }),
      crlf: fc.boolean(),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 4_096 }), async (messages, readChunkBytes) => {
        const text = messages
          .map((m, i) => {
            const eol = m.crlf ? '\r\n' : '\n';
            const body = [`Message-ID: <${i}@example.com>`, 'Subject: test', '', ...m.lines, 'x'.repeat(m.padding)].join(eol);
            return `From sender@example.com Mon Jan  1 00:00:0${i % 10} 2024${eol}${body}${eol}${eol}`;
          })
          .join('');
        const file = path.join(dir, `generated-${run++}.mbox`);
        writeFileSync(file, text);
        expect(await collectCopying([file], { readChunkBytes })).toEqual(await collect([file]));
      }),
      { numRuns: 60 },
    );
  });
});
