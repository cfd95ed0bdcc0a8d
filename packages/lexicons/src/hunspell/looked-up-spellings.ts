/**
 * The spellings libhunspell's `spell()` looks a word up as, by its capitalisation (`hunspell.cxx`,
 * `get_captype` and the cases of `spell`): a word in lower case, or with capitals elsewhere than (only) the
 * first letter, as it is; a capitalised word (`Cafe`) as it is and in lower case; a word all in capitals
 * (`CAFE`, letters without case counting as capitals) as it is, capitalised and in lower case. A letter is
 * a capital where its lower case differs.
 *
 * Not modelled: `KEEPCASE` (which rejects the lower-case lookups of a word marked with it), the apostrophe
 * and sharp-s cases of words in capitals, a final dot (abbreviations), numbers, compounds and splitting at
 * `BREAK` points.
 */
export function lookedUpSpellings(word: string): string[] {
  let capitals = 0;
  let caseless = 0;
  let length = 0;
  for (const char of word) {
    const lower = char.toLowerCase();
    if (char !== lower) capitals++;
    else if (char.toUpperCase() === lower) caseless++;
    length++;
  }
  if (capitals === 0) return [word];
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const firstIsCapital = first !== first.toLowerCase();
  const lower = word.toLowerCase();
  if (capitals === 1 && firstIsCapital) return [word, lower];
  if (capitals + caseless === length) {
    const lowerFirst = String.fromCodePoint(lower.codePointAt(0)!);
    return [word, lowerFirst.toUpperCase() + lower.slice(lowerFirst.length), lower];
  }
  return [word];
}
