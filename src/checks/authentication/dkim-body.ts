/**
 * The one DKIM fact that needs no DNS: whether the body still hashes to the signature's bh= value
 * (RFC 6376 section 3.7). A mismatch means the body changed after signing. mailauth canonicalises, so a
 * CRLF-signed mail stored with LF line endings still matches (tech.md 2.2, verified in our tests); mboxrd
 * ">From " unescaping is done by the input stage before this runs.
 */
import { dkimVerify } from 'mailauth';

export interface DkimBodyCheck {
  /** d= of the signature, lower-cased. */
  domain: string;
  selector: string;
  algorithm: string | null;
  /** True when the body hash computed now equals the signed bh= value. */
  bodyIntact: boolean;
  /** bh= as signed. */
  signedBodyHash: string | null;
  /** The body hash of the body as it is now. */
  currentBodyHash: string | null;
}

/** A resolver that knows no records: DKIM then stops at "no key", after the body hash was compared. */
async function noDns(name: string): Promise<never> {
  const err = new Error(`offline: no DNS lookup for ${name}`) as Error & { code: string };
  err.code = 'ENOTFOUND';
  throw err;
}

/** Fields mailauth 4.13.3 returns at run time but leaves out of its .d.ts (tech.md 2.3). */
interface DkimRuntimeResult {
  signingDomain?: string;
  selector?: string;
  algo?: string;
  bodyHash?: string;
  bodyHashExpecting?: string;
}

export async function checkDkimBodies(raw: Buffer): Promise<DkimBodyCheck[]> {
  const verified = await dkimVerify(raw, { resolver: noDns });
  const out: DkimBodyCheck[] = [];
  for (const r of verified.results as unknown as DkimRuntimeResult[]) {
    if (!r.signingDomain) continue; // "message not signed" placeholder
    out.push({
      domain: r.signingDomain.toLowerCase(),
      selector: r.selector ?? '',
      algorithm: r.algo ?? null,
      bodyIntact: r.bodyHash === r.bodyHashExpecting,
      signedBodyHash: r.bodyHashExpecting ?? null,
      currentBodyHash: r.bodyHash ?? null,
    });
  }
  return out;
}
