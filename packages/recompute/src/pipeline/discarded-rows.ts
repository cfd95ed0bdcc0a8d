import type { CopiedRows } from './copy-batches';

/**
 * Rows that are only counted: the batches an import generates once a lexeme has failed. Such an import
 * rolls back at its end whatever else it finds, so the rest of its lexicon is generated only to name
 * the other lexemes that fail (up to `IMPORT_FAILURES_BEFORE_STOP`); encoding and sending their rows
 * would be work thrown away (Hunspell eu's import went on writing 470 million forms after its first
 * failure). `copyBatches` sends nothing of them.
 */
export class DiscardedRows implements CopiedRows {
  private rows = 0;
  private marked = 0;
  readonly bytes = 0;

  get count(): number {
    return this.rows;
  }

  add(): void {
    this.rows++;
  }

  mark(): void {
    this.marked = this.rows;
  }

  rollback(): void {
    this.rows = this.marked;
  }

  chunks(): Buffer[] {
    return [];
  }

  recycle(): void {}

  write(): Promise<number> {
    return Promise.reject(new Error('discarded rows are counted, never written'));
  }
}
