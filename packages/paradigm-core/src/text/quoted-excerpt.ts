/** Characters of a file's text a message quotes at most before it cuts the text short. */
const EXCERPT_CHARACTERS = 60;

/**
 * A piece of a file's text as a message quotes it: whole when short, else its first characters and how
 * many more there are, so that a message about a 5 MB line (a binary file, a .dic without line breaks)
 * stays one readable line. Cuts between code points, never inside one.
 *
 * @example
 * excerpt('[ab]'.repeat(100)); // '[ab][ab]...[ab]... (340 more characters)' (60 characters kept)
 */
export function excerpt(text: string): string {
  // 4 UTF-16 units a kept character bound the slice: never fewer code points than are kept.
  const head = Array.from(text.slice(0, 4 * EXCERPT_CHARACTERS)).slice(0, EXCERPT_CHARACTERS + 1);
  if (head.length <= EXCERPT_CHARACTERS) return text;
  return `${head.slice(0, EXCERPT_CHARACTERS).join('')}... (${Array.from(text).length - EXCERPT_CHARACTERS} more characters)`;
}
