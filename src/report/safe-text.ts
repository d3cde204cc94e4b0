/**
 * Everything printed from a mail passes through here before it reaches a terminal. Attackers write subjects,
 * names and links; an ESC byte can recolour or rewrite the screen, OSC 8 can hide a link behind other text,
 * and bidi overrides (U+202E) can reverse what is shown. We make every such character visible instead of
 * interpreting it, so the user also sees that something was hidden.
 *
 * Covered: C0 and C1 controls and DEL (Cc), format characters (Cf: bidi controls U+202A-202E, U+2066-2069,
 * U+200E/200F, U+061C, zero-width U+200B-200D, U+2060, U+FEFF, soft hyphen...), line and paragraph separators
 * (Zl, Zp), lone surrogates (Cs) and private-use characters (Co).
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/gu;

function visible(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`;
}

/** Make text safe for one line of terminal output, and cut it to `max` characters. */
export function safeText(text: string, max = 300): string {
  let s = text.length > max * 4 ? text.slice(0, max * 4) : text;
  s = s.replace(/\r\n|\r|\n|\t/g, ' ').replace(UNSAFE, visible);
  const chars = Array.from(s);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : s;
}

/** True when the text contains nothing a terminal would interpret. */
export function isTerminalSafe(text: string): boolean {
  return !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/u.test(text.replace(/\n/g, ''));
}
