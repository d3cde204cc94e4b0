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
  /**
   * A mail attached to this one (message/rfc822, a saved .eml) is itself phishing (src/pipeline/analyze.ts
   * judges it as a message of its own): whoever opens the attachment meets the phishing mail, its links
   * and its sender, so the carrier is phishing too, whoever sent the carrier (a forward to oneself, a
   * report-phishing tool, a mail that hides its payload one level down).
   */
  'attachment.attached-phishing': 'high',
  /** A mail attached to this one is suspicious: the carrier is at least suspicious. */
  'attachment.attached-suspicious': 'medium',
  /** A part declared as a mail (message/rfc822) that could not be read as one: its content is unchecked. */
  'attachment.attached-unreadable': 'low',
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
  /**
   * `attachment`: the file name, or the declared type in brackets; `part`: the MIME part number in the carrier
   * ("2", "1.3"), relative to the carrier; `reasons`: the attached mail's own reasons.
   */
  'attachment.attached-phishing': { attachment: string; part: string; from: string; subject: string; reasons: readonly string[] };
  'attachment.attached-suspicious': { attachment: string; part: string; from: string; subject: string; reasons: readonly string[] };
  /** `reason`: why the attached mail could not be read (the error of its own report entry). */
  'attachment.attached-unreadable': { attachment: string; part: string; reason: string };
}
