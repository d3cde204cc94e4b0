/** Machine output: one JSON document, or NDJSON lines as messages are analysed and a summary line at the end. */
import type { MessageReport, Report } from '../model.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function ndjsonMessageLine(report: MessageReport): string {
  return JSON.stringify({ type: 'message', ...report }) + '\n';
}

/** The same line from the report already encoded as JSON (`JSON.stringify(report)`), without decoding it. */
export function ndjsonMessageLineFromJson(reportJson: string): string {
  return '{"type":"message",' + reportJson.slice(1) + '\n';
}

export function ndjsonInputErrorLine(path: string, reason: string): string {
  return JSON.stringify({ type: 'input-error', path, reason }) + '\n';
}

/** The last NDJSON line: the report without the per-message entries, which were already streamed. */
export function ndjsonSummaryLine(report: Report): string {
  const { messages: _messages, ...rest } = report;
  return JSON.stringify({ type: 'summary', ...rest }) + '\n';
}
