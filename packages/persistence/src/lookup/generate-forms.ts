import { type Queryable, withConnection } from '../connection/with-connection';
import { ANALYSIS } from './form-lookup';
import { lexemeKeyCondition } from './lexeme-key';

/** A stored form of one cell of a lexeme. */
export interface CellForm {
  readonly lexemeId: number;
  readonly lemma: string;
  readonly pattern: string;
  readonly form: string;
  readonly analysis: string;
}

/**
 * The stored forms of cell `cell` (exactly, e.g. `N;PL`) of the lexeme(s) `key` names (an id or a
 * lemma), in the author's order; empty when none.
 */
export function generateForms(target: Queryable, key: string, cell: string): Promise<CellForm[]> {
  const { condition, value } = lexemeKeyCondition(key);
  return withConnection(target, async (conn) =>
    (
      await conn.query<CellForm>(
        `SELECT l.id AS "lexemeId", l.lemma, p.name AS pattern, f.form, ${ANALYSIS} AS analysis
           FROM lexemes l JOIN forms f ON f.lexeme_id = l.id JOIN patterns p ON p.id = f.pattern_id
           LEFT JOIN lexeme_patterns lp ON lp.lexeme_id = f.lexeme_id AND lp.pattern_id = f.pattern_id
          WHERE ${condition} AND f.cell = $2
          ORDER BY l.id, lp.position NULLS LAST, f.pattern_id, f.position`,
        [value, cell],
      )
    ).rows,
  );
}
