/**
 * The command line: commander wiring only. Everything it does is a call into the library (src/index.ts).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { languageFromEnvironment } from '../report/text/ui.js';
import type { Lang } from '../report/text/types.js';
import { parseBurstWindows } from '../mailbox/bursts.js';
import { runScan, terminalWidth, type OutputFormat } from './scan.js';
import { wrapReport } from '../report/format/wrap.js';
import { explainText, listCodes } from './explain.js';
import { EXIT_ERROR } from './exit-codes.js';

export const SCAN_HELP_AFTER = `
Examples:
  amzcheck scan inbox.mbox                 scan a mailbox (mbox, Gmail Takeout, Thunderbird)
  amzcheck scan message.eml other.eml      scan single messages
  cat message.eml | amzcheck scan -        read one message (or an mbox) from stdin
  amzcheck scan ~/Maildir --lang ja        a Maildir, with the report in Japanese
  amzcheck scan inbox.mbox --json > r.json one JSON document for scripts
  amzcheck scan big.mbox --ndjson          one JSON line per message as it is analysed
  amzcheck scan inbox.mbox --format sarif  SARIF 2.1.0 for code-scanning tools
  amzcheck scan msg.eml --online           also re-verify SPF/DKIM/DMARC with DNS

Exit codes:
  0  nothing at or above --fail-on (default: suspicious)
  1  at least one message at or above --fail-on
  2  usage error, or an input that could not be read (missing, empty, not mail)

Offline by default: nothing is sent anywhere and links are never fetched unless you pass --online
(DNS queries only).`;

function listOf(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function langOption(value: string): Lang {
  if (value !== 'en' && value !== 'ja') throw new InvalidArgumentError('use "en" or "ja"');
  return value;
}

function jobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('use a whole number from 1 to 64');
  return n;
}

function burstOption(value: string) {
  try {
    return parseBurstWindows(value);
  } catch (err) {
    throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
  }
}

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('amzcheck')
    .description('Tell genuine Amazon mail from phishing, and explain Amazon security-code mails you did not ask for.')
    .version(TOOL_VERSION, '-V, --version')
    .showSuggestionAfterError()
    .configureOutput({ outputError: (str, write) => write(str) })
    .exitOverride();

  program
    .command('scan')
    .summary('Check mail for Amazon phishing and explain Amazon security-code mails')
    // One paragraph: commander wraps it to the terminal, and hard line breaks inside it made ragged lines.
    .description(
      'Check mail for Amazon phishing and explain Amazon security-code mails. ' +
        'Reads .eml files, mbox files (mboxrd, mboxo, mboxcl2, Gmail Takeout, Thunderbird), Maildir and ' +
        'Apple Mail folders, directories of .eml files, or one message or mbox on stdin ("-").',
    )
    .argument('[paths...]', 'files or directories to scan; "-" (or nothing, when piped) reads stdin')
    .option('--json', 'output one JSON document (docs/report.schema.json)')
    .option('--ndjson', 'output one JSON line per message as it is analysed, then a summary line')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json', 'ndjson', 'sarif']))
    .option('--lang <lang>', 'language of the report: en or ja (default: from LC_ALL, LC_MESSAGES, LANG)', langOption)
    .addOption(
      new Option('--fail-on <level>', 'exit with 1 when a message is at or above this level')
        .choices(['phishing', 'suspicious', 'unverified', 'never'])
        .default('suspicious'),
    )
    .option('--deep', 'fully parse every message, not only those the header pass selects')
    .option('--online', 're-verify SPF/DKIM/DMARC/ARC with DNS (off by default: nothing is sent)')
    .option('--dns-cache <file>', 'read and write DNS answers (mailauth JSON format) to replay --online runs')
    .option('--trust-authserv <ids>', "trust only these authserv-ids' Authentication-Results (comma-separated)", listOf)
    .option('--burst <windows>', 'burst windows as COUNT/DURATION, e.g. "3/10m,5/24h" (the default)', burstOption)
    .option('--usual-marketplace <codes>', 'marketplaces you use, e.g. "JP" or "JP,US"; codes from others are reported', listOf)
    .option('--jobs <n>', 'worker threads that analyse while the main thread reads; output is unchanged (default: one per core for large mailbox files, given or in the folders given, from 160 MiB on 2-3 cores (64 MiB with --deep), from 32 MiB on 4 or more; 1 = none)', jobsOption)
    .option('--include-deleted', 'keep Thunderbird messages marked deleted (skipped and counted by default)')
    .option('--mboxo', 'do not unescape ">From " lines (mboxo files)')
    .option('-q, --quiet', 'only what needs action')
    .option('-v, --verbose', 'every finding with its code and evidence')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--no-progress', 'no progress indicator on stderr')
    .addHelpText('after', SCAN_HELP_AFTER)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const format: OutputFormat =
        (opts.format as OutputFormat | undefined) ?? (opts.ndjson ? 'ndjson' : opts.json ? 'json' : 'human');
      if (paths.length === 0) {
        if (process.stdin.isTTY) {
          process.stderr.write('amzcheck: no input: give files or directories, or pipe a message into "amzcheck scan -"\n');
          setExitCode(EXIT_ERROR);
          return;
        }
        paths = ['-'];
      }
      setExitCode(
        await runScan(paths, {
          format,
          lang: opts.lang as Lang | undefined,
          failOn: opts.failOn as 'phishing' | 'suspicious' | 'unverified' | 'never',
          deep: opts.deep as boolean | undefined,
          online: opts.online as boolean | undefined,
          dnsCache: opts.dnsCache as string | undefined,
          trustAuthserv: opts.trustAuthserv as string[] | undefined,
          burstWindows: opts.burst as ReturnType<typeof parseBurstWindows> | undefined,
          usualMarketplaces: (opts.usualMarketplace as string[] | undefined)?.map((m) => m.toUpperCase()),
          includeDeleted: opts.includeDeleted as boolean | undefined,
          jobs: opts.jobs as number | undefined,
          mboxo: opts.mboxo as boolean | undefined,
          quiet: opts.quiet as boolean | undefined,
          verbose: opts.verbose as boolean | undefined,
          color: opts.color as boolean | undefined,
          progress: opts.progress as boolean | undefined,
        }),
      );
    });

  program
    .command('explain')
    .description('Explain a finding code and what to do about it')
    .argument('[code]', 'a finding code from a report, e.g. auth.amazon-dmarc-fail; omit to list them all')
    .option('--lang <lang>', 'en or ja (default: from LC_ALL, LC_MESSAGES, LANG)', langOption)
    .action((code: string | undefined, opts: { lang?: Lang }) => {
      const lang = opts.lang ?? languageFromEnvironment();
      if (!code) {
        process.stdout.write(listCodes(lang));
        return;
      }
      const { text, exitCode } = explainText(code, lang);
      const stream = exitCode === 0 ? process.stdout : process.stderr;
      stream.write(wrapReport(text.split('\n'), terminalWidth(stream)).join('\n'));
      setExitCode(exitCode);
    });

  return program;
}

/** Run the CLI with argv; resolves to the exit code. Commander's own exits (help, usage errors) map to 0 and 2. */
export async function main(argv: string[] = process.argv): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (typeof e.exitCode === 'number') return e.exitCode === 0 ? 0 : EXIT_ERROR;
    process.stderr.write(`amzcheck: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_ERROR;
  }
  return code;
}
