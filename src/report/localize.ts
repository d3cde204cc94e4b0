/** Turn findings and remediation ids into the localised entries of the report. */
import type { Finding } from '../findings.js';
import type { ReportedFinding, RemediationStep } from './model.js';
import { codeText, type Lang } from './text/index.js';
import { REMEDIATION_TEXT, type RemediationId } from './text/remediation.js';

export function localizeFinding(f: Finding, lang: Lang): ReportedFinding {
  const t = codeText(f.code, lang);
  return { code: f.code, severity: f.severity, title: t.title, message: t.message(f.evidence), evidence: f.evidence };
}

export function localizeSteps(ids: readonly RemediationId[], lang: Lang): RemediationStep[] {
  return ids.map((id) => ({ id, text: REMEDIATION_TEXT[id][lang] }));
}
