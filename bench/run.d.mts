// Types for run.mjs (the parts a test or script can call).
export interface RunOptions {
  size: string;
  seed: number;
  runs: number;
  skipDeep: boolean;
  json: string | undefined;
  cmd: string | undefined;
  deepCmd: string | undefined;
  mailbox: string | undefined;
  crlf: boolean;
  profile: boolean;
  files: number;
}
export declare function parseRunArgs(argv: string[]): RunOptions;
export declare function commandFromTemplate(template: string, files: string | string[]): string[];
// The result object is described in bench/README.md; it is JSON, typed loosely here.
export declare const DEFAULT_BENCH_DIR: string;
export declare function runBenchmark(options: RunOptions, benchDir?: string): Promise<Record<string, any>>;
export declare function formatResult(result: Record<string, any>): string;
