/**
 * Sources inside the repository (issue 18, item 5). The rules, checked on every TypeScript / JavaScript file
 * under src/, scripts/, bench/ and test/:
 *
 * 1. Every repository path named in a comment exists: `docs/…`, `src/…`, `test/…`, `fixtures/…`,
 *    `scripts/…` or `bench/…`, as written or with a module extension left out (`src/report/safe-text`). With
 *    `#anchor`, the Markdown file has that heading. A `docs/….md#anchor` is also checked where it appears in
 *    code, i.e. in the `source` strings of the data.
 * 2. The research and design notes beside the repository (anchors.md, tech.md, design.md, style.md,
 *    ../shared/research, ../shared/docs) are cited nowhere, neither in these files nor in docs/ or the READMEs:
 *    what the code relies on is in docs/sources.md, which the citations point to.
 * 3. Any other mention of ../shared (the real-mail corpus, the Unicode data) is allowed only in a file that
 *    reads it as data: one whose code names the `shared` directory in a string literal
 *    (`new URL('../../../shared/corpus', import.meta.url)`, `join(…, 'shared', 'corpus')`), or that imports a
 *    module which does. Everything else names a corpus file by its name and docs/sources.md#real-samples-in-the-corpus.
 *    This file and test/docs/repo-paths.ts, which state the rules, are the only exception to 2 and 3.
 *
 * 4. The same for the Markdown of docs/ and the READMEs: every repository path they name outside code blocks
 *    exists, and every relative link (`[x](verdicts.md#anchor)`, `[x](#anchor)`) leads to a file and heading.
 *
 * A failure names the file, the line and what is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  DOCS_ANCHOR,
  REPO_PATH,
  RESEARCH,
  SHARED,
  commentLines,
  pathProblem,
  readsShared,
  relativeImports,
  segments,
  sourceFiles,
} from './repo-paths.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIRS = ['src', 'scripts', 'bench', 'test'];
/** The files that state rules 2 and 3 (they have to name what they forbid). */
const SELF = ['test/docs/comment-paths.test.ts', 'test/docs/repo-paths.ts'];

/** Problems of rule 1 in one file's text, as `file:line: message`. */
export function pathProblems(root: string, file: string, text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const report = (line: number, path: string, anchor: string | undefined): void => {
    const problem = pathProblem(root, path, anchor);
    const key = `${line} ${path}#${anchor ?? ''}`;
    if (problem && !seen.has(key)) {
      seen.add(key);
      out.push(`${file}:${line}: ${problem}`);
    }
  };
  for (const c of commentLines(text)) for (const m of c.text.matchAll(REPO_PATH)) report(c.line, m[1]!, m[2]);
  for (const s of segments(text)) {
    if (s.kind === 'comment') continue;
    s.text.split('\n').forEach((l, k) => {
      for (const m of l.matchAll(DOCS_ANCHOR)) report(s.line + k, m[1]!, m[2]);
    });
  }
  return out;
}

