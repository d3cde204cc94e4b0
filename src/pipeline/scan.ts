/**
 * A whole scan: inputs -> messages analysed one after another (streamed, so NDJSON lines appear at once and
 * memory stays flat) -> mailbox findings, summary, overall status and remediation at the end.
 */
import type { Location, RawMessage, SkippedFileReason } from '../input/types.js';
import type { AnalyzedMessage, ReportSummary } from './analyze.js';
import { buildTimeline, detectBursts, mailboxFindings, usualOrigin, type SecurityMailEntry } from '../mailbox/index.js';
import type { Finding } from '../findings.js';
import { mailboxRemediation } from '../verdict/remediation.js';
import { overallStatus } from '../verdict/mailbox.js';
import { VERDICTS, type RemediationId, type Verdict } from '../verdict/types.js';
import { SCHEMA_VERSION, type MessageReport, type Report } from '../report/model.js';
import { localizeFinding, localizeHeadline, localizeSteps } from '../report/localize.js';
import { languageFromEnvironment } from '../report/text/ui.js';
import type { Lang } from '../report/text/types.js';
import { parallelAnalyzedEvents, planParallel } from './parallel.js';
import type { ScanOptions } from './options.js';
import { TOOL_VERSION } from '../version.js';

export type ScanEvent =
  | {
      type: 'message';
      report: MessageReport;
      location: Location;
      /** The report as JSON text, when it is at hand (from a worker thread): formatters can use it as it is. */
      reportJson?: string;
    }
  | { type: 'input-error'; path: string; reason: string }
  | { type: 'skipped'; reason: 'deleted' | 'chat' }
  /** A file in a folder that is not mail (input/types.ts SkippedFileReason). */
  | { type: 'skipped-file'; path: string; reason: SkippedFileReason };

/** Accumulates what the end of the report needs while messages stream past. Holds no message bodies. */
export class ReportCollector {
  readonly lang: Lang;
  private readonly messages: MessageReport[] = [];
  private readonly securityEntries: SecurityMailEntry[] = [];
  /** Each distinct (verdict, steps) list once: a mailbox of 100,000 messages has only a few dozen. */
  private readonly stepLists = new Map<string, { verdict: Verdict; steps: RemediationId[] }>();
  private readonly inputErrors: { path: string; reason: string }[] = [];
  private readonly skipped: { deleted: number; chat: number; files: number; outsidePeriod?: number } = { deleted: 0, chat: 0, files: 0 };
  private readonly skippedFiles: { path: string; reason: SkippedFileReason }[] = [];
  private readonly byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  /** Marketplace and language of each genuine Amazon mail: the user's usual ones are the majority. */
  private readonly origins = new Map<string, { marketplace: string | null; language: string | null; count: number }>();
  private amazonRelated = 0;
  private count = 0;

  constructor(
    private readonly inputs: string[],
    private readonly options: ScanOptions & { lang: Lang },
    /** Keep every message report (for --json and the human output); NDJSON streams them instead. */
    private readonly keepMessages: boolean,
  ) {
    this.lang = options.lang;
    if (options.since || options.until) this.skipped.outsidePeriod = 0;
  }

  /** A message dated outside --since/--until: counted, not reported. */
  addOutsidePeriod(): void {
    this.skipped.outsidePeriod = (this.skipped.outsidePeriod ?? 0) + 1;
  }

  addMessage(
    report: MessageReport,
    securityEntry: SecurityMailEntry | null,
    steps: RemediationId[],
    origin?: { marketplace: string | null; language: string | null } | null,
  ): void {
    this.addAnalyzed({ report, securityEntry, steps, origin });
  }

  /** As addMessage; reads the report entry itself only when the messages are kept (it may still be JSON text). */
  addAnalyzed(analyzed: AnalyzedMessage): void {
    const { securityEntry, steps, origin } = analyzed;
    const report: ReportSummary = analyzed.summary ?? analyzed.report;
    this.count++;
    if (origin) {
      const key = `${origin.marketplace}|${origin.language}`;
      const seen = this.origins.get(key);
      if (seen) seen.count++;
      else this.origins.set(key, { ...origin, count: 1 });
    }
    this.byVerdict[report.verdict]++;
    if (report.amazonRelated) this.amazonRelated++;
    if (securityEntry) this.securityEntries.push(securityEntry);
    if (steps.length > 0) {
      const key = `${report.verdict}:${steps.join(',')}`;
      if (!this.stepLists.has(key)) this.stepLists.set(key, { verdict: report.verdict, steps });
    }
    if (this.keepMessages) this.messages.push(analyzed.report);
  }

  addInputError(path: string, reason: string): void {
    this.inputErrors.push({ path, reason });
  }

  addSkipped(reason: 'deleted' | 'chat'): void {
    this.skipped[reason]++;
  }

  addSkippedFile(path: string, reason: SkippedFileReason): void {
    this.skipped.files++;
    this.skippedFiles.push({ path, reason });
  }

