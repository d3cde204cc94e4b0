/** `amzcheck scan`: a thin layer over the library's scanEvents/ReportCollector. */
import {
  CLI_TEXT,
  EXIT_ERROR,
  ReportCollector,
  exitCodeFor,
  formatHuman,
  formatJson,
  formatSarif,
  localizeReason,
  ndjsonInputErrorLine,
  ndjsonMessageLine,
  ndjsonMessageLineFromJson,
  ndjsonSummaryLine,
  osErrorReason,
  resolveOptions,
  safeText,
  sarifLines,
  scanEvents,
  type FailOn,
  type Lang,
  type ScanOptions,
} from '../api.js';
import { chalkFor } from './colour.js';
import { LineBuffer, closeOutput, openOutput, outputStream, writeOut } from './io.js';
import { Progress } from './progress.js';

export type OutputFormat = 'human' | 'json' | 'ndjson' | 'sarif';

export interface ScanCliOptions {
  format: OutputFormat;
  lang?: Lang;
  failOn: FailOn;
  deep?: boolean;
  online?: boolean;
  dnsCache?: string;
  trustAuthserv?: string[];
  burstWindows?: ScanOptions['burstWindows'];
  usualMarketplaces?: string[];
  includeDeleted?: boolean;
  jobs?: number;
  mboxo?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  progress?: boolean;
  since?: Date;
  until?: Date;
  /** Write the report here instead of stdout. */
  output?: string;
}

export async function runScan(paths: string[], cli: ScanCliOptions): Promise<number> {
  const options = resolveOptions({
    lang: cli.lang,
    deep: cli.deep,
    online: cli.online,
    dnsCacheFile: cli.dnsCache,
    trustAuthserv: cli.trustAuthserv,
    includeDeleted: cli.includeDeleted,
    jobs: cli.jobs,
    mboxo: cli.mboxo,
    failOn: cli.failOn,
    burstWindows: cli.burstWindows,
    usualMarketplaces: cli.usualMarketplaces,
    since: cli.since,
    until: cli.until,
  });
  if (cli.output) {
    try {
      await openOutput(cli.output);
    } catch (err) {
      process.stderr.write(`amzcheck: ${CLI_TEXT[options.lang].outputFailed(safeText(cli.output), localizeReason(osErrorReason(err), options.lang))}\n`);
      return EXIT_ERROR;
    }
  }
  const out = outputStream();
  const streaming = cli.format === 'ndjson';
  const collector = new ReportCollector(paths, options, !streaming);
  const progress = cli.progress === false ? null : Progress.start(process.stderr, options.lang, paths);
  // Ctrl-C leaves a clean line behind, not a half-written progress line.
  const onInterrupt = () => {
    progress?.clear();
    process.exit(130);
  };
  if (progress) process.once('SIGINT', onInterrupt);
  const errChalk = chalkFor(process.stderr, cli.color);

  const lines = new LineBuffer();
  for await (const ev of scanEvents(paths, options, collector)) {
    if (ev.type === 'message') {
      progress?.tick(ev.location.file, ev.location.offset);
      if (streaming) {
        // Most lines only join the buffer: awaiting those would cost a turn of the event loop per message.
        const written = lines.push(ev.reportJson !== undefined ? ndjsonMessageLineFromJson(ev.reportJson) : ndjsonMessageLine(ev.report));
        if (written) await written;
      }
    } else if (ev.type === 'input-error') {
      progress?.clear();
      // Usage and file errors go to stderr, always, so they are seen even with --json.
      process.stderr.write(`${errChalk.red('amzcheck:')} ${safeText(ev.path)}: ${safeText(localizeReason(ev.reason, options.lang))}\n`);
      if (streaming) await lines.push(ndjsonInputErrorLine(ev.path, ev.reason));
    }
  }
  await lines.flush();
  progress?.clear();
  process.removeListener('SIGINT', onInterrupt);
  const report = collector.finish();
  switch (cli.format) {
    case 'ndjson':
      await writeOut(ndjsonSummaryLine(report));
      break;
    case 'json':
      await writeOut(formatJson(report));
      break;
    case 'sarif':
      await writeOut(formatSarif(report, { lines: await sarifLines(report) }));
      break;
    case 'human':
      await writeOut(formatHuman(report, { chalk: chalkFor(out, cli.color), quiet: cli.quiet, verbose: cli.verbose, width: terminalWidth(out) }));
      break;
  }
  await closeOutput();
  return exitCodeFor(report, cli.failOn);
}

/** The width to wrap the human report to: the terminal's, on a terminal; none when piped or written to a file. */
export function terminalWidth(stream: NodeJS.WriteStream): number | undefined {
  if (!stream.isTTY) return undefined;
  const cols = stream.columns;
  return typeof cols === 'number' && cols >= 20 ? cols : 80;
}
