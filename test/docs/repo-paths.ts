/**
 * What test/docs/comment-paths.test.ts checks, as functions it can also run on made-up input: a small
 * tokenizer that tells comments from string literals and code in TypeScript / JavaScript sources, the
 * repository paths named in comments, the headings of a Markdown file as anchors, and the references to the
 * material that lives beside the repository (../shared).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type SegmentKind = 'comment' | 'string' | 'code';
export interface Segment {
  kind: SegmentKind;
  text: string;
  /** 1-based line of the segment's first character. */
  line: number;
}

/** Words after which a `/` starts a regular expression literal, not a division. */
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'in', 'of', 'void', 'delete', 'throw', 'new', 'yield', 'await', 'else', 'do']);
const REGEX_AFTER_CHAR = new Set([...'(,=:[!&|?{};+-*%<>~^']);

/**
 * Splits a source file into comments, string literals (quotes, template text, regular expressions) and code.
 * Good enough for this repository's own sources; it needs no parser.
 */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let line = 1;
  let i = 0;
  let start = 0;
  let startLine = 1;
  let kind: SegmentKind = 'code';
  /** Brace depth at which each open `${` returns to its template. */
  const templates: number[] = [];
  let depth = 0;

  const flush = (end: number, next: SegmentKind): void => {
    if (end > start) out.push({ kind, text: text.slice(start, end), line: startLine });
    kind = next;
    start = end;
    startLine = line;
  };
  /** The last significant code character and the word it ends, to tell a regular expression from a division. */
  let prevCh = '';
  let prevWord = '';
  const afterValue = (): void => {
    prevCh = ')';
    prevWord = '';
  };
  const advance = (to: number): void => {
    for (let k = i; k < to; k++) if (text[k] === '\n') line++;
    i = to;
  };
  /** Reads a template literal's text from i (just after ` or }) up to ` or ${. */
  const templateText = (): void => {
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\') { advance(i + 2); continue; }
      if (c === '`') { advance(i + 1); flush(i, 'code'); afterValue(); return; }
      if (c === '$' && text[i + 1] === '{') {
        advance(i + 2);
        flush(i, 'code');
        templates.push(depth);
        depth++;
        prevCh = '(';
        prevWord = '';
        return;
      }
      advance(i + 1);
    }
    flush(i, 'code');
  };

  while (i < text.length) {
    const c = text[i]!;
    const n = text[i + 1];
    if (c === '/' && n === '/') {
      flush(i, 'comment');
      const end = text.indexOf('\n', i);
      advance(end === -1 ? text.length : end);
      flush(i, 'code');
    } else if (c === '/' && n === '*') {
      flush(i, 'comment');
      const end = text.indexOf('*/', i + 2);
      advance(end === -1 ? text.length : end + 2);
      flush(i, 'code');
    } else if (c === '"' || c === "'") {
      flush(i, 'string');
      advance(i + 1);
      while (i < text.length && text[i] !== c && text[i] !== '\n') advance(text[i] === '\\' ? i + 2 : i + 1);
      advance(Math.min(i + 1, text.length));
      flush(i, 'code');
      afterValue();
    } else if (c === '`') {
      flush(i, 'string');
      advance(i + 1);
      templateText();
    } else if (c === '/') {
      const isRegex = prevCh === '' || REGEX_AFTER_CHAR.has(prevCh) || REGEX_AFTER_WORD.has(prevWord);
      if (!isRegex) {
        prevCh = '/';
        prevWord = '';
        advance(i + 1);
        continue;
      }
      flush(i, 'string');
      advance(i + 1);
      let inClass = false;
      while (i < text.length && text[i] !== '\n') {
        const r = text[i]!;
        if (r === '\\') { advance(i + 2); continue; }
        if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        advance(i + 1);
      }
      advance(Math.min(i + 1, text.length));
      flush(i, 'code');
      afterValue();
    } else if (c === '{') {
      depth++;
      prevCh = c;
      prevWord = '';
      advance(i + 1);
    } else if (c === '}') {
      depth--;
      prevCh = c;
      prevWord = '';
      advance(i + 1);
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        flush(i, 'string');
        templateText();
      }
    } else {
      if (/[A-Za-z_$0-9]/.test(c)) {
        prevWord = i > 0 && /[A-Za-z_$0-9]/.test(text[i - 1]!) ? prevWord + c : c;
        prevCh = c;
      } else if (!/\s/.test(c)) {
        prevCh = c;
        prevWord = '';
      }
      advance(i + 1);
    }
  }
  flush(text.length, 'code');
  return out;
}

