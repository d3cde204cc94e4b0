/**
 * Inputs built against the regular expressions recheck flagged (scripts/check-regexes.mjs, docs/limits.md):
 * each took seconds per message before the fix; every message must now take milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const H = 'To: hanako@example.jp\r\nDate: Mon, 23 Nov 2026 10:00:00 +0900\r\n';
const AMAZON = `From: "Amazon" <a@amazon.co.jp>\r\n${H}`;

const CASES: Record<string, string> = {
  'a From domain ending in 60,000 dots and a letter': `From: "Amazon" <a@amazon.co.jp${'.'.repeat(60_000)}x>\r\n${H}Subject: x\r\n\r\nbody`,
  'a DKIM d= of 60,000 dots and a letter': `${AMAZON}DKIM-Signature: v=1; d=amazon.co.jp${'.'.repeat(60_000)}x; s=s; bh=x; b=x\r\nSubject: x\r\n\r\nbody`,
  'a Received host of 60,000 dots': `${AMAZON}Received: from ${'.'.repeat(60_000)}x by mx.google.com; Mon, 23 Nov 2026 10:00:00 +0900\r\nSubject: x\r\n\r\nbody`,
  'a Reply-To of 60,000 ">"': `${AMAZON}Reply-To: a@b${'>'.repeat(60_000)}x\r\nSubject: x\r\n\r\nbody`,
  'a Sender with 60,000 tabs before a line break': `${AMAZON}Sender: a@b${'\t'.repeat(60_000)}x\r\nSubject: x\r\n\r\nbody`,
  'a forwarded block of 300,000 dashes': `${AMAZON}Subject: Fwd: x\r\n\r\nhello\r\n${'---'.repeat(100_000)}s\r\n`,
  'a forwarded From of 30,000 "[mailto:"': `${AMAZON}Subject: Fwd: x\r\n\r\n-----Original Message-----\r\nFrom: ${'[MAILTO:O'.repeat(30_000)}\r\nSubject: y\r\n`,
  'text links ending in 100,000 punctuation marks': `${AMAZON}Subject: x\r\n\r\nhttps://amazon.example/${'!'.repeat(100_000)}x www.amazon${'-'.repeat(100_000)}x\r\n`,
};

describe('regular expressions that see mail text stay linear', () => {
  for (const [what, text] of Object.entries(CASES)) {
    it(`analyses ${what} in well under a second`, async () => {
      const started = performance.now();
      const report = await analyzeMessage(Buffer.from(text, 'utf8'));
      expect(performance.now() - started).toBeLessThan(500);
      expect(report.verdict).not.toBe('error');
    });
  }
});
