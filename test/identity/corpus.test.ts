/**
 * The real mail of ../shared/corpus (not written by us, see its SOURCES.md): every Amazon phish is related,
 * every one whose sender impersonates Amazon gets a sender finding, and no genuine mail gets one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMessage } from '../../src/message/index.js';
import { analyzeAuthentication } from '../../src/checks/authentication/index.js';
import { detectAmazonClaim } from '../../src/identity/claim.js';
import { checkSender } from '../../src/checks/sender/index.js';
import { forwardedOriginalOf } from '../../src/message/forwarded.js';
import { forwardedSenderFindings } from '../../src/pipeline/analyze.js';
import { claimInputOf } from './helpers.js';
import { expectKnownMisses } from '../ratchet/known-misses.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

/**
 * Amazon phish whose sender does not impersonate Amazon, each for a reason visible in its headers:
 * forwarded by the collector or victim (the outer sender is the forwarder, and the original's sender names
 * something else), a sender that names something else with Amazon only in subject or body, another brand
 * spoofed, and a list rewrite that lost the original. The content check judges these (issue 20): the class
 * that makes each phishing is in its comment.
 */
const SENDER_NOT_AN_AMAZON_IMPERSONATION = new Set([
  'pp-sample-1201.eml', // Fwd from the victim's hotmail.com address
  'pp-sample-748.eml', // Fw from phishing@pot (the collector)
  'pp-sample-1837.eml', // Fw from phishing@pot (the collector)
  'pp-sample-1941.eml', // "Orders Received" <…@kha4sla.careva.com.br>, Amazon only in subject/body
  'pp-sample-7204.eml', // "Notify Activity" <…@transbizzsolutions.com>, Amazon only in the body
  'pp-sample-5343.eml', // "Dear customer" <…@gmail.com>, Amazon only in the body
  'nvdimm-848d9135.eml', // "myinfo" <postmaster@rakuten.co.jp>: spoofs Rakuten, Amazon only in subject
  'osst-2d4265b6.eml', // "osst-users--- via Osst-users", Reply-To the list itself: original sender lost
  'pp-sample-2144.eml', // "Team Support Center" <…@jicsolo.com>, Amazon only in the subject (in Cyrillic letters)
  'pp-sample-2876.eml', // "Pago rechazado" <support@hrkgame.com>, Amazon Prime only in subject and body
  'pp-sample-2941.eml', // "Customer Account Service" <…@elitemotherlandtours.com>, Prime only in subject and PDF
  'pp-sample-865.eml', // "cscsfgdtr" <notifications@contact.bandsintown.com>: a hijacked sender, Amazon only in subject
  'pp-sample-871.eml', // the same hijacked bandsintown.com sender, Amazon Prime only in the subject
]);

async function analyse(file: string) {
  const raw = { bytes: readFileSync(file), location: { file, index: 1, offset: 0 }, envelope: { format: 'eml' as const } };
  const msg = await parseMessage(raw);
  const claim = detectAmazonClaim(claimInputOf(msg, msg.text));
  const auth = await analyzeAuthentication(msg, { claimsAmazon: claim.related });
  // A forward's original sender is judged from the forwarded block, as the pipeline does (pp-sample-2288: "Ρrime").
  const original = forwardedOriginalOf(msg);
  const forwarded = original
    ? forwardedSenderFindings(msg, original, detectAmazonClaim({ fromName: original.from.map((a) => a.name), addresses: original.from.map((a) => a.address), subject: original.subject }))
        .filter((f) => f.code !== 'content.forwarded-original')
    : [];
  return { claim, findings: [...checkSender(msg, claim, auth.summary), ...forwarded] };
}

function files(category: string): string[] {
  return readdirSync(join(CORPUS, category)).filter((f) => f.endsWith('.eml'));
}

describe.skipIf(!existsSync(CORPUS))('identity on the shared corpus', () => {
  test('every amazon-phish file is Amazon-related, but for the listed misses', async () => {
    const unrelated: string[] = [];
    for (const f of files('amazon-phish')) if (!(await analyse(join(CORPUS, 'amazon-phish', f))).claim.related) unrelated.push(f);
    expectKnownMisses(
      'identity/amazon-phish-related',
      unrelated.map((f) => ({ file: `amazon-phish/${f}`, what: 'not Amazon-related', verdict: 'unrelated' })),
    );
  });

  test('every amazon-phish file whose sender impersonates Amazon gets a sender finding, but for the listed misses', async () => {
    const missed: string[] = [];
    for (const f of files('amazon-phish')) {
      if (SENDER_NOT_AN_AMAZON_IMPERSONATION.has(f)) continue;
      if ((await analyse(join(CORPUS, 'amazon-phish', f))).findings.length === 0) missed.push(f);
    }
    expectKnownMisses(
      'identity/amazon-phish-sender-finding',
      missed.map((f) => ({ file: `amazon-phish/${f}`, what: 'no sender finding', verdict: 'none' })),
    );
  });

  test.each(['amazon-legit', 'other-ham'])('no %s file gets a sender finding', async (category) => {
    const flagged: string[] = [];
    for (const f of files(category)) {
      const { findings } = await analyse(join(CORPUS, category, f));
      if (findings.length > 0) flagged.push(`${f}: ${findings.map((x) => x.code).join(', ')}`);
    }
    expect(flagged).toEqual([]);
  });
});
