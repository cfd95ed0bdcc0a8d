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
 *
 * Candidate positions are found with `indexOf` of each entry's first character, and a word without one is
 * returned as it is: fr.aff's one-entry table (`'` to `’`) on 3.1 million words took 3.0 s of a 17 s
 * profile when every position tried every entry through a closure, and 2.0 s with a lookup per character.
 */
export function outputConverter(table: readonly Conversion[]): (word: string) => string {
  if (table.length === 0) return (word) => word;
  const byFirst = new Map<string, Entry[]>();
  for (const { from, to } of table) {
    const atStart = from.length > 1 && from.startsWith('_');
    const atEnd = from.length > 1 && from.endsWith('_');
    const entry = { from: from.slice(atStart ? 1 : 0, atEnd ? -1 : undefined), to: to.replaceAll('_', ' '), atStart, atEnd };
    if (entry.from === '') continue;
    const list = byFirst.get(entry.from[0]!) ?? [];
    list.push(entry);
    byFirst.set(entry.from[0]!, list);
  }
  // Longest first (a stable sort keeps the table's order among equal lengths).
  for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
  const single = singleCharacter(byFirst);
  if (single) return single;
  const firsts = [...byFirst.keys()];
  const nextCandidate = (word: string, from: number): number => {
    let best = -1;
    for (const first of firsts) {
      const at = word.indexOf(first, from);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  };
  return (word) => {
    let i = nextCandidate(word, 0);
    if (i < 0) return word;
    let out = '';
    let copied = 0;
    while (i >= 0) {
      const at = i;
      const entry = byFirst.get(word[at]!)!.find(
        (candidate) =>
          word.startsWith(candidate.from, at) && (!candidate.atStart || at === 0) && (!candidate.atEnd || at + candidate.from.length === word.length),
      );
      if (entry === undefined) {
        i = nextCandidate(word, at + 1);
        continue;
      }
      out += word.slice(copied, at) + entry.to;
      copied = at + entry.from.length;
      i = nextCandidate(word, copied);
    }
    return copied === 0 ? word : out + word.slice(copied);
  };
}

/**
 * The converter for a table of one unanchored entry of one UTF-16 unit (fr.aff: `'` to `’`), or
 * `undefined`: every occurrence is replaced, found with `indexOf` alone. On fr's 3.1 million words (85%
 * with an apostrophe) this takes about half the CPU time of the general loop, and a third of `replaceAll`
 * with a replacer function (which `$` in a replacement string would need).
 */
function singleCharacter(byFirst: ReadonlyMap<string, readonly Entry[]>): ((word: string) => string) | undefined {
  if (byFirst.size !== 1) return undefined;
  const [[from, list]] = [...byFirst];
  if (list.some((entry) => entry.from.length !== 1 || entry.atStart || entry.atEnd)) return undefined;
  const to = list[0]!.to;
  return (word) => {
    let at = word.indexOf(from);
    if (at < 0) return word;
    let out = '';
    let copied = 0;
    while (at >= 0) {
      out += word.slice(copied, at) + to;
      copied = at + 1;
      at = word.indexOf(from, copied);
    }
    return out + word.slice(copied);
  };
}

/**
 * `OCONV` applied to a chunk of newline-terminated words at once, or `undefined` where that could differ
 * from converting word by word: an entry anchored with `_` (to a word's start or end), one whose text
 * holds a newline, or one that converts to nothing (a word that converts to nothing is left out). Without
 * those, a match never spans two words and every position is tried in the same order, so the result is
 * the same; on fr (3.1 million words, 85% with an apostrophe) one native replacement per chunk instead of
 * one conversion per word saves a tenth of the job.
 */
export function chunkConverter(table: readonly Conversion[]): ((chunk: string) => string) | undefined {
  if (table.length === 0) return (chunk) => chunk;
  const entries: { from: string; to: string }[] = [];
  for (const { from, to } of table) {
    if (from === '') continue;
    if (from.length > 1 && (from.startsWith('_') || from.endsWith('_'))) return undefined;
    const replacement = to.replaceAll('_', ' ');
    if (from.includes('\n') || replacement === '') return undefined;
    entries.push({ from, to: replacement });
  }
  if (entries.length === 0) return (chunk) => chunk;
  if (entries.length === 1) {
    const [{ from, to }] = entries;
    // split and join: on fr's 32K chunks a third of the CPU time of replaceAll (which also reads `$`).
    return (chunk) => chunk.split(from).join(to);
  }
  // Longest first, the table's order among equal lengths: at each position the first alternative that
  // matches is the longest entry, as for a word on its own.
  const ordered = entries.map((entry, index) => ({ ...entry, index })).sort((a, b) => b.from.length - a.from.length || a.index - b.index);
  const replacements = new Map<string, string>();
  for (const { from, to } of ordered) if (!replacements.has(from)) replacements.set(from, to);
  const pattern = new RegExp(ordered.map(({ from }) => from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
  return (chunk) => chunk.replace(pattern, (match) => replacements.get(match)!);
}
