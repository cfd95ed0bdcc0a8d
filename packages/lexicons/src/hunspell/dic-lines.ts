/**
 * Narrower .dic texts for readings that need only some entries: the first line (the entry count) and the
 * chosen lines, in order. Both work on the .dic as a byte string and on needles encoded as its bytes, so a
 * line is chosen by the bytes it holds before it is decoded. Reading hr_HR's 53,661 entries to find the
 * one holding `é` took 70-150 ms (load 10).
 */

/** The .dic text of the first line and the lines that hold one of `needles`. */
export function dicLinesHolding(dic: string, needles: readonly string[]): string {
  const starts = new Set<number>();
  const firstEnd = dic.indexOf('\n');
  for (const needle of needles) {
    if (needle === '') continue;
    for (let at = dic.indexOf(needle, firstEnd + 1); firstEnd >= 0 && at >= 0; at = dic.indexOf(needle, at + needle.length)) {
      starts.add(dic.lastIndexOf('\n', at) + 1);
    }
  }
  return withLines(dic, firstEnd, [...starts].sort((a, b) => a - b));
}

/**
 * The .dic text of the first line and the lines that start with one of `words`, or that could hold one as
 * their word without starting with it as written: lines with a `\` (which escapes a `/` in the word) and
 * lines that start with a blank.
 */
export function dicLinesStartingWith(dic: string, words: Iterable<string>): string {
  // Keyed by the first two code units as one number (one unit for one-unit words): no string is made or
  // hashed per line.
  const byStart = new Map<number, string[]>();
  for (const word of words) {
    if (word === '') continue;
    const key = startKey(word, 0, word.length);
    const list = byStart.get(key) ?? [];
    list.push(word);
    byStart.set(key, list);
  }
  const oneUnit = [...byStart.keys()].some((key) => key < 0x10000);
  const firstEnd = dic.indexOf('\n');
  const starts: number[] = [];
  let nextEscape = dic.indexOf('\\', firstEnd + 1);
  for (let start = firstEnd + 1; firstEnd >= 0 && start > 0 && start < dic.length; ) {
    const end = dic.indexOf('\n', start);
    const lineEnd = end < 0 ? dic.length : end;
    while (nextEscape >= 0 && nextEscape < start) nextEscape = dic.indexOf('\\', start);
    const first = dic.charCodeAt(start);
    if (
      (nextEscape >= 0 && nextEscape < lineEnd) ||
      first === 32 ||
      first === 9 ||
      startsWithOne(dic, start, byStart.get(startKey(dic, start, lineEnd))) ||
      (oneUnit && startsWithOne(dic, start, byStart.get(first)))
    ) {
      starts.push(start);
    }
    start = lineEnd + 1;
  }
  return withLines(dic, firstEnd, starts);
}

/** The code unit at `at` of `text`, or the two from `at` as one number (above 0xFFFF) where both are before `end`. */
function startKey(text: string, at: number, end: number): number {
  return at + 1 < end ? 0x10000 + text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1) : text.charCodeAt(at);
}

function startsWithOne(dic: string, at: number, words: readonly string[] | undefined): boolean {
  return words !== undefined && words.some((word) => dic.startsWith(word, at));
}

/** The first line of `dic` (ending at `firstEnd`) and the lines starting at `starts`, each with its newline. */
function withLines(dic: string, firstEnd: number, starts: readonly number[]): string {
  if (firstEnd < 0) return dic;
  const lines = [dic.slice(0, firstEnd)];
  for (const start of starts) {
    const end = dic.indexOf('\n', start);
    lines.push(end < 0 ? dic.slice(start) : dic.slice(start, end));
  }
  return `${lines.join('\n')}\n`;
}
