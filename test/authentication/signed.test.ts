/**
 * Messages signed in the test with generated keys (RSA and Ed25519, mailauth's dkimSign), keys served by a
 * stub resolver: the offline body-hash check and the --online re-verification (docs/sources.md#mailauth-offline).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import crypto from 'node:crypto';
import { dkimSign, sealMessage, authenticate } from 'mailauth';
import { analyzeAuthentication, closeAuthentication } from '../../src/checks/authentication/index.js';
import { messageFromBytes } from './helpers.js';

const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const ed = crypto.generateKeyPairSync('ed25519');
const rsaPrivate = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const edPrivate = ed.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const rsaPublic = rsa.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
// RFC 8463: p= is the raw 32-byte Ed25519 key, the tail of the SPKI DER.
const edPublic = ed.publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64');

type Zone = Record<string, string[][]>;
const baseZone = (dmarc = 'v=DMARC1; p=quarantine; adkim=r; aspf=r'): Zone => ({
  'TXT rsa._domainkey.amazon.co.jp': [[`v=DKIM1; k=rsa; p=${rsaPublic}`]],
  'TXT ed._domainkey.amazon.co.jp': [[`v=DKIM1; k=ed25519; p=${edPublic}`]],
  'TXT arc._domainkey.relay.example.net': [[`v=DKIM1; k=rsa; p=${rsaPublic}`]],
  'TXT bounces.amazon.co.jp': [['v=spf1 ip4:54.240.27.0/24 -all']],
  'TXT _dmarc.amazon.co.jp': [[dmarc]],
});

function stubResolver(zone: Zone) {
  const queries: string[] = [];
  const resolver = async (name: string, rrtype: string) => {
    const key = `${rrtype} ${name.toLowerCase()}`;
    queries.push(key);
    if (zone[key]) return zone[key];
    throw Object.assign(new Error(`stub: ${key} not found`), { code: 'ENOTFOUND' });
  };
  return { resolver, queries };
}

const BODY = 'ご注文の商品を発送しました。\r\nFrom the team:\r\n  trailing spaces   \r\n';

function mail(from = '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>', body = BODY): string {
  return [
    `From: ${from}`,
    'To: hanako@example.jp',
    'Subject: =?UTF-8?B?55m66YCB44Gu44GK55+l44KJ44Gb?=',
    'Date: Mon, 23 Nov 2026 18:00:00 +0900',
    'Message-ID: <1@amazon.co.jp>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    body,
  ].join('\r\n');
}

/** The receiving MTA's own lines (it wrote no Authentication-Results): where --online takes IP and MAIL FROM. */
function delivered(message: string, ip = '54.240.27.1'): string {
  return [
    'Return-Path: <20261123abc@bounces.amazon.co.jp>',
    `Received: from a27-1.smtp-out.us-west-2.amazonses.com (a27-1.smtp-out.us-west-2.amazonses.com [${ip}])`,
    '\tby mx.example.jp (Postfix) with ESMTPS id 4Xyz; Mon, 23 Nov 2026 18:00:03 +0900 (JST)',
    message,
  ].join('\r\n');
}

/**
 * t= for every signature and seal made here. Without signTime, mailauth 4.13.3 (lib/tools.js
 * formatSignatureHeaderLine) fills t= with Math.round(Date.now() / 1000) each time it formats the header: once
 * for the data it signs, once more for the header it returns. When the clock passes a half second between the
 * two (more likely on a loaded machine), the header carries a t= that was not signed: "bad signature".
 */
const SIGN_TIME = new Date('2026-11-23T09:00:01Z');

async function sign(message: string, selectors: ('rsa' | 'ed')[] = ['rsa'], domain = 'amazon.co.jp'): Promise<string> {
  const options = {
    canonicalization: 'relaxed/relaxed',
    signTime: SIGN_TIME,
    signatureData: selectors.map((s) => ({
      signingDomain: domain,
      selector: s,
      privateKey: s === 'rsa' ? rsaPrivate : edPrivate,
      algorithm: s === 'rsa' ? 'rsa-sha256' : 'ed25519-sha256',
    })),
  };
  // mailauth 4.13.3's .d.ts marks the top-level key fields required, but the signer reads only signatureData.
  const { signatures, errors } = await dkimSign(message, options as unknown as Parameters<typeof dkimSign>[1]);
  expect(errors).toEqual([]);
  return signatures + message;
}

const offline = (raw: string, claimsAmazon = true) => analyzeAuthentication(messageFromBytes(raw), { claimsAmazon });
const online = (raw: string, zone: Zone = baseZone()) =>
  analyzeAuthentication(messageFromBytes(raw), { claimsAmazon: true, online: true, resolver: stubResolver(zone).resolver });
