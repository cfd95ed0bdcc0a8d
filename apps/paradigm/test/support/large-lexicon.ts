import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A pattern file (`n.patterns`, one pattern `n`) and a lexemes file (`lexemes.tsv`) of `lexemes`
 * lexemes `w1`, `w2`, ... taking it, in `dir`: enough rows that loading or exporting them lasts well
 * past its first progress report or its first file, for the tests that interrupt it there.
 */
export function writeLargeLexicon(dir: string, lexemes: number): string[] {
  const patterns = join(dir, 'n.patterns');
  const tsv = join(dir, 'lexemes.tsv');
  writeFileSync(patterns, 'pattern n\nrule suffix +s => N;PL\n');
  const lines = ['id\tlemma\tpatterns'];
  for (let id = 1; id <= lexemes; id++) lines.push(`${id}\tw${id}\tn`);
  writeFileSync(tsv, `${lines.join('\n')}\n`);
  return [patterns, tsv];
}
