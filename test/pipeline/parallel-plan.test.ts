/**
 * When the default scan uses worker threads: only with four cores or more, for 32 MiB of mailbox or more. On two
 * cores the workers were at best 1.15-1.3x as fast as one thread on an idle machine, and no faster or slower
 * whenever another process was busy, with ~35% more CPU and ~70 MB more memory (docs/performance.md, "Worker
 * threads only where they pay"). These pin the rule, so that a change to it is a decision, not an accident.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultWorkers, mailboxBytes, PARALLEL_MIN_BYTES, PARALLEL_MIN_CORES } from '../../src/pipeline/parallel.js';

const MiB = 1024 * 1024;

describe('default worker threads', () => {
  test('one, two or three cores: never, however large the mailbox', () => {
    for (const cores of [1, 2, 3]) {
      for (const bytes of [0, 32 * MiB, 160 * MiB, 400 * MiB, 10_000 * MiB]) expect(defaultWorkers(bytes, cores)).toBeNull();
    }
  });

  test('four cores or more: one worker per core from 32 MiB of mailbox', () => {
    expect(defaultWorkers(32 * MiB - 1, 4)).toBeNull();
    expect(defaultWorkers(32 * MiB, 4)).toBe(4);
    expect(defaultWorkers(400 * MiB, 4)).toBe(4);
    expect(defaultWorkers(32 * MiB, 8)).toBe(8);
    expect(defaultWorkers(1 * MiB, 64)).toBeNull();
  });

  test('the thresholds are the documented ones', () => {
    expect(PARALLEL_MIN_CORES).toBe(4);
    expect(PARALLEL_MIN_BYTES).toBe(32 * MiB);
  });
});

describe('the mailbox bytes a scan will read, for the default --jobs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'amzcheck-plan-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const message = (i: number) => `From sender@example.com Thu Jan  1 00:00:00 2020\nSubject: ${i}\n\n${'x'.repeat(1000)}\n\n`;
  /** An mbox of `n` messages (~1 KB each): 600 of them pass the 512 KiB below which a file is not counted. */
  const mbox = (file: string, n: number) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Array.from({ length: n }, (_, i) => message(i)).join(''));
    return file;
  };
  const eml = (file: string, bytes: number) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `From: a@example.com\nSubject: big\n\n${'y'.repeat(bytes)}\n`);
    return file;
  };
  const sizeOf = (n: number) => Buffer.byteLength(Array.from({ length: n }, (_, i) => message(i)).join(''));

  // A Thunderbird profile: each folder an extension-less mbox beside its .msf index, subfolders in .sbd/.
  const profile = path.join(root, 'thunderbird', 'Mail', 'Local Folders');
  mbox(path.join(profile, 'Inbox'), 600);
  writeFileSync(path.join(profile, 'Inbox.msf'), '');
  mbox(path.join(profile, 'Archives.sbd', '2024'), 700);
  writeFileSync(path.join(profile, 'Archives.sbd', '2024.msf'), '');
  // An mbox too small to count, and a file that is not mail at all.
  mbox(path.join(profile, 'Drafts'), 3);
  writeFileSync(path.join(profile, 'Drafts.msf'), '');
  writeFileSync(path.join(profile, 'notes.txt'), 'z'.repeat(600_000));

  test('a directory counts the mbox files the reader finds in it (a Thunderbird profile), the way it finds them', async () => {
    expect(await mailboxBytes([path.join(root, 'thunderbird')])).toBe(sizeOf(600) + sizeOf(700));
  });

  test('single messages do not count, however large, nor Maildir messages: one thread reads each anyway', async () => {
    const maildir = path.join(root, 'maildir');
    eml(path.join(maildir, 'cur', '1700000000.1.host:2,S'), 600_000);
    mkdirSync(path.join(maildir, 'new'), { recursive: true });
    mkdirSync(path.join(maildir, 'tmp'), { recursive: true });
    const emls = path.join(root, 'emls');
    eml(path.join(emls, 'big.eml'), 900_000);
    expect(await mailboxBytes([maildir, emls])).toBe(0);
    expect(await mailboxBytes([path.join(emls, 'big.eml')])).toBe(0);
  });

  test('files and directories given together add up; a file given twice counts twice, as it is read twice', async () => {
    const inbox = path.join(profile, 'Inbox');
    expect(await mailboxBytes([inbox, path.join(root, 'thunderbird'), inbox])).toBe(3 * sizeOf(600) + sizeOf(700));
  });

  test('stops counting once enough is found', async () => {
    expect(await mailboxBytes([path.join(root, 'thunderbird')], 1)).toBe(sizeOf(700));
  });

  test('stdin has no size known in advance: no count, so no workers unless --jobs asks', async () => {
    expect(await mailboxBytes([path.join(profile, 'Inbox'), '-'])).toBeNull();
  });

  test('paths that cannot be read count nothing (the reader reports them), and a symlinked mbox counts', async () => {
    const linked = path.join(root, 'linked');
    mkdirSync(linked, { recursive: true });
    symlinkSync(path.join(profile, 'Inbox'), path.join(linked, 'inbox.mbox'));
    symlinkSync(path.join(root, 'nowhere'), path.join(linked, 'dangling.mbox'));
    expect(await mailboxBytes([path.join(root, 'missing.mbox'), linked])).toBe(sizeOf(600));
  });
});
