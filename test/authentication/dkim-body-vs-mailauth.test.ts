/**
 * Our offline body hash agrees with mailauth's on the same messages: simple and relaxed bodies, trailing
 * blank lines and white space, LF storage of a CRLF-signed mail, l= and an empty body.
 */
import { describe, expect, test } from 'vitest';
import crypto from 'node:crypto';
import fc from 'fast-check';
import { dkimSign, dkimVerify } from 'mailauth';
import { checkDkimBodies } from '../../src/checks/authentication/dkim-body.js';

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const noDns = async () => {
  throw Object.assign(new Error('offline'), { code: 'ENOTFOUND' });
};

async function sign(body: string, canonicalization: string): Promise<string> {
  const message = `From: a@amazon.com\r\nTo: b@example.com\r\nSubject: s\r\n\r\n${body}`;
  const options = { canonicalization, signatureData: [{ signingDomain: 'amazon.com', selector: 's', privateKey: key, algorithm: 'rsa-sha256' }] };
  const { signatures } = await dkimSign(message, options as unknown as Parameters<typeof dkimSign>[1]);
  return signatures + message;
}

async function mailauthBodyHash(mail: string): Promise<{ bodyHash?: string; bodyHashExpecting?: string }> {
  const r = await dkimVerify(Buffer.from(mail, 'latin1'), { resolver: noDns });
  return r.results[0] as unknown as { bodyHash?: string; bodyHashExpecting?: string };
}

describe('offline DKIM body hash', () => {
  const bodies = ['Hello\r\n', 'a  b \t c  \r\n\r\n\r\n', '', '\r\n\r\n', 'no final newline', 'tab\tinside\r\n  leading\r\n'];
  for (const canon of ['simple/simple', 'relaxed/relaxed', 'relaxed/simple', 'simple/relaxed']) {
    test(`equals mailauth for ${canon} bodies`, async () => {
      for (const body of bodies) {
        const mail = await sign(body, canon);
        const [ours] = await checkDkimBodies(Buffer.from(mail, 'latin1'));
        const theirs = await mailauthBodyHash(mail);
        expect({ body, hash: ours!.currentBodyHash }).toEqual({ body, hash: theirs.bodyHash });
        expect(ours!.bodyIntact).toBe(true);
      }
    });
  }

  test('a CRLF-signed mail stored with LF line ends is intact; a changed body is not', async () => {
    const mail = await sign('Your order has shipped.\r\nThanks\r\n', 'relaxed/relaxed');
    expect((await checkDkimBodies(Buffer.from(mail.replace(/\r\n/g, '\n'))))[0]!.bodyIntact).toBe(true);
    expect((await checkDkimBodies(Buffer.from(mail.replace('shipped', 'been held'))))[0]!.bodyIntact).toBe(false);
  });

  test('property: for any text body, the same hash as mailauth', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e\t\n]/g, 'x').replace(/\n/g, '\r\n')), fc.constantFrom('simple/simple', 'relaxed/relaxed'), async (body, canon) => {
        const mail = await sign(body, canon);
        const [ours] = await checkDkimBodies(Buffer.from(mail, 'latin1'));
        expect(ours!.currentBodyHash).toBe((await mailauthBodyHash(mail)).bodyHash);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
