import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from './helpers.js';

// Real mail (shared/corpus/SOURCES.md); present on the project's machines, absent elsewhere.
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

describe.skipIf(!existsSync(corpus))('reading the real-mail corpus', () => {
  it('splits nazario-20051114.mbox into 438 messages', async () => {
    const events = await collect([path.join(corpus, 'mbox', 'nazario-20051114.mbox')]);
    expect(events.filter((e) => e.type === 'message')).toHaveLength(438);
    expect(events.filter((e) => e.type !== 'message')).toEqual([]);
  });

  it('splits py4e-mbox-short.mbox into 27 messages', async () => {
    const events = await collect([path.join(corpus, 'mbox', 'py4e-mbox-short.mbox')]);
    expect(events.filter((e) => e.type === 'message')).toHaveLength(27);
    expect(events.filter((e) => e.type !== 'message')).toEqual([]);
  });

  const emlFiles = existsSync(corpus)
    ? readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.eml')).sort()
    : [];

  it.each(emlFiles)('reads %s as exactly one message', async (name) => {
    const events = await collect([path.join(corpus, name)]);
    expect(events.map((e) => e.type)).toEqual(['message']);
  });
});
