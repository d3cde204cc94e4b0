#!/usr/bin/env node
/**
 * Accuracy on real mail (issue 8): `npm run eval -- DIR [--json] [--deep]`. Runs the built library
 * (dist/eval/, so `npm run build` first; the npm script does both). See docs/accuracy.md.
 */
import { runEval } from '../dist/eval/cli.js';

// `npm run eval -- DIR --json | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runEval(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`amzcheck eval: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
