#!/usr/bin/env node
// Thin launcher: the CLI lives in the library build (dist/cli/index.js).
import { main } from '../dist/cli/index.js';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`amzcheck: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 70;
  },
);