const recomputed = (summary: { results: { method: string; result: string; source: string }[] }, method: string) =>
  summary.results.filter((r) => r.source === 'recomputed' && r.method === method).map((r) => r.result);
const codes = (findings: { code: string }[]) => findings.map((f) => f.code).sort();

afterEach(async () => {
  await closeAuthentication();
});

describe('offline DKIM body check (no DNS)', () => {
  test('an intact signed body matches its bh= for RSA and Ed25519 signatures', async () => {
    const { summary, findings } = await offline(await sign(mail(), ['rsa', 'ed']));
    expect(summary.dkimBodies).toEqual([
      { domain: 'amazon.co.jp', selector: 'rsa', bodyIntact: true },
      { domain: 'amazon.co.jp', selector: 'ed', bodyIntact: true },
    ]);
    expect(codes(findings)).not.toContain('auth.dkim-body-modified');
  });

  test('a body changed after signing is reported when the mail arrived and nothing on the receiving side explains it', async () => {
    const signed = await sign(mail());
    const { summary, findings } = await offline(delivered(signed.replace('発送しました', '保留しました')));
    expect(summary.dkimBodies[0].bodyIntact).toBe(false);
    const f = findings.find((x) => x.code === 'auth.dkim-body-modified');
    expect(f?.evidence).toMatchObject({ domain: 'amazon.co.jp', selector: 'rsa' });
  });

  test('the same change in a copy without any Received header is a saved copy, not evidence', async () => {
    const signed = await sign(mail());
    const { findings } = await offline(signed.replace('発送しました', '保留しました'));
    expect(codes(findings)).not.toContain('auth.dkim-body-modified');
    expect(findings.find((x) => x.code === 'auth.rewritten-in-transit')?.evidence).toMatchObject({ domain: 'amazon.co.jp', kind: 'saved-copy' });
    expect(codes(findings)).toContain('auth.copy-without-delivery-headers');
  });

  test('a changed header is not a body change', async () => {
    const signed = await sign(mail());
    const { summary } = await offline(signed.replace(/^Subject: .*$/m, 'Subject: urgent'));
    expect(summary.dkimBodies[0].bodyIntact).toBe(true);
  });

  test('CRLF stored as LF (mbox storage) does not count as a change', async () => {
    const signed = await sign(mail());
    const { summary } = await offline(signed.replace(/\r\n/g, '\n'));
    expect(summary.dkimBodies[0].bodyIntact).toBe(true);
  });

  test('an mboxrd ">From " left escaped does count: the input stage must unescape first', async () => {
    const signed = await sign(mail());
    const { summary } = await offline(signed.replace(/\r\n/g, '\n').replace('\nFrom the team', '\n>From the team'));
    expect(summary.dkimBodies[0].bodyIntact).toBe(false);
  });

  test('the body check does not run for mail that neither claims Amazon nor carries an Amazon d=', async () => {
    const signed = await sign(mail('"Shop" <news@shop.example>'), ['rsa'], 'shop.example');
    const { summary } = await offline(signed, false);
    expect(summary.dkimBodies).toEqual([]);
  });

  test('offline, a signed Amazon mail without receiver results is "could not verify"', async () => {
    const { summary, findings } = await offline(delivered(await sign(mail())));
    expect(summary.amazonAuthenticated).toBe(false);
    expect(summary.recomputed).toBe(false);
    expect(codes(findings)).toEqual(['auth.amazon-unverified']);
  });
});

