import { describe, expect, it } from 'vitest';
import { collect, fileFrom, fixture, messagesOf, texts } from './helpers.js';

describe('reading an mbox file', () => {
  it('removes one ">" from quoted From lines (mboxrd) and leaves other quoting alone', async () => {
    const [first] = texts(await collect([fixture('mboxrd-escaped-from-lines.mbox')]));
    expect(first).toContain('\nFrom the start it was escaped once.\n');
    expect(first).toContain('\n>From a line that already had one quote.\n');
    expect(first).toContain('\n> From with a space is ordinary quoting, not mboxrd.\n');
  });

  it('keeps quoted From lines as stored with the mboxo option', async () => {
    const [first] = texts(await collect([fixture('mboxrd-escaped-from-lines.mbox')], { mboxo: true }));
    expect(first).toContain('\n>From the start it was escaped once.\n');
    expect(first).toContain('\n>>From a line that already had one quote.\n');
  });

  it('gives each message exactly, without its From_ line or the blank line that ends it', async () => {
    expect(texts(await collect([fixture('mboxrd-escaped-from-lines.mbox')]))[1]).toBe('From: bob@example.com\nSubject: second\n\nbye\n');
  });

  it('does not split on a body line "From here on, ..." after a blank line', async () => {
    const all = texts(await collect([fixture('body-line-starting-with-from.mbox')]));
    expect(all).toHaveLength(2);
    expect(all[0]).toBe('From: a@example.com\nSubject: s1\n\nhello\n\nFrom here on, we ship faster.\n');
  });

  it('splits on a From_ line without a date when a header field follows it', async () => {
    const all = texts(await collect([fixture('separator-without-date-followed-by-header.mbox')]));
    expect(all).toEqual(['From: moon@example.com\nSubject: first\n\none\n', 'Subject: second\n\ntwo\n']);
  });

  it('keeps CRLF line endings as stored', async () => {
    expect(texts(await collect([fixture('crlf-two-messages.mbox')]))).toEqual([
      'From: alice@example.com\r\nSubject: one\r\n\r\nfirst body\r\n',
      'From: bob@example.com\r\nSubject: two\r\n\r\nsecond body\r\n',
    ]);
  });

  it('honours an mboxcl2 Content-Length that lands on the next From_ line', async () => {
    const all = texts(await collect([fixture('mboxcl2-content-length-with-from-in-body.mbox')]));
    expect(all).toHaveLength(2);
    expect(all[0]).toMatch(/\n\nFrom x@example\.com Mon Nov 23 10:00:00 2026 looks like a separator\n$/);
    expect(all[1]).toContain('Subject: second');
  });

  it('ignores a Content-Length that does not land on a From_ line or the end', async () => {
    const subjects = texts(await collect([fixture('mboxcl2-lying-content-length.mbox')])).map((t) => /Subject: (.*)/.exec(t)?.[1]);
    expect(subjects).toEqual(['Content-Length far too large', 'second', 'third']);
  });

  it('locates every message: 1-based index, and the offset where its bytes start in the file', async () => {
    const file = fixture('crlf-two-messages.mbox');
    const messages = messagesOf(await collect([file]));
    expect(messages.map((m) => m.location.index)).toEqual([1, 2]);
    for (const m of messages) {
      expect(m.location.file).toBe(file);
      expect(fileFrom(file, m.location.offset).startsWith(m.bytes.toString('latin1'))).toBe(true);
    }
  });

  it('records the From_ line and its date in the envelope', async () => {
    const [first] = messagesOf(await collect([fixture('gmail-takeout-with-chat.mbox')]));
    expect(first.envelope).toEqual({
      format: 'mbox',
      fromLine: 'From 1583290388308606088@xxx Mon Nov 06 04:42:58 +0000 2017',
      fromLineDate: new Date('2017-11-06T04:42:58Z'),
    });
  });

  it('skips Gmail Takeout chats (label "Chat"), keeping their place in the numbering', async () => {
    const events = await collect([fixture('gmail-takeout-with-chat.mbox')]);
    expect(events.map((e) => e.type)).toEqual(['message', 'skipped', 'message']);
    expect(events[1]).toMatchObject({ type: 'skipped', reason: 'chat', location: { index: 2 } });
  });

  it('reads folded Takeout labels without mistaking "Spam" for a chat', async () => {
    const last = messagesOf(await collect([fixture('gmail-takeout-with-chat.mbox')]))[1];
    expect(last.location.index).toBe(3);
    expect(last.bytes.toString('latin1')).toContain('X-Gmail-Labels: Spam,\r\n Unread\r\n');
  });

  it('skips messages Thunderbird marked deleted (X-Mozilla-Status 0x0008)', async () => {
    const events = await collect([fixture('thunderbird-deleted-message.mbox')]);
    expect(events.map((e) => e.type)).toEqual(['message', 'skipped']);
    expect(events[1]).toMatchObject({ reason: 'deleted', location: { index: 2 } });
  });

  it('keeps Thunderbird-deleted messages with includeDeleted', async () => {
    const events = await collect([fixture('thunderbird-deleted-message.mbox')], { includeDeleted: true });
    expect(events.map((e) => e.type)).toEqual(['message', 'message']);
  });

  it('reads Thunderbird From_ dates (no zone) as UTC', async () => {
    const [first] = messagesOf(await collect([fixture('thunderbird-deleted-message.mbox')]));
    expect(first.envelope.fromLineDate).toEqual(new Date('2026-11-23T10:00:00Z'));
  });

  it('reports a message over the size limit and reads on', async () => {
    const events = await collect([fixture('three-messages-middle-one-large.mbox')], { maxMessageBytes: 200 });
    expect(events.map((e) => e.type)).toEqual(['message', 'message-error', 'message']);
    expect(events[1]).toMatchObject({ location: { index: 2 }, reason: expect.stringMatching(/too large.*limit is 200 bytes/) });
  });

  it('gives the same messages when the file is read in tiny chunks', async () => {
    const file = fixture('gmail-takeout-with-chat.mbox');
    expect(await collect([file], { readChunkBytes: 3 })).toEqual(await collect([file]));
  });
});
