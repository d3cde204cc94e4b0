/**
 * The command line: commander wiring only. Everything it does is a call into the library (src/index.ts).
 */
import { Command, Help, InvalidArgumentError, Option } from 'commander';
import {
  CLI_TEXT,
  EXIT_ERROR,
  TOOL_VERSION,
  displayWidth,
  explainText,
  languageFromEnvironment,
  listCodes,
  parseBurstWindows,
  wrapLine,
  wrapReport,
  type Lang,
} from '../api.js';
import { runScan, terminalWidth, type OutputFormat } from './scan.js';

/** The English help epilogue (README's options tables are checked against the help). */
export const SCAN_HELP_AFTER = CLI_TEXT.en.scanHelpAfter;

/** The language of the command line's own words: --lang in argv, else the locale. */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'ja' || v === 'en') return v;
  }
  return languageFromEnvironment(env);
}

function listOf(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}


function burstOption(value: string) {
  try {
    return parseBurstWindows(value);
  } catch (err) {
    throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
  }
}

export function buildProgram(setExitCode: (code: number) => void, lang: Lang = 'en'): Command {
  const t = CLI_TEXT[lang];
  const langOption = (value: string): Lang => {
    if (value !== 'en' && value !== 'ja') throw new InvalidArgumentError(t.langInvalid);
    return value;
  };
  const jobsOption = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError(t.jobsInvalid);
    return n;
  };
  /** YYYY-MM-DD is a whole day in UTC (--until includes it); an ISO date and time is taken as it is. */
  const dateOption = (value: string, which: 'since' | 'until'): Date => {
    const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value.trim());
    if (day) {
      const d = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]) + (which === 'until' ? 1 : 0)));
      const check = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      if (check.getUTCMonth() === Number(day[2]) - 1 && check.getUTCDate() === Number(day[3])) return d;
    } else if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value.trim())) {
      const t = Date.parse(value.trim());
      if (!Number.isNaN(t)) return new Date(t);
    }
    throw new InvalidArgumentError(t.dateInvalid(value));
  };
  const helpWords = (str: string) => t.helpWords.reduce((s, [re, w]) => s.replace(re, w), str);
  const baseHelp = new Help();
  const program = new Command();
  program
    .name('amzcheck')
    .description(t.programDescription)
    .version(TOOL_VERSION, '-V, --version', t.versionOption)
    .helpOption('-h, --help', t.helpOption)
    .helpCommand('help [command]', t.helpCommand)
    .showSuggestionAfterError()
    // Help in the user's language, wrapped as the report is: wide characters count as two columns, Japanese
    // breaks between characters where allowed, never inside an option, an address or a link.
    .configureHelp({
      displayWidth: (str: string) => displayWidth(str),
      boxWrap: (str: string, width: number) =>
        width < 40 ? str : str.split('\n').flatMap((line) => wrapLine(line, width, 0)).join('\n'),
      styleTitle: (str: string) => helpWords(str),
      optionDescription: (option: Option) => helpWords(baseHelp.optionDescription(option)),
    })
    // Errors are written by main(), in the user's language; help goes out with its headings translated.
    .configureOutput({
      outputError: () => undefined,
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
    })
    .exitOverride();

  const o = t.option;
  program
    .command('scan')
    .summary(t.scanSummary)
    // One paragraph: commander wraps it to the terminal, and hard line breaks inside it made ragged lines.
    .description(t.scanDescription)
    .argument('[paths...]', t.scanPaths)
    .addOption(new Option('--json', o.json!).conflicts(['ndjson', 'format']))
    .addOption(new Option('--ndjson', o.ndjson!).conflicts(['format']))
    .addOption(new Option('--format <format>', o.format!).choices(['human', 'json', 'ndjson', 'sarif']))
    .option('--lang <lang>', o.lang!, langOption)
    .addOption(
      new Option('--fail-on <level>', o['fail-on']!).choices(['phishing', 'suspicious', 'unverified', 'never']).default('suspicious'),
    )
    .option('--since <date>', o.since!, (v: string) => dateOption(v, 'since'))
    .option('--until <date>', o.until!, (v: string) => dateOption(v, 'until'))
    .option('--output <file>', o.output!)
    .option('--deep', o.deep!)
    .option('--online', o.online!)
    .option('--dns-cache <file>', o['dns-cache']!)
    .option('--trust-authserv <ids>', o['trust-authserv']!, listOf)
    .option('--burst <windows>', o.burst!, burstOption)
    .option('--usual-marketplace <codes>', o['usual-marketplace']!, listOf)
    .option('--jobs <n>', o.jobs!, jobsOption)
    .option('--include-deleted', o['include-deleted']!)
    .option('--mboxo', o.mboxo!)
    .addOption(new Option('-q, --quiet', o.quiet!).conflicts('verbose'))
    .option('-v, --verbose', o.verbose!)
    .option('--no-color', o.color!)
    .option('--no-progress', o.progress!)
    .addHelpText('after', t.scanHelpAfter)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const format: OutputFormat =
        (opts.format as OutputFormat | undefined) ?? (opts.ndjson ? 'ndjson' : opts.json ? 'json' : 'human');
      if (paths.length === 0) {
        if (process.stdin.isTTY) {
          process.stderr.write(`amzcheck: ${t.noInput}\n`);
          setExitCode(EXIT_ERROR);
          return;
        }
        paths = ['-'];
      }
      if (opts.since && opts.until && (opts.since as Date) >= (opts.until as Date)) {
        process.stderr.write(`amzcheck: ${t.sinceAfterUntil}\n`);
        setExitCode(EXIT_ERROR);
        return;
      }
      // Someone who typed "scan -" at a terminal sees why nothing happens, and how to go on.
      if (paths.includes('-') && process.stdin.isTTY) process.stderr.write(`amzcheck: ${t.waitingForStdin}\n`);
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
          since: opts.since as Date | undefined,
          until: opts.until as Date | undefined,
          output: opts.output as string | undefined,
        }),
      );
    });

  program
    .command('explain')
    .description(t.explainDescription)
    .argument('[code]', t.explainCode)
    .option('--lang <lang>', t.explainLang, langOption)
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
  const lang = cliLanguage(argv.slice(2));
  const program = buildProgram((c) => {
    code = c;
  }, lang);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (typeof e.exitCode === 'number') {
      if (e.exitCode !== 0 && e.code?.startsWith('commander.')) process.stderr.write(`${CLI_TEXT[lang].commanderError(e.code, e.message ?? '')}\n`);
      return e.exitCode === 0 ? 0 : EXIT_ERROR;
    }
    process.stderr.write(`amzcheck: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_ERROR;
  }
  return code;
}
