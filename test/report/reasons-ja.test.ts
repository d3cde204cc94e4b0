/** Every reason the input stage can give for an unreadable input has its Japanese. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { localizeReason, TRANSLATED_REASONS } from '../../src/report/text/cli.js';
import { tooLargeReason } from '../../src/input/mbox.js';
import { SKIPPED_FILE_REASONS } from '../../src/input/types.js';

const INPUT = new URL('../../src/input/', import.meta.url);

/** The reason strings written as literals in src/input (reason: '...', emptyReason: '...'). */
function literalReasons(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(INPUT).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(new URL(f, INPUT), 'utf8');
    for (const m of src.matchAll(/[rR]eason: '((?:[^'\\]|\\.)+)'/g)) out.push(m[1]!.replace(/\\'/g, "'"));
  }
  // A skipped file's reason is a code (input/types.ts), worded by ui.skippedFileReason in both languages.
  return out.filter((r) => !(SKIPPED_FILE_REASONS as readonly string[]).includes(r));
}

describe('reasons in Japanese', () => {
  const reasons = literalReasons();
  test('the input stage has reasons to translate', () => {
    expect(reasons.length).toBeGreaterThan(5);
  });
  test.each(reasons)('%s', (reason) => {
    expect(TRANSLATED_REASONS.some((re) => re.test(reason))).toBe(true);
    expect(localizeReason(reason, 'ja')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(localizeReason(reason, 'en')).toBe(reason);
  });
  test('templated reasons and the operating system wording', () => {
    expect(localizeReason(tooLargeReason(300, 200), 'ja')).toBe('メールが大きすぎます（300 バイト。上限は 200 バイト）');
    expect(localizeReason('no such file or directory', 'ja')).toBe('ファイルまたはフォルダーが見つかりません');
    expect(localizeReason('something new', 'ja')).toBe('something new');
  });
});
