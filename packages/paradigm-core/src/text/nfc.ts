/**
 * Below U+0300 every character is a starter that never composes with what precedes it, so a string made
 * only of such code units is already NFC. Checking that first skips `normalize` (which allocates) for
 * the common Latin-script case.
 */
const FIRST_COMBINING = 0x300;

/** True when `text` contains only code units below U+0300 (so it is NFC as it stands). */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= FIRST_COMBINING) return false;
  }
  return true;
}

/** `text` in Unicode Normalization Form C, without allocating when it already is trivially NFC. */
export function nfc(text: string): string {
  return isPlainText(text) ? text : text.normalize('NFC');
}

/**
 * `left + right` as NFC, given both halves are NFC. Only the junction can break normalisation, and only
 * when `right` starts at or above U+0300 (a combining mark or a composing jamo).
 */
export function joinNfc(left: string, right: string): string {
  if (right.length === 0) return left;
  if (left.length === 0) return right;
  const joined = left + right;
  return right.charCodeAt(0) < FIRST_COMBINING ? joined : joined.normalize('NFC');
}
