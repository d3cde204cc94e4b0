import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeFromPath, purposeFromText } from '../../src/checks/links/purpose.js';
import { PURPOSE_PATH_TOKENS, PURPOSE_WORDS, type LinkPurpose } from '../../src/amazon/link-patterns.js';
import { escapeRegExp } from '../../src/util/regexp.js';

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


// The first form of purposeFromText: one Unicode RegExp per purpose, tested in ORDER. The reference.
function wordMatcher(words: readonly string[]): RegExp {
  const latin = (w: string) => /^[\p{Script=Latin}\s'-]+\*?$/u.test(w);
  const whole = words.filter((w) => latin(w) && !w.endsWith('*')).map(escapeRegExp);
  const stems = words.filter((w) => latin(w) && w.endsWith('*')).map((w) => escapeRegExp(w.slice(0, -1)));
  const anywhere = words.filter((w) => !latin(w)).map(escapeRegExp);
  const parts: string[] = [];
  if (whole.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${whole.join('|')})(?![\\p{L}\\p{N}])`);
  if (stems.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})`);
  if (anywhere.length) parts.push(`(?:${anywhere.join('|')})`);
  return new RegExp(parts.join('|'), 'u');
}
const TEXT_MATCHERS = ORDER.map((purpose) => ({ purpose, re: wordMatcher(PURPOSE_WORDS[purpose]) }));
function purposeFromTextByRegExps(text: string): LinkPurpose {
  const t = text.toLowerCase().slice(0, 1000);
  if (!t) return 'other';
  for (const { purpose, re } of TEXT_MATCHERS) if (re.test(t)) return purpose;
  return 'other';
}

const purposeWords = ORDER.flatMap((p) => PURPOSE_WORDS[p]).map((w) => w.replace(/\*$/, ''));
// Around the words: letters and digits of every kind (Latin, accented, Japanese, a letter outside the BMP,
// a lone surrogate), spaces, punctuation, and upper case (the text is lower-cased first: "İ" grows).
const around = fc.constantFrom(' ', '', 'a', 'Z', '1', '-', '_', '.', 'é', 'ñ', 'ー', 'の', '２', '\u{1d400}', '\ud835', '\udc00', 'İ', 'ß', "'", '\n', '😀', 'ing', 's');
const text = fc
  .array(fc.oneof(fc.constantFrom(...purposeWords), fc.constantFrom(...purposeWords).map((w) => w.toUpperCase()), around, fc.string({ maxLength: 3 })), { maxLength: 12 })
  .map((a) => a.join(''));

describe('purposeFromText (one scan over the words)', () => {
  it('equals the RegExp per purpose, tested in order', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (t) => {
        expect(purposeFromText(t)).toBe(purposeFromTextByRegExps(t));
      }),
      { numRuns: 30_000 },
    );
    expect(purposeFromText('x'.repeat(995) + ' login')).toBe(purposeFromTextByRegExps('x'.repeat(995) + ' login')); // cut at 1,000
    expect(purposeFromText('Sign in to your account')).toBe('sign-in');
    expect(purposeFromText('ご注文の確認')).toBe('account');
  });
});
