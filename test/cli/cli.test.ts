/**
 * The command line as a user and a script meet it: exit codes, stdin, formats, help and errors. Runs the real
 * bin/amzcheck.js (built by test/global-setup.ts).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
