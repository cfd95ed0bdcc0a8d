/** Removes the `IGNORE` characters, which Hunspell drops from dictionary words, affixes and input words. */
export function removeIgnored(text: string, ignore: string): string {
  if (ignore === '') return text;
  return Array.from(text)
    .filter((char) => !ignore.includes(char))
    .join('');
}
