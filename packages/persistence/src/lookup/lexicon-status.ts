import { type LockWaitListener, lockPatiently } from '../connection/patient-lock';
import { type Queryable, withConnection } from '../connection/with-connection';
import { LOCKED_TABLES } from '../lexicon/replace-lexicon';
import { QUEUE_TABLES } from '../queue/queue-tables';
import { type RebuildStatus, rebuildStatus } from '../rebuild/rebuild-status';

/** A lexeme whose last recompute failed. */
export interface RecomputeFailure {
  readonly lexemeId: number;
  readonly lemma: string | null;
  readonly reason: string;
}

/** What the lexicon holds and what the worker still has to do. */
export interface LexiconStatus {
  readonly lexemes: number;
  readonly patterns: number;
  readonly forms: number;
  /** Lexemes waiting in the recompute queue. */
  readonly queuedLexemes: number;
  /** Pattern edits waiting (each becomes the lexemes that use the pattern). */
  readonly queuedPatterns: number;
  readonly failed: number;
  /** The lexicon's limit of forms per lexeme (`readFormLimit`); null for none. */
  readonly formLimit: number | null;
  /** The generation of paradigm-core the forms are computed with (`readFormsGeneration`); null when none is recorded. */
  readonly formsGeneration: number | null;
  /** The first `failureLimit` failures, by lexeme id. */
  readonly failures: readonly RecomputeFailure[];
  /** The rebuild of every form registered now, if any. */
  readonly rebuild: RebuildStatus | null;
}

/**
 * Counts and the first `failureLimit` (default 20) failures with their reasons. `forms` counts the whole
 * table. With `onLockWait`, it reads in a transaction that first takes the lexicon's tables to share,
 * patiently (`lockPatiently`): while a replace holds them (an import runs), the sessions holding them are
 * named once the read has waited a few seconds, instead of the read waiting in silence.
 */
export function lexiconStatus(target: Queryable, failureLimit = 20, onLockWait?: LockWaitListener): Promise<LexiconStatus> {
  if (onLockWait === undefined) return readStatus(target, failureLimit);
  return withConnection(target, (conn) =>
    conn.transaction(async (tx) => {
      await lockPatiently(tx, `LOCK TABLE ${LOCKED_TABLES.join(', ')} IN ACCESS SHARE MODE`, LOCKED_TABLES, onLockWait);
      return readStatus(tx, failureLimit);
    }),
  );
}

function readStatus(target: Queryable, failureLimit: number): Promise<LexiconStatus> {
  return withConnection(target, async (conn) => {
    const { rows } = await conn.query<Omit<LexiconStatus, 'failures' | 'rebuild'>>(
      `SELECT (SELECT count(*) FROM lexemes)::int AS lexemes, (SELECT count(*) FROM patterns)::int AS patterns,
              (SELECT count(*) FROM forms)::int AS forms, (SELECT count(*) FROM ${QUEUE_TABLES.lexemes})::int AS "queuedLexemes",
              (SELECT count(*) FROM ${QUEUE_TABLES.patterns})::int AS "queuedPatterns", (SELECT count(*) FROM ${QUEUE_TABLES.failures})::int AS failed,
              (SELECT max_forms_per_lexeme FROM lexicon_settings) AS "formLimit", (SELECT forms_generation FROM lexicon_settings) AS "formsGeneration"`,
    );
    const failures = await conn.query<RecomputeFailure>(
      `SELECT r.lexeme_id AS "lexemeId", l.lemma, r.reason FROM ${QUEUE_TABLES.failures} r LEFT JOIN lexemes l ON l.id = r.lexeme_id ORDER BY r.lexeme_id LIMIT $1`,
      [failureLimit],
    );
    return { ...rows[0]!, failures: failures.rows, rebuild: await rebuildStatus(conn) };
  });
}
