/**
 * What PostgreSQL's `text` cannot hold: U+0000 (NUL), which it rejects ("invalid byte sequence 0x00",
 * failing a whole COPY), and a surrogate code unit without its other half, which is no character: the
 * UTF-8 encoder replaces it with U+FFFD, so the stored form silently differs from the generated one.
 * Pattern text is checked for both when it is compiled.
 */

/** True for a code unit (or code point) in U+D800-U+DFFF. */
function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** The UTF-16 index of the first NUL or unpaired surrogate in `text`, or -1 when it has none. */
export function firstUnstorable(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return i;
    if (!isSurrogate(unit)) continue;
    const next = text.charCodeAt(i + 1);
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return i;
  }
  return -1;
}

/** True when `codePoint` (a condition's escape) is NUL or a surrogate. */
export function isUnstorableCodePoint(codePoint: number): boolean {
  return codePoint === 0 || isSurrogate(codePoint);
}

/** What is wrong with the code point `unit` (NUL or a surrogate) and how to fix it, for error messages. */
export function explainUnstorable(unit: number): string {
  const hex = unit.toString(16).toUpperCase().padStart(4, '0');
  if (unit === 0) return 'U+0000 (NUL), which PostgreSQL cannot store in text; remove it';
  return `U+${hex}, half of a surrogate pair without its other half, which is no character (PostgreSQL would store U+FFFD instead); write the whole character, e.g. "\\ud83d\\ude00" or the character itself`;
}
