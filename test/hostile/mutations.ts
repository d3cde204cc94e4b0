/**
 * Structural mutations of real-shaped messages: the damage broken mailers and attackers actually produce,
 * as fast-check arbitraries so every failure shrinks to a small, replayable list of edits.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from './harness.js';

export interface Seed {
  name: string;
  bytes: Buffer;
}

/** Every .eml under fixtures/ (ours, so the suite runs without /work/shared). */
export function fixtureMessages(): Seed[] {
  const out: Seed[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.eml$/i.test(e.name)) out.push({ name: relative(REPO, p), bytes: readFileSync(p) });
    }
  };
  walk(join(REPO, 'fixtures'));
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-header'; line: number; times: number }
  | { op: 'delete-header'; line: number }
  | { op: 'break-boundary'; how: 'drop-close' | 'rename-declared' | 'empty-declared' | 'dash-soup' | 'no-blank-after' }
  | { op: 'wrong-charset'; charset: string }
  | { op: 'invalid-base64'; at: number; junk: string }
  | { op: 'invalid-qp'; at: number; junk: string }
  | { op: 'random-8bit'; at: number[]; values: number[] }
  | { op: 'huge-folded-header'; lines: number; name: string }
  | { op: 'insert-bytes'; at: number; bytes: number[] }
  | { op: 'line-endings'; to: 'lf' | 'crlf' | 'cr' };

const CHARSETS = ['utf-16', 'utf-7', 'iso-2022-jp', 'shift_jis', 'euc-jp', 'x-unknown', '', 'utf-8"', 'gb18030', 'ISO-8859-1*', 'utf-32be', '"'];

