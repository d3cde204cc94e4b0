import type { EvidenceByCode, EvidenceValue, FindingCode } from '../../findings.js';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** The words for one finding code in one language. */
export interface CodeText<C extends FindingCode = FindingCode> {
  /** A short headline, e.g. "Sender domain imitates amazon.co.jp". */
  title: string;
  /**
   * One or two sentences built from the finding's evidence, read as typed fields (`e.host`): a key the code
   * does not declare (a codes.ts beside its check) fails the type check. Never include a security code unmasked.
   */
  message: (e: EvidenceByCode[C]) => string;
  /** For `amzcheck explain`: what this finding means and why it matters. */
  explain: string;
}

/** Text for every code of one concern, both languages side by side. */
export type CodeTexts<C extends FindingCode> = { readonly [K in C]: Readonly<Record<Lang, CodeText<K>>> };

/**
 * An evidence value as text for interpolation: a list joined with ", ", null or absent as "". The texts read
 * typed fields (`str(e.host)`) and still cope with a field that is absent (lists read as empty).
 */
export function str(v: EvidenceValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : Array.isArray(v) ? v.join(', ') : String(v);
}

/** An ISO date from evidence as "2026-11-23 01:02 UTC": short, unambiguous, the same in both languages. */
export function when(value: string | undefined): string {
  const v = str(value);
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v) ? v.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : v;
}
