/**
 * A structural check of a Compound File (MS-CFB), the container of Outlook's .msg files, before the .msg
 * library reads it. The library (@kenjiuno/msgreader) follows sector chains and the directory tree until
 * they end, so a file whose chain loops back on itself would make it loop for ever, and a stream that claims
 * gigabytes would make it allocate them. This walks the same tables the same way (Reader.js of the library:
 * header fields, the FAT sectors listed in the header and the DIFAT, the directory chain, the mini FAT, the
 * mini stream) with a visited set and a step bound, and returns what is wrong, or null. Linear in the file.
 */

const END_OF_CHAIN = -2;
const NO_STREAM = -1;
const MINI_STREAM_CUTOFF = 0x1000;
const MINI_SECTOR_SIZE = 64;
const DIR_ENTRY_SIZE = 128;
const HEADER_FAT_ENTRIES = 109;
const TYPE_DIRECTORY = 1;
const TYPE_STREAM = 2;
/** Outlook nests an attached message as a storage; a few levels are real, hundreds are a construction. */
const MAX_STORAGE_DEPTH = 32;

class Damage extends Error {}

/** What makes `file` unreadable as a Compound File, or null when its tables hold together. */
export function compoundFileProblem(file: Buffer): string | null {
  try {
    check(file);
    return null;
  } catch (error) {
    if (error instanceof Damage) return error.message;
    throw error;
  }
}

