/**
 * The package as a user gets it: `npm pack`, install the tarball into an empty prefix, then use the installed
 * `amzcheck` command and `import ... from 'amzcheck'`. Slow (about 10 s; it needs the dependencies from the npm
 * cache or the registry), so it runs once per suite and only where npm is on PATH.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuildIsCurrent, REPO_ROOT } from './build.js';

const hasNpm = !spawnSync('npm', ['--version'], { encoding: 'utf8' }).error;

/** What a user's shell has: none of the npm_* variables `npm test` exports (they name this repo as prefix). */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1', TZ: 'UTC', LANG: 'C.UTF-8' };
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('npm_') && k !== 'INIT_CWD' && !(k in env) && !k.startsWith('LC_') && k !== 'FORCE_COLOR') env[k] = v;
  }
  return env;
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: cleanEnvironment(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited with ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

describe.skipIf(!hasNpm)('packed tarball installed into an empty prefix', () => {
  let tmp = '';
  let tarball = '';
  let packedFiles: string[] = [];
  let prefix = '';
  let work = '';
  let bin = '';

  beforeAll(() => {
    assertBuildIsCurrent();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'amzcheck-pack-'));
    // --ignore-scripts: pack the dist/ the suite already checked is current, rather than rebuilding it under
    // the feet of tests that run the CLI in parallel.
    const packed = JSON.parse(
      ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], REPO_ROOT), 'npm pack'),
    ) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(tmp, packed[0].filename);
    packedFiles = packed[0].files.map((f) => f.path);

    prefix = path.join(tmp, 'prefix');
    mkdirSync(prefix);
    ok(run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], tmp), 'npm install');
    bin = path.join(prefix, 'node_modules', '.bin', 'amzcheck');

    work = path.join(tmp, 'work');
    mkdirSync(work);
    copyFileSync(path.join(REPO_ROOT, 'fixtures', 'demo', 'inbox.mbox'), path.join(work, 'inbox.mbox'));
  }, 180_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('packs only what a user needs: the launcher, the build, the docs a user reads, the licence', () => {
    const allowed = /^(bin\/amzcheck\.js|dist\/.+|docs\/[\w.-]+\.(?:md|json)|package\.json|README\.md|README\.ja\.md|LICENSE|CHANGELOG\.md)$/;
    expect(packedFiles.filter((f) => !allowed.test(f))).toEqual([]);
    expect(packedFiles).toEqual(expect.arrayContaining(['bin/amzcheck.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/index.js', 'LICENSE', 'README.md', 'README.ja.md']));
  });

  it('ships the licence of the third-party host lists with their data (dist/amazon/host-lists/data.js)', () => {
    expect(packedFiles).toContain('dist/amazon/host-lists/data.js');
    const installed = readFileSync(path.join(prefix, 'node_modules', pkg.name, 'dist', 'amazon', 'host-lists', 'data.js'), 'utf8');
    const licence = readFileSync(path.join(REPO_ROOT, 'src', 'amazon', 'host-lists', 'LICENSE'), 'utf8');
    const header = installed.slice(0, installed.indexOf('*/')).replace(/^ \*(?: |$)/gm, '');
    for (const paragraph of licence.trim().split(/\n\s*\n/)) expect(header).toContain(paragraph.trim());
  });

  it('installs the amzcheck command, which prints the package version', () => {
    expect(existsSync(bin)).toBe(true);
    expect(ok(run(bin, ['--version'], work), 'amzcheck --version').trim()).toBe(pkg.version);
  });

  it('scans a mailbox exactly as the repository build does, and exits 1 for the phishing in it', () => {
    const installed = run(bin, ['scan', 'inbox.mbox', '--json'], work);
    const repo = run(process.execPath, [path.join(REPO_ROOT, 'bin', 'amzcheck.js'), 'scan', 'inbox.mbox', '--json'], work);
    expect(installed.status).toBe(1);
    const report = JSON.parse(installed.stdout) as { tool: { version: string }; summary: { byVerdict: Record<string, number> } };
    expect(report.tool.version).toBe(pkg.version);
    expect(report.summary.byVerdict.phishing).toBeGreaterThan(0);
    expect(installed.stdout).toBe(repo.stdout);
  });

  it('prints the human report from the installed command', () => {
    const human = run(bin, ['scan', 'inbox.mbox', '--lang', 'ja'], work);
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('フィッシング');
  });

  it('lets a script import the library API by the package name', () => {
    const script = path.join(prefix, 'use-library.mjs');
    writeFileSync(
      script,
      [
        "import { scan, analyzeMessage, FINDING_CODES, TOOL_VERSION } from 'amzcheck';",
        "import { readFileSync } from 'node:fs';",
        `const mbox = ${JSON.stringify(path.join(work, 'inbox.mbox'))};`,
        "const report = await scan([mbox], { lang: 'en' });",
        'const first = await analyzeMessage(readFileSync(mbox));',
        'console.log(JSON.stringify({ version: TOOL_VERSION, codes: Object.keys(FINDING_CODES).length, messages: report.summary.messages, phishing: report.summary.byVerdict.phishing, firstVerdict: first.verdict }));',
      ].join('\n'),
    );
    const out = JSON.parse(ok(run(process.execPath, [script], prefix), 'library script')) as Record<string, unknown>;
    const cli = JSON.parse(run(bin, ['scan', 'inbox.mbox', '--json'], work).stdout) as { summary: { messages: number; byVerdict: { phishing: number } } };
    expect(out.version).toBe(pkg.version);
    expect(out.codes).toBeGreaterThan(0);
    expect(out.messages).toBe(cli.summary.messages);
    expect(out.phishing).toBe(cli.summary.byVerdict.phishing);
    expect(typeof out.firstVerdict).toBe('string');
  });

  it('gives a TypeScript user type declarations for the library API', () => {
    const file = path.join(prefix, 'use-types.mts');
    writeFileSync(
      file,
      [
        "import { scan, type Report, type Verdict, type FindingCode } from 'amzcheck';",
        "const report: Report = await scan(['inbox.mbox'], { lang: 'ja', failOn: 'phishing' });",
        'const verdicts: Verdict[] = report.messages.map((m) => m.verdict);',
        "const code: FindingCode = 'auth.amazon-dmarc-fail';",
        'export { verdicts, code };',
        // A misspelt option must be a type error: proves the types are the real ones, not `any`.
        '// @ts-expect-error',
        "await scan(['x'], { langauge: 'ja' });",
      ].join('\n'),
    );
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
    args.push('--typeRoots', path.join(REPO_ROOT, 'node_modules', '@types'), '--types', 'node', '--skipLibCheck', file);
    const result = run(process.execPath, args, prefix);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
