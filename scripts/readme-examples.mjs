#!/usr/bin/env node
/**
 * Keeps the example output in README.md and README.ja.md real: runs the built CLI (bin/amzcheck.js, so run
 * `npm run build` first) on the fixtures and rewrites every block between `<!-- example:NAME -->` and
 * `<!-- /example -->` with the command and what it printed.
 *
 *   node scripts/readme-examples.mjs          rewrite the blocks
 *   node scripts/readme-examples.mjs --check  exit 1 and name the stale blocks instead (used by the tests)
 *
 * Checks are still being tuned, so their output changes; rerun this after a change that alters a report.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const README_FILES = ['README.md', 'README.ja.md'];

/**
 * Every example a README may show. `args` is what the reader types after `npx amzcheck`; `excerpt` shortens a
 * JSON document to the fields a newcomer needs (the block says so).
 */
export const EXAMPLES = {
  demo: { args: ['scan', 'fixtures/demo/inbox.mbox'] },
  'demo-ja': { args: ['scan', 'fixtures/demo/inbox.mbox', '--lang', 'ja'] },
  phishing: { args: ['scan', 'fixtures/links/jp-signin-link-to-lookalike.eml'] },
  'phishing-ja': { args: ['scan', 'fixtures/links/jp-signin-link-to-lookalike.eml', '--lang', 'ja'] },
  genuine: { args: ['scan', 'fixtures/auth/gmail-dmarc-pass-amazon-co-jp.eml'] },
  'genuine-ja': { args: ['scan', 'fixtures/auth/gmail-dmarc-pass-amazon-co-jp.eml', '--lang', 'ja'] },
  explain: { args: ['explain', 'auth.amazon-dmarc-fail'] },
  'explain-ja': { args: ['explain', 'auth.amazon-dmarc-fail', '--lang', 'ja'] },
  json: { args: ['scan', 'fixtures/links/jp-signin-link-to-lookalike.eml', '--json'], excerpt: true },
};

const BLOCK = /<!-- example:([a-z0-9-]+) -->\n[\s\S]*?<!-- \/example -->/g;

/** The environment a reader with an English locale and a plain terminal has: no colour, no progress. */
function cliEnvironment() {
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', TZ: 'UTC' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'LANGUAGE']) delete env[name];
  return env;
}

export function runCli(args) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'amzcheck.js'), ...args], {
    cwd: ROOT,
    env: cliEnvironment(),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  // An example shows a clean run: anything on stderr or no output at all means the build is broken or
  // half-written (another build running), and must never end up in a README.
  if ((result.status !== 0 && result.status !== 1) || result.stderr !== '' || result.stdout === '') {
    throw new Error(`amzcheck ${args.join(' ')} exited with ${result.status}, printed ${result.stdout.length} characters, stderr: ${result.stderr}`);
  }
  return { stdout: result.stdout, exitCode: result.status };
}

/** The shortened JSON report: the summary and, per message, what decided the verdict. */
function jsonExcerpt(stdout) {
  const report = JSON.parse(stdout);
  const shortened = {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    summary: { messages: report.summary.messages, amazonRelated: report.summary.amazonRelated, byVerdict: report.summary.byVerdict },
    messages: report.messages.map((m) => ({
      location: m.location,
      from: m.from,
      subject: m.subject,
      verdict: m.verdict,
      reasons: m.reasons,
      findings: m.findings.slice(0, 1).map((f) => ({ code: f.code, severity: f.severity, title: f.title, evidence: f.evidence })),
    })),
    overall: report.overall,
  };
  return JSON.stringify(shortened, null, 2) + '\n';
}

export function renderExample(name, run = runCli) {
  const example = EXAMPLES[name];
  if (!example) throw new Error(`unknown example "${name}" (known: ${Object.keys(EXAMPLES).join(', ')})`);
  const { stdout, exitCode } = run(example.args);
  const body = example.excerpt ? jsonExcerpt(stdout) : stdout;
  const lines = [
    `<!-- example:${name} -->`,
    example.excerpt ? '```jsonc' : '```console',
    ...(example.excerpt
      ? [`// npx amzcheck ${example.args.join(' ')}   (shortened: see docs/report.md for every field)`]
      : [`$ npx amzcheck ${example.args.join(' ')}`]),
    body.replace(/\n$/, ''),
    ...(example.excerpt ? [] : ['$ echo $?', String(exitCode)]),
    '```',
    '<!-- /example -->',
  ];
  return lines.join('\n');
}

/** The README with every example block rendered now; `cache` lets two READMEs share one run per example. */
export function renderReadme(text, cache = new Map(), run = runCli) {
  return text.replace(BLOCK, (_block, name) => {
    if (!cache.has(name)) cache.set(name, renderExample(name, run));
    return cache.get(name);
  });
}

export function exampleNames(text) {
  return [...text.matchAll(BLOCK)].map((m) => m[1]);
}

function main() {
  const check = process.argv.includes('--check');
  const cache = new Map();
  const stale = [];
  for (const file of README_FILES) {
    const full = path.join(ROOT, file);
    const before = readFileSync(full, 'utf8');
    const after = renderReadme(before, cache);
    if (after === before) continue;
    if (check) {
      const old = [...before.matchAll(BLOCK)];
      const now = [...after.matchAll(BLOCK)];
      for (let i = 0; i < now.length; i++) if (old[i]?.[0] !== now[i][0]) stale.push(`${file}: example:${now[i][1]}`);
    } else {
      writeFileSync(full, after);
      process.stdout.write(`updated ${file}\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(
      `README examples are out of date (the CLI's output changed):\n  ${stale.join('\n  ')}\n` +
        'Run: npm run build && node scripts/readme-examples.mjs\n',
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
