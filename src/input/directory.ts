/**
 * The files under a directory, each to be read (whether it is mail is decided by its content, read-stream.ts)
 * or skipped with a reason: hidden files and folders, a Maildir's tmp/. Order is sorted by name at every level
 * so that locations and reports are the same on every run and every file system.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { osErrorReason } from './read-stream.js';
import type { SkippedFileReason } from './types.js';

export type FoundEntry =
  /** `inMaildir`: the file is a message in a Maildir's cur/ or new/. */
  | { kind: 'file'; path: string; inMaildir: boolean }
  | { kind: 'error'; path: string; reason: string }
  /** Not opened: a hidden file or folder (a folder counts once), or a file in a Maildir's tmp/. */
  | { kind: 'skipped'; path: string; reason: Extract<SkippedFileReason, 'hidden' | 'in-delivery' | 'apple-mail-attachment'> };

export interface FindOptions {
  /** List the messages of Maildirs (default true); without, a Maildir's cur/ and new/ are not read at all. */
  maildirMessages?: boolean;
}

/** Files under `dir`, depth first, sorted; unreadable subdirectories are reported, not fatal. */
export async function findMailFiles(dir: string, options: FindOptions = {}): Promise<FoundEntry[]> {
  const found: FoundEntry[] = [];
  await walk(dir, found, new Set(), options.maildirMessages ?? true);
  return found;
}

type EntryKind = 'file' | 'directory' | 'other';

async function walk(dir: string, found: FoundEntry[], visited: Set<string>, maildirMessages: boolean): Promise<void> {
  let entries: Dirent[];
  try {
    // A symlink loop would otherwise recurse for ever.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await listDirectory(dir, true);
  } catch (error) {
    found.push({ kind: 'error', path: dir, reason: osErrorReason(error) });
    return;
  }
  const kinds = new Map<string, EntryKind>();
  for (const entry of entries) kinds.set(entry.name, await entryKind(dir, entry));
  // Maildir (cr.yp.to/proto/maildir.html): messages are the files in cur/ and new/; tmp/ holds deliveries
  // still being written.
  const isMaildir = kinds.get('cur') === 'directory' || kinds.get('new') === 'directory';
  // Apple Mail (~/Library/Mail/V*/.../Data/): the attachments of .partial.emlx messages in Messages/ are kept in
  // Attachments/<message>/<part>/, and read with their message (emlx.ts), not as files of their own.
  const isAppleMailData = kinds.get('Messages') === 'directory' && kinds.get('Attachments') === 'directory';
  // Dotfiles are skipped (and counted), except Maildir++ folders (.Junk, .Sent, .Trash) inside a Maildir: the
  // spam folder is exactly where phishing ends up.
  for (const entry of entries) {
    const name = entry.name;
    const full = path.join(dir, name);
    const kind = kinds.get(name);
    if (kind === 'other') continue; // a socket, a device, a dangling link: no file to read
    if (name.startsWith('.') && !(isMaildir && kind === 'directory')) {
      found.push({ kind: 'skipped', path: full, reason: 'hidden' });
    } else if (kind === 'directory') {
      if (isMaildir && (name === 'cur' || name === 'new')) {
        if (maildirMessages) await addMaildirFiles(full, found);
      } else if (isMaildir && name === 'tmp') await addSkipped(full, 'in-delivery', found);
      else if (isAppleMailData && name === 'Attachments') await addSkipped(full, 'apple-mail-attachment', found, visited);
      else await walk(full, found, visited, maildirMessages);
    } else {
      // Any name: a mailbox saved as .txt, a message without extension, Thunderbird's extension-less folders
      // (beside their .msf index, which the content check then skips).
      found.push({ kind: 'file', path: full, inMaildir: false });
    }
  }
}

async function addMaildirFiles(dir: string, found: FoundEntry[]): Promise<void> {
  try {
    for (const entry of await listDirectory(dir)) {
      if ((await entryKind(dir, entry)) === 'file') {
        found.push({ kind: 'file', path: path.join(dir, entry.name), inMaildir: true });
      }
    }
  } catch (error) {
    found.push({ kind: 'error', path: dir, reason: osErrorReason(error) });
  }
}

/**
 * Each file of `dir` as skipped for `reason` (an empty folder adds nothing); with `visited`, the files of its
 * subfolders too (Apple Mail's Attachments/<message>/<part>/).
 */
async function addSkipped(dir: string, reason: 'in-delivery' | 'apple-mail-attachment', found: FoundEntry[], visited?: Set<string>): Promise<void> {
  try {
    if (visited) {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
    }
    for (const entry of await listDirectory(dir)) {
      const full = path.join(dir, entry.name);
      if (visited && (await entryKind(dir, entry)) === 'directory') await addSkipped(full, reason, found, visited);
      else found.push({ kind: 'skipped', path: full, reason });
    }
  } catch (error) {
    found.push({ kind: 'error', path: dir, reason: osErrorReason(error) });
  }
}

async function listDirectory(dir: string, withDotEntries = false): Promise<Dirent[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => withDotEntries || !e.name.startsWith('.')).sort((a, b) => byCodeUnit(a.name, b.name));
}

/** Only symlinks (and file systems that do not report types) cost a stat call: Maildirs can be large. */
async function entryKind(dir: string, entry: Dirent): Promise<EntryKind> {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink() && !isUnknownType(entry)) return 'other';
  try {
    const s = await stat(path.join(dir, entry.name));
    return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : 'other';
  } catch {
    // A dangling symlink: nothing to read.
    return 'other';
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isUnknownType(entry: Dirent): boolean {
  return !entry.isBlockDevice() && !entry.isCharacterDevice() && !entry.isFIFO() && !entry.isSocket();
}
