/** Turn findings, remediation ids and the mailbox headline into the localised entries of the report. */
import type { Finding } from '../findings.js';
import type { HeadlineItem, RemediationId } from '../verdict/types.js';
import type { ReportedFinding, RemediationStep } from './model.js';
import { codeText, findingMessage, type Lang } from './text/index.js';
import { REMEDIATION_TEXT } from './text/remediation.js';
import { UI } from './text/ui.js';

export function localizeFinding(f: Finding, lang: Lang): ReportedFinding {
  const t = codeText(f.code, lang);
  return { code: f.code, severity: f.severity, title: t.title, message: findingMessage(f, lang), evidence: f.evidence };
}

export function localizeSteps(ids: readonly RemediationId[], lang: Lang): RemediationStep[] {
  return ids.map((id) => ({ id, text: REMEDIATION_TEXT[id][lang] }));
}

/** The sentences of the mailbox headline (src/verdict/mailbox.ts decides what it says). */
export function localizeHeadline(items: readonly HeadlineItem[], lang: Lang): string[] {
  const ui = UI[lang];
  return items.map((item) => {
    switch (item.kind) {
      case 'password-known':
        return ui.headlinePasswordKnown(item.mails);
      case 'mailbox-finding':
        return findingMessage(item.finding, lang);
      case 'phishing':
        return ui.headlinePhishing(item.mails);
      case 'suspicious':
        return ui.headlineSuspicious(item.mails);
      case 'unverified':
        return ui.headlineUnverified(item.mails);
      case 'unread':
        return ui.headlineUnread(item.inputs, item.mails);
      case 'nothing-checked':
        return ui.headlineNothingChecked;
      case 'clean':
        return ui.headlineClean;
    }
  });
}
