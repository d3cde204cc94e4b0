/**
 * Damaged mail read as mail servers read it, so that damage cannot hide a mail from the checks (issue 21):
 *
 * - NUL bytes in the header block. Postfix and Exim remove or replace them; a reader that stops at them (or
 *   calls the whole mail "not mail") hands an attacker a way around every check. They are removed from the
 *   whole message (a body NUL would split a word the checks look for just the same).
 * - Bare CR line endings (classic Mac OS, some broken senders). Without this the whole mail is one header
 *   line. A message whose first line ends with a bare CR has every bare CR read as a line end.
 *
 * The test is cheap (one search of the header block for NUL, two for the first line end): it runs on every
 * message before the header pass, and the repair (a copy of the message) only on damaged ones.
 */
import { findBlankLine } from './header-block.js';
import { MAX_HEADER_BLOCK_BYTES } from './limits.js';

/** What was repaired: evidence of the finding message.malformed. */
export type MailDamage = 'nul-bytes' | 'bare-cr-line-ends';

export interface RepairedMail {
  bytes: Buffer;
  damage: MailDamage[];
}

const CR = 0x0d;
const LF = 0x0a;

/** True when the first line of the message ends with a CR that no LF follows. */
function bareCrLineEnds(bytes: Buffer): boolean {
  const cr = bytes.indexOf(CR);
  if (cr < 0 || cr + 1 >= bytes.length || bytes[cr + 1] === LF) return false;
  const lf = bytes.indexOf(LF);
  return lf < 0 || cr < lf;
}

/** The damage a message shows, or none (the usual case). */
export function mailDamage(bytes: Buffer): MailDamage[] {
  const damage: MailDamage[] = [];
  const crOnly = bareCrLineEnds(bytes);
  if (crOnly) damage.push('bare-cr-line-ends');
  // With bare CR line ends there is no LF to find the blank line with: search the same bound of bytes.
  const blank = crOnly ? null : findBlankLine(bytes, MAX_HEADER_BLOCK_BYTES);
  const headerEnd = blank ? blank.headerEnd : Math.min(bytes.length, MAX_HEADER_BLOCK_BYTES);
  if (bytes.subarray(0, headerEnd).indexOf(0) !== -1) damage.push('nul-bytes');
  return damage;
}

/** The message as a mail server reads it: NUL bytes removed, bare CRs read as line ends. */
export function repairMail(bytes: Buffer, damage: readonly MailDamage[]): Buffer {
  const nul = damage.includes('nul-bytes');
  const cr = damage.includes('bare-cr-line-ends');
  if (!nul && !cr) return bytes;
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0 && nul) continue;
    if (c === CR && cr && bytes[i + 1] !== LF) {
      out[n++] = LF;
      continue;
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

/** mailDamage and repairMail in one: the bytes unchanged (the same Buffer) when there is no damage. */
export function readDamagedMail(bytes: Buffer): RepairedMail {
  const damage = mailDamage(bytes);
  return { bytes: damage.length === 0 ? bytes : repairMail(bytes, damage), damage };
}
