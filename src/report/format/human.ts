/**
 * The human output: overall status first, then the mails that need attention with their reasons, the bursts
 * and their timeline, and what to do. Every string that comes from a mail goes through safeText().
 *
 * Colours mean one thing everywhere: red = phishing / high, yellow = suspicious / medium, magenta =
 * unverified, green = genuine, dim = information.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Evidence, Severity } from '../../findings.js';
import type { MessageReport, Report, ReportedFinding } from '../model.js';
import type { Verdict } from '../../verdict/types.js';
import { safeText } from '../safe-text.js';
import { UI } from '../text/ui.js';
import { localizeReason } from '../text/cli.js';
import { renderTimeline } from '../timeline.js';
import { HANG, NO_WRAP, padDisplay, wrapReport } from './wrap.js';

export { displayWidth, padDisplay } from './wrap.js';

export interface HumanOptions {
  /** Colours (a chalk instance). Default: none, plain text. */
  chalk?: ChalkInstance;
  /** Only what needs action. */
  quiet?: boolean;
  /** Every finding with its code and evidence, and every Amazon-related mail. */
  verbose?: boolean;
  /**
   * Wrap lines to this many terminal columns, between words (never inside an address or a link), Japanese
   * between characters where allowed; wide characters count as two columns. Default: no wrapping (piped output).
   */
  width?: number;
}

const PLAIN = new Chalk({ level: 0 });

const PROBLEM_VERDICTS: readonly Verdict[] = ['phishing', 'suspicious', 'unverified'];
const MAX_PROBLEMS = 30;
const MAX_OTHERS = 20;

