/**
 * SARIF 2.1.0 (OASIS) for GitHub code scanning and other SARIF viewers: one rule per finding code with its
 * short and full description and help (the text of `amzcheck explain`, and a link to docs/findings.md),
 * `security-severity` and tags; one result per finding of each mail at or above the report's --fail-on level
 * (all mail with `all`), located by file and the line where the message starts (GitHub needs a line: it places
 * the alert there), with a partial fingerprint that stays the same across runs (the Message-ID, else the file,
 * index and offset); unreadable inputs as tool execution notifications; at most `maxResults` results (GitHub
 * keeps 5,000 per run), with a notification when cut.
 *
 * The lines are not known from the scan (it counts none): `sarifLines` reads them from the files, for the
 * messages that give results only, and `formatSarif` takes them as `lines`. Without them a message that does
 * not start at byte 0 is located by its byte offset alone, which SARIF allows but GitHub cannot place.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FINDING_CODES, type FindingCode, type Severity } from '../../findings.js';
import type { Report } from '../model.js';
import type { Verdict } from '../../verdict/types.js';
import { codeText } from '../text/index.js';
import { TOOL_HOMEPAGE } from '../../version.js';
import { startLines, type LineLookup } from '../../input/lines.js';
import type { MessageReport } from '../model.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
/** GitHub's scale: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.0', low: '2.0', info: '0.1' };
const DOCS = 'docs/findings.md';
const RANK: Record<Verdict, number> = { phishing: 3, suspicious: 2, unverified: 1, genuine: 0, unrelated: 0, error: 0 };

export interface SarifOptions {
  /** Which mail gives results: at or above this level (default: the report's --fail-on), or 'all'. */
  include?: 'phishing' | 'suspicious' | 'unverified' | 'all';
  /** The most results to write (default 5,000, GitHub's limit per run). */
  maxResults?: number;
  /** The line where each message starts in its file (from `sarifLines`). */
  lines?: LineLookup;
}

/** The messages that give results: those at or above `include` (default: the report's --fail-on). */
function resultMessages(report: Report, opts: SarifOptions): MessageReport[] {
  const include = opts.include ?? (report.options.failOn === 'never' ? 'all' : report.options.failOn);
  if (include === 'all') return report.messages.filter((m) => m.findings.length > 0);
  return report.messages.filter((m) => m.findings.length > 0 && RANK[m.verdict] >= RANK[include]);
}

/** The start lines of the messages that give results, read from their files (see startLines). */
export function sarifLines(report: Report, opts: Omit<SarifOptions, 'lines'> = {}): Promise<LineLookup> {
  return startLines(resultMessages(report, opts).map((m) => m.location));
}

export function formatSarif(report: Report, opts: SarifOptions = {}): string {
  const codes = Object.keys(FINDING_CODES) as FindingCode[];
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => {
    const t = codeText(code, report.lang);
    const anchor = code.replace(/[^a-z0-9-]/g, '');
    return {
      id: code,
      name: code.replace(/[.-](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/^\w/, (ch) => ch.toUpperCase()),
      shortDescription: { text: t.title },
      fullDescription: { text: t.explain },
      help: { text: `${t.explain}\n\namzcheck explain ${code}\n${DOCS}#${anchor}`, markdown: `${t.explain}\n\n\`amzcheck explain ${code}\` · [${DOCS}](${DOCS}#${anchor})` },
      defaultConfiguration: { level: LEVEL[FINDING_CODES[code]] },
      properties: { 'security-severity': SECURITY_SEVERITY[FINDING_CODES[code]], tags: ['security', 'email', 'phishing', code.split('.')[0]!] },
    };
  });
  const max = opts.maxResults ?? 5000;
  const results: unknown[] = [];
  let dropped = 0;
  const include = opts.include ?? (report.options.failOn === 'never' ? 'all' : report.options.failOn);
  /**
   * The results of one mail and of the mails attached to it (each under its own logical location, "message 3,
   * attachment x.eml (part 2)", with `attachedTo` naming its carrier; the region is the carrier's): `path` is
   * the part path from the mailbox's message ("2", "2/2" for a mail attached inside that one).
   */
  const addResults = (m: MessageReport, line: number | undefined, path: string | null, carrierIdentity: string | null) => {
    const base = `${m.location.file}#${m.location.index}`;
    const name = `message ${m.location.index}` + (path === null ? '' : `, attachment ${m.attachedAs?.name ?? m.attachedAs?.contentType ?? ''} (part ${path})`);
    const location = {
      physicalLocation: {
        artifactLocation: { uri: toUri(m.location.file) },
        region: line !== undefined ? { startLine: line } : { byteOffset: m.location.offset },
      },
      logicalLocations: [{ name, fullyQualifiedName: path === null ? base : `${base}/part ${path}`, kind: 'object' }],
    };
    const own = `${m.location.file}#${m.location.index}@${m.location.offset}`;
    const identity = (m.messageId ?? own) + (path === null ? '' : `/part ${path}`);
    for (const f of m.findings) {
      if (results.length >= max) {
        dropped++;
        continue;
      }
      const attached = path === null ? {} : { attachedTo: carrierIdentity, part: path };
      results.push({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: LEVEL[f.severity],
        message: { text: `${f.title}: ${f.message}` },
        locations: [location],
        partialFingerprints: { 'amzcheckMessage/v1': createHash('sha256').update(`${identity}\0${f.code}`).digest('hex').slice(0, 32) },
        properties: { verdict: m.verdict, subject: m.subject, messageId: m.messageId, ...attached, evidence: f.evidence },
      });
    }
    for (const a of m.attachedMessages ?? []) {
      if (include !== 'all' && RANK[a.verdict] < RANK[include]) continue;
      addResults(a, line, path === null ? a.attachedAs.part : `${path}/${a.attachedAs.part}`, m.messageId ?? own);
    }
  };
  for (const m of resultMessages(report, opts)) addResults(m, m.location.offset === 0 ? 1 : opts.lines?.(m.location), null, null);
  const notifications = report.inputErrors.map((e) => ({
    level: 'error',
    message: { text: `${e.path}: ${e.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(e.path) } } }],
  }));
  if (dropped > 0) notifications.push({ level: 'warning', message: { text: `${dropped} more results not written: at most ${max} per run` }, locations: [] });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'amzcheck', version: report.tool.version, informationUri: TOOL_HOMEPAGE, rules } },
        invocations: [{ executionSuccessful: report.inputErrors.length === 0, toolExecutionNotifications: notifications }],
        results,
        properties: { summary: report.summary, overall: report.overall },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/**
 * A path as a URI reference (SARIF 3.4.3): an absolute path becomes a file: URL (an absolute path without a
 * scheme is not a valid URI, SARIF1004); a relative one stays relative, which is what GitHub matches against
 * the repository's files (each segment percent-encoded, separators as '/').
 */
function toUri(file: string): string {
  if (file === '-') return 'stdin';
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(sep === '\\' ? /[\\/]/ : '/').map(encodeURIComponent).join('/');
}
