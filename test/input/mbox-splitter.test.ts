import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MboxSplitter, type SplitEvent } from '../../src/input/mbox-splitter.js';
import { unescapeMboxrd } from '../../src/input/mboxrd.js';
import { fixture, fixtureDir } from './helpers.js';

function split(chunks: Buffer[], maxMessageBytes = 1 << 30): SplitEvent[] {
  const splitter = new MboxSplitter({ maxMessageBytes });
  const events = chunks.flatMap((chunk) => splitter.push(chunk));
  return [...events, ...splitter.finish()];
}

function cutAt(data: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let last = 0;
  for (const p of [...points, data.length]) {
    chunks.push(data.subarray(last, p));
    last = p;
  }
  return chunks;
}

const comparable = (events: SplitEvent[]) =>
  events.map((e) => (e.kind === 'message' ? { ...e, bytes: e.bytes.toString('latin1') } : e));

/** What an mboxrd writer does: one more `>` on every line matching `^>*From `. */
function writeMboxrd(messages: string[], eol: string): string {
  return messages
    .map((m, i) => `From sender${i}@example.com Mon Nov 23 10:00:00 2026${eol}` + m.replace(/^(>*From )/gm, '>$1') + eol)
    .join('');
}

const bodyLine = fc.constantFrom(
  'plain text',
  '',
  'From here on, text.',
  'From x@example.com Mon Nov 23 10:00:00 2026',
  '>From quoted',
  '>>From twice',
  'Subject: not a header here',
  ' indented',
);

const messageText = (eol: string) =>
  fc
    .tuple(fc.array(bodyLine, { maxLength: 8 }), fc.nat(99))
    .map(([lines, n]) => [`Subject: m${n}`, 'From: a@example.com', '', ...lines].map((l) => l + eol).join(''));

const mboxFixtures = readdirSync(fixtureDir).filter((name) => name.endsWith('.mbox') && !name.includes('apple'));

describe('mbox splitter', () => {
  it.each(mboxFixtures)('gives the same events for %s however the bytes are chunked', (name) => {
    const data = readFileSync(fixture(name));
    const whole = comparable(split([data]));
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(comparable(split(cutAt(data, cuts)))).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('recovers every message an mboxrd writer stored (%s)', (_, eol) => {
    fc.assert(
      fc.property(fc.array(messageText(eol), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (messages, cuts) => {
        const events = split(cutAt(Buffer.from(writeMboxrd(messages, eol), 'latin1'), cuts));
        expect(events.map((e) => (e.kind === 'message' ? unescapeMboxrd(e.bytes).toString('latin1') : e.kind))).toEqual(messages);
      }),
      { numRuns: 300 },
    );
  });

  it('holds no bytes of a message larger than the limit, and goes on with the next one', () => {
    const data = readFileSync(fixture('three-messages-middle-one-large.mbox'));
    const events = split(cutAt(data, [100, 300, 700, 1400]), 200);
    expect(events.map((e) => [e.kind, e.index])).toEqual([
      ['message', 1],
      ['too-large', 2],
      ['message', 3],
    ]);
  });

  it('reports a From_ line with nothing after it as an empty message', () => {
    const events = split([Buffer.from('From a@example.com Mon Nov 23 10:00:00 2026\nSubject: x\n\nbody\n\nFrom b@example.com Mon Nov 23 10:01:00 2026\n')]);
    expect(events.map((e) => e.kind)).toEqual(['message', 'empty']);
  });
});
