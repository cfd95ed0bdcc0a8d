import { DummyDriver } from 'kysely';
import type { Connection } from '../connection/connection';
import { createPostgresKysely } from '../connection/postgres-kysely';
import { columnsOf, ColumnRows, type FormRows } from './form-rows';
import type { FormBatch, FormWriter } from './form-writer';

/** PostgreSQL's bind-message limit is 65535 parameters; each form row takes 6. */
export const INSERT_ROWS_PER_STATEMENT = Math.floor(65535 / 6);

// Only compiles queries: they run on the caller's transaction connection, not on a kysely pool.
const compiler = createPostgresKysely(new DummyDriver());

/** kysely multi-row `INSERT ... VALUES`, in statements of at most {@link INSERT_ROWS_PER_STATEMENT} rows. */
export function insertWriter(rowsPerStatement: number = INSERT_ROWS_PER_STATEMENT): FormWriter {
  if (rowsPerStatement < 1 || rowsPerStatement > INSERT_ROWS_PER_STATEMENT) {
    throw new Error(`insert writer: rowsPerStatement must be 1..${INSERT_ROWS_PER_STATEMENT}, got ${rowsPerStatement}`);
  }
  return {
    name: 'insert',
    newRows: () => new ColumnRows(),
    async write(tx: Connection, rows: FormRows | FormBatch) {
      const batch = columnsOf(rows, 'insert');
      let written = 0;
      for (let start = 0; start < batch.lexemeIds.length; start += rowsPerStatement) {
        const end = Math.min(start + rowsPerStatement, batch.lexemeIds.length);
        const rows = [];
        for (let i = start; i < end; i += 1) {
          rows.push({
            lexeme_id: batch.lexemeIds[i]!,
            pattern_id: batch.patternIds[i]!,
            cell: batch.cells[i]!,
            form: batch.surfaces[i]!,
            position: batch.positions?.[i] ?? 0,
            analysis: batch.analyses?.[i] ?? null,
          });
        }
        const query = compiler.insertInto('forms').values(rows).compile();
        written += (await tx.query(query.sql, query.parameters)).rowCount;
      }
      return written;
    },
  };
}
