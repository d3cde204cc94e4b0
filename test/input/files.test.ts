import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { collect, fixture, messagesOf } from './helpers.js';

describe('reading single files', () => {
  it('reads a .eml as one message at offset 0, bytes unchanged', async () => {
    const file = fixture('single-message.eml');
    const [message] = messagesOf(await collect([file]));
    expect(message.location).toEqual({ file, index: 1, offset: 0 });
    expect(message.envelope).toEqual({ format: 'eml' });
    expect(message.bytes.toString('latin1')).toMatch(/^Return-Path: [^]*\nFrom the warehouse, with care\.\n$/);
  });

  it('reads a single message saved with a From_ line on top as a one-message mbox', async () => {
    const events = await collect([fixture('single-message-with-from-line.eml')]);
    expect(events).toHaveLength(1);
    expect(messagesOf(events)[0].envelope.format).toBe('mbox');
    expect(messagesOf(events)[0].bytes.toString('latin1')).toMatch(/^Return-Path: <tips@example\.com>\n/);
  });

  it('reads a file given by path by its content, whatever its name: an mbox saved as .txt', async () => {
    const events = await collect([fixture('mbox-saved-as.txt')]);
    expect(messagesOf(events).map((m) => [m.location.index, m.envelope.format])).toEqual([
      [1, 'mbox'],
      [2, 'mbox'],
    ]);
  });

  it('reports a missing file with the operating system reason', async () => {
    const missing = fixture('does-not-exist.eml');
    expect(await collect([missing])).toEqual([{ type: 'input-error', path: missing, reason: 'no such file or directory' }]);
  });

  it('reports an empty file', async () => {
    expect(await collect([fixture('empty-file.eml')])).toEqual([
      { type: 'input-error', path: fixture('empty-file.eml'), reason: 'empty file' },
    ]);
  });

  it('refuses binary garbage', async () => {
    const [event] = await collect([fixture('binary-garbage.bin')]);
    expect(event).toMatchObject({ type: 'input-error', reason: expect.stringMatching(/^not mail: .*neither a header field nor an mbox From_ line/) });
  });

  it('reads a file with a few NUL bytes among its header fields as a (damaged) message', async () => {
    // Mail servers read such mail with the NULs removed; refusing it would hide it from every check (issue 21).
    const [event] = await collect([fixture('nul-bytes-in-header.eml')]);
    expect(event).toMatchObject({ type: 'message' });
  });

  it('refuses a file with NUL bytes throughout a header block that is not header fields', async () => {
    const [event] = await collect([fileURLToPath(new URL('../../fixtures/payloads/binary-starting-like-a-field.bin', import.meta.url))]);
    expect(event).toMatchObject({ type: 'input-error', reason: 'not mail: binary data (NUL bytes) in the header' });
  });

  it('refuses plain text that does not start with a header field', async () => {
    const [event] = await collect([fixture('plain-text-not-mail.txt')]);
    expect(event).toMatchObject({ type: 'input-error', path: fixture('plain-text-not-mail.txt') });
  });

  it('reports a single message over the size limit without reading it into memory', async () => {
    const file = fixture('single-message.eml');
    expect(await collect([file], { maxMessageBytes: 50, readChunkBytes: 16 })).toEqual([
      { type: 'message-error', location: { file, index: 1, offset: 0 }, reason: expect.stringMatching(/too large/) },
    ]);
  });

  it('goes on with the next path after a bad one, in the order given', async () => {
    const events = await collect([fixture('does-not-exist.eml'), fixture('single-message.eml')]);
    expect(events.map((e) => e.type)).toEqual(['input-error', 'message']);
  });
});
