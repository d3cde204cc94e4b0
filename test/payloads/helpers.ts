/** Scan fixtures/payloads/ files with the default scan and with --deep, for the issue 21 tests. */
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { scan } from '../../src/index.js';
import type { MessageReport } from '../../src/report/model.js';

export const PAYLOADS = fileURLToPath(new URL('../../fixtures/payloads/', import.meta.url));

export function payload(name: string): string {
  return join(PAYLOADS, name);
}

/** The report entries of one fixture, default and --deep; the two must give the same verdicts. */
export async function scanBoth(name: string): Promise<MessageReport[]> {
  const [fast, deep] = await Promise.all([scan([payload(name)], { lang: 'en' }), scan([payload(name)], { deep: true, lang: 'en' })]);
  expect(fast.messages.map((m) => m.verdict)).toEqual(deep.messages.map((m) => m.verdict));
  return fast.messages;
}

export function codes(m: MessageReport): string[] {
  return m.findings.map((f) => f.code);
}
