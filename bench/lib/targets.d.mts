export declare const LIMITS: {
  scanRatio: number;
  deepRatio: number;
  rssBytes: number;
  rssGrowth: number;
  firstLineSeconds: number;
  referenceBytes: number;
};
export interface ScanSummary {
  bestWallSeconds: number | null;
  peakRssBytes: number | null;
  firstLineSeconds: number | null;
  completed: boolean;
}
export interface Target {
  id: string;
  description: string;
  limit: string;
  value: string;
  pass: boolean | null;
  note?: string;
}
export declare function evaluateTargets(m: {
  mailboxBytes: number;
  plainReadSeconds: number;
  scan: ScanSummary;
  deep: ScanSummary | null;
  verdictDifferences: number | null;
  referencePeakRss: { scan: number | null; deep: number | null } | null;
}): Target[];