/** The lines of the comments of a source file, with their line numbers. */
export function commentLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (const s of segments(text)) {
    if (s.kind !== 'comment') continue;
    s.text.split('\n').forEach((t, k) => out.push({ line: s.line + k, text: t }));
  }
  return out;
}

/**
 * A repository path: one of the top directories, a slash, then path characters, ending in a letter, digit,
 * `_` or `-` (so a sentence's full stop is not part of it), with an optional `#anchor`. Not preceded by a
 * path character, so `../shared/corpus` or `amazon/fixtures/x` of another repository do not count.
 */
export const REPO_PATH = /(?<![\w./-])((?:docs|src|test|fixtures|scripts|bench)\/[\w./-]*[\w-])(?:#([\w-]+))?/g;

/** `docs/<name>.md#anchor` anywhere (comments and the `source` strings of the data). */
export const DOCS_ANCHOR = /(?<![\w./-])(docs\/[\w./-]*\.md)#([\w-]+)/g;

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const anchorCache = new Map<string, Set<string>>();
/** The anchors of a Markdown file's headings (repeated headings get -1, -2 as on GitHub). */
export function anchorsOf(file: string): Set<string> {
  let set = anchorCache.get(file);
  if (set) return set;
  set = new Set();
  let fence = false;
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (/^(```|~~~)/.test(l)) fence = !fence;
    const m = fence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l);
    if (!m) continue;
    const base = slug(m[1]!);
    let a = base;
    for (let k = 1; set.has(a); k++) a = `${base}-${k}`;
    set.add(a);
  }
  anchorCache.set(file, set);
  return set;
}

const MODULE_EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.js', '.d.ts', '.d.mts', '.test.ts', '.json', '.md'];

/** Why a repository path (with its optional anchor) named in a file is wrong, or null when it is right. */
export function pathProblem(root: string, path: string, anchor: string | undefined): string | null {
  const found = MODULE_EXTENSIONS.map((e) => join(root, path + e)).find((p) => existsSync(p));
  if (!found) return `${path} does not exist`;
  if (anchor && found.endsWith('.md') && !anchorsOf(found).has(anchor)) return `${path} has no heading #${anchor}`;
  return null;
}

/** The research and design notes beside the repository: never cited, their content is in docs/sources.md. */
export const RESEARCH = /\b(?:anchors|tech|design|style)\.md\b|\bshared\/(?:research|docs)\b/;
/** Any other mention of the directory beside the repository (corpus, Unicode data). */
export const SHARED = /\.\.\/shared\b|\bshared\/(?:corpus|unicode|data|hooks)\b/;

/**
 * Whether a file reads ../shared as data: a string literal in its code is a path to it (`'../shared/corpus'`,
 * `'../../../shared/corpus/'`) or is the directory name `'shared'` given to join().
 */
export function readsShared(text: string): boolean {
  return segments(text).some((s) => s.kind === 'string' && /^['"`](?:shared|(?:\.\.\/)+shared(?:\/[\w.-]+)*\/?)['"`]$/.test(s.text));
}

/** Relative imports of a source file, resolved to repository-relative paths (no extension guessing). */
export function relativeImports(root: string, file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(join(root, file)), m[1]!);
    for (const e of ['', '.ts', '.mts', '.mjs']) {
      const p = target.replace(/\.js$/, e === '' ? '.js' : e);
      if (existsSync(p) && statSync(p).isFile()) { out.push(relative(root, p)); break; }
    }
  }
  return out;
}

/** Source files (TypeScript and JavaScript) under a directory, repository-relative, sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); }
      else if (/\.(?:ts|mts|cts|mjs|cjs|js)$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
