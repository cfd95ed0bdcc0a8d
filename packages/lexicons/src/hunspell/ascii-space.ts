/**
 * Whitespace as Hunspell sees it: ASCII space and tab (plus line-end leftovers). The files are split as
 * byte strings, where JavaScript's `\s` and `trim()` would also eat byte 0xA0, the second byte of UTF-8
 * `à` (de_DE.dic `voilà`).
 */
export const ASCII_SPACE = /[ \t\r\n\f\v]+/;

/** `trim()` for ASCII whitespace only. */
export function trimAscii(text: string): string {
  return text.replace(/^[ \t\r\n\f\v]+|[ \t\r\n\f\v]+$/g, '');
}
