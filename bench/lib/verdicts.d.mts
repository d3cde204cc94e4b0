export interface ScanVerdicts {
  byMessage: Map<string, string>;
  byIndex: Map<number, string>;
  messages: number;
  unreadableLines: number;
  summary: Record<string, unknown> | null;
}
export declare function readVerdicts(ndjsonFile: string): Promise<ScanVerdicts>;
export declare function compareVerdicts(
  a: ScanVerdicts,
  b: ScanVerdicts,
): { compared: number; differing: number; examples: { message: string; a: string | undefined; b: string | undefined }[] };
export declare function verdictsByCategory(verdicts: ScanVerdicts, truthNdjsonFile: string): Promise<Record<string, Record<string, number>>>;