  finish(): Report {
    const bursts = detectBursts(this.securityEntries, this.options.burstWindows ? { windows: this.options.burstWindows } : undefined);
    const learned = usualOrigin([...this.origins.values()]);
    const boxFindings: Finding[] = mailboxFindings(bursts, this.securityEntries, {
      usualMarketplaces: this.options.usualMarketplaces ?? learned.marketplaces,
      usualLanguages: learned.languages,
    });
    const dated = this.securityEntries.filter((e) => e.date !== null);
    const status = overallStatus({
      byVerdict: this.byVerdict,
      unreadInputs: this.inputErrors.length,
      mailboxFindings: boxFindings,
      securityEntries: this.securityEntries,
    });
    // Most urgent first: phishing, then genuine security mails (password known), then the rest.
    const order: Verdict[] = ['phishing', 'genuine', 'suspicious', 'unverified'];
    const lists = [...this.stepLists.values()]
      .sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict))
      .map((l) => l.steps);
    return {
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'amzcheck', version: TOOL_VERSION },
      lang: this.lang,
      options: { online: !!this.options.online, deep: !!this.options.deep, failOn: this.options.failOn ?? 'suspicious' },
      inputs: this.inputs,
      messages: this.messages,
      inputErrors: this.inputErrors,
      skippedFiles: this.skippedFiles,
      summary: {
        messages: this.count,
        amazonRelated: this.amazonRelated,
        byVerdict: this.byVerdict,
        skipped: { ...this.skipped },
      },
      mailbox: {
        bursts: bursts.map((b) => ({
          ...b,
          start: b.start.toISOString(),
          end: b.end.toISOString(),
        })),
        timeline: dated.length > 0 ? buildTimeline(dated) : null,
        undatedSecurityMails: this.securityEntries.length - dated.length,
        findings: boxFindings.map((f) => localizeFinding(f, this.lang)),
      },
      overall: { status: status.status, headline: localizeHeadline(status.headline, this.lang) },
      remediation: localizeSteps(mailboxRemediation(lists, status.extraSteps), this.lang),
    };
  }
}

export function resolveOptions(options: ScanOptions = {}): ScanOptions & { lang: Lang } {
  return { ...options, lang: options.lang ?? languageFromEnvironment() };
}

/**
 * Scan paths (`-` for stdin) and yield each event as soon as it is known; `collector` receives everything for
 * the final report.
 */
export async function* scanEvents(
  paths: string[],
  options: ScanOptions & { lang: Lang },
  collector: ReportCollector,
): AsyncGenerator<ScanEvent> {
  const jobs = await planParallel(paths, options);
  const period = options.since || options.until ? { since: options.since?.getTime(), until: options.until?.getTime() } : null;
  // The analysers are loaded only where they run: a parallel scan's main thread reads and writes, its workers
  // analyse (each analyser costs ~40 MB and start-up time per thread).
  const events = jobs ? parallelAnalyzedEvents(paths, options, jobs) : (await import('./events.js')).analyzedEvents(paths, options);
  for await (const ev of events) {
    switch (ev.type) {
      case 'message': {
        if (period && outside(ev.analyzed.report.date, period)) {
          collector.addOutsidePeriod();
          break;
        }
        collector.addAnalyzed(ev.analyzed);
        yield messageEvent(ev.analyzed);
        break;
      }
      case 'skipped':
        collector.addSkipped(ev.reason);
        yield { type: 'skipped', reason: ev.reason };
        break;
      case 'input-error':
        collector.addInputError(ev.path, ev.reason);
        yield { type: 'input-error', path: ev.path, reason: ev.reason };
        break;
      case 'skipped-file':
        collector.addSkippedFile(ev.path, ev.reason);
        yield { type: 'skipped-file', path: ev.path, reason: ev.reason };
        break;
    }
  }
  // Writes the --dns-cache file, if one was given (--online scans run in this thread).
  if (!jobs) await (await import('../checks/authentication/index.js')).closeAuthentication();
}

/** Is an ISO date outside the period? A message without a date is never outside. */
function outside(date: string | null, period: { since?: number; until?: number }): boolean {
  if (date === null) return false;
  const t = Date.parse(date);
  if (Number.isNaN(t)) return false;
  return (period.since !== undefined && t < period.since) || (period.until !== undefined && t >= period.until);
}

function messageEvent(analyzed: AnalyzedMessage): ScanEvent {
  if (analyzed.reportJson === undefined) return { type: 'message', report: analyzed.report, location: analyzed.report.location };
  return new MessageEventFromJson(analyzed, analyzed.reportJson);
}

/**
 * The event of a message whose report entry is still JSON text: the entry is parsed only if someone reads
 * `report`. A class rather than a literal with a getter, which would create a function per message.
 */
class MessageEventFromJson {
  readonly type = 'message';
  readonly location: Location;

  constructor(
    private readonly analyzed: AnalyzedMessage,
    readonly reportJson: string,
  ) {
    this.location = (analyzed.summary ?? analyzed.report).location;
  }

  get report(): MessageReport {
    return this.analyzed.report;
  }
}

/** Scan paths and return the whole report. */
export async function scan(paths: string[], options: ScanOptions = {}): Promise<Report> {
  const resolved = resolveOptions(options);
  const collector = new ReportCollector(paths, resolved, true);
  for await (const _ of scanEvents(paths, resolved, collector)) {
    // events are collected
  }
  return collector.finish();
}

/** Analyse one message given as bytes (or a string) and return its report entry. */
export async function analyzeMessage(input: Buffer | string, options: ScanOptions = {}): Promise<MessageReport> {
  const resolved = resolveOptions(options);
  const raw: RawMessage = {
    bytes: typeof input === 'string' ? Buffer.from(input, 'utf8') : input,
    location: { file: '<memory>', index: 1, offset: 0 },
    envelope: { format: 'eml' },
  };
  const { analyzeRawMessage } = await import('./analyze.js');
  return (await analyzeRawMessage(raw, resolved)).report;
}
