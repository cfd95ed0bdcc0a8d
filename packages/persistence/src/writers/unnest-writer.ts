import type { Connection } from '../connection/connection';
import { ColumnRows } from './column-rows';
import type { FormWriter } from './form-writer';
import { insertUnnest } from './unnest-insert';

/** Columns sent as one INSERT of six array parameters (see {@link insertUnnest}): one round trip, no parameter limit. */
export class UnnestRows extends ColumnRows {
  async write(tx: Connection, replacing?: readonly number[]): Promise<number> {
    if (this.count === 0 && replacing === undefined) return 0;
    const query = insertUnnest(this, replacing);
    return (await tx.query(query.text, query.values)).rowCount;
  }
}

/** The `unnest` writer: {@link UnnestRows}. */
export function unnestWriter(): FormWriter<UnnestRows> {
  return { name: 'unnest', newRows: () => new UnnestRows() };
}
