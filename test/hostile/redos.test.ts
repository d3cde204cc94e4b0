/**
 * Inputs built against the regular expressions recheck flagged (scripts/check-regexes.mjs, docs/limits.md):
 * each took seconds per message before the fix. The guard is the growth of the work with the input (sixteen runs on
 * a sixteenth of the input against one on the whole, test/helpers/growth.ts), not a budget in milliseconds that a busy machine
 * breaks.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import { expectNearLinear } from '../helpers/growth.js';

const H = 'To: hanako@example.jp\r\nDate: Mon, 23 Nov 2026 10:00:00 +0900\r\n';
const AMAZON = `From: "Amazon" <a@amazon.co.jp>\r\n${H}`;

/** Each case at a scale n (the count of the repeated run); the figures in the names are those of the check. */
const CASES: Record<string, (n: number) => string> = {
  'a From domain ending in 60,000 dots and a letter': (n) => `From: "Amazon" <a@amazon.co.jp${'.'.repeat(n)}x>\r\n${H}Subject: x\r\n\r\nbody`,
  'a DKIM d= of 60,000 dots and a letter': (n) => `${AMAZON}DKIM-Signature: v=1; d=amazon.co.jp${'.'.repeat(n)}x; s=s; bh=x; b=x\r\nSubject: x\r\n\r\nbody`,
  'a Received host of 60,000 dots': (n) => `${AMAZON}Received: from ${'.'.repeat(n)}x by mx.google.com; Mon, 23 Nov 2026 10:00:00 +0900\r\nSubject: x\r\n\r\nbody`,
  'a Reply-To of 60,000 ">"': (n) => `${AMAZON}Reply-To: a@b${'>'.repeat(n)}x\r\nSubject: x\r\n\r\nbody`,
  'a Sender with 60,000 tabs before a line break': (n) => `${AMAZON}Sender: a@b${'\t'.repeat(n)}x\r\nSubject: x\r\n\r\nbody`,
  'a forwarded block of 300,000 dashes': (n) => `${AMAZON}Subject: Fwd: x\r\n\r\nhello\r\n${'---'.repeat(n * 5 / 3)}s\r\n`,
  'a forwarded From of 30,000 "[mailto:"': (n) => `${AMAZON}Subject: Fwd: x\r\n\r\n-----Original Message-----\r\nFrom: ${'[MAILTO:O'.repeat(n / 2)}\r\nSubject: y\r\n`,
  'text links ending in 100,000 punctuation marks': (n) => `${AMAZON}Subject: x\r\n\r\nhttps://amazon.example/${'!'.repeat(n * 5 / 3)}x www.amazon${'-'.repeat(n * 5 / 3)}x\r\n`,
};

describe('regular expressions that see mail text stay linear', () => {
  for (const [what, text] of Object.entries(CASES)) {
    it(`analyses ${what}, in time that grows no faster than the input`, async () => {
      const bytes = (n: number) => Buffer.from(text(n), 'utf8');
      expect((await analyzeMessage(bytes(60_000))).verdict).not.toBe('error');
      // 16 runs on 3,750 against one on 60,000: as long for linear work, 16 times as long for quadratic.
      await expectNearLinear(bytes, analyzeMessage, 3_750);
    });
  }
});
