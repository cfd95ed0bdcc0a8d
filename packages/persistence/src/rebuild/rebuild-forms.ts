import type { Connection } from '../connection/connection';
import { lockPatiently, type LockWaitListener } from '../connection/patient-lock';
import { retryOnDeadlock } from '../connection/retry-on-deadlock';
import { SQL_STATE, sqlState } from '../connection/sql-state';
import { QUEUE_TABLES } from '../queue/queue-tables';
import { FORM_COLUMNS } from '../writers/form-columns';
import { type FormsDefinition, type FormsDefinitionRow, formsDefinitionSql, toFormsDefinition } from './forms-definition';

/**
 * The table a rebuild fills. It exists only inside the rebuild's transaction, except in a rebuild that
 * several processes share (`--shared`, see `rebuild-ranges.ts`): that one commits it unindexed until it
 * becomes `forms`, and no reader ever looks at it.
 */
export const NEXT_FORMS_TABLE = 'forms_next';

/**
 * The one-key advisory lock a rebuild holds for its session: one rebuild at a time, and a rebuild that
 * finds it free knows that any registration left in `forms_rebuild` belongs to a dead process.
 * (One-key locks never collide with the two-key per-lexeme locks of `replaceForms`.)
 */
export const REBUILD_LOCK = 0x7061_7264_7262; // "pardrb"

/** {@link REBUILD_LOCK} as `pg_locks` shows it: the key's high and low 32 bits (`classid`, `objid`), parameters $1 and $2 of {@link REBUILD_LOCK_HELD}. */
export const REBUILD_LOCK_KEY = [Math.floor(REBUILD_LOCK / 2 ** 32), REBUILD_LOCK % 2 ** 32] as const;

/** An SQL condition: some session holds {@link REBUILD_LOCK} (`pid` = that session's pid, when given). */
export function rebuildLockHeldSql(pid?: string): string {
  return `EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted${pid === undefined ? '' : ` AND l.pid = ${pid}`}
                   AND l.classid::bigint = $1 AND l.objid::bigint = $2 AND l.objsubid = 1)`;
}

/** {@link rebuildLockHeldSql} by any session. */
export const REBUILD_LOCK_HELD = rebuildLockHeldSql();

/**
 * The table an import fills, in the transaction that replaces the lexicon (see `replaceLexicon`'s
 * `forms`). Not {@link NEXT_FORMS_TABLE}: a shared rebuild commits that one, and an import beside it
 * must neither fail on the name nor drop it under the rebuild's processes.
 */
export const IMPORTED_FORMS_TABLE = 'forms_imported';

/** Rows of a rebuild go in with one COPY; FREEZE because the table was created in the same transaction. */
export function copyNextFormsSql(freeze: boolean, table: string = NEXT_FORMS_TABLE): string {
  return `COPY ${table} ${FORM_COLUMNS} FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`;
}

/**
 * Taken by the transaction that registers a rebuild, held for its few statements: waits for the edits in
 * flight (SHARE on the lexicon's tables), and for the \`run\` batches and pattern expansions in flight
 * (SHARE on the lexeme queue, which their claims and inserts hold ROW EXCLUSIVE until they commit). A
 * batch that claimed before the registration is not noted, so the swap would neither carry its forms over
 * nor keep it from writing them into the new table later; and it may have read its lexemes or grammar
 * before an edit that the swap then dequeues (the rebuild read it). Waiting for it closes that window.
 */
export const REGISTRATION_LOCK_SQL = `LOCK TABLE lexemes, lexeme_patterns, patterns, ${QUEUE_TABLES.lexemes} IN SHARE MODE`;

/**
 * What {@link forgetRebuild} runs, in one round trip. The ranges first, in the order a range's
 * transaction takes its locks (its range row, then the new table): this waits for the ranges in
 * flight, whose rows are locked from their claim on, and locks every other row, so no range starts
 * after it. Dropping the table first would not wait for a range claimed but not yet copying, whose COPY
 * would then wait for the drop while the DELETE waits for its row: a deadlock, which the server ends by
 * failing one of the two. A replace of the lexicon runs it with its own locks after it, in the same
 * round trip: an edit's trigger that reads the registration once this deleted it waits for that
 * transaction while holding its lexeme; if it starts waiting before the replace asks for the lexicon,
 * the server fails the edit.
 */
