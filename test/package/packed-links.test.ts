/**
 * The links of README.md and README.ja.md work from the installed package: every relative link leads to a file
 * that `npm pack` puts in the package (and a #fragment to a heading of it), and so does every relative link of
 * the documents they lead to. package.json names the project's repository, home page and issue tracker: the
 * placeholder README's "Repository" section documents, until the project is published.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './build.js';

const READMES = ['README.md', 'README.ja.md'];

function packedFiles(): Set<string> {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed:\n${r.stderr}`);
  return new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
}

/** Relative link targets of a Markdown file (inline links; code spans and fenced code are not links). */
export function relativeLinks(markdown: string): string[] {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** The anchors GitHub makes of a Markdown file's headings (lower case, punctuation dropped, spaces as '-'). */
export function headingAnchors(markdown: string): Set<string> {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = m[1]!
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  return anchors;
}

/** Each broken link found by following relative links from `start` through the packed Markdown files. */
function brokenLinks(start: string[], packed: ReadonlySet<string>, read: (file: string) => string): string[] {
  const problems: string[] = [];
  const queue = [...start];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (visited.has(file)) continue;
    visited.add(file);
    for (const link of relativeLinks(read(file))) {
      const [target, fragment] = link.split('#') as [string, string | undefined];
      const resolved = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(target)));
      if (!packed.has(resolved)) {
        problems.push(`${file}: ${link} (${resolved} is not in the package)`);
        continue;
      }
      if (!resolved.endsWith('.md')) continue;
      if (fragment && !headingAnchors(read(resolved)).has(decodeURIComponent(fragment))) problems.push(`${file}: ${link} (no such heading)`);
      queue.push(resolved);
    }
  }
  return problems;
}

describe('links from the installed package', () => {
  const packed = packedFiles();
  const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

  test('every relative link of both READMEs, and of the docs they lead to, is to a packed file and heading', () => {
    for (const readme of READMES) {
      expect(packed).toContain(readme);
      expect(relativeLinks(read(readme)).length).toBeGreaterThan(10);
    }
    const problems = brokenLinks(READMES, packed, read);
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  test('the check finds a link to a file left out of the package, and to a missing heading', () => {
    const files: Record<string, string> = {
      'README.md': '[a](guide/a.md) [b](guide/b.md) [c](guide/a.md#there) [d](guide/a.md#nowhere) `[e](guide/e.md)` [f](https://x.example/)',
      'guide/a.md': '# There\n[back](../README.md#top) [up](../src/index.ts)\n',
    };
    const problems = brokenLinks(['README.md'], new Set(Object.keys(files)), (f) => files[f]!);
    expect(problems).toEqual([
      'README.md: guide/b.md (guide/b.md is not in the package)',
      'README.md: guide/a.md#nowhere (no such heading)',
      'guide/a.md: ../README.md#top (no such heading)',
      'guide/a.md: ../src/index.ts (src/index.ts is not in the package)',
    ]);
  });

  test('anchors as GitHub makes them, Japanese headings included', () => {
    expect([...headingAnchors('# The report: JSON, NDJSON and SARIF\n## SARIF\n## SARIF\n## CI やスクリプトで使う\n')]).toEqual([
      'the-report-json-ndjson-and-sarif',
      'sarif',
      'sarif-1',
      'ci-やスクリプトで使う',
    ]);
  });

  test('package.json names the repository, home page and issue tracker: the address README documents', () => {
    const pkg = JSON.parse(read('package.json')) as { repository: { type: string; url: string }; homepage: string; bugs: { url: string } };
    const documented = /placeholder `(https:\/\/[^`]+)`/.exec(read('README.md'))?.[1];
    expect(documented).toBe('https://git.example.invalid/amzcheck');
    expect(read('README.ja.md')).toContain(`\`${documented}\``);
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${documented}.git` });
    expect(pkg.homepage).toBe(`${documented}#readme`);
    expect(pkg.bugs).toEqual({ url: `${documented}/issues` });
  });
});
