import type { PatternSource } from '@paradigm/core';
import type { Connection } from '@paradigm/persistence';

/** Every stored pattern, in id order. Patterns are few (hundreds) next to lexemes, so all are read. */
export async function readPatternSources(conn: Connection): Promise<PatternSource[]> {
  const result = await conn.query<PatternSource>('SELECT id, name, source FROM patterns ORDER BY id');
  return result.rows;
}
