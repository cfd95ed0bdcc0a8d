/**
 * Writing pattern-language text (docs/patterns.md) from Hunspell data: names, strings and cells.
 */

/** A pattern name for a flag: letters and digits kept, any other character written `_HEX_`. */
export function flagName(flag: string): string {
  return Array.from(flag)
    .map((char) => (/^[A-Za-z0-9]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`))
    .join('');
}

/** A bare token when it is only letters, marks, digits and apostrophes; otherwise a JSON string. */
export function stringToken(text: string): string {
  return /^[\p{L}\p{M}\p{N}']+$/u.test(text) ? text : JSON.stringify(text);
}

/** A cell from morphological fields, `;`-separated; quoted when a field holds a character the syntax reserves. */
export function cellText(fields: readonly string[]): string {
  const cell = fields.join(';');
  return /^[^\s"/[\]>=#]*$/.test(cell) ? cell : JSON.stringify(cell);
}
