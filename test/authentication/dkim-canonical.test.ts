import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDkimBodies, simpleBody, simpleBodyByLines } from '../../src/checks/authentication/dkim-body.js';
import { messageFromBytes } from './helpers.js';

// Bodies made of the characters that matter to canonicalisation: line ends, CR alone, blanks and text.
const bodyChars = fc.constantFrom('\n', '\n', '\r', '\r\n', ' ', '\t', 'a', 'b', 'é', '\u00ff', '.', '');
const bodies = fc.array(bodyChars, { maxLength: 60 }).map((parts) => parts.join(''));
const lfBodies = fc.array(fc.constantFrom('\n', '\n', ' ', '\t', 'a', 'xyz', '\u00e9'), { maxLength: 60 }).map((p) => p.join(''));

describe('simple body canonicalisation (RFC 6376 3.4.3)', () => {
  it('the LF-only fast path equals the line-by-line definition', () => {
    fc.assert(fc.property(lfBodies, (body) => {
      expect(simpleBody(body)).toBe(simpleBodyByLines(body));
    }), { numRuns: 2000 });
  });

  it('any body, CR or not, gives the line-by-line result', () => {
    fc.assert(fc.property(bodies, (body) => {
      expect(simpleBody(body)).toBe(simpleBodyByLines(body));
    }), { numRuns: 2000 });
  });

  it('edge cases', () => {
    for (const body of ['', '\n', '\n\n', 'a', 'a\n', 'a\n\n\n', '\na', 'a\r', 'a\r\n\n', 'a \n \n']) {
      expect(simpleBody(body)).toBe(simpleBodyByLines(body));
    }
    expect(simpleBody('')).toBe('\r\n');
    expect(simpleBody('a\nb\n\n')).toBe('a\r\nb\r\n');
  });
});

describe('DKIM body check with the header pass fields', () => {
  const roots = [fileURLToPath(new URL('../../fixtures/', import.meta.url)), fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))];
  const emls = roots.filter((r) => existsSync(r)).flatMap((r) => walk(r));
  const hostile = [
    'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=amazon.co.jp; s=x; bh=abc=; b=x\nSubject: caf\u00e9\n\nbody\n',
    'DKIM-Signature: v=1; d=\u00e9xample.com; s=x; bh=abc=; b=x\n\nbody\n',
    'DKIM-Signature: v=1; d=x.example; s=x; bh=abc=; b=x\nSubject: \u001b$B\u001b(B\n\nbody\n',
    'DKIM-Signature: v=1; d=x.example; s=x; bh=abc=; b=x\nSubject: no blank line and no body',
    'DKIM-Signature: v=1;\n d=x.example; s=x;\n\tbh=abc=; b=x\r\n\r\nCRLF body\r\n\r\n',
  ].map((t) => Buffer.from(t, 'latin1'));

  it('gives the same checks as reading the header block again (fixtures, corpus, odd blocks)', async () => {
    expect(emls.length).toBeGreaterThan(10);
    let signed = 0;
    for (const bytes of [...emls.map((f) => readFileSync(f)), ...hostile]) {
      let headers;
      try {
        headers = messageFromBytes(bytes).headers;
      } catch {
        continue;
      }
      const expected = await checkDkimBodies(bytes);
      if (expected.length > 0) signed++;
      expect(await checkDkimBodies(bytes, headers)).toEqual(expected);
    }
    expect(signed).toBeGreaterThan(3);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.eml') ? [path.join(dir, e.name)] : [],
  );
}
