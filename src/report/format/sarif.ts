/**
 * SARIF 2.1.0 (OASIS) for GitHub code scanning and other SARIF viewers: one rule per finding code with its
 * short and full description and help (the text of `amzcheck explain`, and a link to docs/findings.md),
 * `security-severity` and tags; one result per finding of each mail at or above the report's --fail-on level
 * (all mail with `all`), located by file and the message's byte offset, with a partial fingerprint that stays
 * the same across runs (the Message-ID, else the file, index and offset); unreadable inputs as tool execution
 * notifications; at most `maxResults` results (GitHub keeps 5,000 per run), with a notification when cut.
 */
import { createHash } from 'node:crypto';
import { FINDING_CODES, type FindingCode, type Severity } from '../../findings.js';
import type { Report } from '../model.js';
import type { Verdict } from '../../verdict/types.js';
import { codeText } from '../text/index.js';

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
  const include = opts.include ?? (report.options.failOn === 'never' ? 'all' : report.options.failOn);
  const min = include === 'all' ? -1 : RANK[include];
  const max = opts.maxResults ?? 5000;
  const results = [];
  let dropped = 0;
  for (const m of report.messages) {
    if (include !== 'all' && RANK[m.verdict] < min) continue;
    const location = {
      physicalLocation: {
        artifactLocation: { uri: toUri(m.location.file) },
        region: { byteOffset: m.location.offset, byteLength: 1 },
      },
      logicalLocations: [{ name: `message ${m.location.index}`, fullyQualifiedName: `${m.location.file}#${m.location.index}`, kind: 'object' }],
    };
    const identity = m.messageId ?? `${m.location.file}#${m.location.index}@${m.location.offset}`;
    for (const f of m.findings) {
      if (results.length >= max) {
        dropped++;
        continue;
      }
      results.push({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: LEVEL[f.severity],
        message: { text: `${f.title}: ${f.message}` },
        locations: [location],
        partialFingerprints: { 'amzcheckMessage/v1': createHash('sha256').update(`${identity}\0${f.code}`).digest('hex').slice(0, 32) },
        properties: { verdict: m.verdict, subject: m.subject, messageId: m.messageId, evidence: f.evidence },
      });
    }
  }
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
        tool: { driver: { name: 'amzcheck', version: report.tool.version, rules } },
        invocations: [{ executionSuccessful: report.inputErrors.length === 0, toolExecutionNotifications: notifications }],
        results,
        properties: { summary: report.summary, overall: report.overall },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function toUri(file: string): string {
  if (file === '-') return 'stdin';
  return file.split('/').map(encodeURIComponent).join('/');
}
