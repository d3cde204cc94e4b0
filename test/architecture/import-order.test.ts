/**
 * The import order of the stages: a module may import only from its own stage or from a stage below it.
 *
 * From the bottom up (each stage may import from every stage before it in this list):
 *
 *   1. util        src/util/, src/version.ts      small helpers that know nothing of mail
 *   2. amazon      src/amazon/                    data about Amazon (domains, wording, link patterns), sourced
 *   3. vocabulary  src/findings.ts and every      the finding codes, their default severities, the one
 *                  codes.ts under src/            severity order: the words every stage above speaks
 *   4. input       src/input/                     files, mbox, stdin -> raw messages
 *   5. message     src/message/                   raw bytes -> headers, parts, text
 *   6. identity    src/identity/                  whom a mail presents itself as (claims, lookalikes)
 *   7. checks      src/checks/                    findings about one message
 *   8. mailbox     src/mailbox/                   facts across messages (bursts, timeline, mailbox findings)
 *   9. verdict     src/verdict/                   findings -> a verdict per message and for the mailbox, the
 *                                                  steps to recommend; owns Verdict, OverallStatus, FailOn,
 *                                                  RemediationId and the headline as data
 *  10. report      src/report/                    the report model and every word a person reads (en, ja)
 *  11. pipeline    src/pipeline/                  composes the stages for one message and for a whole scan
 *  12. api         src/index.ts, src/api.ts       the library API (re-exports of the stages below); api.ts
 *                                                 is all of it but the message parsers, what the CLI uses
 *  13. cli         src/cli/                       the command line, a user of the library: it imports from
 *                                                 src/ only src/api.ts (and its own files), so everything
 *                                                 the CLI does, a program can do
 *  14. eval        src/eval/                      the accuracy evaluation, a user of the library
 *
 * Why:
 * - Each stage can be read, tested and changed knowing only the stages below it; a change to the words
 *   (report/) or to the composition (pipeline/) can never change what a check or the verdict decides.
 * - The verdict decides in data (verdict ids, headline items, remediation ids) and the report turns that data
 *   into sentences, so user text lives in one place (src/report/) in both languages.
 * - The finding codes are the vocabulary that checks raise, the verdict judges and the report words. Each
 *   concern keeps its code table beside its logic (src/checks/links/codes.ts, src/message/codes.ts,
 *   src/mailbox/codes.ts...), but a file named codes.ts belongs to the vocabulary layer, not to the directory's
 *   stage: it may import only util, amazon and the vocabulary itself (findings.ts joins the tables into
 *   FindingCode). So the verdict and the report can read any concern's codes without reaching up, and a code
 *   table that imported a check would fail here.
 * - mailbox sits below verdict because the mailbox verdict (src/verdict/mailbox.ts) reads what the mailbox
 *   stage found; the mailbox stage itself judges nothing.
 * - Type-only imports count too: a type is part of a stage's vocabulary, and `import type` from above is the
 *   first step towards a value import from above (and towards a cycle).
 *
 * What counts: every `import` (also `import type` and side-effect imports), `export ... from`, `import x =
 * require()`, dynamic `import()` and `import('...')` types in every src/**\/*.ts file. A dynamic import whose
 * specifier is not a string literal cannot be checked and fails. Packages (node:*, npm) are not stages and are
 * not checked here. Imports inside one stage are free (within a stage, files are ordered by their own design).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Stages from the bottom up; index = layer. */
const STAGES = [
  'util',
  'amazon',
  'vocabulary',
  'input',
  'message',
  'identity',
  'checks',
  'mailbox',
  'verdict',
  'report',
  'pipeline',
  'api',
  'cli',
  'eval',
] as const;
type Stage = (typeof STAGES)[number];

const DIRECTORY_STAGES: ReadonlySet<string> = new Set<Stage>([
  'util',
  'amazon',
  'input',
  'message',
  'identity',
  'checks',
  'mailbox',
  'verdict',
  'report',
  'pipeline',
  'cli',
  'eval',
]);

