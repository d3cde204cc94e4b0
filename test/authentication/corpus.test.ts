/**
 * The real mail in ../shared/corpus (not part of the repository; skipped where it is absent).
 * amazon-legit holds one Gmail-received Amazon order and Amazon employees' mail relayed by kernel.org lists.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeAuthentication, type AuthSummary } from '../../src/checks/authentication/index.js';
import type { Finding } from '../../src/findings.js';
import { messageFromBytes } from './helpers.js';
import { expectKnownMisses } from '../ratchet/known-misses.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const CATEGORIES = ['amazon-legit', 'amazon-phish', 'uncertain', 'other-phish', 'other-ham'];

async function analyzeCategory(category: string): Promise<{ file: string; summary: AuthSummary; findings: Finding[] }[]> {
  const dir = CORPUS + category + '/';
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()) {
    const msg = messageFromBytes(readFileSync(dir + file), file);
    const { summary, findings } = await analyzeAuthentication(msg, { claimsAmazon: category.startsWith('amazon') });
    out.push({ file, summary, findings });
  }
  return out;
}

describe.skipIf(!existsSync(CORPUS))('shared corpus', () => {
  test('every amazon-legit file is recognised as authenticated Amazon, but for the listed misses', async () => {
    const legit = await analyzeCategory('amazon-legit');
    expect(legit.length).toBeGreaterThan(0);
    expectKnownMisses(
      'authentication/amazon-legit-authenticated',
      legit
        .filter((m) => !m.summary.amazonAuthenticated)
        .map((m) => ({ file: `amazon-legit/${m.file}`, what: 'not authenticated as Amazon', verdict: `trust basis ${m.summary.trustBasis}` })),
    );
  });

  test('kernel-list mail from Amazon employees is trusted through the list that received it (its results, or its relay\'s spam filter)', async () => {
    const legit = await analyzeCategory('amazon-legit');
    const viaList = legit.filter((m) => m.summary.trustBasis === 'mailing-list');
    expect(viaList.length).toBeGreaterThan(0);
    for (const m of viaList) {
      expect(m.summary.trustedAuthservIds.every((id) => ['smtp.subspace.kernel.org', 'lindbergh.monkeyblade.net (SpamAssassin)'].includes(id))).toBe(true);
    }
  });

  test('no file outside amazon-legit is recognised as authenticated Amazon', async () => {
    for (const category of CATEGORIES.filter((c) => c !== 'amazon-legit')) {
      for (const m of await analyzeCategory(category)) {
        expect({ file: `${category}/${m.file}`, amazon: m.summary.amazonAuthenticated }).toEqual({ file: `${category}/${m.file}`, amazon: false });
      }
    }
  });

  test('phishing with an exact Amazon From domain is never left without an authentication finding', async () => {
    for (const m of await analyzeCategory('amazon-phish')) {
      if (m.summary.fromDomain === null || !/(^|\.)amazon\.(com|co\.jp|de)$/.test(m.summary.fromDomain)) continue;
      const codes = m.findings.map((f) => f.code);
      expect(codes.some((c) => ['auth.amazon-dmarc-fail', 'auth.amazon-not-authenticated', 'auth.amazon-unverified'].includes(c))).toBe(true);
    }
  });
});
