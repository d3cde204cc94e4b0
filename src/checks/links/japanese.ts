/** Character classes of Japanese text that let the links check skip Unicode work (extract.ts, purpose.ts). */

/**
 * Hiragana and katakana letters (not the combining sound marks U+3099-309C, nor the iteration marks), the
 * prolonged sound mark, the CJK Unified Ideographs block, 、。 and 「」『』: each is its own NFKC form (NFKC_QC=Yes)
 * with canonical combining class 0 and composes with nothing before it, so a text of these and ASCII is
 * already NFKC (the quick check of UAX #15). None is whitespace or a zero-width character.
 * They have no case either (toLowerCase leaves them). test/links/extract-fast.test.ts checks every one of them.
 */
export function isNfkcStableJapanese(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    c === 0x30fc ||
    c === 0x3001 ||
    c === 0x3002 ||
    (c >= 0x300c && c <= 0x300f)
  );
}