/** The stage of a file, from its path relative to src/ (posix separators); null when it belongs to none. */
function stageOf(file: string): Stage | null {
  if (file === 'version.ts') return 'util';
  if (file === 'index.ts' || file === 'api.ts') return 'api';
  if (file === 'findings.ts' || file.endsWith('/codes.ts')) return 'vocabulary';
  const top = file.split('/')[0];
  return file.includes('/') && DIRECTORY_STAGES.has(top) ? (top as Stage) : null;
}

interface Specifier {
  specifier: string | null;
  line: number;
  /** How it was written, for the message. */
  form: string;
}

/** Every module specifier a source file names, with its line; `specifier` is null for a non-literal import(). */
function specifiersOf(file: string, source: string): Specifier[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Specifier[] = [];
  const add = (node: ts.Node, expr: ts.Node | undefined, form: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push({ specifier: expr && ts.isStringLiteralLike(expr) ? expr.text : null, line, form });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.importClause?.isTypeOnly ? 'import type' : 'import');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node, node.moduleSpecifier, node.isTypeOnly ? 'export type ... from' : 'export ... from');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, 'import = require()');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], 'import()');
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      add(node, ts.isLiteralTypeNode(arg) ? arg.literal : undefined, "import('...') type");
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/**
 * Every import in `files` (paths relative to src/, posix) that goes to a stage above the importer's, named
 * by file, line and specifier. Also fails a file outside every stage and an import that cannot be resolved.
 */