/** Problems of rule 4 in one Markdown file (repository-relative `file`). */
export function markdownProblems(root: string, file: string, text: string): string[] {
  const out: string[] = [];
  let fence = false;
  text.split('\n').forEach((l, k) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    if (fence) return;
    const at = `${file}:${k + 1}: `;
    for (const m of l.matchAll(REPO_PATH)) {
      const problem = pathProblem(root, m[1]!, m[2]);
      if (problem) out.push(at + problem);
    }
    for (const m of l.matchAll(/\]\((?!https?:|mailto:)([^)\s#]*)(?:#([\w-]+))?\)/g)) {
      const target = m[1] ? relative(root, join(root, dirname(file), m[1])) : file;
      const problem = pathProblem(root, target, m[2]);
      if (problem) out.push(`${at}link ${m[0].slice(1)}: ${problem}`);
    }
  });
  return out;
}

/** Problems of rules 2 and 3 in one file's text; `readsShared` says whether rule 3 allows ../shared here. */
export function sharedProblems(file: string, text: string, mayNameShared: boolean): string[] {
  const out: string[] = [];
  text.split('\n').forEach((l, k) => {
    const research = RESEARCH.exec(l);
    if (research) out.push(`${file}:${k + 1}: cites ${research[0]}, research beside the repository: cite docs/sources.md instead`);
    else if (!mayNameShared && SHARED.test(l)) {
      out.push(`${file}:${k + 1}: names ../shared but does not read it: cite docs/sources.md instead`);
    }
  });
  return out;
}

const files = SOURCE_DIRS.flatMap((d) => sourceFiles(ROOT, d));
const texts = new Map(files.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
const direct = new Set(files.filter((f) => readsShared(texts.get(f)!)));
const MARKDOWN = [
  ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
  ...['README.md', 'README.ja.md', 'bench/README.md'],
];
const readers = new Set([...direct, ...files.filter((f) => relativeImports(ROOT, f, texts.get(f)!).some((i) => direct.has(i)))]);

describe('repository paths in comments', () => {
  test('every path named in a comment of src/, scripts/, bench/ and test/ exists', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => pathProblems(ROOT, f, texts.get(f)!))).toEqual([]);
  });

  test('nothing cites the research beside the repository; ../shared only where it is read as data', () => {
    const problems = [
      ...files.filter((f) => !SELF.includes(f)).flatMap((f) => sharedProblems(f, texts.get(f)!, readers.has(f))),
      ...MARKDOWN.flatMap((f) => sharedProblems(f, readFileSync(join(ROOT, f), 'utf8'), true)),
    ];
    expect(problems).toEqual([]);
  });

  test('every path and relative link in docs/ and the READMEs exists', () => {
    expect(MARKDOWN.flatMap((f) => markdownProblems(ROOT, f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  test('the corpus readers are found (the rule is not vacuous)', () => {
    expect(readers.has('test/pipeline/real-messages.ts')).toBe(true);
    expect(readers.has('test/security/corpus.test.ts')).toBe(true);
    expect(readers.has('scripts/gen-confusables.mjs')).toBe(true);
    expect(readers.has('src/amazon/domains.ts')).toBe(false);
  });
});

describe('the checks fail on bad input', () => {
  // Paths built from parts, so that this file's own comments and strings stay clean.
  const missing = ['src', 'no-such-stage', 'gone.ts'].join('/');
  const sources = ['docs', 'sources.md'].join('/');

  test('a comment naming a missing file fails, with file and line', () => {
    const text = `const a = 1;\n/**\n * See ${missing} for the rule.\n */\nexport {};\n`;
    expect(pathProblems(ROOT, 'src/x.ts', text)).toEqual([`src/x.ts:3: ${missing} does not exist`]);
  });

  test('a missing heading of a docs file fails, in a comment and in a source string', () => {
    const text = `// ${sources}#no-such-section\nconst s = { source: '${sources}#also-missing' };\n`;
    expect(pathProblems(ROOT, 'src/x.ts', text)).toEqual([
      `src/x.ts:1: ${sources} has no heading #no-such-section`,
      `src/x.ts:2: ${sources} has no heading #also-missing`,
    ]);
  });

  test('existing paths, module paths without extension and existing headings pass', () => {
    const text = `// ${sources}#unicode-data, src/report/safe-text, fixtures/, test/docs/repo-paths.ts.\n`;
    expect(pathProblems(ROOT, 'src/x.ts', text)).toEqual([]);
  });

  test('a path inside a string or a regular expression is not a comment', () => {
    const text = `const p = '${missing}'; const r = /\\/\\/ ${missing.replace(/\//g, '\\/')}/; const u = 'https://x/${missing}';\n`;
    expect(pathProblems(ROOT, 'src/x.ts', text)).toEqual([]);
  });

  test('a Markdown link to a missing heading or file fails; code blocks are skipped', () => {
    const text = `See [the rule](authentication.md#no-such-rule) and [x](${missing.slice(4)}).\n\`\`\`\n${missing}\n\`\`\`\n`;
    expect(markdownProblems(ROOT, 'docs/x.md', text)).toEqual([
      'docs/x.md:1: link (authentication.md#no-such-rule): docs/authentication.md has no heading #no-such-rule',
      `docs/x.md:1: link (${missing.slice(4)}): docs/${missing.slice(4)} does not exist`,
    ]);
  });

  test('research notes and ../shared outside a reader fail', () => {
    const research = ['anchors', 'md'].join('.');
    const corpus = ['..', 'shared', 'corpus'].join('/');
    expect(sharedProblems('src/x.ts', `// (${research} 3.1)\n// see ${corpus}\n`, false)).toEqual([
      `src/x.ts:1: cites ${research}, research beside the repository: cite docs/sources.md instead`,
      'src/x.ts:2: names ../shared but does not read it: cite docs/sources.md instead',
    ]);
    expect(sharedProblems('test/x.test.ts', `const CORPUS = '${corpus}'; // ${corpus}\n`, true)).toEqual([]);
  });
});
