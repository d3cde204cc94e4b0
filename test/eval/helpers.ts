/** Small hand-made reports, so the bar logic is tested without scanning mail. */
import type { FindingCode, MessageReport, Report, Verdict } from '../../src/index.js';
import { emptyVerdictCounts } from '../../src/eval/judge.js';

export function messageReport(verdict: Verdict, overrides: Partial<MessageReport> = {}): MessageReport {
  const flagged = verdict === 'phishing' || verdict === 'suspicious';
  const reasons: FindingCode[] = flagged ? ['sender.display-name-impersonation'] : [];
  return {
    location: { file: 'x.eml', index: 1, offset: 0 },
    messageId: null,
    date: null,
    dateSource: 'none',
    from: null,
    recipient: null,
    subject: null,
    labels: null,
    amazonRelated: verdict !== 'unrelated',
    kind: 'other',
    verdict,
    reasons,
    findings: reasons.map((code) => ({
      code,
      severity: 'high' as const,
      title: 'The sender name says Amazon, the address does not',
      message: '',
      evidence: {},
    })),
    authentication: null,
    securityCode: null,
    links: [],
    depth: 'full',
    remediation: [],
    error: verdict === 'error' ? 'could not parse' : null,
    ...overrides,
  };
}

export function reportOf(messages: MessageReport[], extra: { skipped?: number; inputErrors?: string[] } = {}): Report {
  const byVerdict = emptyVerdictCounts();
  for (const m of messages) byVerdict[m.verdict]++;
  return {
    schemaVersion: 1,
    tool: { name: 'amzcheck', version: '0.0.0' },
    lang: 'en',
    options: { online: false, deep: false, failOn: 'suspicious' },
    inputs: [],
    messages,
    inputErrors: (extra.inputErrors ?? []).map((reason) => ({ path: 'x', reason })),
    skippedFiles: [],
    summary: {
      messages: messages.length,
      amazonRelated: messages.filter((m) => m.amazonRelated).length,
      byVerdict,
      skipped: { deleted: extra.skipped ?? 0, chat: 0, files: 0 },
    },
    mailbox: { bursts: [], timeline: null, undatedSecurityMails: 0, findings: [] },
    overall: { status: 'ok', headline: [] },
    remediation: [],
  };
}
