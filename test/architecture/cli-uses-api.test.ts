/**
 * Everything the CLI does, a program can do: each name the CLI imports from the library (outside src/cli/)
 * is exported by src/index.ts.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as api from '../../src/index.js';

const CLI = new URL('../../src/cli/', import.meta.url);

describe('the CLI uses only what src/index.ts exports', () => {
  const imported: { file: string; name: string; from: string }[] = [];
  for (const file of readdirSync(CLI).filter((f) => f.endsWith('.ts'))) {
    const src = readFileSync(new URL(file, CLI), 'utf8');
    for (const m of src.matchAll(/^import (type )?\{([^}]*)\} from '(\.\.\/[^']+)';/gm)) {
      if (m[1] || m[3]!.startsWith('../util/')) continue; // util: helpers that know nothing of mail; types: checked by the compiler through the exported types below
      for (const part of m[2]!.split(',')) {
        const name = part.trim();
        if (name && !name.startsWith('type ')) imported.push({ file, name: name.split(/\s+as\s+/)[0]!, from: m[3]! });
      }
    }
  }
  test('the CLI imports values from the library', () => {
    expect(imported.length).toBeGreaterThan(10);
  });
  test.each(imported)('$file: $name ($from)', ({ name }) => {
    expect(Object.keys(api)).toContain(name);
  });
});
