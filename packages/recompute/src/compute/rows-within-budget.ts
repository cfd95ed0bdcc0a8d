import type { FormRowSink } from '@paradigm/core';
import type { FormRows } from '@paradigm/persistence';

/**
 * How many rows of one lexeme are encoded before the lexeme is known to stay within the form limit. A
 * lexeme that fails at the limit generates 100,000 forms (by default) that are all thrown away, and
 * encoding them for the writer costs more than generating them: Hunspell hu_HU, most of whose entries
 * derive more than the limit (with 87-character cells), spent 5.8 s of 10.4 s encoding such rows and
 * 0.9 s generating them when every row was encoded (150 lexemes, 101 failing). Well above any lexeme of
 * an ordinary paradigm, so that those are generated once.
 */
export const ROWS_ENCODED_UNCHECKED = 2_000;

/**
 * One lexeme's first generation: its first `budget` rows go to `rows`, the rest are only counted. If the
 * lexeme stays within its limits and had more, {@link passedBudget} says so, and the caller generates it again
 * into `rows` (generation is deterministic): a lexeme of many forms costs a second generation, which is
 * cheaper than encoding, and a failing one costs no more than `budget` encoded rows.
 */
export class RowsWithinBudget implements FormRowSink {
  private added = 0;

  constructor(
    private readonly rows: FormRows,
    private readonly budget = ROWS_ENCODED_UNCHECKED,
  ) {}

  /** More rows were generated than went to `rows`. */
  get passedBudget(): boolean {
    return this.added > this.budget;
  }

  add(lexemeId: number, patternId: number, cell: string, surface: string, position: number, analysis: string | null): void {
    this.added += 1;
    if (this.added <= this.budget) this.rows.add(lexemeId, patternId, cell, surface, position, analysis);
  }
}
