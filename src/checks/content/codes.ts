import type { CodeTable } from '../../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const contentCodes = {
  /** The text presents itself as an Amazon order, payment, account or security mail; the sender is not Amazon. */
  'content.amazon-lure': 'medium',
  /** Such a mail asks the reader to call a phone number (callback phishing, "TOAD"). */
  'content.callback-number': 'high',
  /** The mail is a forward: the original sender is judged from the forwarded header block. */
  'content.forwarded-original': 'info',
} as const satisfies CodeTable;

/** The evidence of each code (keys in JSON order); the text in src/report/text/content.ts reads it. */
export interface ContentEvidence {
  'content.amazon-lure': {
    /** The kind of mail the text presents (MailKind). */
    kind: string;
    /** Where the claim is written: 'subject' and/or 'body'. */
    where: readonly string[];
    claimText: string;
    fromDomain: string | null;
    /** Set when the words were read in a PDF attachment: "invoice.pdf, page 1" (pipeline/analyze.ts). */
    attachment?: string;
  };
  'content.callback-number': {
    phone: string;
    context: string;
    /** Where the number is written (subject, text, attachment). */
    where: string;
    topic: string;
    topicPhrase: string;
    lettersForDigits: boolean;
    /** What makes the mail claim Amazon (the basis of the finding). */
    claim: string;
    fromDomain: string | null;
    /** Set when the number was read in a PDF attachment: "invoice.pdf, page 2" (pipeline/analyze.ts). */
    attachment?: string;
  };
  'content.forwarded-original': { from: string; subject: string };
}
