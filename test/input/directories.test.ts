import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('reads an Apple Mail export folder (Name.mbox/mbox) and skips its index file as not mail', async () => {
    const dir = fixture('apple-mail-export.mbox');
    const events = await collect([dir]);
    expect(events.map((e) => e.type)).toEqual(['message', 'message', 'skipped-file']);
    expect(events[2]).toEqual({ type: 'skipped-file', path: path.join(dir, 'table_of_contents'), reason: 'not-mail' });
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

  it('reports a directory without mail, and accounts for every file in it', async () => {
    const dir = fixture('directory-without-mail');
    expect(await collect([dir])).toEqual([
      { type: 'skipped-file', path: path.join(dir, '.DS_Store'), reason: 'hidden' },
      { type: 'skipped-file', path: path.join(dir, 'readme.txt'), reason: 'not-mail' },
      { type: 'input-error', path: dir, reason: 'no mail found in directory' },
    ]);
  });

  it('skips a file in a mail folder that is not mail with the reason, and reads the rest', async () => {
    const events = await collect([fixtureDirWith('empty-file.eml')]);
    const skipped = events.flatMap((e) => (e.type === 'skipped-file' ? [[path.basename(e.path), e.reason]] : []));
    expect(skipped).toEqual(expect.arrayContaining([['empty-file.eml', 'empty'], ['binary-garbage.bin', 'not-mail'], ['plain-text-not-mail.txt', 'not-mail'], ['.gitattributes', 'hidden']]));
    expect(events.filter((e) => e.type === 'input-error')).toEqual([]);
    expect(events.some((e) => e.type === 'message')).toBe(true);
  });

  it('recognises mail by its content, not its name: an mbox saved as .txt, a message without extension', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'amzcheck-by-content-'));
    try {
      copyFileSync(fixture('mbox-saved-as.txt'), path.join(dir, 'saved mailbox.txt'));
      copyFileSync(fixture('single-message.eml'), path.join(dir, 'message'));
      writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
      const events = await collect([dir]);
      const files = messagesOf(events).map((m) => path.basename(m.location.file));
      expect(files).toContain('message');
      expect(files.filter((f) => f === 'saved mailbox.txt').length).toBeGreaterThan(1);
      expect(events.filter((e) => e.type === 'skipped-file')).toEqual([{ type: 'skipped-file', path: path.join(dir, 'photo.jpg'), reason: 'not-mail' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads an Outlook .msg file in a folder; one with only the Compound File signature is reported as damaged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'amzcheck-msg-'));
    try {
      const msg = path.join(dir, 'Your order.msg');
      // The Compound File signature (MS-CFB 2.2) that every .msg starts with, then a sector of zeros.
      writeFileSync(msg, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
      copyFileSync(fixture('single-message.eml'), path.join(dir, 'a.eml'));
      const damaged = { type: 'message-error', location: { file: msg, index: 1, offset: 0 }, reason: expect.stringMatching(/^a damaged Outlook \.msg file: /) };
      expect((await collect([dir])).filter((e) => e.type !== 'message')).toEqual([damaged]);
      expect(await collect([msg])).toEqual([damaged]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the files of a Maildir tmp/ (deliveries being written) as skipped, and reads none of them', async () => {
    const dir = fixture('maildir');
    const events = await collect([dir]);
    const tmpFiles = events.filter((e) => e.type === 'skipped-file' && e.reason === 'in-delivery');
    // Relative to the Maildir: the repository itself may sit under a tmp/ (a CI clone in /tmp).
    expect(messagesOf(events).some((m) => path.relative(dir, m.location.file).startsWith(`tmp${path.sep}`))).toBe(false);
    expect(messagesOf(events).length).toBeGreaterThan(0);
    expect(tmpFiles.length).toBe(readdirSync(path.join(dir, 'tmp')).filter((n) => !n.startsWith('.')).length);
  });
});

/** The fixture folder itself is a folder of mail files, some of them broken on purpose. */
function fixtureDirWith(name: string): string {
  return path.dirname(fixture(name));
}