/** A position as a fraction of the message, so one arbitrary fits messages of any length. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at) => ({ op: 'truncate', at }) as const),
  fc.record({ op: fc.constant('duplicate-header' as const), line: fc.nat(60), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ op: fc.constant('delete-header' as const), line: fc.nat(60) }),
  fc.record({
    op: fc.constant('break-boundary' as const),
    how: fc.constantFrom('drop-close', 'rename-declared', 'empty-declared', 'dash-soup', 'no-blank-after') as fc.Arbitrary<
      'drop-close' | 'rename-declared' | 'empty-declared' | 'dash-soup' | 'no-blank-after'
    >,
  }),
  fc.record({ op: fc.constant('wrong-charset' as const), charset: fc.constantFrom(...CHARSETS) }),
  fc.record({ op: fc.constant('invalid-base64' as const), at: fraction, junk: fc.constantFrom('!!!', '=', '====', '*', '\u00ff\u00fe', 'A', '=A=') }),
  fc.record({ op: fc.constant('invalid-qp' as const), at: fraction, junk: fc.constantFrom('=', '=G', '=\r', '=0', '==', '=\u00ff', '=3D=') }),
  fc.record({ op: fc.constant('random-8bit' as const), at: fc.array(fraction, { minLength: 1, maxLength: 20 }), values: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 20 }) }),
  fc.record({ op: fc.constant('huge-folded-header' as const), lines: fc.integer({ min: 1, max: 5_000 }), name: fc.constantFrom('Subject', 'From', 'X-Junk', 'Received', 'Content-Type', 'Authentication-Results', 'DKIM-Signature') }),
  fc.record({ op: fc.constant('insert-bytes' as const), at: fraction, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
  fc.record({ op: fc.constant('line-endings' as const), to: fc.constantFrom('lf', 'crlf', 'cr') as fc.Arbitrary<'lf' | 'crlf' | 'cr'> }),
);

function headerEnd(s: string): number {
  const i = s.search(/\r?\n\r?\n/);
  return i === -1 ? s.length : i;
}

function headerLines(s: string): { lines: string[]; rest: string } {
  const end = headerEnd(s);
  return { lines: s.slice(0, end).split(/(?<=\n)/), rest: s.slice(end) };
}

const pos = (s: string, at: number) => Math.min(s.length, Math.floor(at * s.length));

/** Apply one mutation. Messages are handled as latin1 strings so every byte survives. */
export function mutate(bytes: Buffer, m: Mutation): Buffer {
  let s = bytes.toString('latin1');
  switch (m.op) {
    case 'truncate':
      s = s.slice(0, pos(s, m.at));
      break;
    case 'duplicate-header': {
      const { lines, rest } = headerLines(s);
      if (lines.length === 0) break;
      const i = m.line % lines.length;
      lines.splice(i, 0, ...Array<string>(m.times).fill(lines[i]!.endsWith('\n') ? lines[i]! : `${lines[i]}\r\n`));
      s = lines.join('') + rest;
      break;
    }
    case 'delete-header': {
      const { lines, rest } = headerLines(s);
      if (lines.length === 0) break;
      lines.splice(m.line % lines.length, 1);
      s = lines.join('') + rest;
      break;
    }
    case 'break-boundary': {
      const declared = /boundary="?([^";\r\n]+)"?/i.exec(s);
      if (!declared) break;
      const b = declared[1]!;
      if (m.how === 'drop-close') s = s.split(`--${b}--`).join('');
      else if (m.how === 'rename-declared') s = s.replace(declared[0], `boundary="${b}x"`);
      else if (m.how === 'empty-declared') s = s.replace(declared[0], 'boundary=""');
      else if (m.how === 'dash-soup') s = s.split(`--${b}`).join(`--${b}--${b}--`);
      else s = s.split(`--${b}\r\n\r\n`).join(`--${b}\r\n`).split(`--${b}\n\n`).join(`--${b}\n`);
      break;
    }
    case 'wrong-charset':
      s = /charset=/i.test(s)
        ? s.replace(/charset="?[^";\s]*"?/gi, `charset=${m.charset}`)
        : s.replace(/^/, `Content-Type: text/plain; charset=${m.charset}\r\n`);
      break;
    case 'invalid-base64': {
      if (!/content-transfer-encoding:\s*base64/i.test(s)) s = s.replace(/^/, 'Content-Transfer-Encoding: base64\r\n');
      const p = Math.max(headerEnd(s), pos(s, m.at));
      s = s.slice(0, p) + m.junk + s.slice(p);
      break;
    }
    case 'invalid-qp': {
      if (!/content-transfer-encoding:\s*quoted-printable/i.test(s)) s = s.replace(/^/, 'Content-Transfer-Encoding: quoted-printable\r\n');
      const p = Math.max(headerEnd(s), pos(s, m.at));
      s = s.slice(0, p) + m.junk + s.slice(p);
      break;
    }
    case 'random-8bit': {
      const b = Buffer.from(s, 'latin1');
      if (b.length === 0) break;
      m.at.forEach((at, i) => {
        b[Math.min(b.length - 1, Math.floor(at * b.length))] = m.values[i % m.values.length]!;
      });
      return b;
    }
    case 'huge-folded-header':
      s = `${m.name}: start\r\n${' folded amazon.co.jp\r\n'.repeat(m.lines)}${s}`;
      break;
    case 'insert-bytes': {
      const p = pos(s, m.at);
      s = s.slice(0, p) + Buffer.from(m.bytes).toString('latin1') + s.slice(p);
      break;
    }
    case 'line-endings': {
      const lf = s.replace(/\r\n/g, '\n');
      s = m.to === 'lf' ? lf : m.to === 'crlf' ? lf.replace(/\n/g, '\r\n') : lf.replace(/\n/g, '\r');
      break;
    }
  }
  return Buffer.from(s, 'latin1');
}

export function applyAll(bytes: Buffer, ms: readonly Mutation[]): Buffer {
  return ms.reduce(mutate, bytes);
}

/** Join messages into an mbox (mboxrd-escaped, as a mail client would write it). */
export function toMbox(messages: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [];
  messages.forEach((m, i) => {
    parts.push(Buffer.from(`From sender${i}@example.com Mon Nov 23 10:00:00 2026\n`));
    parts.push(Buffer.from(m.toString('latin1').replace(/^(>*From )/gm, '>$1'), 'latin1'));
    parts.push(Buffer.from('\n\n'));
  });
  return Buffer.concat(parts);
}
