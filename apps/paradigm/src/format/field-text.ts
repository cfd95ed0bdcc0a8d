/**
 * Characters that would break a line- or column-oriented output: tabs and line breaks, every other
 * control character (C0, DEL, C1), and the Unicode line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex
const BREAKS_OUTPUT = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/;

/** What `JSON.stringify` leaves as it is but {@link BREAKS_OUTPUT} holds: written `\uXXXX` too. */
const UNESCAPED_BY_JSON = /[\x7f-\x9f\u2028\u2029]/g;

/**
 * One field (a form, lemma, cell, gloss, analysis) as the line- and column-oriented outputs print it
 * (`show`, `analyse`, `generate`): as it is, unless it holds a tab, a line break or another control
 * character, which would split its row or its column, or starts with `"`; then as a JSON string, as
 * the pattern language quotes text (`ab<TAB>x` prints `"ab\tx"`), so each row stays one line, each
 * field one column, and the text reads back with `JSON.parse`.
 *
 * @example
 * fieldText('kitāb'); // 'kitāb'
 * fieldText('ab\tx'); // '"ab\\tx"'
 */
export function fieldText(text: string): string {
  if (!BREAKS_OUTPUT.test(text) && !text.startsWith('"')) return text;
  return JSON.stringify(text).replace(UNESCAPED_BY_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
