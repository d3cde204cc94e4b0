/**
 * Every message of the project's fixtures and of ../shared/corpus (mbox files split by the real reader), for
 * the tests that prove a fast path of the header pass or the prefilter equal to the form it replaced.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/input/index.js';
import type { RawMessage } from '../../src/input/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = join(ROOT, '../shared/corpus');

export async function realMessages(): Promise<RawMessage[]> {
  const paths = [join(ROOT, 'fixtures'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const out: RawMessage[] = [];
  for await (const ev of readInputs(paths)) if (ev.type === 'message') out.push(ev.message);
  return out;
}
