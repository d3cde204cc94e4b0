export declare function plainRead(file: string): Promise<{ seconds: number; bytes: number }>;
export declare const GNU_TIME: string;
export declare function hasGnuTime(): boolean;
export interface CommandRun {
  wallSeconds: number;
  peakRssBytes: number | null;
  rssSource: 'gnu-time' | 'proc-vmhwm' | 'none';
  exitCode: number | null;
  signal: string | null;
  firstLineSeconds: number | null;
  lastLineSeconds: number | null;
  lines: number;
  stdoutBytes: number;
  stderrTail: string;
}
export declare function runCommand(argv: string[], options?: { stdoutFile?: string; env?: NodeJS.ProcessEnv; useGnuTime?: boolean }): Promise<CommandRun>;
export declare function spread(values: (number | null)[]): { min: number | null; median: number | null; max: number | null };
