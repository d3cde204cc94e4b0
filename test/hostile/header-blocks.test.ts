import crypto from 'node:crypto';
import { dkimSign } from 'mailauth';
import { describe, expect, it } from 'vitest';
import { checkDkimBodies } from '../../src/checks/authentication/dkim-body.js';
import { analyzeMessage } from '../../src/index.js';
import { expectNearLinear } from '../helpers/growth.js';

const key = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

async function signed(body: string): Promise<string> {
  const message = [
    'From: "Amazon.co.jp" <account-update@amazon.co.jp>',
    'To: hanako@example.jp',
    'Subject: Sign-in code',
    'Date: Mon, 23 Nov 2026 18:00:00 +0900',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    body,
  ].join('\r\n');
  const options = { canonicalization: 'relaxed/relaxed', signatureData: [{ signingDomain: 'amazon.co.jp', selector: 's', privateKey: key, algorithm: 'rsa-sha256' }] };
  const { signatures } = await dkimSign(message, options as unknown as Parameters<typeof dkimSign>[1]);
  return signatures + message;
}

/** 30,000 folded lines in front of the message: what made mailauth's header parser quadratic. */
const folded = (message: string, lines = 30_000) => Buffer.from(`X-Junk: start\r\n${' folded amazon.co.jp\r\n'.repeat(lines)}${message}`, 'latin1');

describe('header blocks made to be slow', () => {
  it('checks a DKIM body hash behind 30,000 folded header lines in linear time', async () => {
    // This input took 3 s in mailauth's header parser before the body check got only the signatures.
    const message = await signed('Your code is 123456.\r\n');
    expect((await analyzeMessage(folded(message))).verdict).not.toBe('error');
    await expectNearLinear((lines) => folded(message, lines), analyzeMessage, 2_000);
  });

  it('still sees an intact body as intact behind a huge header block', async () => {
    const checks = await checkDkimBodies(folded(await signed('Your code is 123456.\r\n')));
    expect(checks.map((c) => c.bodyIntact)).toEqual([true]);
  });

  it('still sees a body changed after signing behind a huge header block', async () => {
    const tampered = (await signed('Your code is 123456.\r\n')).replace('Your code', 'Call +1-800-000-0000. Your code');
    const checks = await checkDkimBodies(folded(tampered));
    expect(checks.map((c) => c.bodyIntact)).toEqual([false]);
  });
});
