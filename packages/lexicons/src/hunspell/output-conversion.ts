import type { Conversion } from './hunspell-model';

interface Entry {
  readonly from: string;
  readonly to: string;
  readonly atStart: boolean;
  readonly atEnd: boolean;
}

/**
 * Hunspell's `OCONV` applied to a finished word, as libhunspell's RepList::conv does: left to right, the
 * longest table entry matching at each position is replaced; `_` at the start or end of an entry anchors it
 * to the start or end of the word. Returns the word unchanged for an empty table.
 */
export function outputConverter(table: readonly Conversion[]): (word: string) => string {
  if (table.length === 0) return (word) => word;
  const entries: Entry[] = table
    .map(({ from, to }) => {
      const atStart = from.length > 1 && from.startsWith('_');
      const atEnd = from.length > 1 && from.endsWith('_');
      return { from: from.slice(atStart ? 1 : 0, atEnd ? -1 : undefined), to: to.replaceAll('_', ' '), atStart, atEnd };
    })
    .sort((a, b) => b.from.length - a.from.length);
  return (word) => {
    let out = '';
    let i = 0;
    while (i < word.length) {
      const entry = entries.find(
        (candidate) =>
          word.startsWith(candidate.from, i) &&
          (!candidate.atStart || i === 0) &&
          (!candidate.atEnd || i + candidate.from.length === word.length),
      );
      if (entry === undefined || entry.from === '') {
        out += word[i];
        i++;
      } else {
        out += entry.to;
        i += entry.from.length;
      }
    }
    return out;
  };
}
