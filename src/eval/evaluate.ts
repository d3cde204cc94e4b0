/**
 * The evaluation run (issue 8): scan every file of a corpus directory with the library API, in process, and
 * hold the verdicts to the bar of each category folder.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { scan } from '../index.js';
import type { ScanOptions } from '../index.js';
import { CATEGORIES, isCategory, type FileCategory } from './categories.js';
import { declaredMessageCounts } from './declared-counts.js';
import {
  headline,
  judgeFileCategory,
  judgeMbox,
  judgeMboxFile,
  missCount,
  outcomeOfFile,
  type CategoryResult,
  type MboxAccount,
  type MboxFileResult,
  type Outcome,
} from './judge.js';
import { splitMboxForEval } from './mbox-count.js';

export interface EvaluationOptions {
  /** Fully parse every message (amzcheck's --deep). */
  deep?: boolean;
}

export interface Evaluation {
  dir: string;
  deep: boolean;
  /** Wall-clock time of the whole run, scans and the independent mbox split included. */
  seconds: number;
  categories: CategoryResult[];
  mboxFiles: MboxAccount[];
  /** Sub-folders of the corpus directory that are not categories, and were not scanned. */
  ignored: string[];
  barMet: boolean;
  misses: number;
  headline: string;
}

export class CorpusError extends Error {}

/** Evaluate the corpus in `dir`. Throws CorpusError when `dir` holds no category folder at all. */
export async function evaluateCorpus(dir: string, options: EvaluationOptions = {}): Promise<Evaluation> {
  const started = performance.now();
  const folders = await subfolders(dir);
  if (!folders.some(isCategory)) {
    throw new CorpusError(`${dir} has none of the category folders ${CATEGORIES.join(', ')}`);
  }
  // Offline, English titles and no configured trust: the result must not depend on who runs it where.
  const scanOptions: ScanOptions = { lang: 'en', deep: options.deep ?? false, online: false };

  const categories: CategoryResult[] = [];
  let mboxFiles: MboxAccount[] = [];
  for (const category of CATEGORIES) {
    const folder = path.join(dir, category);
    const present = folders.includes(category);
    if (category === 'mbox') {
      const results = present ? await evaluateMboxFolder(dir, folder, scanOptions) : [];
      mboxFiles = results.map((r) => r.account);
      categories.push(judgeMbox(results, present));
    } else {
      const outcomes = present ? await evaluateFileFolder(folder, scanOptions) : [];
      categories.push(judgeFileCategory(category as FileCategory, outcomes, present));
    }
  }

  return {
    dir,
    deep: options.deep ?? false,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    categories,
    mboxFiles,
    ignored: folders.filter((f) => !isCategory(f)),
    barMet: categories.every((c) => c.bar.met),
    misses: missCount(categories, mboxFiles),
    headline: headline(categories, mboxFiles),
  };
}

async function evaluateFileFolder(folder: string, options: ScanOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const file of await filesUnder(folder)) {
    // One scan per file, so that each report belongs to exactly one labelled file.
    const report = await scan([path.join(folder, file)], options);
    outcomes.push(outcomeOfFile(file, report));
  }
  return outcomes;
}

async function evaluateMboxFolder(dir: string, folder: string, options: ScanOptions): Promise<MboxFileResult[]> {
  const sources = path.join(dir, 'SOURCES.md');
  const declared = existsSync(sources) ? declaredMessageCounts(await readFile(sources, 'utf8')) : new Map<string, number>();
  const results: MboxFileResult[] = [];
  for (const file of await filesUnder(folder)) {
    const full = path.join(folder, file);
    const entries = splitMboxForEval(await readFile(full));
    const report = await scan([full], options);
    results.push(judgeMboxFile(file, entries, report, declared.get(file) ?? null));
  }
  return results;
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

/** Every file below `folder` (sorted, relative, dot-files left out): a corpus may group files in sub-folders. */
async function filesUnder(folder: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(path.join(folder, prefix), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? path.join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(folder, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}
