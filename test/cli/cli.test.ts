/**
 * The command line as a user and a script meet it: exit codes, stdin, formats, help and errors. Runs the real
 * bin/amzcheck.js (built by test/global-setup.ts).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/amzcheck.js', import.meta.url));
const DEMO = 'fixtures/demo/inbox.mbox';
const GENUINE = 'fixtures/auth/gmail-dmarc-pass-amazon-co-jp.eml';

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('exit codes', () => {
  test('1 when a message is at or above --fail-on (default suspicious)', () => {
    expect(run(['scan', DEMO]).code).toBe(1);
  });
  test('0 when nothing reaches the threshold', () => {
    expect(run(['scan', DEMO, '--fail-on', 'never']).code).toBe(0);
    expect(run(['scan', GENUINE]).code).toBe(0);
  });
  test('2 for a missing file, named on stderr, with the report of the other inputs still printed', () => {
    const r = run(['scan', GENUINE, 'no/such/file.eml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.eml');
    expect(r.stderr).toContain('no such file or directory');
    expect(r.stdout).toContain('GENUINE');
  });
  test('1 when one input is phishing and another could not be read: the phishing is never hidden by the error', () => {
    const r = run(['scan', DEMO, 'no/such/file.eml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/file.eml');
    // The report still says first what it could not read.
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['Action needed', '  Could not check: 1 file could not be read.']);
    expect(run(['scan', DEMO, 'no/such/file.eml', '--fail-on', 'never']).code).toBe(2);
  });
  test('2 when nothing could be read, and the report never says that no problem was found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amzcheck-unread-'));
    try {
      writeFileSync(join(dir, 'empty.eml'), '');
      writeFileSync(join(dir, 'binary.eml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
      mkdirSync(join(dir, 'no-mail'));
      writeFileSync(join(dir, 'no-mail', 'notes.txt'), 'shopping list\n');
      writeFileSync(join(dir, 'apple.emlx'), '512\n<?xml version="1.0"?>\n');
      for (const input of ['missing.eml', 'empty.eml', 'binary.eml', 'no-mail', 'apple.emlx']) {
        for (const lang of ['en', 'ja']) {
          const r = run(['scan', '--lang', lang, join(dir, input)]);
          expect(r.code, input).toBe(2);
          expect(r.stdout, input).not.toMatch(/No problem found|No phishing|問題は見つかりませんでした|見つかりませんでした。/);
          expect(r.stdout.split('\n').slice(0, 2), input).toEqual(
            lang === 'en'
              ? ['Not fully checked', '  Could not check: 1 file could not be read.']
              : ['確認できなかったものがあります', '  確認できませんでした：ファイル 1 件を読み取れませんでした。'],
          );
        }
      }
      const json = JSON.parse(run(['scan', '--json', join(dir, 'missing.eml')]).stdout);
      expect(json.overall.status).toBe('incomplete');
      // The folder as a whole: no mail in it, every file accounted for with its reason.
      const folder = run(['scan', '--json', dir]);
      expect(folder.code).toBe(2);
      const report = JSON.parse(folder.stdout);
      expect(report.inputErrors).toEqual([{ path: dir, reason: 'no mail found in directory' }]);
      expect(report.summary.skipped.files).toBe(4);
      expect(Object.fromEntries(report.skippedFiles.map((f: { path: string; reason: string }) => [f.path.slice(dir.length + 1), f.reason]))).toEqual({
        'apple.emlx': 'not-mail',
        'binary.eml': 'not-mail',
        'empty.eml': 'empty',
        [join('no-mail', 'notes.txt')]: 'not-mail',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('Outlook .msg and Apple Mail .emlx: 1 for the phishing one, 2 for a damaged one, which the headline says first', () => {
    expect(run(['scan', 'fixtures/formats/outlook-gmail-dmarc-fail-amazon-co-jp.msg']).code).toBe(1);
    expect(run(['scan', 'fixtures/formats/apple-mail-gmail-dmarc-pass-amazon-co-jp.emlx']).code).toBe(0);
    for (const file of ['fixtures/formats/damaged-outlook-directory-chain-loops.msg', 'fixtures/formats/damaged-apple-mail-length-beyond-end.emlx']) {
      for (const lang of ['en', 'ja']) {
        const r = run(['scan', '--lang', lang, file]);
        expect(r.code, file).toBe(2);
        expect(r.stdout.split('\n').slice(0, 2), file).toEqual(
          lang === 'en'
            ? ['Not fully checked', '  Could not check: 1 message could not be read.']
            : ['確認できなかったものがあります', '  確認できませんでした：メール 1 通を読み取れませんでした。'],
        );
        expect(r.stdout).toMatch(lang === 'en' ? /a damaged (?:Outlook \.msg|Apple Mail \.emlx) file: / : /壊れた (?:Outlook の \.msg|Apple Mail の \.emlx) ファイル/);
      }
    }
  });
  test('2 for a usage error', () => {
    const r = run(['scan', '--fail-on', 'sometimes', DEMO]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fail-on/);
  });
});

describe('inputs', () => {
  test('one message on stdin with "-"', () => {
    const r = run(['scan', '-', '--json'], readFileSync(`${ROOT}${GENUINE}`));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.messages).toHaveLength(1);
    expect(report.messages[0].location.file).toBe('-');
    expect(report.messages[0].verdict).toBe('genuine');
  });
  test('an mbox piped without arguments is read from stdin', () => {
    const r = run(['scan', '--json'], readFileSync(`${ROOT}${DEMO}`));
    expect(JSON.parse(r.stdout).summary.messages).toBe(11);
  });
});

describe('output formats', () => {
  test('--ndjson: one line per message, then a summary line', () => {
    const lines = run(['scan', DEMO, '--ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'message')).toHaveLength(11);
    expect(lines.at(-1).type).toBe('summary');
    expect(lines.at(-1).messages).toBeUndefined();
  });
  test('--format sarif is SARIF 2.1.0 with one result per finding', () => {
    const sarif = JSON.parse(run(['scan', DEMO, '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(5);
  });
  test('--lang ja prints Japanese', () => {
    expect(run(['scan', DEMO, '--lang', 'ja']).stdout).toContain('今すぐできること');
  });
  test('--quiet leaves out what needs no action', () => {
    const quiet = run(['scan', DEMO, '--quiet']).stdout;
    expect(quiet).not.toContain('Other Amazon mails');
    expect(quiet).toContain('What to do now');
  });
  test('--verbose shows the evidence', () => {
    expect(run(['scan', DEMO, '--verbose']).stdout).toContain('evidence:');
  });
  test('security codes are masked in the human output', () => {
    const out = run(['scan', DEMO]).stdout;
    expect(out).toContain('48••••');
    expect(out).not.toContain('482913');
  });
});

describe('help and version', () => {
  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });
  test('scan --help shows examples and the exit codes', () => {
    const r = run(['scan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('1  at least one message at or above --fail-on, even if another input could not be read');
  });
  test('explain prints a code in the chosen language, and rejects an unknown code', () => {
    expect(run(['explain', 'auth.amazon-dmarc-fail', '--lang', 'ja']).stdout).toContain('なりすまし');
    const bad = run(['explain', 'no.such-code']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no.such-code');
  });
});

describe('explain finds a code however it is typed', () => {
  test('any case, stray spaces', () => {
    const r = run(['explain', ' AUTH.Amazon-DMARC-Fail ']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('auth.amazon-dmarc-fail: ')).toBe(true);
  });
  test('suggestions closest first: a typo ranks the intended code first', () => {
    const r = run(['explain', 'auth.amazon-dmarc-fial']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[2]).toMatch(/^ {2}auth\.amazon-dmarc-fail /);
    const part = run(['explain', 'lookalike']);
    expect(part.stderr).toContain('links.lookalike-host');
    expect(part.stderr).toContain('sender.lookalike-domain');
    expect(run(['explain', 'xyzzy']).stderr).not.toContain('Did you mean');
  });
  test('-v shows the code of each finding, and how to explain it', () => {
    const r = run(['scan', DEMO, '-v']);
    expect(r.stdout).toContain('[auth.amazon-dmarc-fail]');
    expect(r.stdout).toContain('amzcheck explain CODE');
    expect(run(['scan', DEMO]).stdout).not.toContain('[auth.amazon-dmarc-fail]');
  });
});