export const FORGET_REBUILD_SQL = [
  'DELETE FROM forms_rebuild_ranges',
  `DROP TABLE IF EXISTS ${NEXT_FORMS_TABLE}`,
  ...['forms_rebuild_claims', 'forms_rebuild_changes', 'forms_rebuild'].map((table) => `DELETE FROM ${table}`),
].join('; ');

/** What {@link registerRebuild} did: registered this rebuild, or found that another one finished while it waited. */
export type RebuildRegistration = 'registered' | 'rebuilt-meanwhile';

/**
 * Outside any transaction, on the connection that will run the rebuild's transaction: waits for any
 * other rebuild to end (session advisory lock). If that one committed while this one waited, every form
 * is current already (edits since are queued): resolves to `rebuilt-meanwhile` with the lock released,
 * so several processes started together do the work once. Otherwise forgets what a dead rebuild left
 * (and a shared rebuild, see `rebuild-ranges.ts`, whether its processes died or still run: they find
 * it gone and end), and registers this one.
 * The registration waits for the edits and `run` batches in flight ({@link REGISTRATION_LOCK_SQL}) and
 * commits at once: from then on every claim of `worker run` and every edit is noted (see the
 * `forms-rebuild` migration), and every edit committed before is in any snapshot taken after.
 * Read the lexicon only after this returns.
 */
export async function registerRebuild(conn: Connection): Promise<RebuildRegistration> {
  const free = (await conn.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1) AS free', [REBUILD_LOCK])).rows[0]!.free;
  if (!free) {
    const waitedSince = (await conn.query<{ now: string }>('SELECT clock_timestamp()::text AS now')).rows[0]!.now;
    await conn.query('SELECT pg_advisory_lock($1)', [REBUILD_LOCK]);
    const done = await conn.query('SELECT 1 FROM forms_rebuild_done WHERE finished_at > $1::timestamptz', [waitedSince]);
    if (done.rows.length > 0) {
      await conn.query('SELECT pg_advisory_unlock($1)', [REBUILD_LOCK]);
      return 'rebuilt-meanwhile';
    }
  }
  // One transaction in one round trip. Forgetting comes before the lexicon's locks: forgetting a shared
  // rebuild waits for the ranges in flight. The lexicon's locks are taken in the order edits take them;
  // a replace of the lexicon takes the queue first, and when the two wait for each other the server
  // fails the one that waited first, often this one: the registration is then made again.
  await retryOnDeadlock(REGISTRATION_ATTEMPTS, () => conn.query(`${FORGET_REBUILD_SQL}; ${REGISTRATION_LOCK_SQL}; INSERT INTO forms_rebuild (backend_pid) VALUES (pg_backend_pid())`));
  return 'registered';
}

/** How many times a registration takes its locks before a deadlock fails the rebuild. */
export const REGISTRATION_ATTEMPTS = 5;

/**
 * Outside any transaction, after the rebuild's transaction ended (committed: its registration is gone
 * already; rolled back: it is removed here) and releases the session lock.
 */
export async function unregisterRebuild(conn: Connection): Promise<void> {
  await conn.query(`DELETE FROM forms_rebuild; SELECT pg_advisory_unlock(${REBUILD_LOCK})`);
}

/**
 * Under the rebuild lock, in the transaction that registers a rebuild (or gives one up): removes what an
 * earlier rebuild left, its new table (a shared rebuild commits it), ranges, notes and registration.
 */
export async function forgetRebuild(tx: Connection): Promise<void> {
  await tx.query(FORGET_REBUILD_SQL);
}

/**
 * Inside the transaction that registers the rebuild: the new, unindexed table, with `forms`' columns,
 * defaults and checks; resolves to what it must get once filled ({@link FormsDefinition}), read in the
 * same round trip.
 */
export async function createNextForms(tx: Connection, table: string = NEXT_FORMS_TABLE): Promise<FormsDefinition> {
  const rows = await tx.query<FormsDefinitionRow>(`CREATE TABLE ${table} (LIKE forms INCLUDING ALL EXCLUDING INDEXES); ${formsDefinitionSql('forms')}`);
  return toFormsDefinition(rows.rows, 'forms', table);
}

/**
 * Inside the rebuild's transaction, once every row is in: indexes and constraints built once, triggers,
 * grants and statistics targets, then statistics; `indexed`, if given, is called between the two.
 */
