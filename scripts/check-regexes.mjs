#!/usr/bin/env node
/**
 * Every regular expression in src/ checked for catastrophic backtracking (ReDoS) with recheck
 * (https://makenowjust-labs.github.io/recheck/), which is not a dependency of amzcheck. Run it through npx:
 *
 *   npx --yes -p recheck@4.5.0 node scripts/check-regexes.mjs
 *
 * Regex literals and `new RegExp('literal')` are found with the TypeScript parser; a RegExp built from
 * a non-literal (data tables) is listed as "dynamic" so a reader can check it by hand. Exit 1 when any
 * regex is vulnerable. docs/limits.md records the last run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** recheck lives in npx's temporary install, which npx puts first on PATH as node_modules/.bin. */
async function loadRecheck() {
  for (const bin of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!bin.endsWith(path.join('node_modules', '.bin'))) continue;
    try {
      const require = createRequire(path.join(path.dirname(bin), 'noop.js'));
      return await import(pathToFileURL(require.resolve('recheck')).href);
    } catch {
      // not in this one
    }
  }
  throw new Error('recheck not found: run with  npx --yes -p recheck@4.5.0 node scripts/check-regexes.mjs');
}

function sourceFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

function regexesIn(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found = [];
  const where = (node) => `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText();
      const end = lit.lastIndexOf('/');
      found.push({ at: where(node), source: lit.slice(1, end), flags: lit.slice(end + 1) });
    } else if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      if (ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))) {
          found.push({ at: where(node), source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
        } else found.push({ at: where(node), source: null, flags: '', dynamic: node.getText().slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const { check } = await loadRecheck();
const all = sourceFiles(path.join(ROOT, 'src')).flatMap(regexesIn);
let vulnerable = 0;
const counts = { safe: 0, vulnerable: 0, unknown: 0, dynamic: 0 };
for (const r of all) {
  if (r.source === null) {
    counts.dynamic++;
    console.log(`dynamic     ${r.at}  ${r.dynamic}`);
    continue;
  }
  // recheck does not take the sticky or global flags; they do not change backtracking.
  const diagnostics = await check(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
  counts[diagnostics.status] = (counts[diagnostics.status] ?? 0) + 1;
  if (diagnostics.status !== 'safe') {
    console.log(`${diagnostics.status.padEnd(11)} ${r.at}  /${r.source}/${r.flags}  ${diagnostics.complexity?.summary ?? diagnostics.error?.kind ?? ''}`);
    if (diagnostics.status === 'vulnerable') {
      vulnerable++;
      console.log(`            attack: ${JSON.stringify(diagnostics.attack?.pattern ?? '').slice(0, 200)}`);
    }
  }
}
console.log(`\n${all.length} regular expressions in src/: ${counts.safe} safe, ${counts.vulnerable} vulnerable, ${counts.unknown} unknown, ${counts.dynamic} built at run time`);
process.exitCode = vulnerable > 0 ? 1 : 0;
