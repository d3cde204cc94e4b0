import { describe, expect, it } from 'vitest';
import { languageFromEnvironment } from '../../src/report/text/ui.js';

describe('default language from the locale', () => {
  it('is Japanese for ja_JP.UTF-8', () => {
    expect(languageFromEnvironment({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
  });
  it('follows POSIX precedence: LC_ALL over LC_MESSAGES over LANG', () => {
    expect(languageFromEnvironment({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LC_MESSAGES: 'ja_JP', LANG: 'en_US' })).toBe('ja');
  });
  it('is English when nothing is set or the locale is C', () => {
    expect(languageFromEnvironment({})).toBe('en');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
  });
});

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cliLanguage } from '../../src/cli/index.js';

const BIN = fileURLToPath(new URL('../../bin/amzcheck.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the command line in Japanese', () => {
  it('--lang in argv or the locale picks the language of the CLI itself', () => {
    expect(cliLanguage(['scan', '--lang', 'ja'], {})).toBe('ja');
    expect(cliLanguage(['scan', '--lang=ja'], {})).toBe('ja');
    expect(cliLanguage(['scan'], { LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(cliLanguage(['scan', '--lang', 'en'], { LANG: 'ja_JP.UTF-8' })).toBe('en');
  });
  it('--help: headings, descriptions and choices in Japanese, lines wrapped by display width', () => {
    const r = run(['scan', '--help'], { LANG: 'ja_JP.UTF-8', COLUMNS: '80' });
    expect(r.code).toBe(0);
    for (const w of ['使い方:', 'オプション:', '引数:', '対応が必要なことだけを表示します', '選択肢:', '既定:', '終了コード:']) expect(r.stdout).toContain(w);
    expect(r.stdout).not.toMatch(/choices:|default:/);
  });
  it('usage errors in Japanese', () => {
    expect(run(['scan', '--formt', 'x', '--lang', 'ja']).stderr).toBe('エラー: 不明なオプションです: --formt（--format のことですか？）\n');
    expect(run(['scan', '--format', 'xml', 'x', '--lang', 'ja']).stderr).toContain('指定できる値: human, json, ndjson, sarif');
    expect(run(['scan', '--jobs', '0', 'x'], { LANG: 'ja_JP.UTF-8' }).stderr).toContain('1 から 64 までの整数を指定してください');
  });
  it('read errors in Japanese, on stderr and in the report', () => {
    const r = run(['scan', 'no/such.eml', '--lang', 'ja']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such.eml: ファイルまたはフォルダーが見つかりません');
    expect(r.stdout).toContain('no/such.eml: ファイルまたはフォルダーが見つかりません');
  });
});

describe('conflicting options are usage errors', () => {
  it('-q with -v, --json with --ndjson or --format', () => {
    const qv = run(['scan', '-q', '-v', 'fixtures/demo/inbox.mbox']);
    expect(qv.code).toBe(2);
    expect(qv.stderr).toContain("option '-q, --quiet' cannot be used with option '-v, --verbose'");
    expect(qv.stdout).toBe('');
    expect(run(['scan', '--json', '--ndjson', 'fixtures/demo/inbox.mbox']).code).toBe(2);
    expect(run(['scan', '--json', '--format', 'sarif', 'fixtures/demo/inbox.mbox']).code).toBe(2);
    expect(run(['scan', '-q', '-v', 'x', '--lang', 'ja']).stderr).toBe('エラー: -q, --quiet と -v, --verbose は同時に指定できません。どちらか一方にしてください\n');
  });
});

describe('--since, --until, --output', () => {
  it('a period: mail outside it is counted, not shown; a day includes its end', () => {
    const r = run(['scan', 'fixtures/demo/inbox.mbox', '--since', '2026-11-23', '--until', '2026-11-23', '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.summary.messages).toBe(8);
    expect(j.summary.skipped.outsidePeriod).toBe(3);
    for (const m of j.messages) expect(m.date.startsWith('2026-11-23')).toBe(true);
    expect(run(['scan', 'fixtures/demo/inbox.mbox', '--since', '2026-11-23T02:00:00Z']).stdout).toContain('2 messages scanned, 1 Amazon-related');
  });
  it('dates that are not dates, and an empty period, are usage errors', () => {
    expect(run(['scan', 'fixtures/demo/inbox.mbox', '--since', '2026-13-01']).code).toBe(2);
    expect(run(['scan', 'fixtures/demo/inbox.mbox', '--since', 'last week']).stderr).toContain('is not a date');
    const r = run(['scan', 'fixtures/demo/inbox.mbox', '--since', '2026-11-24', '--until', '2026-11-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since is after --until');
  });
  it('--output writes the report to a file, stdout stays empty', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = (await import('node:path')).join(mkdtempSync(tmpdir() + '/amzcheck-'), 'r.json');
    const r = run(['scan', 'fixtures/demo/inbox.mbox', '--json', '--output', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(path, 'utf8')).summary.messages).toBe(11);
    expect(run(['scan', 'fixtures/demo/inbox.mbox', '--output', '/nonexistent-dir/r.txt']).code).toBe(2);
  });
});
