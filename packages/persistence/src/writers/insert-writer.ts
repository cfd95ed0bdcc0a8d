import type { Connection } from '../connection/connection';
import { ColumnRows } from './column-rows';
import { deleteForms } from './delete-forms';
import { FORM_COLUMNS } from './form-columns';
import type { FormWriter } from './form-writer';

/** Parameters per form row: the six {@link FORM_COLUMNS}. */
const COLUMNS = 6;

/** PostgreSQL's bind-message limit is 65535 parameters; each form row takes 6. */
export const INSERT_ROWS_PER_STATEMENT = Math.floor(65535 / COLUMNS);

/** Columns sent as multi-row `INSERT ... VALUES ($1, ..., $6), ...`, at most `rowsPerStatement` rows a statement. */
export class InsertRows extends ColumnRows {
  constructor(private readonly rowsPerStatement: number) {
    super();
  }

  async write(tx: Connection, replacing?: readonly number[]): Promise<number> {
    if (replacing !== undefined) {
      const deletion = deleteForms(replacing);
      await tx.query(deletion.text, deletion.values);
    }
    let written = 0;
    for (let start = 0; start < this.count; start += this.rowsPerStatement) {
      const end = Math.min(start + this.rowsPerStatement, this.count);
      const values: unknown[] = [];
      for (let i = start; i < end; i += 1) {
        values.push(this.lexemeIds[i], this.patternIds[i], this.cells[i], this.surfaces[i], this.positions[i], this.analyses[i]);
      }
      written += (await tx.query(insertStatement(end - start), values)).rowCount;
    }
    return written;
  }
}

/** `INSERT INTO forms (...) VALUES ($1, ..., $6), ($7, ..., $12), ...` for `rows` rows. */
function insertStatement(rows: number): string {
  const tuples: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const first = row * COLUMNS + 1;
    tuples.push(`($${first}, $${first + 1}, $${first + 2}, $${first + 3}, $${first + 4}, $${first + 5})`);
  }
  return `INSERT INTO forms ${FORM_COLUMNS} VALUES ${tuples.join(', ')}`;
}

/**
 * The `insert` writer: {@link InsertRows}, at most `rowsPerStatement` rows per statement (default and
 * most: {@link INSERT_ROWS_PER_STATEMENT}).
 * @throws Error when `rowsPerStatement` is outside 1..{@link INSERT_ROWS_PER_STATEMENT}.
 */
export function insertWriter(rowsPerStatement: number = INSERT_ROWS_PER_STATEMENT): FormWriter<InsertRows> {
  if (!Number.isInteger(rowsPerStatement) || rowsPerStatement < 1 || rowsPerStatement > INSERT_ROWS_PER_STATEMENT) {
    throw new Error(`insert writer: rowsPerStatement must be an integer in 1..${INSERT_ROWS_PER_STATEMENT}, got ${rowsPerStatement}`);
  }
  return { name: 'insert', newRows: () => new InsertRows(rowsPerStatement) };
}