export function formatHuman(report: Report, opts: HumanOptions = {}): string {
  const c = opts.chalk ?? PLAIN;
  const ui = UI[report.lang];
  const out: string[] = [];
  let codesShown = false;
  const messagesPerFile = new Map<string, number>();
  for (const m of report.messages) messagesPerFile.set(m.location.file, (messagesPerFile.get(m.location.file) ?? 0) + 1);
  const verdictColour = (v: Verdict) =>
    ({
      phishing: c.red.bold,
      suspicious: c.yellow.bold,
      unverified: c.magenta.bold,
      genuine: c.green.bold,
      unrelated: c.dim,
      error: c.red,
    })[v];
  const sevColour = (s: Severity) => ({ high: c.red, medium: c.yellow, low: c.cyan, info: c.dim })[s];
  const sevMark = (s: Severity) => ({ high: '✖', medium: '!', low: '·', info: 'i' })[s];

  // Overall status and the one or two things that matter most.
  const statusColour = { danger: c.red.bold, warning: c.yellow.bold, incomplete: c.yellow.bold, ok: c.green.bold }[report.overall.status];
  out.push(statusColour(ui.status[report.overall.status]));
  for (const line of report.overall.headline) out.push('  ' + HANG + line);
  out.push('');

  const ordered = [...report.messages].sort((a, b) => PROBLEM_VERDICTS.indexOf(a.verdict) - PROBLEM_VERDICTS.indexOf(b.verdict));
  const problems = ordered.filter((m) => PROBLEM_VERDICTS.includes(m.verdict));
  const shownProblems = opts.verbose ? problems : problems.slice(0, MAX_PROBLEMS);
  if (problems.length > 0) {
    out.push(c.bold(ui.headingProblems));
    for (const m of shownProblems) out.push(...messageBlock(m), '');
    if (shownProblems.length < problems.length) out.push('  ' + ui.moreNotShown(problems.length - shownProblems.length), '');
  }

  // Genuine account-security mails: one line each, and what each type means, once.
  const security = report.messages.filter((m) => m.verdict === 'genuine' && m.securityCode);
  if (security.length > 0) {
    out.push(c.bold(ui.headingSecurityMails));
    const shown = opts.verbose ? security : security.slice(0, MAX_OTHERS);
    for (const m of shown) {
      const type = ui.securityType[m.securityCode!.type] ?? m.securityCode!.type;
      const masked = m.securityCode!.codeMasked ? ` ${safeText(m.securityCode!.codeMasked, 20)}` : '';
      out.push(`  ${verdictColour(m.verdict)(padDisplay(ui.verdict[m.verdict], 10))} ${HANG}${m.date ? shortDate(m.date) + '  ' : ''}${type}${masked}  ${loc(m)}`);
    }
    if (shown.length < security.length) out.push('  ' + ui.moreNotShown(security.length - shown.length));
    const meanings = new Map<string, ReportedFinding>();
    for (const m of security) for (const f of m.findings) if (f.code.startsWith('security-code.') && !meanings.has(f.code)) meanings.set(f.code, f);
    for (const f of meanings.values()) out.push(...findingLines(f, '  '));
    out.push('');
  }

  if (!opts.quiet) {
    const others = report.messages.filter((m) => !problems.includes(m) && !security.includes(m) && (m.amazonRelated || m.verdict === 'error'));
    if (others.length > 0) {
      out.push(c.bold(ui.headingOthers));
      const shown = opts.verbose ? others : others.slice(0, MAX_OTHERS);
      for (const m of shown) {
        out.push(`  ${verdictColour(m.verdict)(padDisplay(ui.verdict[m.verdict], 10))} ${HANG}${loc(m)}  ${safeText(m.subject ?? '', 80)}`);
        if (m.error) out.push('    ' + c.dim(safeText(localizeReason(m.error, report.lang))));
        if (opts.verbose) for (const f of m.findings) out.push(...findingLines(f, '    '));
      }
      if (shown.length < others.length) out.push('  ' + ui.moreNotShown(others.length - shown.length));
      out.push('');
    }
  }

  // Bursts and their meaning, then the picture.
  if (report.mailbox.bursts.length > 0 || report.mailbox.findings.length > 0) {
    out.push(c.bold(ui.headingBursts));
    for (const b of report.mailbox.bursts) {
      out.push(
        '  ' +
          HANG +
          ui.burstLine(b.count, shortDate(b.start), shortDate(b.end), safeText(b.recipient ?? '?', 80)) +
          c.dim(ui.parenthesis(`${b.types.map((t) => ui.securityType[t] ?? t).join(ui.listSeparator)}${ui.clauseSeparator}${ui.burstMix(b.genuine, b.fake)}`)),
      );
    }
    for (const f of report.mailbox.findings) out.push(...findingLines(f, '  '));
    out.push('');
  }
  if (report.mailbox.timeline && report.mailbox.timeline.bins.length > 0 && !opts.quiet) {
    out.push(c.bold(ui.headingTimeline));
    for (const line of renderTimeline(report.mailbox.timeline, report.lang)) out.push(NO_WRAP + '  ' + line);
    if (report.mailbox.undatedSecurityMails > 0) out.push('  ' + c.dim(ui.undated(report.mailbox.undatedSecurityMails)));
    out.push('');
  }

  if (report.remediation.length > 0) {
    out.push(c.bold(ui.headingWhatToDo));
    report.remediation.forEach((s, i) => out.push(`  ${i + 1}. ${HANG}${s.text}`));
    out.push('');
  }

  if (report.inputErrors.length > 0) {
    out.push(c.bold(ui.headingErrors));
    for (const e of report.inputErrors) out.push(`  ${c.red('✖')} ${HANG}${safeText(e.path)}: ${safeText(localizeReason(e.reason, report.lang))}`);
    out.push('');
  }
  const listSkipped = !!opts.verbose && report.skippedFiles.length > 0;
  if (listSkipped) {
    out.push(c.bold(ui.headingSkippedFiles));
    for (const f of report.skippedFiles) out.push(`  - ${safeText(f.path)}: ${ui.skippedFileReason[f.reason]}`);
    out.push('');
  }

  const s = report.summary;
  const counts = (['phishing', 'suspicious', 'unverified', 'genuine', 'error'] as const)
    .filter((v) => s.byVerdict[v] > 0)
    .map((v) => `${verdictColour(v)(ui.verdict[v])} ${s.byVerdict[v]}`);
  out.push(c.dim(`${ui.messages(s.messages)}${ui.listSeparator}${ui.amazonRelated(s.amazonRelated)}`) + (counts.length ? ': ' + counts.join('  ') : ''));
  if (s.skipped.deleted + s.skipped.chat > 0) out.push(c.dim(ui.skipped(s.skipped.deleted, s.skipped.chat)));
  if (s.skipped.outsidePeriod) out.push(c.dim(ui.outsidePeriod(s.skipped.outsidePeriod)));
  if (s.skipped.files > 0) out.push(c.dim(ui.skippedFiles(s.skipped.files, listSkipped)));
  if (s.amazonRelated === 0 && report.messages.every((m) => m.verdict !== 'error') && s.messages > 0) out.push(ui.noAmazonMail);
  if (opts.verbose && codesShown) out.push(c.dim(ui.explainHint));
  return wrapReport(out, opts.width).join('\n') + '\n';

  function loc(m: MessageReport): string {
    // A file that holds one message (an .eml) is named alone: "#1 (byte 0)" would only be noise there.
    const where = messagesPerFile.get(m.location.file) === 1 && m.location.index === 1 ? m.location.file : ui.location(m.location.file, m.location.index, m.location.offset);
    return c.dim(safeText(where, 200));
  }

  /** A mail's block; `indent` grows by four for each level of attached mail, shown under its carrier. */
  function messageBlock(m: MessageReport, indent = ''): string[] {
    const head = m.attachedAs
      ? `  ${indent}${c.dim('↳')} ${HANG}${safeText(ui.attachedMail(m.attachedAs.name, m.attachedAs.part), 200)}  ${verdictColour(m.verdict)('● ' + ui.verdict[m.verdict])}`
      : `  ${verdictColour(m.verdict)('● ' + ui.verdict[m.verdict])}  ${loc(m)}`;
    const lines = [head];
    const at = '    ' + indent;
    lines.push(`${at}${c.dim(padDisplay(ui.from, 8))} ${HANG}${safeText(m.from ?? '', 160)}`);
    lines.push(`${at}${c.dim(padDisplay(ui.subject, 8))} ${HANG}${safeText(m.subject ?? '', 160)}`);
    if (m.date) lines.push(`${at}${c.dim(padDisplay(ui.date, 8))} ${shortDate(m.date)}`);
    if (m.securityCode) {
      const type = ui.securityType[m.securityCode.type] ?? m.securityCode.type;
      lines.push(`${at}${c.dim(padDisplay(ui.kindLabel, 8))} ${ui.securityCode(type, safeText(m.securityCode.codeMasked ?? '', 20))}`);
    }
    if (m.error) lines.push(at + c.dim(safeText(localizeReason(m.error, report.lang))));
    const reasons = new Set(m.reasons);
    const decisive = m.findings.filter((f) => reasons.has(f.code));
    const rest = m.findings.filter((f) => !reasons.has(f.code));
    const shown = opts.verbose ? [...decisive, ...rest] : (decisive.length > 0 ? decisive : rest.filter((f) => f.severity !== 'info')).slice(0, 4);
    for (const f of shown) lines.push(...findingLines(f, at));
    const hidden = (opts.verbose ? 0 : decisive.length + rest.length - shown.length);
    if (hidden > 0 && !opts.quiet) lines.push(at + c.dim(ui.moreFindings(hidden)));
    // The mail it carries, under it: what the attached mail is decides what the carrier is (docs/verdicts.md).
    for (const a of m.attachedMessages ?? []) if (opts.verbose || a.verdict !== 'unrelated') lines.push(...messageBlock(a, indent + '    '));
    return lines;
  }

  function findingLines(f: ReportedFinding, indent: string): string[] {
    // The headline on its own line, the explanation under it: easier to scan than one long line.
    // With -v, the code too, so that `amzcheck explain CODE` can be found from the report.
    const code = opts.verbose ? ' ' + c.dim(`[${f.code}]`) : '';
    if (opts.verbose) codesShown = true;
    const lines = [`${indent}${sevColour(f.severity)(sevMark(f.severity))} ${HANG}${c.bold(safeText(f.title, 200))}${code}`, `${indent}  ${safeText(f.message, 600)}`];
    if (opts.verbose) lines.push(`${indent}  ${HANG}${c.dim(ui.evidence + ': ' + evidenceText(f.evidence))}`);
    return lines;
  }
}

function evidenceText(e: Evidence): string {
  return Object.entries(e)
    .map(([k, v]) => `${k}=${safeText(Array.isArray(v) ? v.join(', ') : String(v), 200)}`)
    .join('; ');
}

/** "2026-11-23 10:04 UTC": short, unambiguous, the same in both languages. */
export function shortDate(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}
