/**
 * mailparser, loaded on first use. amzcheck reads nearly every message without it: its own light reader does
 * the full parse (light-parse.ts) and the common address forms are read by addresses.ts. mailparser is needed
 * only for an address header with lists, groups or comments, and for a MIME shape the light reader leaves to
 * it. Loading it costs every thread tens of milliseconds and ~7 MB of RSS (html-to-text, linkify-it and its
 * TLD list, he, punycode...), which a scan of one message, and every worker of a large scan, otherwise pays
 * for nothing.
 *
 * Loaded with require (mailparser ships a CommonJS build beside its ESM one) because the address parser is
 * synchronous; both users go through here, so the process holds one copy of it, never the two builds.
 */
import { createRequire } from 'node:module';

type Mailparser = typeof import('mailparser');

let loaded: Mailparser | null = null;

export function mailparser(): Mailparser {
  loaded ??= createRequire(import.meta.url)('mailparser') as Mailparser;
  return loaded;
}

/** Whether mailparser has been loaded in this thread (for the test that pins the lazy loading). */
export function mailparserLoaded(): boolean {
  return loaded !== null;
}
