import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeFromPath } from '../../src/checks/links/purpose.js';
import { PURPOSE_PATH_TOKENS, type LinkPurpose } from '../../src/amazon/link-patterns.js';

const ORDER = ['password-reset', 'sign-in', 'payment', 'account', 'order'] as const;

// The first form of purposeFromPath: token sets, asked purpose by purpose in ORDER. The reference.
function purposeFromPathBySets(path: string): LinkPurpose {
  if (!path || path === '/') return 'other';
  const lower = path.toLowerCase();
  const tokens = new Set([...lower.split(/[^a-z0-9]+/), ...lower.split(/[^a-z0-9-]+/)].filter(Boolean));
  for (const purpose of ORDER) {
    if (PURPOSE_PATH_TOKENS[purpose].some((w) => tokens.has(w))) return purpose;
  }
  return 'other';
}

const pathTokens = ORDER.flatMap((p) => PURPOSE_PATH_TOKENS[p]);
const path = fc
  .array(fc.oneof(fc.constantFrom(...pathTokens), fc.constantFrom('/', '-', '_', '.', 'x', '1', 'A', 'İ', '?', ''), fc.string({ maxLength: 4 })), { maxLength: 10 })
  .map((a) => a.join(''));

describe('purposeFromPath (one scan, token ranks)', () => {
  it('equals asking token sets purpose by purpose', () => {
    fc.assert(
      fc.property(fc.oneof(path, path.map((p) => p.toUpperCase()), fc.string()), (p) => {
        expect(purposeFromPath(p)).toBe(purposeFromPathBySets(p));
      }),
      { numRuns: 5_000 },
    );
  });
});

