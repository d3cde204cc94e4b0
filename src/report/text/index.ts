/** All finding-code text in one table, joined from one file per concern. */
import type { EvidenceByCode, Finding, FindingCode } from '../../findings.js';
import type { CodeText, CodeTexts, Lang } from './types.js';
import { messageText } from './message.js';
import { authenticationText } from './authentication.js';
import { senderText } from './sender.js';
import { linksText } from './links.js';
import { contentText } from './content.js';
import { attachmentText } from './attachments.js';
import { securityCodeText } from './security-code.js';
import { mailboxText } from './mailbox.js';

export * from './types.js';

export const CODE_TEXT: CodeTexts<FindingCode> = {
  ...messageText,
  ...authenticationText,
  ...senderText,
  ...linksText,
  ...contentText,
  ...attachmentText,
  ...securityCodeText,
  ...mailboxText,
};

export function codeText<C extends FindingCode>(code: C, lang: Lang): CodeText<C> {
  return CODE_TEXT[code][lang];
}

/** The sentence of a finding in one language, built from its evidence. */
export function findingMessage(f: Finding, lang: Lang): string {
  return message(f.code, f.evidence, lang);
}

// The code's text reads the code's evidence; a Finding keeps the two together, which this signature relies on.
function message<C extends FindingCode>(code: C, evidence: EvidenceByCode[C], lang: Lang): string {
  return codeText(code, lang).message(evidence);
}
