/**
 * The evaluation as text: one table row per category, the mbox accounting, the misses with their reasons,
 * and the headline last (so `tail -1` gives it). Plain text without colour: it is read in CI logs.
 */
import { VERDICTS } from '../verdict/types.js';
import { safeText } from '../report/safe-text.js';
import type { Evaluation } from './evaluate.js';
import type { CategoryResult, MboxAccount, Outcome } from './judge.js';

export function formatEvaluation(e: Evaluation): string {
  const lines: string[] = [];
  const mode = e.deep ? 'every message fully parsed (--deep)' : 'default depth';
  lines.push(`amzcheck eval ${safeText(e.dir)} (offline, ${mode}; ${e.seconds.toFixed(2)} s)`, '');
  lines.push(...verdictTable(e.categories), '');
  if (e.ignored.length > 0) lines.push(`Not a category, not scanned: ${e.ignored.map((f) => safeText(f)).join(', ')}`, '');
  if (e.mboxFiles.length > 0) lines.push('mbox files', ...e.mboxFiles.map(mboxLine), '');

  for (const c of e.categories) {
    if (!c.present) continue;
    if (c.category === 'uncertain') {
      if (c.outcomes.length > 0) lines.push('uncertain (no bar; every file)', ...c.outcomes.map(outcomeLine), '');
      continue;
    }
    if (c.misses.length > 0) lines.push(`Misses in ${c.category} (bar: ${c.bar.text})`, ...c.misses.map(outcomeLine), '');
    if (c.notable.length > 0) lines.push(`Not misses, worth a look in ${c.category}`, ...c.notable.map(outcomeLine), '');
  }
  lines.push(e.headline);
  return lines.join('\n') + '\n';
}

const COLUMNS = ['category', 'count', ...VERDICTS, 'misses', 'bar'] as const;

function verdictTable(categories: CategoryResult[]): string[] {
  const rows = categories.map((c) => [
    c.category,
    c.present ? String(c.count) : '-',
    ...VERDICTS.map((v) => (c.present ? String(c.byVerdict[v]) : '-')),
    c.category === 'uncertain' || !c.present ? '-' : String(c.misses.length),
    !c.present ? 'absent' : c.category === 'uncertain' ? 'none' : c.bar.met ? 'met' : 'NOT met',
  ]);
  const table = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  // Names left-aligned, numbers right-aligned, so the columns can be compared at a glance.
  return table.map((r) =>
    r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd(),
  );
}

function mboxLine(a: MboxAccount): string {
  const declared = a.declared === null ? '' : ` (SOURCES.md: ${a.declared})`;
  const errors = a.inputErrors.length > 0 ? `, input errors: ${a.inputErrors.map((r) => safeText(r)).join('; ')}` : '';
  const status = a.accounted ? 'accounted' : 'NOT accounted';
  return (
    `  ${safeText(a.file)}: ${a.separators} messages by From_ line${declared}; amzcheck ${a.reported} reported + ` +
    `${a.skipped} skipped${errors}: ${status}; Amazon-claiming ${a.amazonClaims}, flagged ${a.amazonFlagged}` +
    (a.amazonClaimsSkipped > 0 ? ` (${a.amazonClaimsSkipped} more skipped by amzcheck)` : '')
  );
}

/** `  file  verdict  reasons: a, b | Title one; Title two` */
export function outcomeLine(o: Outcome): string {
  const subject = o.subject === null ? '' : ` "${safeText(o.subject, 80)}"`;
  const note = o.note === null ? '' : ` (${safeText(o.note, 200)})`;
  const why =
    o.reasons.length === 0 && o.titles.length === 0
      ? o.amazonRelated
        ? 'no findings'
        : 'no findings, not seen as Amazon-related'
      : `reasons: ${o.reasons.join(', ') || '-'} | ${o.titles.join('; ')}`;
  return `  ${safeText(o.label)}${subject}  ${o.verdict}${note}  ${why}`;
}
