import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../../src/util/phrase-matcher.js';
import { findPhrase, normalize, phraseWeigher, phraseWeight } from '../../src/checks/security-code/text.js';
import { GENERAL_WORDING, SECURITY_WORDING } from '../../src/amazon/wording.js';

/** Few letters, so that phrases overlap, repeat and sit next to word characters often. */
const unit = fc.constantFrom('a', 'b', 'o', '1', ' ', '-', ':', 'ア', '確', 'é', '\u{1F600}');
const str = (maxLength: number) => fc.array(unit, { maxLength }).map((a) => a.join(''));

describe('compilePhrases (one scan for many phrases)', () => {
  it('finds exactly the phrases findPhrase finds, word rule included', () => {
    fc.assert(
      fc.property(fc.array(str(5), { minLength: 1, maxLength: 12 }), str(60), (phrases, text) => {
        const found = compilePhrases(phrases).find(text);
        phrases.forEach((p, i) => expect([p, found[i] === 1]).toEqual([p, findPhrase(text, p) !== -1]));
      }),
      { numRuns: 3_000 },
    );
  });

  it('handles a phrase inside another, shared suffixes and repeats', () => {
    const m = compilePhrases(['sign in', 'new sign in', 'in', 'otp', 'otp', '']);
    expect([...m.find('a new sign in!')]).toEqual([1, 1, 1, 0, 0, 1]);
    expect([...m.find('hotpot signing')]).toEqual([0, 0, 0, 0, 0, 1]);
    expect([...m.find('your otp: 1')]).toEqual([0, 0, 0, 1, 1, 1]);
  });
});

describe('phraseWeigher (classification scores every wording phrase at once)', () => {
  const phrases = [...SECURITY_WORDING, ...GENERAL_WORDING].flatMap((s) => s.phrases);
  const weigh = phraseWeigher(phrases);
  // Texts made of real phrases (in any case, glued to words or not) and noise.
  const piece = fc.oneof(
    fc.constantFrom(...phrases.map((p) => p.text)).map((t) => t.toUpperCase()),
    fc.constantFrom(...phrases.map((p) => p.text)),
    fc.constantFrom(' ', 'x', '1', '\u200b', '\n', 'Amazon', '。'),
    fc.string({ maxLength: 8 }),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));

  it('gives every phrase the weight phraseWeight gives it', () => {
    fc.assert(
      fc.property(text, text, (subject, body) => {
        const t = { subject: normalize(subject), body: normalize(body), markup: '' }; // as mailText makes them
        const weightOf = weigh(t);
        for (const p of phrases) expect([p.text, weightOf(p)]).toEqual([p.text, phraseWeight(p, t)]);
      }),
      { numRuns: 400 },
    );
  });
});
