import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, fixture, messagesOf } from './helpers.js';

describe('reading directories', () => {
  it('reads a Maildir: every file in cur/ and new/, not tmp/, and its Maildir++ folders (.Junk: spam is where phishing lands)', async () => {
    const dir = fixture('maildir');
    const messages = messagesOf(await collect([dir]));
    expect(messages.map((m) => path.relative(dir, m.location.file))).toEqual([
      path.join('.Junk', 'cur', '1700000300.M4P4.host!2,'),
      path.join('cur', '1700000000.M1P1.host!2,S'),
      path.join('new', '1700000100.M2P2.host'),
    ]);
    expect(messages.map((m) => m.envelope.format)).toEqual(['maildir', 'maildir', 'maildir']);
  });

  it('reads a Thunderbird profile: extension-less folder files next to their .msf index are mbox files', async () => {
    const dir = fixture('thunderbird-profile');
    const events = await collect([dir]);
    const files = new Set(messagesOf(events).map((m) => path.relative(dir, m.location.file)));
    expect([...files]).toEqual([path.join('ImapMail', 'imap.example.jp', 'INBOX')]);
    expect(events.some((e) => e.type === 'skipped' && e.reason === 'deleted')).toBe(true);
  });

  it('reads an Apple Mail export folder (Name.mbox/mbox) and ignores its index file', async () => {
    const dir = fixture('apple-mail-export.mbox');
    const events = await collect([dir]);
    expect(events.map((e) => e.type)).toEqual(['message', 'message']);
    expect(messagesOf(events).map((m) => m.location)).toMatchObject([
      { file: path.join(dir, 'mbox'), index: 1 },
      { file: path.join(dir, 'mbox'), index: 2 },
    ]);
  });

  it('finds .eml, .mbx (any case) in nested folders in sorted order, skipping dotfiles and other names', async () => {
    const dir = fixture('nested-eml-folder');
    const files = messagesOf(await collect([dir])).map((m) => path.relative(dir, m.location.file));
    expect(files).toEqual([path.join('2026', '11', 'c-third.eml'), path.join('2026', 'archive.mbx'), 'a-first.EML', 'b-second.eml']);
  });

  it('reports a directory without mail', async () => {
    const dir = fixture('directory-without-mail');
    expect(await collect([dir])).toEqual([{ type: 'input-error', path: dir, reason: 'no mail found in directory' }]);
  });

  it('reports a file in a mail folder that is not mail, and reads the rest', async () => {
    const events = await collect([fixtureDirWith('empty-file.eml')]);
    expect(events.some((e) => e.type === 'input-error' && e.path.endsWith('empty-file.eml') && e.reason === 'empty file')).toBe(true);
    expect(events.some((e) => e.type === 'message')).toBe(true);
  });
});

/** The fixture folder itself is a folder of mail files, some of them broken on purpose. */
function fixtureDirWith(name: string): string {
  return path.dirname(fixture(name));
}
