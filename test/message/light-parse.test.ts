import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import fc from 'fast-check';
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

/*
 * Generated mail: nested multiparts (boundaries that are prefixes of each other), text, HTML, delivery-status
 * and binary leaves, with and without dispositions, charsets, flowed text, quoted-printable with soft breaks,
 * broken escapes and trailing blanks, base64 padded per line, empty and one-empty-line bodies, CRLF or LF.
 */
const bodyText = fc.oneof(
  fc.constantFrom('', '\n', 'Amazon =E3=81=82 ok =ZZ end=', 'soft=\nbreak = \ntrail  \nx=\r\ny', 'line one \nline two\n', '<p>Hi&amp;<a href="https://a.example/">x</a></p>'),
  fc.string({ maxLength: 60 }),
  fc.stringMatching(/^[a-zA-Z0-9 =\n\t.<>-]{0,80}$/),
);

function encodeBody(text: string, encoding: string, eol: string): string {
  if (encoding === 'base64') return Buffer.from(text, 'utf8').toString('base64').replace(/.{1,8}/g, (m) => m + eol);
  if (encoding === 'base64-padded-lines') {
    return (text.match(/[\s\S]{1,5}/g) ?? []).map((c) => Buffer.from(c, 'utf8').toString('base64')).join(eol);
  }
  return text.replace(/\n/g, eol);
}

const leaf = fc.record({
  type: fc.constantFrom('text/plain', 'text/html', 'message/delivery-status', 'application/octet-stream', 'image/png', null),
  charset: fc.constantFrom(null, 'utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252', 'shift_jis', 'iso-2022-jp', 'x-unknown'),
  disposition: fc.constantFrom(null, 'inline', 'attachment', 'form-data'),
  filename: fc.constantFrom(null, 'a.pdf', 'page.html', '=?UTF-8?B?6KuL5rGC5pu4LnBkZg==?='),
  encoding: fc.constantFrom(null, '7bit', 'quoted-printable', 'base64', 'base64-padded-lines'),
  flowed: fc.boolean(),
  body: bodyText,
});

type Leaf = typeof leaf extends fc.Arbitrary<infer T> ? T : never;
type Tree = { leaf: Leaf } | { multipart: string; children: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf.map((l) => ({ leaf: l })),
    fc.record({ multipart: fc.constantFrom('mixed', 'alternative', 'related'), children: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
})).node;

function render(node: Tree, eol: string, boundary: string): string {
  if ('leaf' in node) {
    const l = node.leaf;
    const h: string[] = [];
    if (l.type) {
      let ct = `Content-Type: ${l.type}`;
      if (l.charset) ct += `; charset=${l.charset}`;
      if (l.flowed) ct += '; format=flowed';
      if (l.filename && !l.disposition) ct += `; name="${l.filename}"`;
      h.push(ct);
    }
    if (l.disposition) h.push(`Content-Disposition: ${l.disposition}${l.filename ? `; filename="${l.filename}"` : ''}`);
    const encoding = l.encoding === 'base64-padded-lines' ? 'base64' : l.encoding;
    if (encoding) h.push(`Content-Transfer-Encoding: ${encoding}`);
    return h.join(eol) + eol + eol + encodeBody(l.body, l.encoding ?? '7bit', eol);
  }
  const parts = node.children.map((c, i) => `--${boundary}${eol}${render(c, eol, `${boundary}_${i}`)}${eol}`).join('');
  return `Content-Type: multipart/${node.multipart}; boundary="${boundary}"${eol}${eol}preamble${eol}${parts}--${boundary}--${eol}`;
}

describe('the light reader on generated mail', () => {
  it('gives what mailparser gives', async () => {
    const counts = { light: 0, fallback: 0 };
    await fc.assert(
      fc.asyncProperty(tree, fc.constantFrom('\r\n', '\n'), async (t, eol) => {
        const mail = `From: a@example.com${eol}Subject: t${eol}MIME-Version: 1.0${eol}${render(t, eol, 'b')}`;
        counts[await compareWithMailparser(Buffer.from(mail, 'utf8'))]++;
      }),
      { numRuns: 500 },
    );
    // The generator makes no shape the reader leaves to mailparser: every run compared the two.
    expect(counts.fallback).toBe(0);
  }, 120_000);
});