function check(file: Buffer): void {
  if (file.length < 512) throw new Damage(`cut short: ${file.length} bytes, less than its 512-byte header`);
  const shift = file.readUInt16LE(30);
  if (shift !== 9 && shift !== 12) throw new Damage(`unknown sector size (2^${shift} bytes)`);
  const size = 1 << shift;
  const perSector = size / 4;
  const sectors = Math.max(0, Math.floor((file.length - size) / size));
  const fatCount = file.readInt32LE(0x2c);
  const dirStart = file.readInt32LE(0x30);
  const miniFatStart = file.readInt32LE(0x3c);
  const miniFatCount = file.readInt32LE(0x40);
  const difatStart = file.readInt32LE(0x44);
  const difatCount = file.readInt32LE(0x48);
  if (fatCount < 0 || fatCount > sectors) throw new Damage(`its header lists ${fatCount} FAT sectors, the file has ${sectors}`);
  if (difatCount < 0 || difatCount > sectors) throw new Damage(`its header lists ${difatCount} DIFAT sectors, the file has ${sectors}`);

  const sectorAt = (sector: number, what: string): number => {
    if (!Number.isInteger(sector) || sector < 0 || sector >= sectors) throw new Damage(`${what} points to sector ${sector}, outside the file (${sectors} sectors)`);
    return (sector + 1) * size;
  };

  // The FAT sectors: the first 109 in the header, the rest in the DIFAT chain (as the library reads them).
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_FAT_ENTRIES); i++) fat.push(file.readInt32LE(0x4c + 4 * i));
  let remaining = fatCount - fat.length;
  const difatSeen = new Set<number>();
  for (let i = 0, at = difatStart; i < difatCount; i++) {
    if (difatSeen.has(at)) throw new Damage(`its DIFAT chain loops back to sector ${at}`);
    difatSeen.add(at);
    const base = sectorAt(at, 'the DIFAT');
    const take = Math.min(remaining, perSector - 1);
    for (let j = 0; j < take; j++) {
      const entry = file.readInt32LE(base + 4 * j);
      if (entry === NO_STREAM || entry === END_OF_CHAIN) break;
      fat.push(entry);
    }
    remaining -= take;
    at = file.readInt32LE(base + 4 * (perSector - 1));
    if (at === NO_STREAM || at === END_OF_CHAIN) break;
  }
  for (const sector of fat) sectorAt(sector, 'the FAT');

  const nextIn = (table: readonly number[], sector: number): number => {
    const tableSector = table[Math.floor(sector / perSector)];
    if (tableSector === undefined) return END_OF_CHAIN;
    return file.readInt32LE(sectorAt(tableSector, 'a sector table') + 4 * (sector % perSector));
  };
  /** The sectors of the chain from `start`, which must end within `limit` steps without coming back. */
  const chain = (start: number, what: string, table: readonly number[], limit: number, stopAt?: (sector: number, i: number) => boolean): number[] => {
    const seen = new Set<number>();
    const out: number[] = [];
    for (let at = start; at !== END_OF_CHAIN; at = nextIn(table, at)) {
      if (stopAt?.(at, out.length)) break;
      if (seen.has(at)) throw new Damage(`the sector chain of ${what} loops back to sector ${at}`);
      if (out.length >= limit) throw new Damage(`the sector chain of ${what} is longer than the file`);
      seen.add(at);
      out.push(at);
    }
    return out;
  };

  const dirSectors = chain(dirStart, 'the directory', fat, sectors);
  for (const s of dirSectors) sectorAt(s, 'the directory');
  const entries = dirSectors.flatMap((s) => {
    const base = sectorAt(s, 'the directory');
    return Array.from({ length: size / DIR_ENTRY_SIZE }, (_, i) => base + i * DIR_ENTRY_SIZE);
  });
  if (entries.length === 0) throw new Damage('it has no directory');
  const entry = (index: number) => {
    const at = entries[index]!;
    return {
      type: file[at + 0x42]!,
      left: file.readInt32LE(at + 0x44),
      right: file.readInt32LE(at + 0x48),
      child: file.readInt32LE(at + 0x4c),
      start: file.readInt32LE(at + 0x74),
      size: file.readInt32LE(at + 0x78),
    };
  };

  // The mini FAT (the library stops at sector 0 or after the count in the header) and the mini stream.
  const miniFat = chain(miniFatStart, 'the mini FAT', fat, sectors, (at, i) => i >= miniFatCount || at === 0);
  const root = entry(0);
  const miniStream = chain(root.start, 'the mini stream', fat, sectors);
  const miniSectors = (miniStream.length * size) / MINI_SECTOR_SIZE;

  // The directory tree: every entry reached once, storages no deeper than MAX_STORAGE_DEPTH.
  const visited = new Set<number>([0]);
  const walk = (first: number, depth: number): void => {
    if (depth > MAX_STORAGE_DEPTH) throw new Damage(`its storages are nested more than ${MAX_STORAGE_DEPTH} deep`);
    const stack = [first];
    while (stack.length > 0) {
      const index = stack.pop()!;
      if (index === NO_STREAM) continue;
      if (index < 0 || index >= entries.length) throw new Damage(`its directory points to entry ${index}, which does not exist`);
      if (visited.has(index)) throw new Damage(`its directory tree comes back to entry ${index}`);
      visited.add(index);
      const e = entry(index);
      stack.push(e.left, e.right);
      if (e.type === TYPE_DIRECTORY) walk(e.child, depth + 1);
      else if (e.type === TYPE_STREAM) checkStream(e, index);
    }
  };
  const checkStream = (e: { start: number; size: number }, index: number): void => {
    if (e.size === 0) return;
    if (e.size < 0 || e.size > file.length) throw new Damage(`stream ${index} claims ${e.size >>> 0} bytes, more than the file holds`);
    if (e.size < MINI_STREAM_CUTOFF) {
      const needed = Math.ceil(e.size / MINI_SECTOR_SIZE);
      const mini = chain(e.start, `stream ${index}`, miniFat, miniSectors);
      if (mini.length < needed) throw new Damage(`stream ${index} is cut short`);
      for (const s of mini) if (s < 0 || s >= miniSectors) throw new Damage(`stream ${index} points to mini sector ${s}, outside the mini stream`);
    } else {
      const needed = Math.ceil(e.size / size);
      const big = chain(e.start, `stream ${index}`, fat, sectors, (_, i) => i >= needed);
      if (big.length < needed) throw new Damage(`stream ${index} is cut short`);
      for (const s of big) sectorAt(s, `stream ${index}`);
    }
  };
  walk(root.child, 1);
}