describe('--online re-verification (stub resolver)', () => {
  test('RSA signature, IP in the SPF range: dkim, spf and dmarc pass, authenticated Amazon', async () => {
    const { summary, findings } = await online(delivered(await sign(mail(), ['rsa'])));
    expect(recomputed(summary, 'dkim')).toEqual(['pass']);
    expect(recomputed(summary, 'spf')).toEqual(['pass']);
    expect(recomputed(summary, 'dmarc')).toEqual(['pass']);
    expect(summary).toMatchObject({ recomputed: true, amazonAuthenticated: true, hasTrustedResults: false });
    const ok = findings.find((f) => f.code === 'auth.amazon-authenticated');
    expect(ok?.evidence.verifiedBy).toEqual(['amzcheck --online']);
  });

  test('Ed25519 signature: dkim pass', async () => {
    const { summary } = await online(await sign(mail(), ['ed']));
    expect(recomputed(summary, 'dkim')).toEqual(['pass']);
    expect(summary.amazonAuthenticated).toBe(true);
  });

  test('body changed: the signature no longer passes', async () => {
    const signed = await sign(mail());
    const { summary } = await online(signed.replace('発送しました', '保留しました'));
    expect(recomputed(summary, 'dkim')).not.toContain('pass');
    expect(summary.amazonAuthenticated).toBe(false);
  });

  test('header changed: dkim fail', async () => {
    const signed = await sign(mail());
    const { summary } = await online(signed.replace(/^Subject: .*$/m, 'Subject: urgent'));
    expect(recomputed(summary, 'dkim')).toEqual(['fail']);
  });

  test('unsigned, sent from outside the SPF range: spf fail, dmarc fail, the spoof finding', async () => {
    const { summary, findings } = await online(delivered(mail(), '198.51.100.7'));
    expect(recomputed(summary, 'spf')).toEqual(['fail']);
    expect(recomputed(summary, 'dmarc')).toEqual(['fail']);
    const spoof = findings.find((f) => f.code === 'auth.amazon-dmarc-fail');
    expect(spoof?.evidence).toMatchObject({ method: 'dmarc', verifiedBy: 'amzcheck --online' });
  });

  test('relaxed alignment: d=amazon.co.jp authenticates From marketplace.amazon.co.jp', async () => {
    const signed = await sign(mail('"Amazon" <seller@marketplace.amazon.co.jp>'));
    const { summary } = await online(signed, baseZone('v=DMARC1; p=quarantine; adkim=r'));
    const dkim = summary.results.find((r) => r.method === 'dkim');
    expect(dkim).toMatchObject({ result: 'pass', aligned: true, alignedStrict: false });
    expect(recomputed(summary, 'dmarc')).toEqual(['pass']);
    expect(summary.amazonAuthenticated).toBe(true);
  });

  test('strict alignment (adkim=s): the same signature fails DMARC and does not authenticate', async () => {
    const signed = await sign(mail('"Amazon" <seller@marketplace.amazon.co.jp>'));
    const { summary, findings } = await online(signed, baseZone('v=DMARC1; p=quarantine; adkim=s; aspf=s'));
    expect(recomputed(summary, 'dkim')).toEqual(['pass']);
    expect(recomputed(summary, 'dmarc')).toEqual(['fail']);
    expect(summary.amazonAuthenticated).toBe(false);
    expect(codes(findings)).toContain('auth.amazon-dmarc-fail');
  });

  test('signatures and seals made while the clock moves still verify (the helpers fix t=)', async () => {
    // A clock a second further on at each reading: mailauth's default t= would differ between the header it
    // signs and the header it writes (the rare "relaxed alignment" failure: dkim fail, so dmarc fail).
    let readings = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => SIGN_TIME.getTime() + 1000 * readings++);
    let signed: string;
    let sealed: string;
    try {
      signed = await sign(mail('"Amazon" <seller@marketplace.amazon.co.jp>'));
      sealed = await arcSealed(await sign(mail()));
    } finally {
      clock.mockRestore();
    }
    expect(readings).toBeGreaterThan(1);
    const { summary } = await online(signed, baseZone('v=DMARC1; p=quarantine; adkim=r'));
    expect(recomputed(summary, 'dkim')).toEqual(['pass']);
    expect(recomputed(summary, 'dmarc')).toEqual(['pass']);
    expect(recomputed((await online(sealed)).summary, 'arc')).toEqual(['pass']);
  });

  test('ARC: a chain sealed by a relay verifies (arc pass)', async () => {
    const sealed = await arcSealed(await sign(mail()));
    const { summary } = await online(sealed);
    expect(recomputed(summary, 'arc')).toEqual(['pass']);
  });

  test('ARC: a body changed after sealing breaks the chain (arc fail)', async () => {
    const sealed = await arcSealed(await sign(mail()));
    const { summary } = await online(sealed.replace('発送しました', '保留しました'));
    expect(recomputed(summary, 'arc')).toEqual(['fail']);
  });
});

/** Seal like a forwarding relay would (docs/sources.md#mailauth-offline): authenticate, then add an ARC set. */
async function arcSealed(message: string): Promise<string> {
  const { resolver } = stubResolver(baseZone());
  const first = await authenticate(message, { resolver, ip: '54.240.27.1', helo: 'a27-1.smtp-out.us-west-2.amazonses.com', sender: 'x@bounces.amazon.co.jp', mta: 'relay.example.net', disableBimi: true });
  const seal = await sealMessage(message, {
    signingDomain: 'relay.example.net',
    selector: 'arc',
    privateKey: rsaPrivate,
    signTime: SIGN_TIME,
    authResults: first.arc ? (first.arc as { authResults?: string }).authResults : undefined,
    cv: first.arc ? first.arc.status.result : 'none',
  } as Parameters<typeof sealMessage>[1]);
  return seal.toString() + message;
}
