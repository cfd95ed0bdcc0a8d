import type { Connection } from '../connection/connection';
import { ColumnRows } from './column-rows';
import { FORM_COLUMNS } from './form-columns';
import type { FormWriter } from './form-writer';

const INSERT_UNNEST = `INSERT INTO forms ${FORM_COLUMNS} SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[])`;

/** Columns sent as one INSERT of six array parameters: one round trip, no parameter limit. */
export class UnnestRows extends ColumnRows {
  async write(tx: Connection): Promise<number> {
    if (this.count === 0) return 0;
    const result = await tx.query(INSERT_UNNEST, [this.lexemeIds, this.patternIds, this.cells, this.surfaces, this.positions, this.analyses]);
    return result.rowCount;
  }
}

/** The `unnest` writer: {@link UnnestRows}. */
export function unnestWriter(): FormWriter<UnnestRows> {
  return { name: 'unnest', newRows: () => new UnnestRows() };
}
