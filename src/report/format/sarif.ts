/**
 * SARIF 2.1.0 (OASIS) for code-scanning UIs: one rule per finding code, one result per finding, located by file
 * and by the message's byte offset and index inside it.
 */
import { FINDING_CODES, type FindingCode, type Severity } from '../../findings.js';
import type { Report } from '../model.js';
import { codeText } from '../text/index.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note' | 'none'> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'none',
};

export function formatSarif(report: Report): string {
  const codes = Object.keys(FINDING_CODES) as FindingCode[];
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => {
    const t = codeText(code, report.lang);
    return {
      id: code,
      shortDescription: { text: t.title },
      fullDescription: { text: t.explain },
      defaultConfiguration: { level: LEVEL[FINDING_CODES[code]] },
    };
  });
  const results = [];
  for (const m of report.messages) {
    const location = {
      physicalLocation: {
        artifactLocation: { uri: toUri(m.location.file) },
        region: { byteOffset: m.location.offset },
      },
      logicalLocations: [{ name: `message ${m.location.index}`, fullyQualifiedName: `${m.location.file}#${m.location.index}`, kind: 'object' }],
    };
    for (const f of m.findings) {
      results.push({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: LEVEL[f.severity],
        message: { text: `${f.title}: ${f.message}` },
        locations: [location],
        properties: { verdict: m.verdict, subject: m.subject, messageId: m.messageId, evidence: f.evidence },
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'amzcheck',
            version: report.tool.version,
            rules,
          },
        },
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
