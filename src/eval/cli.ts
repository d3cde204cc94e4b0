/**
 * `amzcheck-eval DIR [--json] [--deep]` (issue 8), run as `npm run eval -- DIR`. Kept apart from the `amzcheck`
 * CLI: it is a tool for the project, not for users. Exit code 0 when the bar holds, 1 when it does not, 2 for
 * a usage error or a directory that is not a corpus.
 */
import { CorpusError, evaluateCorpus } from './evaluate.js';
import { formatEvaluation } from './format.js';

export const EVAL_USAGE = `usage: npm run eval -- DIR [--json] [--deep]

DIR holds category folders: amazon-phish, amazon-legit, other-phish, other-ham, uncertain, mbox.
  --json   write the evaluation as JSON to stdout instead of the table
  --deep   fully parse every message (as amzcheck scan --deep)
Exit code: 0 bar met, 1 bar not met, 2 usage error.
`;

export interface EvalArgs {
  dir: string;
  json: boolean;
  deep: boolean;
}

/** Parse the arguments after the script name; a string is the usage error to print. */
export function parseEvalArgs(argv: string[]): EvalArgs | { help: true } | string {
  let dir: string | undefined;
  let json = false;
  let deep = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--deep') deep = true;
    else if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (dir === undefined) dir = arg;
    else return `one directory only (got ${dir} and ${arg})`;
  }
  return dir === undefined ? 'DIR is missing' : { dir, json, deep };
}

export interface EvalIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function runEval(argv: string[], io: EvalIo): Promise<number> {
  const args = parseEvalArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`amzcheck eval: ${args}\n${EVAL_USAGE}`);
    return 2;
  }
  if ('help' in args) {
    io.stdout(EVAL_USAGE);
    return 0;
  }
  try {
    const evaluation = await evaluateCorpus(args.dir, { deep: args.deep });
    io.stdout(args.json ? JSON.stringify(evaluation, null, 2) + '\n' : formatEvaluation(evaluation));
    return evaluation.barMet ? 0 : 1;
  } catch (error) {
    if (error instanceof CorpusError || isFsError(error)) {
      io.stderr(`amzcheck eval: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

function isFsError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