function upwardImports(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, source] of files) {
    const from = stageOf(file);
    if (from === null) {
      problems.push(`src/${file} belongs to no stage: add it to a stage directory or to STAGES in this test`);
      continue;
    }
    for (const { specifier, line, form } of specifiersOf(file, source)) {
      const at = `src/${file}:${line}`;
      if (specifier === null) {
        problems.push(`${at}: ${form} with a computed specifier cannot be checked; use a string literal`);
        continue;
      }
      if (!specifier.startsWith('.')) continue; // a package, not a stage
      const target = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
      if (target.startsWith('../')) {
        problems.push(`${at}: ${form} '${specifier}' leaves src/`);
        continue;
      }
      if (!files.has(target)) {
        problems.push(`${at}: ${form} '${specifier}' resolves to src/${target}, which does not exist`);
        continue;
      }
      const to = stageOf(target);
      if (to === null) continue; // reported for the target file itself
      if (STAGES.indexOf(to) > STAGES.indexOf(from)) {
        problems.push(
          `${at}: ${form} '${specifier}' goes up from ${from} (stage ${STAGES.indexOf(from) + 1}) to ${to} ` +
            `(stage ${STAGES.indexOf(to) + 1}, src/${target}); a stage imports only from itself and the stages below it`,
        );
      }
    }
  }
  return problems;
}

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function readSources(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readSources(path, out);
    else if (entry.name.endsWith('.ts')) out.set(relative(SRC, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return out;
}

describe('the import order of the stages', () => {
  it('holds in src/: no module imports from a stage above its own', () => {
    const files = readSources(SRC);
    expect(files.size).toBeGreaterThan(100);
    const problems = upwardImports(files);
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('knows the stage of every kind of file', () => {
    expect(stageOf('version.ts')).toBe('util');
    expect(stageOf('util/memo.ts')).toBe('util');
    expect(stageOf('findings.ts')).toBe('vocabulary');
    expect(stageOf('checks/links/codes.ts')).toBe('vocabulary');
    expect(stageOf('mailbox/codes.ts')).toBe('vocabulary');
    expect(stageOf('checks/links/judge.ts')).toBe('checks');
    expect(stageOf('identity/claim.ts')).toBe('identity');
    expect(stageOf('index.ts')).toBe('api');
    expect(stageOf('api.ts')).toBe('api');
    expect(stageOf('eval/cli.ts')).toBe('eval');
    expect(stageOf('stray.ts')).toBeNull();
    expect(stageOf('plugins/x.ts')).toBeNull();
  });

  // A synthetic tree: the checker must catch every way of writing an upward import, and let downward ones be.
  const tree = (extra: Record<string, string>) =>
    new Map(
      Object.entries({
        'findings.ts': "import { linkCodes } from './checks/links/codes.js';\nexport type Severity = 'high';",
        'checks/links/codes.ts': "import type { Severity } from '../../findings.js';\nexport const linkCodes = {};",
        'checks/links/judge.ts': "import { finding } from '../../findings.js';\nimport { x } from '../../amazon/index.js';",
        'amazon/index.ts': "import { memo } from '../util/memo.js';",
        'util/memo.ts': 'export const memo = 1;',
        'report/model.ts': "import type { Verdict } from '../verdict/types.js';",
        'verdict/types.ts': "import type { Finding } from '../findings.js';\nimport { readFileSync } from 'node:fs';",
        'pipeline/scan.ts': "const m = await import('../report/model.js');",
        ...extra,
      }),
    );

  it('lets a tree that imports only downwards pass', () => {
    expect(upwardImports(tree({}))).toEqual([]);
  });

  it('fails an upward import, naming file, line and import (type-only, export-from and dynamic too)', () => {
    const problems = upwardImports(
      tree({
        'verdict/mailbox.ts': "// the headline\nimport type { Report } from '../report/model.js';",
        'verdict/index.ts': "export { UI } from '../report/model.js';",
        'checks/content/index.ts': "async function f() {\n  return import('../../pipeline/scan.js');\n}",
        'message/parse.ts': "let k: import('../checks/links/judge.js').Kind;",
        'amazon/claim.ts': "import { lookalike } from '../checks/links/judge.js';",
      }),
    );
    expect(problems).toEqual([
      "src/verdict/mailbox.ts:2: import type '../report/model.js' goes up from verdict (stage 9) to report (stage 10, src/report/model.ts); a stage imports only from itself and the stages below it",
      "src/verdict/index.ts:1: export ... from '../report/model.js' goes up from verdict (stage 9) to report (stage 10, src/report/model.ts); a stage imports only from itself and the stages below it",
      "src/checks/content/index.ts:2: import() '../../pipeline/scan.js' goes up from checks (stage 7) to pipeline (stage 11, src/pipeline/scan.ts); a stage imports only from itself and the stages below it",
      "src/message/parse.ts:1: import('...') type '../checks/links/judge.js' goes up from message (stage 5) to checks (stage 7, src/checks/links/judge.ts); a stage imports only from itself and the stages below it",
      "src/amazon/claim.ts:1: import '../checks/links/judge.js' goes up from amazon (stage 2) to checks (stage 7, src/checks/links/judge.ts); a stage imports only from itself and the stages below it",
    ]);
  });

  it('holds a code table to the vocabulary layer, whatever directory it sits in', () => {
    const problems = upwardImports(
      tree({ 'checks/links/codes.ts': "import type { Link } from './types.js';", 'checks/links/types.ts': '' }),
    );
    expect(problems).toEqual([
      "src/checks/links/codes.ts:1: import type './types.js' goes up from vocabulary (stage 3) to checks (stage 7, src/checks/links/types.ts); a stage imports only from itself and the stages below it",
    ]);
  });

  it('fails what it cannot check: a computed import(), a path outside src/ or to no file, a file in no stage', () => {
    const problems = upwardImports(
      tree({
        'pipeline/worker.ts': "const name = './scan.js';\nawait import(name);",
        'cli/index.ts': "import pkg from '../../package.json';\nimport { gone } from './gone.js';",
        'stray.ts': '',
      }),
    );
    expect(problems).toEqual([
      'src/pipeline/worker.ts:2: import() with a computed specifier cannot be checked; use a string literal',
      "src/cli/index.ts:1: import '../../package.json' leaves src/",
      "src/cli/index.ts:2: import './gone.js' resolves to src/cli/gone.ts, which does not exist",
      'src/stray.ts belongs to no stage: add it to a stage directory or to STAGES in this test',
    ]);
  });

  it('does not mistake text for an import: comments and strings are not read', () => {
    const problems = upwardImports(
      tree({
        'checks/links/extract.ts':
          "// import { x } from '../../report/model.js';\nconst s = \"import('../../cli/index.js')\";\n/* export * from '../../eval/cli.js' */",
      }),
    );
    expect(problems).toEqual([]);
  });
});
