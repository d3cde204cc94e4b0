/**
 * The READMEs are part of the product: their commands and options must be the ones `--help` prints, their
 * example output must be what the CLI prints today, and their links must lead somewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/index.js';
import { assertBuildIsCurrent, REPO_ROOT } from './build.js';

const READMES = ['README.md', 'README.ja.md'] as const;
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** The flags in the "Options:" section of a help text, e.g. ["--json", "-q", "--quiet"]. */
function helpFlags(help: string, withHelp: boolean): string[] {
  const section = help.split(/^Options:$/m)[1]?.split(/^\S/m)[0] ?? '';
  const flags = new Set<string>();
  for (const line of section.split('\n')) {
    // Option lines start with two spaces and a dash; wrapped description lines start with more spaces.
    const head = /^ {2}(-[^ ].*?)(?: {2,}|$)/.exec(line)?.[1];
    if (!head) continue;
    for (const m of head.matchAll(/(?<![\w-])(--?[a-zA-Z][\w-]*)/g)) flags.add(m[1]);
  }
  if (!withHelp) {
    flags.delete('-h');
    flags.delete('--help');
  }
  return [...flags].sort();
}

/** The commands in the "Commands:" section of the top-level help. */
function helpCommands(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]).sort();
}

/** The flags in the first column of a README table between `<!-- options:NAME -->` and `<!-- /options -->`. */
function readmeFlags(readme: string, name: string): string[] {
  const block = new RegExp(`<!-- options:${name} -->\\n([\\s\\S]*?)<!-- /options -->`).exec(readme)?.[1];
  if (block === undefined) throw new Error(`no <!-- options:${name} --> table`);
  const flags = new Set<string>();
  for (const row of block.split('\n')) {
    const first = /^\| ([^|]*) \|/.exec(row)?.[1] ?? '';
    for (const m of first.matchAll(/`(--?[a-zA-Z][\w-]*)/g)) flags.add(m[1]);
    for (const m of first.matchAll(/`[^`]*?, (--[a-zA-Z][\w-]*)/g)) flags.add(m[1]);
  }
  return [...flags].sort();
}

function readmeCommands(readme: string): string[] {
  const block = /<!-- commands -->\n([\s\S]*?)<!-- \/commands -->/.exec(readme)?.[1];
  if (block === undefined) throw new Error('no <!-- commands --> table');
  return [...block.matchAll(/^\| `amzcheck ([a-z][\w-]*)/gm)].map((m) => m[1]).sort();
}

function program(): Command {
  return buildProgram(() => undefined);
}

function subcommand(name: string): Command {
  const found = program().commands.find((c) => c.name() === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
}

describe.each(READMES)('%s against --help', (file) => {
  const readme = read(file);

  it('lists exactly the commands of `amzcheck --help`', () => {
    expect(readmeCommands(readme)).toEqual(helpCommands(program().helpInformation()));
  });

  it('lists exactly the options of `amzcheck --help`', () => {
    expect(readmeFlags(readme, 'amzcheck')).toEqual(helpFlags(program().helpInformation(), true));
  });

  it('lists exactly the options of `amzcheck scan --help`', () => {
    expect(readmeFlags(readme, 'scan')).toEqual(helpFlags(subcommand('scan').helpInformation(), false));
  });

  it('lists exactly the options of `amzcheck explain --help`', () => {
    expect(readmeFlags(readme, 'explain')).toEqual(helpFlags(subcommand('explain').helpInformation(), false));
  });

  it('documents the three exit codes of src/report/exit-codes.ts', async () => {
    const { EXIT_OK, EXIT_FINDINGS, EXIT_ERROR } = await import('../../src/report/exit-codes.js');
    for (const code of [EXIT_OK, EXIT_FINDINGS, EXIT_ERROR]) expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });

  it('links only to files that exist', () => {
    const targets = [...readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !existsSync(path.join(REPO_ROOT, t)))).toEqual([]);
  });

  it('names only fixtures that exist in its commands', () => {
    const paths = [...readme.matchAll(/\bfixtures\/[\w./-]+/g)].map((m) => m[0].replace(/[.)]+$/, ''));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !existsSync(path.join(REPO_ROOT, p)))).toEqual([]);
  });
});

describe('the helpers that read help texts', () => {
  it('read flags from option lines and not from wrapped descriptions', () => {
    const help = 'Usage: x\n\nOptions:\n  -q, --quiet        only --verbose is\n                     mentioned --not-a-flag\n  --lang <lang>      en\n  -h, --help         help\n';
    expect(helpFlags(help, false)).toEqual(['--lang', '--quiet', '-q']);
  });
  it('read flags from the first column of a README table only', () => {
    const readme = '<!-- options:x -->\n| Option | What |\n| --- | --- |\n| `-q`, `--quiet` | not `--verbose` |\n<!-- /options -->';
    expect(readmeFlags(readme, 'x')).toEqual(['--quiet', '-q']);
  });
});

describe('README example output', () => {
  beforeAll(() => {
    assertBuildIsCurrent();
  });

  it('is what the CLI prints now (else run: npm run build && node scripts/readme-examples.mjs)', () => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'readme-examples.mjs'), '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe.each(READMES)('%s examples', (file) => {
  it('show a phishing mail, a genuine mail and a burst', () => {
    const readme = read(file);
    const names = [...readme.matchAll(/<!-- example:([a-z0-9-]+) -->/g)].map((m) => m[1]);
    expect(names.some((n) => n.startsWith('phishing'))).toBe(true);
    expect(names.some((n) => n.startsWith('genuine'))).toBe(true);
    // The demo mailbox holds the burst of security codes.
    expect(names.some((n) => n.startsWith('demo'))).toBe(true);
  });
});
