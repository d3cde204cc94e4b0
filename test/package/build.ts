/**
 * The package tests run what a user runs: the built CLI (bin/amzcheck.js -> dist/). A dist/ older than src/
 * would test yesterday's code, so they refuse to run on one and say how to fix it. CI builds first (`npm ci`
 * runs `prepare`).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Source files whose compiled .js in dist/ is missing or older than the source. */
export function staleBuildOutputs(root: string = REPO_ROOT): string[] {
  const src = path.join(root, 'src');
  return sourceFiles(src).filter((file) => {
    const built = path.join(root, 'dist', path.relative(src, file)).replace(/\.ts$/, '.js');
    try {
      return statSync(built).mtimeMs < statSync(file).mtimeMs;
    } catch {
      return true;
    }
  });
}

export function assertBuildIsCurrent(): void {
  const stale = staleBuildOutputs();
  if (stale.length > 0) {
    const names = stale.slice(0, 3).map((f) => path.relative(REPO_ROOT, f));
    throw new Error(`dist/ is older than src/ (${names.join(', ')}${stale.length > 3 ? ', ...' : ''}): run "npm run build" first`);
  }
}
