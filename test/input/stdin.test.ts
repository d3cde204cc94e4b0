import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, fixture, messagesOf } from './helpers.js';

/** A stdin that delivers `data` in pieces of `size` bytes, as a pipe does. */
function stdinOf(data: Buffer, size: number): Readable {
  const pieces: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) pieces.push(data.subarray(i, i + size));
  return Readable.from(pieces);
}

describe('reading stdin ("-")', () => {
  it('reads one message', async () => {
    const data = readFileSync(fixture('single-message.eml'));
    const [message] = messagesOf(await collect(['-'], { stdin: stdinOf(data, 17) }));
    expect(message.bytes.equals(data)).toBe(true);
    expect(message.location).toEqual({ file: '-', index: 1, offset: 0 });
    expect(message.envelope.format).toBe('stdin-eml');
  });

  it('splits an mbox', async () => {
    const data = readFileSync(fixture('crlf-two-messages.mbox'));
    const messages = messagesOf(await collect(['-'], { stdin: stdinOf(data, 5) }));
    expect(messages.map((m) => [m.location.index, m.envelope.format])).toEqual([
      [1, 'stdin-mbox'],
      [2, 'stdin-mbox'],
    ]);
    expect(messages[1].bytes.toString('latin1')).toBe('From: bob@example.com\r\nSubject: two\r\n\r\nsecond body\r\n');
  });

  it('reports empty input', async () => {
    expect(await collect(['-'], { stdin: Readable.from([]) })).toEqual([{ type: 'input-error', path: '-', reason: 'empty input' }]);
  });

  it('refuses binary data', async () => {
    const [event] = await collect(['-'], { stdin: stdinOf(readFileSync(fixture('binary-garbage.bin')), 4) });
    expect(event).toMatchObject({ type: 'input-error', path: '-' });
  });
});
