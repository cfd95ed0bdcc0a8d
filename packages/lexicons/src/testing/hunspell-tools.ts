import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The workspace root, from src/testing or dist/testing alike.
const WORKSPACE = resolve(__dirname, '../../../..');

/** The non-empty lines of a tool's output, each once, sorted. */
function uniqueLines(text: string): string[] {
  return [...new Set(text.split('\n').filter((line) => line !== ''))].sort();
}

/**
 * The unique set of `hunspell-reader words DIC` (npm, from cspell; it reads the .aff of the same name
 * next to the .dic), sorted. hunspell-reader de-duplicates only within each entry, so the set is what
 * compares.
 */
export function hunspellReaderWords(dic: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hunspell-reader-'));
  try {
    const out = join(dir, 'words.txt');
    execFileSync(join(WORKSPACE, 'node_modules/.bin/hunspell-reader'), ['words', dic, '-o', out], { stdio: 'ignore' });
    return uniqueLines(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The unique set of `unmunch DIC AFF` (Debian hunspell-tools), sorted; unmunch prints the dictionary's
 * bytes, so `encoding` is its `SET` (`latin1` for ISO8859-1).
 */
export function unmunchWords(paths: { readonly aff: string; readonly dic: string }, encoding: 'utf8' | 'latin1' = 'utf8'): string[] {
  return uniqueLines(execFileSync('unmunch', [paths.dic, paths.aff], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 }).toString(encoding));
}

/** How two word sets differ: the counts, and the first `shown` words (sorted) only in each. */
export interface WordSetDifference {
  readonly onlyExpected: number;
  readonly onlyActual: number;
  readonly firstOnlyExpected: readonly string[];
  readonly firstOnlyActual: readonly string[];
}

/**
 * What differs between two word sets; all zeros and empty lists when they are equal. Tests compare it
 * with {@link NO_DIFFERENCE}, so a failure prints the first differences instead of two huge lists.
 */
export function wordSetDifference(expected: Iterable<string>, actual: Iterable<string>, shown = 20): WordSetDifference {
  const want = new Set(expected);
  const got = new Set(actual);
  const onlyExpected = [...want].filter((word) => !got.has(word)).sort();
  const onlyActual = [...got].filter((word) => !want.has(word)).sort();
  return { onlyExpected: onlyExpected.length, onlyActual: onlyActual.length, firstOnlyExpected: onlyExpected.slice(0, shown), firstOnlyActual: onlyActual.slice(0, shown) };
}

/** {@link wordSetDifference} of two equal sets. */
export const NO_DIFFERENCE: WordSetDifference = { onlyExpected: 0, onlyActual: 0, firstOnlyExpected: [], firstOnlyActual: [] };
