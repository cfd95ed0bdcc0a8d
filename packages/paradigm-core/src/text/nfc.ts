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
 * NFC can change `left + right` (both NFC) only at the junction: by reordering, when `right` starts with
 * a code point of non-zero combining class, or by composition, when it starts with the second half of a
 * primary composite. Checked over every code point of Unicode 17 (Node 20.20): all such code points are
 * marks (\p{M}), Hangul vowel/trailing jamo, or (astral, Unicode 16) Kirat Rai vowel signs. So a BMP
 * code unit outside that set starts a string that joins unchanged; astral starts are always normalised.
 */
const SECOND_HALF = /^[\p{M}\u1161-\u1175\u11a8-\u11c2]$/u;
const UNKNOWN = 0;
const STABLE = 1;
const UNSTABLE = 2;
/** Per BMP code unit, whether it starts a string that joins unchanged; filled on demand (one regex test per code unit seen). */
const startClass = new Uint8Array(0x10000);

function joinsUnchanged(unit: number): boolean {
  let known = startClass[unit];
  if (known === UNKNOWN) {
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    known = surrogate || SECOND_HALF.test(String.fromCharCode(unit)) ? UNSTABLE : STABLE;
    startClass[unit] = known;
  }
  return known === STABLE;
}

/**
 * `left + right` as NFC, given both halves are NFC. Only the junction can break normalisation (see
 * {@link joinsUnchanged}); Cyrillic, Arabic or Devanagari letters join without calling `normalize`.
 * The common case (`right` empty or starting below U+0300) is a concatenation and a comparison, small
 * enough for V8 to inline into the generator.
 */
export function joinNfc(left: string, right: string): string {
  const joined = left + right;
  return right.charCodeAt(0) >= FIRST_COMBINING ? joinAbove(joined, right.charCodeAt(0)) : joined;
}

/** {@link joinNfc} when `right` starts at or above U+0300. */
function joinAbove(joined: string, unit: number): string {
  return joinsUnchanged(unit) ? joined : joined.normalize('NFC');
}