export async function indexNextForms(tx: Connection, definition: FormsDefinition, indexed?: () => void): Promise<void> {
  for (const statement of definition.indexes) await tx.query(statement);
  for (const statement of definition.extras) await tx.query(statement);
  indexed?.();
  // See FormsDefinition.indexStatisticsTarget. Columns with a target of their own keep it.
  if (definition.indexStatisticsTarget !== undefined) await tx.query(`SET LOCAL default_statistics_target = ${definition.indexStatisticsTarget}`);
  await tx.query(`ANALYZE ${definition.table}`);
}

/**
 * Inside the transaction that replaced the lexicon and filled `definition.table` with every form of
 * the new lexicon (see `replaceLexicon`'s `forms`), last: forgets the failures recorded for the old
 * lexicon (an import commits only when every lexeme generated; a claim in flight forgets its own), and puts the new table in place of
 * `forms` (which the replace holds exclusively from its start), with its indexes under the old names.
 */
export async function installImportedForms(tx: Connection, definition: FormsDefinition): Promise<void> {
  // But the rows a `worker run` claim in flight holds: the claim deleted them, and waits for the lexicon.
  await tx.query(`DELETE FROM ${QUEUE_TABLES.failures} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${QUEUE_TABLES.failures} FOR UPDATE SKIP LOCKED))`);
  await tx.query(`DROP TABLE forms; ALTER TABLE ${definition.table} RENAME TO forms`);
  for (const statement of definition.renames) await tx.query(statement);
}

/** Lexemes whose live forms are kept: claimed by `worker run` during the rebuild, or failed in it. */
const KEPT = `SELECT lexeme_id FROM forms_rebuild_claims UNION SELECT unnest($1::int[])`;

/**
 * Inside the rebuild's transaction, last: replaces `forms` by the new table. Ends the registration
 * first (waits for the edits in flight, which hold it FOR SHARE; later edits wait for the commit), then
 * takes `forms` exclusively (waits for the writers in flight, one short try at a time, so that a
 * reader's transaction left open does not hold up the other readers meanwhile: see `lockPatiently`;
 * once granted, readers and writers queue behind it until the commit, which follows at once), carries over the live forms of the lexemes that `worker run` claimed since
 * the rebuild registered (they are newer than the rebuild's snapshot, or equal to it) and of those that
 * failed to generate (their old forms stay, as with a per-lexeme replace), drops the forms of lexemes
 * that no longer exist if the lexicon was truncated since the registration (a TRUNCATE is noted only
 * by that flag), records the failures (but of the lexemes a `worker run` claim in flight holds, whose
 * outcome is that worker's),
 * drops the old table and renames the new one, with its indexes, to the old names. Then, unless a
 * pattern changed since the registration (or a replace of the lexicon holds the queues, see
 * {@link queuesAreFree}), it dequeues every lexeme that did not change since (its new
 * forms are current) and the pattern changes queued before it (the rebuild's grammar has them); a
 * queue row a worker is claiming right now is skipped (that worker writes it into the new table).
 * `failedIds` and `reasons` are parallel. With `onLockWait`, the sessions that hold `forms` (a reader's
 * transaction left open) are named once the swap has waited a few seconds for it (see `lockPatiently`);
 * aborting `signal` ends that wait, rejecting with the signal's reason.
 */
