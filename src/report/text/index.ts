/** All finding-code text in one table, joined from one file per concern. */
import type { FindingCode } from '../../findings.js';
import type { CodeText, CodeTexts, Lang } from './types.js';
import { messageText } from './message.js';
import { authenticationText } from './authentication.js';
import { senderText } from './sender.js';
import { linksText } from './links.js';
import { contentText } from './content.js';
import { securityCodeText } from './security-code.js';
import { mailboxText } from './mailbox.js';

export * from './types.js';

export const CODE_TEXT: CodeTexts<FindingCode> = {
  ...messageText,
  ...authenticationText,
  ...senderText,
  ...linksText,
  ...contentText,
  ...securityCodeText,
  ...mailboxText,
};

export function codeText(code: FindingCode, lang: Lang): CodeText {
  return CODE_TEXT[code][lang];
}
