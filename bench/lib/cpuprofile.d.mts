export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}
export interface ProfileEntry {
  name: string;
  where: string;
  selfMs: number;
  percent: number;
}
export declare function moduleOf(url: string): string;
export declare function summarizeProfile(profile: CpuProfile, top?: number): { totalMs: number; functions: ProfileEntry[]; modules: ProfileEntry[]; inclusive: ProfileEntry[] };
export declare function formatProfileEntries(entries: ProfileEntry[], withWhere?: boolean): string;
