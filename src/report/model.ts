/**
 * The report: what amzcheck says about each message and about the mailbox. Versioned (`schemaVersion`), built
 * once by src/pipeline/scan.ts and rendered by the formatters (human, json, ndjson, sarif). The JSON shape is
 * described by docs/report.schema.json.
 */
import type { Location, SkippedFileReason } from '../input/types.js';
import type { DateSource } from '../message/types.js';
import type { FindingCode, Severity, Evidence } from '../findings.js';
import type { AuthSummary } from '../checks/authentication/types.js';
import type { Lang } from './text/types.js';
import type { Burst } from '../mailbox/bursts.js';
import type { Timeline } from '../mailbox/timeline.js';
import type { MailKind } from '../checks/security-code/index.js';
import type { Verdict, OverallStatus, FailOn } from '../verdict/types.js';

export const SCHEMA_VERSION = 1 as const;

export interface ReportedFinding {
  code: FindingCode;
  severity: Severity;
  /** Localised headline. */
  title: string;
  /** Localised sentence built from the evidence. */
  message: string;
  /** Structured evidence, exactly as read from the mail (not made terminal-safe: that is the formatter's job). */
  evidence: Evidence;
}

export interface RemediationStep {
  /** Stable id of the step, e.g. "change-password". */
  id: string;
  /** Localised text. */
  text: string;
}

export interface SecurityCodeReport {
  type: string;
  language: string;
  marketplace: string | null;
  /** The code masked: never the full code. */
  codeMasked: string | null;
}

export interface LinkReport {
  url: string;
  finalUrl: string;
  host: string | null;
  where: string;
  text: string;
  amazon: boolean;
  purpose: string;
  unwrappedFrom: string[];
}

export interface MessageReport {
  location: Location;
  messageId: string | null;
  /** ISO 8601, or null when no date could be established. */
  date: string | null;
  dateSource: DateSource;
  /** The From header, decoded. */
  from: string | null;
  /** Where the mail was delivered (Delivered-To, else To), lower-cased. */
  recipient: string | null;
  subject: string | null;
  /** Gmail Takeout labels, when the mailbox has them (Spam, Trash, Inbox...). */
  labels: string[] | null;
  amazonRelated: boolean;
  kind: MailKind;
  verdict: Verdict;
  /** The codes of the findings that decided the verdict, strongest first. */
  reasons: FindingCode[];
  findings: ReportedFinding[];
  authentication: AuthSummary | null;
  securityCode: SecurityCodeReport | null;
  links: LinkReport[];
  /** 'headers': only the cheap header pass ran (the mail cannot be Amazon-related); 'full': fully parsed. */
  depth: 'headers' | 'full';
  remediation: RemediationStep[];
  /** Why the message could not be analysed (verdict 'error'), else null. */
  error: string | null;
  /**
   * Mail attached to this mail (message/rfc822, message/global, a saved .eml), each judged as a message of its
   * own; present only when there is one. The carrier's verdict takes theirs into account (docs/verdicts.md).
   */
  attachedMessages?: AttachedMessageReport[];
  /** Present only on the entry of an attached mail (in its carrier's `attachedMessages`): where it sits there. */
  attachedAs?: AttachedAs;
}

/** Where an attached mail sits in its carrier. */
export interface AttachedAs {
  /** The MIME part number in the carrier, as IMAP numbers parts ("2", "1.3"). */
  part: string;
  /** The attachment's file name, or null. */
  name: string | null;
  /** The declared type: message/rfc822, message/global, application/octet-stream (a saved .eml)... */
  contentType: string;
}

/** An attached mail's entry: its location is its carrier's, `attachedAs` says where in the carrier. */
export type AttachedMessageReport = MessageReport & { attachedAs: AttachedAs };

/** A burst as in src/mailbox/bursts.ts, with its dates as ISO strings. */
export type BurstReport = Omit<Burst, 'start' | 'end'> & { start: string; end: string };

/** The timeline exactly as src/mailbox/timeline.ts builds it (already JSON: ISO strings). */
export type TimelineReport = Timeline;

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'amzcheck'; version: string };
  lang: Lang;
  options: { online: boolean; deep: boolean; failOn: FailOn };
  inputs: string[];
  messages: MessageReport[];
  inputErrors: { path: string; reason: string }[];
  /** Files found in a folder that were not read as mail, each with the reason (input/types.ts). */
  skippedFiles: { path: string; reason: SkippedFileReason }[];
  summary: {
    messages: number;
    amazonRelated: number;
    byVerdict: Record<Verdict, number>;
    /**
     * Messages skipped on purpose (deleted, chat), files of a folder that are not mail; outsidePeriod: dated
     * outside --since/--until (present only when a period was given).
     */
    skipped: { deleted: number; chat: number; files: number; outsidePeriod?: number };
  };
  mailbox: {
    bursts: BurstReport[];
    timeline: TimelineReport | null;
    /** Security-code mails without a usable date: they cannot be placed on the timeline. */
    undatedSecurityMails: number;
    findings: ReportedFinding[];
  };
  overall: {
    status: OverallStatus;
    /** The one or two things that matter most, localised. */
    headline: string[];
  };
  remediation: RemediationStep[];
}
