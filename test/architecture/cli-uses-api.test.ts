/**
 * Everything the CLI does, a program can do: the files of src/cli/ (at any depth) import from the rest of src/
 * only src/api.ts, the library API without the message parsers (so that the CLI does not load them at start),
 * and src/index.ts, the package's entry, exports all of src/api.ts; among themselves the CLI's files are free. Every form of import counts (type-only,
 * export-from, dynamic), read with the TypeScript parser so that comments and strings are not mistaken for one.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as api from '../../src/api.js';
import * as entry from '../../src/index.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each relative specifier a file names (any form of import or export-from), with the names it imports. */
function relativeImports(file: string, source: string): { specifier: string; names: string[]; typeOnly: boolean; loadsAtStart: boolean }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: { specifier: string; names: string[]; typeOnly: boolean; loadsAtStart: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    let spec: ts.Node | undefined;
    let names: string[] = [];
    let typeOnly = false;
    let loadsAtStart = false;
    if (ts.isImportDeclaration(node)) {
      loadsAtStart = true;
      spec = node.moduleSpecifier;
      typeOnly = node.importClause?.isTypeOnly ?? false;
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        names = bindings.elements.filter((e) => !e.isTypeOnly && !typeOnly).map((e) => (e.propertyName ?? e.name).text);
    } else if (ts.isExportDeclaration(node)) {
      spec = node.moduleSpecifier;
      typeOnly = node.isTypeOnly;
      loadsAtStart = true;
    }
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) spec = node.arguments[0];
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) spec = node.argument.literal;
    if (spec) {
      // A computed import() cannot be checked: it counts as a specifier that is not the library entry.
      const text = ts.isStringLiteralLike(spec) ? spec.text : '<computed>';
      if (text.startsWith('.') || text === '<computed>') out.push({ specifier: text, names, typeOnly, loadsAtStart: loadsAtStart && !typeOnly });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The imports of src/cli/** that reach into src/ other than through src/api.ts, as "file: specifier". */
function forbidden(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, source] of files) {
    for (const { specifier } of relativeImports(file, source)) {
      const target = specifier === '<computed>' ? specifier : posix.normalize(posix.join(posix.dirname(file), specifier));
      if (target === 'api.js' || target.startsWith('cli/')) continue;
      problems.push(`src/${file}: ${specifier}`);
    }
  }
  return problems;
}

const cliFiles = new Map(
  tsFiles(join(SRC, 'cli')).map((path) => [relative(SRC, path).split(sep).join('/'), readFileSync(path, 'utf8')]),
);

describe('the CLI uses only what the library exports', () => {
  test('src/cli/** imports nothing from src/ but src/api.ts', () => {
    expect(cliFiles.size).toBeGreaterThan(3);
    const problems = forbidden(cliFiles);
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  test('the CLI does not load the message parsers at start: its static imports reach no src/message/ module but codes.ts', () => {
    const all = new Map(tsFiles(SRC).map((p) => [relative(SRC, p).split(sep).join('/'), readFileSync(p, 'utf8')]));
    const reached = new Set<string>();
    const queue = ['cli/index.ts'];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      for (const i of relativeImports(file, all.get(file)!)) {
        if (!i.loadsAtStart) continue;
        const target = posix.normalize(posix.join(posix.dirname(file), i.specifier)).replace(/\.js$/, '.ts');
        if (all.has(target)) queue.push(target);
      }
    }
    expect(reached.has('pipeline/scan.ts')).toBe(true);
    expect([...reached].filter((f) => f.startsWith('message/') && f !== 'message/codes.ts')).toEqual([]);
  });

  test('the package entry (src/index.ts) exports all of src/api.ts, the same values, and the message parsers', () => {
    for (const [name, value] of Object.entries(api)) expect(entry[name as keyof typeof entry], name).toBe(value);
    expect(Object.keys(entry).filter((name) => !(name in api)).sort()).toEqual(['parseHeaders', 'parseMessage']);
  });

  test('the CLI does import its values from src/api.ts, and each exists there', () => {
    const names = [...cliFiles].flatMap(([file, source]) =>
      relativeImports(file, source)
        .filter((i) => posix.normalize(posix.join(posix.dirname(file), i.specifier)) === 'api.js')
        .flatMap((i) => i.names),
    );
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(Object.keys(api), name).toContain(name);
  });

  test('the check catches every way around the entry, and lets the entry and the CLI’s own files be', () => {
    const problems = forbidden(
      new Map([
        ['cli/a.ts', "import { x } from '../api.js';\nimport { y } from './b.js';\nimport { z } from './sub/c.js';"],
        ['cli/sub/c.ts', "import { x } from '../../api.js';\nimport { w } from '../a.js';\nimport { p } from '../../index.js';"],
        ['cli/d.ts', "import type { Report } from '../report/model.js';"],
        ['cli/e.ts', "export { formatHuman } from '../report/format/human.js';"],
        ['cli/f.ts', "const m = await import('../pipeline/scan.js');\nconst n = await import(name);"],
        ['cli/g.ts', "let t: import('../verdict/types.js').Verdict;\n// import { q } from '../util/memo.js';"],
        ['cli/sub/h.ts', "import { v } from '../../version.js';"],
      ]),
    );
    expect(problems).toEqual([
      'src/cli/sub/c.ts: ../../index.js',
      'src/cli/d.ts: ../report/model.js',
      'src/cli/e.ts: ../report/format/human.js',
      'src/cli/f.ts: ../pipeline/scan.js',
      'src/cli/f.ts: <computed>',
      'src/cli/g.ts: ../verdict/types.js',
      'src/cli/sub/h.ts: ../../version.js',
    ]);
  });
});
