/**
 * The calibration task every micro task is measured against: fixed work of the same character as
 * paradigm-core's (short strings built and sliced, an anchored regex, a Map of strings, NFC), written
 * here and calling no workspace code, so a change to the code under test cannot change it. Its speed
 * moves with the machine's (CPU model, clock, load), which is what the ratio cancels.
 *
 * Changing this function changes every ratio: bump {@link CALIBRATION_VERSION} with it, so the check
 * refuses to compare across the change.
 */
export const CALIBRATION_VERSION = 1;

const WORDS: readonly string[] = (() => {
  // A deterministic pseudo-lexicon: 400 words of 3-9 letters from a small linear congruential generator.
  const letters = 'aeioubdfgklmnprstvz';
  const words: string[] = [];
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 400; i++) {
    let w = '';
    const length = 3 + (next() % 7);
    for (let j = 0; j < length; j++) w += letters[next() % letters.length];
    words.push(w);
  }
  return words;
})();

const DOUBLE_VOWEL = /([aeiou])\1/g;

/** One operation of the calibration task; returns a checksum so the work cannot be optimised away. */
export function calibrationOperation(): number {
  const seen = new Map<string, number>();
  let checksum = 0;
  for (const word of WORDS) {
    const form = `${word.slice(0, -1)}${word.endsWith('e') ? 'ing' : 'es'}`.replace(DOUBLE_VOWEL, '$1').normalize('NFC');
    seen.set(form, (seen.get(form) ?? 0) + 1);
    checksum += form.charCodeAt(form.length - 1);
  }
  return checksum + seen.size;
}
