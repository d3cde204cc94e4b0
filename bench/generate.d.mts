// Types for generate.mjs (plain ESM so that Node 20 runs it without a build step).
export declare const GENERATOR_VERSION: string;
export declare const DEFAULT_SIZE: string;
export declare const MAX_BYTES: number;
export declare const OWNER: string;
export declare const BURST: { count: number; maxGapSeconds: number; minGapSeconds: number; atFraction: number };

export interface Truth {
  generator: string;
  seed: number;
  targetBytes: number;
  bytes: number;
  messages: number;
  crlf: boolean;
  owner: string;
  categories: Record<string, number>;
  kinds: Record<string, number>;
  phishingTechniques: Record<string, number>;
  languages: Record<string, number>;
  charsets: Record<string, number>;
  transferEncodings: Record<string, number>;
  html: number;
  multipart: number;
  attachments: number;
  mboxrdEscapedLines: number;
  burst: { recipient: string; kind: string; lang: string; count: number; first: string; last: string; spanSeconds: number; indexes: number[] };
  securityCodeSpacingHours: number;
  firstDate: string;
  lastDate: string;
}

/** One line of `<mailbox>.truth.ndjson`: every message that is not plain ham. */
export interface TruthLine {
  index: number;
  offset: number;
  messageId: string;
  date: string;
  category: string;
  kind: string;
  lang: 'ja' | 'en';
  technique?: string;
  code?: string;
  burst?: true;
}

export declare function parseSize(text: string): number;
export declare function sizeLabel(bytes: number): string;
export declare function defaultMailboxPath(bytes: number, seed?: number, root?: string): string;
export declare function generateMailbox(options: { bytes: number; seed?: number; out: string; crlf?: boolean; log?: (line: string) => void }): Truth;
export declare function ensureMailbox(options: { bytes: number; seed?: number; out?: string; crlf?: boolean; log?: (line: string) => void }): { path: string; truth: Truth; generated: boolean };
export declare function formatTruth(truth: Truth): string;
export declare function parseGenerateArgs(argv: string[]): { size: string; seed: number; out: string | undefined; crlf: boolean };
