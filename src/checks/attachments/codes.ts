import type { CodeTable } from '../../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const attachmentCodes = {
  /**
   * An SVG attachment that runs a script, handles events, redirects or embeds a form: a picture does none of
   * this, and SVG files that do are a known way to smuggle a phishing page past filters.
   */
  'attachment.active-svg': 'medium',
  /** An HTML page (or SVG) declared as something else (application/octet-stream, a .png name): hides what it is. */
  'attachment.disguised-page': 'low',
  /** A PDF that could not be read (encrypted, damaged, too large, a decompression bomb): its content is unchecked. */
  'attachment.pdf-unreadable': 'low',
  /**
   * A QR code in a mail that presents itself as Amazon and is not authenticated as Amazon: "scan to verify"
   * moves the reader to a phone, out of reach of the mail's link protection. Genuine Amazon return mails carry
   * QR codes, so only where the mail is not shown to be Amazon's.
   */
  'attachment.qr-code-unauthenticated': 'medium',
} as const satisfies CodeTable;

/** The evidence of each code (keys in JSON order); the text in src/report/text/attachments.ts reads it. */
export interface AttachmentEvidence {
  /** `feature`: the first active feature seen (`<script>`, ` onload=`, `window.location`...). */
  'attachment.active-svg': { attachment: string; feature: string; declaredType: string };
  'attachment.disguised-page': { attachment: string; kind: 'html' | 'svg'; declaredType: string };
  /** `problem`: a PdfProblem of message/attachments/pdf.ts. */
  'attachment.pdf-unreadable': { attachment: string; problem: string; pagesRead: number };
  /** `content`: the text of the QR code (bounded). */
  'attachment.qr-code-unauthenticated': { attachment: string; content: string };
}
