import type { Connection } from '../connection/connection';
import { isDatabase, type Queryable, withConnection } from '../connection/with-connection';
import { QUEUE_TABLES } from '../queue/queue-tables';
import { ANALYSIS } from './form-lookup';
import { lexemeKeyCondition } from './lexeme-key';

/** One stored form of a paradigm. */
export interface ParadigmForm {
  readonly pattern: string;
  readonly cell: string;
  readonly form: string;
  readonly analysis: string;
}

/** A lexeme with its stored forms in the author's order, and whether they may be out of date. */
export interface Paradigm {
  readonly id: number;
  readonly lemma: string;
  readonly stem: string | null;
  readonly root: readonly string[] | null;
  readonly gloss: string | null;
  /** Its patterns' names, in order. */
  readonly patterns: readonly string[];
  /** Patterns in the lexeme's order, each pattern's forms by position (rule order). */
  readonly forms: readonly ParadigmForm[];
  /** The lexeme waits in the recompute queue: its forms are not those of its current entry yet. */
  readonly queued: boolean;
  /** Why its last recompute failed (its older forms are kept), if it did. */
  readonly failure: string | null;
}

/**
 * The paradigm of the lexeme(s) `key` names (an id, or a lemma several lexemes may share), by id; empty
 * when there is none. Forms are as stored: run the worker after a change to see the new ones
 * (`queued` says when that is still to do). Lexemes and forms are read in one REPEATABLE READ snapshot,
 * so a worker or an edit committing between the statements cannot pair a lexeme's entry with forms of
 * another version of it.
 */
export function readParadigm(target: Queryable, key: string): Promise<Paradigm[]> {
  // A connection given is read as it stands (its caller's transaction decides what it sees).
  if (!isDatabase(target)) return readParadigmOn(target, key);
  return withConnection(target, (conn) =>
    conn.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return readParadigmOn(tx, key);
    }),
  );
}

async function readParadigmOn(conn: Connection, key: string): Promise<Paradigm[]> {
  const { condition, value } = lexemeKeyCondition(key);
  const { rows } = await conn.query<Omit<Paradigm, 'forms' | 'queued'> & { queued: boolean }>(
    `SELECT l.id, l.lemma, l.stem, l.root, l.gloss,
            coalesce((SELECT array_agg(p.name ORDER BY lp.position) FROM lexeme_patterns lp JOIN patterns p ON p.id = lp.pattern_id WHERE lp.lexeme_id = l.id), '{}') AS patterns,
            EXISTS (SELECT 1 FROM ${QUEUE_TABLES.lexemes} q WHERE q.lexeme_id = l.id) AS queued,
            (SELECT reason FROM ${QUEUE_TABLES.failures} r WHERE r.lexeme_id = l.id) AS failure
       FROM lexemes l WHERE ${condition} ORDER BY l.id`,
    [value],
  );
  const out: Paradigm[] = [];
  for (const row of rows) {
    const forms = await conn.query<ParadigmForm>(
      `SELECT p.name AS pattern, f.cell, f.form, ${ANALYSIS} AS analysis
         FROM forms f JOIN lexemes l ON l.id = f.lexeme_id JOIN patterns p ON p.id = f.pattern_id
         LEFT JOIN lexeme_patterns lp ON lp.lexeme_id = f.lexeme_id AND lp.pattern_id = f.pattern_id
        WHERE f.lexeme_id = $1
        ORDER BY lp.position NULLS LAST, f.pattern_id, f.position`,
      [row.id],
    );
    out.push({ ...row, forms: forms.rows });
  }
  return out;
}
