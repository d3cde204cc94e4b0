/**
 * The one DKIM fact that needs no DNS: whether the body still hashes to the signature's bh= value
 * (RFC 6376 section 3.7). A mismatch means the body changed after signing. mailauth canonicalises, so a
 * CRLF-signed mail stored with LF line endings still matches (tech.md 2.2, verified in our tests); mboxrd
 * ">From " unescaping is done by the input stage before this runs.
 */
import { dkimVerify } from 'mailauth';
import { readHeaderBlock } from '../../message/header-block.js';

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

/**
 * The body hash needs only the DKIM-Signature fields and the body. mailauth 4.13.3 joins folded header lines
 * with a quadratic loop (lib/tools.js parseHeaders: Array.concat per continuation line), so a hostile header
 * block of 20,000 folded lines cost 0.7 s and 30,000 lines 3 s per message (found by test/hostile/fuzz).
 * Handing it only the signatures, already unfolded by our linear header pass, keeps the cost linear; the
 * header hash it then computes is meaningless, but offline it is never compared (no key is fetched).
 */
function bodyHashInput(raw: Buffer): Buffer {
  const block = readHeaderBlock(raw);
  const signatures = block.fields.filter((f) => f.name === 'dkim-signature');
  const eol = raw.subarray(0, block.bodyOffset).includes('\r\n') ? '\r\n' : '\n';
  const head = signatures.map((f) => `DKIM-Signature: ${f.value}${eol}`).join('') + eol;
  return Buffer.concat([Buffer.from(head, 'latin1'), raw.subarray(block.bodyOffset)]);
}

export async function checkDkimBodies(raw: Buffer): Promise<DkimBodyCheck[]> {
  const verified = await dkimVerify(bodyHashInput(raw), { resolver: noDns });
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
