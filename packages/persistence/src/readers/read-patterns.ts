import type { PatternSource } from '@paradigm/core';
import { type Queryable, withConnection } from '../connection/with-connection';

/** Every pattern, by id: the input to paradigm-core's `compileGrammar`. */
export function readPatterns(target: Queryable): Promise<PatternSource[]> {
  return withConnection(target, async (conn) => {
    const { rows } = await conn.query<PatternSource>('SELECT id, name, source FROM patterns ORDER BY id');
    return rows.map((r) => ({ id: r.id, name: r.name, source: r.source }));
  });
}
