/**
 * `; did you mean "X"?` when `word` is within two edits (insert, delete, replace, swap of neighbours)
 * of exactly one nearest `candidate`, else ''. Built only on the error path, so its cost never matters.
 */
export function didYouMean(word: string, candidates: readonly string[]): string {
  if (word === '') return '';
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  const length = Array.from(word).length;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a long word (a line of a binary file, 1 MB) is
    // no misspelling of a keyword, and its full distance table took seconds.
    if (Math.abs(length - Array.from(candidate).length) > bestDistance) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) (best = candidate), (bestDistance = distance), (tie = false);
    else if (distance === bestDistance) tie = true;
  }
  // A one-letter word is two edits from every two-letter keyword: suggest only what is close.
  if (best === undefined || tie || bestDistance >= Math.max(2, length)) return '';
  return `; did you mean "${best}"?`;
}

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), by code point. */
function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[x.length][y.length];
}
