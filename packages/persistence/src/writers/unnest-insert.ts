import type { SqlQuery } from '../connection/sql-query';
import { FORM_COLUMNS } from './form-columns';

/** Form rows as one array per column, in {@link FORM_COLUMNS} order (see `ColumnRows`). */
export interface FormColumns {
  readonly lexemeIds: readonly number[];
  readonly patternIds: readonly number[];
  readonly cells: readonly string[];
  readonly surfaces: readonly string[];
  readonly positions: readonly number[];
  readonly analyses: readonly (string | null)[];
}

const INSERT_UNNEST = `INSERT INTO forms ${FORM_COLUMNS} SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[])`;

/**
 * One `INSERT ... SELECT FROM unnest(...)` of `columns`: one round trip, no parameter limit. With
 * `replacing`, the same statement first deletes every form of those lexemes, as a data-modifying
 * `WITH`: both parts see the statement's one snapshot, so the `DELETE` removes the old forms and never
 * the rows being inserted. The caller must hold the lexemes' locks already (see `lockLexemeForms`):
 * a lock taken inside the statement would come after its snapshot.
 */
export function insertUnnest(columns: FormColumns, replacing?: readonly number[]): SqlQuery {
  const values = [columns.lexemeIds, columns.patternIds, columns.cells, columns.surfaces, columns.positions, columns.analyses];
  if (replacing === undefined) return { text: INSERT_UNNEST, values };
  return { text: `WITH replaced AS (DELETE FROM forms WHERE lexeme_id = ANY($7::int[])) ${INSERT_UNNEST}`, values: [...values, replacing] };
}
