/**
 * The library API of amzcheck (the package's entry): everything in src/api.ts, which is what the CLI uses, and
 * the message stage's parsers.
 */
export * from './api.js';
export { parseHeaders, parseMessage } from './message/index.js';
