import type { Connection } from '../connection/connection';
import { columnsOf, ColumnRows, type FormRows } from './form-rows';
import { FORM_COLUMNS, type FormBatch, type FormWriter } from './form-writer';

const INSERT_UNNEST = `INSERT INTO forms ${FORM_COLUMNS} SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[])`;

/** One INSERT of the whole batch as six array parameters: one round trip, no parameter limit. */
export function unnestWriter(): FormWriter {
  return {
    name: 'unnest',
    newRows: () => new ColumnRows(),
    async write(tx: Connection, rows: FormRows | FormBatch) {
      const batch = columnsOf(rows, 'unnest');
      if (batch.lexemeIds.length === 0) return 0;
      const count = batch.lexemeIds.length;
      const positions = batch.positions ?? new Array<number>(count).fill(0);
      const analyses = batch.analyses ?? new Array<string | null>(count).fill(null);
      const result = await tx.query(INSERT_UNNEST, [batch.lexemeIds, batch.patternIds, batch.cells, batch.surfaces, positions, analyses]);
      return result.rowCount;
    },
  };
}