export async function swapInNextForms(
  tx: Connection,
  definition: FormsDefinition,
  failedIds: readonly number[],
  reasons: readonly string[],
  onLockWait?: LockWaitListener,
  signal?: AbortSignal,
): Promise<void> {
  const ended = await tx.query<{ patterns_changed: boolean; lexicon_truncated: boolean }>('DELETE FROM forms_rebuild RETURNING patterns_changed, lexicon_truncated');
  const patternsChanged = ended.rows[0]?.patterns_changed ?? true;
  const lexiconTruncated = ended.rows[0]?.lexicon_truncated ?? true;
  await lockPatiently(tx, 'LOCK TABLE forms IN ACCESS EXCLUSIVE MODE', ['forms'], onLockWait, signal);
  await tx.query(`DELETE FROM ${NEXT_FORMS_TABLE} WHERE lexeme_id IN (${KEPT})`, [failedIds]);
  await tx.query(`INSERT INTO ${NEXT_FORMS_TABLE} SELECT * FROM forms WHERE lexeme_id IN (${KEPT})`, [failedIds]);
  // A TRUNCATE of the lexicon since the rebuild read it (or a replace, which truncates) fires no row
  // trigger: neither noted nor queued, its lexemes would keep the forms computed here for good. Only
  // then (the flag), as the anti-join reads the whole new table inside the exclusive lock.
  if (lexiconTruncated) await tx.query(`DELETE FROM ${NEXT_FORMS_TABLE} f WHERE NOT EXISTS (SELECT 1 FROM lexemes l WHERE l.id = f.lexeme_id)`);
  // A lexeme a worker claimed meanwhile keeps that worker's outcome (success or failure), and so does one
  // a claim in flight holds: that claim deleted the lexeme's failure row and now waits for `forms`, so
  // waiting for the row here would be a deadlock. The rows no other transaction holds are locked first;
  // the others (`busy`) are left to their claims.
  const failures = QUEUE_TABLES.failures;
  const held = await tx.query<{ free: number[]; busy: number[] }>(
    `WITH free AS (SELECT lexeme_id FROM ${failures} ORDER BY lexeme_id FOR UPDATE SKIP LOCKED) ` +
      `SELECT ARRAY(SELECT lexeme_id FROM free) AS free, ARRAY(SELECT lexeme_id FROM ${failures} WHERE lexeme_id NOT IN (SELECT lexeme_id FROM free)) AS busy`,
  );
  const { free, busy } = held.rows[0]!;
  await tx.query(`DELETE FROM ${failures} WHERE lexeme_id = ANY($1::int[]) AND lexeme_id NOT IN (SELECT lexeme_id FROM forms_rebuild_claims) AND lexeme_id <> ALL($2::int[])`, [free, failedIds]);
  await tx.query(
    `INSERT INTO ${failures} (lexeme_id, reason) SELECT id, reason FROM unnest($1::int[], $2::text[]) AS t(id, reason) ` +
      `WHERE id NOT IN (SELECT lexeme_id FROM forms_rebuild_claims) AND id <> ALL($3::int[]) ORDER BY id ON CONFLICT (lexeme_id) DO UPDATE SET reason = excluded.reason, failed_at = now()`,
    [failedIds, reasons, busy],
  );
  await tx.query('DROP TABLE forms');
  await tx.query(`ALTER TABLE ${NEXT_FORMS_TABLE} RENAME TO forms`);
  for (const statement of definition.renames) await tx.query(statement);
  if (!patternsChanged && (await queuesAreFree(tx))) {
    // By the rows' addresses (a TID scan): locked here, they stay where they are until the commit. Joining
    // back by lexeme_id (a hash aggregate, then an index probe per row) took 586 ms for the 84,139 lexemes
    // of hunspell-fr, against 256 ms.
    await tx.query(
      `DELETE FROM ${QUEUE_TABLES.lexemes} WHERE ctid = ANY (ARRAY(SELECT q.ctid FROM ${QUEUE_TABLES.lexemes} q ` +
        `WHERE NOT EXISTS (SELECT 1 FROM forms_rebuild_changes c WHERE c.lexeme_id = q.lexeme_id) FOR UPDATE SKIP LOCKED))`,
    );
    await tx.query(`DELETE FROM ${QUEUE_TABLES.patterns} WHERE (pattern_id, name) IN (SELECT pattern_id, name FROM ${QUEUE_TABLES.patterns} FOR UPDATE SKIP LOCKED)`);
  }
  await tx.query('DELETE FROM forms_rebuild_claims');
  await tx.query('DELETE FROM forms_rebuild_changes');
  await tx.query('DELETE FROM forms_rebuild_ranges');
  await tx.query('INSERT INTO forms_rebuild_done (finished_at) VALUES (clock_timestamp()) ON CONFLICT (singleton) DO UPDATE SET finished_at = excluded.finished_at');
}

/**
 * Whether the swap can dequeue without waiting. Only a replace of the lexicon with the triggers on
 * holds (or asks for) the queues against it (see `lexicon/replace-lexicon.ts`), and such a replace
 * waits for this rebuild's `forms` meanwhile, or will: waiting for the queues would be a deadlock, which the server ends by
 * failing the rebuild. That replace empties `forms` and queues every lexeme once this commits, so the
 * swap then leaves the queues as they are (what stays queued is computed again, which is always right).
 */
async function queuesAreFree(tx: Connection): Promise<boolean> {
  try {
    await tx.transaction((free) => free.query(`LOCK TABLE ${QUEUE_TABLES.lexemes}, ${QUEUE_TABLES.patterns} IN ROW EXCLUSIVE MODE NOWAIT`));
    return true;
  } catch (error) {
    if (sqlState(error) === SQL_STATE.lockNotAvailable) return false;
    throw error;
  }
}
