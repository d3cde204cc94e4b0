import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/input/index.js';
import { readLikeMailparser } from '../../src/message/light-parse.js';
import { MAX_MAILPARSER_BYTES } from '../../src/message/limits.js';
import { FAST_OPTIONS } from '../../src/message/parse.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (!/\.(?:md|txt|js|mjs|DS_Store|gitattributes|msf)$/i.test(name) && !name.startsWith('.')) out.push(p);
  }
  return out.sort();
}

async function messagesOf(file: string): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  try {
    for await (const ev of readInputs([file], {})) {
      if (ev.type === 'message') out.push({ name: `${file}#${ev.message.location.index}`, bytes: ev.message.bytes });
    }
  } catch {
    // not mail
  }
  return out;
}

/** What parse.ts reads from simpleParser, in the light reader's form. */
async function viaMailparser(bytes: Buffer) {
  try {
    const mail = await simpleParser(bytes, FAST_OPTIONS);
    return {
      text: typeof mail.text === 'string' ? mail.text : undefined,
      html: typeof mail.html === 'string' ? mail.html : undefined,
      attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content as Buffer })),
    };
  } catch (error) {
    return { error: String(error) };
  }
}

export async function compareWithMailparser(bytes: Buffer): Promise<'light' | 'fallback'> {
  const light = readLikeMailparser(bytes);
  if (light === null) return 'fallback';
  const mp = await viaMailparser(bytes);
  expect(light).toEqual(mp);
  return 'light';
}

describe('the light reader gives what mailparser gives', () => {
  for (const [label, dir] of [
    ['fixtures', FIXTURES],
    ['corpus', CORPUS],
  ] as const) {
    it.skipIf(!existsSync(dir))(`on every message under ${label}/`, async () => {
      const counts = { light: 0, fallback: 0 };
      const fallbacks: string[] = [];
      for (const file of files(dir)) {
        for (const m of await messagesOf(file)) {
          if (m.bytes.length > MAX_MAILPARSER_BYTES) continue;
          let kind: 'light' | 'fallback';
          try {
            kind = await compareWithMailparser(m.bytes);
          } catch (error) {
            throw new Error(`${m.name}: ${(error as Error).message}`);
          }
          counts[kind]++;
          if (kind === 'fallback') fallbacks.push(m.name);
        }
      }
      console.log(label, counts, fallbacks.slice(0, 40));
      expect(counts.light).toBeGreaterThan(counts.fallback);
    }, 120_000);
  }
});
