import type { Evidence } from '../../findings.js';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** The words for one finding code in one language. */
export interface CodeText {
  /** A short headline, e.g. "Sender domain imitates amazon.co.jp". */
  title: string;
  /** One or two sentences built from the finding's evidence. Never include a security code unmasked. */
  message: (e: Evidence) => string;
  /** For `amzcheck explain`: what this finding means and why it matters. */
  explain: string;
}

/** Text for every code of one concern, both languages side by side. */
export type CodeTexts<C extends string> = { readonly [K in C]: Readonly<Record<Lang, CodeText>> };

/** Read a string value out of evidence for interpolation ("" when absent). */
export function ev(e: Evidence, key: string): string {
  const v = e[key];
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** An ISO date from evidence as "2026-11-23 01:02 UTC": short, unambiguous, the same in both languages. */
export function when(e: Evidence, key: string): string {
  const v = ev(e, key);
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v) ? v.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : v;
}
