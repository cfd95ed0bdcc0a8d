import { type Queryable, withConnection } from '../connection/with-connection';

/**
 * The lexicon's limit of forms per lexeme (`lexicon_settings.max_forms_per_lexeme`, the `form-limit`
 * migration): what paradigm-core's `maxFormsPerLexeme` is compiled with wherever stored forms are
 * computed. `Infinity` when the lexicon has none (NULL).
 */
export function readFormLimit(target: Queryable): Promise<number> {
  return withConnection(target, async (conn) => {
    const { rows } = await conn.query<{ limit: number | null }>('SELECT max_forms_per_lexeme AS "limit" FROM lexicon_settings');
    return rows[0]!.limit ?? Infinity;
  });
}

/**
 * Sets the limit (`Infinity`: none). A new value counts as a change to every pattern (the migration's
 * trigger queues them all, so every lexeme is computed again under it); resolves to whether it changed.
 */
export async function setFormLimit(target: Queryable, limit: number): Promise<boolean> {
  if (limit !== Infinity && !(Number.isInteger(limit) && limit > 0 && limit <= MAX_STORED_LIMIT)) {
    throw new RangeError(`the form limit must be a whole number from 1 to ${MAX_STORED_LIMIT}, or none (Infinity); got ${limit}`);
  }
  return withConnection(target, async (conn) => {
    const { rowCount } = await conn.query('UPDATE lexicon_settings SET max_forms_per_lexeme = $1 WHERE max_forms_per_lexeme IS DISTINCT FROM $1', [limit === Infinity ? null : limit]);
    return rowCount > 0;
  });
}

/** The largest limit the column holds (PostgreSQL `integer`). */
export const MAX_STORED_LIMIT = 2_147_483_647;
