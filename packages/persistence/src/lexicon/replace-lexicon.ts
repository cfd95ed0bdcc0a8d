import type { Lexeme, PatternSource } from '@paradigm/core';
import type { Connection } from '../connection/connection';
import { LOCK_PATIENCE, lockPatiently, type LockWaitListener } from '../connection/patient-lock';
import { retryOnDeadlock } from '../connection/retry-on-deadlock';
import { SQL_STATE, sqlState } from '../connection/sql-state';
import { type Queryable, withConnection } from '../connection/with-connection';
import { chunkRows, copyField, copyTextArray } from '../writers/copy-encoder';
import { QUEUE_TABLES } from '../queue/queue-tables';
import { FORGET_REBUILD_SQL, REBUILD_LOCK } from '../rebuild/rebuild-forms';
import { compiledHash } from './compiled-hash';
import { readForeignKeys } from './lexicon-foreign-keys';
import { inChunks } from './in-chunks';
import { movePastIdsSql } from './move-past-ids';
import { throwIfAbortedByNow, untilAborted } from './until-aborted';

/** A whole lexicon: its patterns and its lexemes (streamed; any number). */
export interface LexiconInput {
  patterns: Iterable<PatternSource> | AsyncIterable<PatternSource>;
  lexemes: Iterable<Lexeme> | AsyncIterable<Lexeme>;
}

/** Options for {@link replaceLexicon}. */
export interface ReplaceLexiconOptions {
  /** Lexemes per pair of COPY statements (default 20000): bounds memory, not speed. */
  chunkLexemes?: number;
  /** Called after each chunk with the number of lexemes loaded so far. */
  onProgress?: (lexemesLoaded: number) => void;
  /**
   * Disable user triggers on lexemes, patterns and lexeme_patterns during the load (e.g. the worker's
   * change-queue triggers), then queue every lexeme and bump `patterns_version` in one statement each,
   * as the triggers would. For bulk loads that a full recompute follows. Default false.
   */
  skipTriggers?: boolean;
  /**
   * Writes the new lexicon's forms in the same transaction (implies `skipTriggers`), so they commit
   * with it: nothing is queued for the new lexemes, and the queues are emptied of what was waiting
   * (every lexeme's forms are current at the commit), except the rows a `run` batch holds (it computes
   * them again once this commits, from the new lexicon). A registration no rebuild holds (the rebuild
   * lock is free: a killed rebuild's, or a shared rebuild's between its ranges) is forgotten first, as
   * a new rebuild forgets it. Only when a rebuild holds the lock (a plain one running, or a shared one
   * swapping: either may swap in forms computed before this commits) is every lexeme queued as with
   * `skipTriggers`, so `worker run` corrects whatever that swap replaces.
   */
  forms?: LexiconForms;
  /**
   * The `compiled_hash` of a pattern that the caller compiled already with paradigm-core's default
   * options, by id ({@link fingerprintHash} of its fingerprint), or undefined: such a pattern is not
   * compiled again for it ({@link compiledHash}). Asked once per pattern, as it is stored. An import
   * compiles every pattern for its forms; compiling each once more for its hash took a tenth of
   * Hunspell ko's import and most of its memory churn.
   */
  compiledHashOf?: (patternId: number) => string | undefined;
  /**
   * Called when the replace has waited {@link LOCK_PATIENCE} for the lexicon's tables, with the
   * sessions that hold them (an open transaction elsewhere, a `pg_dump`); it then waits on, as long as
   * the session's `lock_timeout` allows, without holding up the readers of those tables meanwhile
   * ({@link lockPatiently}). Not called when they hold none by then; called again only if a deadlock
   * made it take its locks anew.
   */
  onLockWait?: LockWaitListener;
  /**
   * Aborting it (Ctrl-C) rolls the replace back: it is looked at while the replace waits for its locks,
   * as the lexemes are read and once more before the commit, and the replace then rejects with the
   * signal's `reason`, having changed nothing.
   * A statement running when it aborts runs to its end first.
   */
  signal?: AbortSignal;
}

/**
 * What writes a lexicon's forms inside {@link replaceLexicon}'s transaction, which holds the lexicon's
 * tables and `forms` exclusively throughout.
 */
export interface LexiconForms {
  /** Once the old lexicon and forms are emptied, before the first lexeme is copied. */
  begin(tx: Connection): Promise<void>;
  /** After each chunk of lexemes (in input order) and their links are copied. */
  chunk(tx: Connection, lexemes: readonly Lexeme[]): Promise<void>;
  /** Once the whole lexicon is in, its keys checked: last before the queues are settled and the commit. */
  end(tx: Connection): Promise<void>;
}

/** What {@link replaceLexicon} loaded. */
export interface LexiconCounts {
  readonly patterns: number;
  readonly lexemes: number;
  /** Rows of lexeme_patterns. */
  readonly links: number;
  /** Whether the lexicon held any lexeme before (read under the replace's locks). */
  readonly hadLexemes: boolean;
}

/**
 * The replace gave up after {@link REPLACE_ATTEMPTS} deadlocks while it took its locks, each time with
 * another session that took the same tables in another order. Nothing was changed.
 */
export class ReplaceDeadlockError extends Error {
  /** SQLSTATE deadlock_detected, as the server's own error, for callers that classify errors by code. */
  readonly code = SQL_STATE.deadlockDetected;

  constructor(
    readonly attempts: number,
    cause: unknown,
  ) {
    super(
      `replacing the lexicon gave up after ${attempts} deadlocks with other sessions while it took its locks (each time another ` +
        'transaction held part of the lexicon and waited for a part the replace held); it rolled back, so the lexicon and the ' +
        'forms are as they were. Run it again, or stop the other writers meanwhile.',
      { cause },
    );
    this.name = 'ReplaceDeadlockError';
  }
}

const TABLES = ['lexemes', 'patterns', 'lexeme_patterns'];

/**
 * With the triggers off, what they would have recorded, in one statement: every lexeme is queued, so
 * the rule of docs/guarantees.md holds even when the full rebuild that should follow never runs or is
 * killed (`worker run` computes them; the rebuild's swap dequeues what it computed).
 *
 * Rows still in the queue are left alone, also those a `run` batch has claimed (deleted, not yet
 * committed): `ON CONFLICT` alone would wait for that batch, whose next statement waits for this
 * transaction's locks on the lexicon, a deadlock. The claimer reads the new lexicon once this commits
 * (or rolls back and its rows are queued again).
 */
const QUEUE_WHOLE_LEXICON_SQL =
  `INSERT INTO ${QUEUE_TABLES.lexemes} (lexeme_id) SELECT id FROM lexemes l ` +
  `WHERE NOT EXISTS (SELECT 1 FROM ${QUEUE_TABLES.lexemes} q WHERE q.lexeme_id = l.id) ORDER BY id ON CONFLICT DO NOTHING`;
/**
 * With {@link ReplaceLexiconOptions.forms}, every queued lexeme and pattern change is settled by the
 * forms that commit with the lexicon. By the rows' addresses, as the rebuild's swap dequeues; rows a
 * `run` batch or an expansion holds are skipped (it commits after this, from the new lexicon).
 */
const SETTLE_QUEUES_SQL =
  `DELETE FROM ${QUEUE_TABLES.lexemes} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${QUEUE_TABLES.lexemes} FOR UPDATE SKIP LOCKED)); ` +
  `DELETE FROM ${QUEUE_TABLES.patterns} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${QUEUE_TABLES.patterns} FOR UPDATE SKIP LOCKED))`;
/** ...and the patterns moved: a `worker run --follow` that compiled the old ones recompiles before its next claim. */
const BUMP_PATTERNS_VERSION_SQL = `UPDATE ${QUEUE_TABLES.state} SET patterns_version = patterns_version + 1`;
/**
 * ...and a full rebuild registered meanwhile (a shared one reads its ranges while this runs) learns what
 * its disabled notes would have told it: the patterns changed (its swap dequeues nothing, `worker run`
 * computes the queued lexicon) and the lexicon was truncated (its swap drops the forms of lexemes gone).
 */
const NOTE_FOR_REBUILD_SQL = 'UPDATE forms_rebuild SET patterns_changed = true, lexicon_truncated = true';
/**
 * With the triggers on, they queue the new lexemes (and patterns), and a `run` batch may hold some of
 * their ids (claimed: its queue rows deleted, not committed) without having read its lexemes yet, as
 * may an expansion of pattern changes hold its patterns: the triggers' insert would wait for that batch
 * while the batch's read waits for the TRUNCATE, a deadlock that fails one of them. So the replace
 * first waits for the claims, expansions and edits in flight (they hold ROW EXCLUSIVE on the queues
 * until they commit) and keeps new ones out until it commits: a batch in flight commits first (forms of
 * the old lexicon, which the TRUNCATE empties), a batch that claims later reads the new lexicon.
 */
const WAIT_FOR_CLAIMS_SQL = `LOCK TABLE ${QUEUE_TABLES.lexemes}, ${QUEUE_TABLES.patterns} IN SHARE ROW EXCLUSIVE MODE`;
/**
 * Then the tables the replace empties, all of them before it writes anything, in the order edits take
 * them: a lexeme, then its pattern links (an edit that reads or updates a lexeme and then relinks it;
 * deleting a lexeme cascades to its links), then the patterns (the links' foreign key reads them last),
 * then `forms`, which a `run` batch writes after reading the lexicon. The TRUNCATE alone would take
 * `lexeme_patterns` first: such an edit would then wait for it while the TRUNCATE waits for the edit's
 * lexeme, a deadlock. Edits that take the tables in another order (an INSERT into `lexeme_patterns`
 * locks `lexemes` for its foreign key afterwards) can still close a cycle: see {@link lockForReplace}.
 */
const LOCK_LEXICON_SQL = 'LOCK TABLE lexemes, lexeme_patterns, patterns, forms IN ACCESS EXCLUSIVE MODE';
/**
 * With the triggers off, the lexicon is queued at the end ({@link QUEUE_WHOLE_LEXICON_SQL}), but the
 * queue's lock is taken with the others, right after the lexicon's (as an edit's trigger takes it).
 * Taken at the end, it would wait for a replace with the triggers on that holds the queue
 * ({@link WAIT_FOR_CLAIMS_SQL}) and waits for this one's lexicon, once the input is read and the
 * locks can no longer be taken again.
 */
const HOLD_QUEUE_SQL = `LOCK TABLE ${QUEUE_TABLES.lexemes} IN ROW EXCLUSIVE MODE`;
/**
 * Once the tables are emptied, the old lexicon's failures and queued lexemes name lexemes that are gone
 * (the forms they speak of are truncated too), and a new lexeme that takes an old one's id would be
 * shown as failed, or counted as queued, for it. By the rows' addresses, as {@link SETTLE_QUEUES_SQL}:
 * rows a `run` batch holds are skipped (it commits after this, from the new lexicon).
 */
const FORGET_OLD_LEXICON_SQL =
  `DELETE FROM ${QUEUE_TABLES.failures} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${QUEUE_TABLES.failures} FOR UPDATE SKIP LOCKED)); ` +
  `DELETE FROM ${QUEUE_TABLES.lexemes} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${QUEUE_TABLES.lexemes} FOR UPDATE SKIP LOCKED))`;
/**
 * How many times a replace takes its locks before it gives up ({@link ReplaceDeadlockError}). Each
 * deadlock costs the server's `deadlock_timeout` (1 s by default) before it is detected.
 */
const REPLACE_ATTEMPTS = 5;
/** The tables a replace locks, whose holders it names. */
/** The tables a replace holds alone until it commits (an import's whole run): readers wait for them. */
export const LOCKED_TABLES = ['lexemes', 'lexeme_patterns', 'patterns', 'forms', QUEUE_TABLES.lexemes, QUEUE_TABLES.patterns];

/**
 * Replaces the whole lexicon in one transaction: empties lexemes, patterns, lexeme_patterns and forms,
 * then COPYs the new rows in, `chunkLexemes` lexemes at a time, so a million lexemes never sit in
 * memory. Any failure (including a lexeme naming an unknown pattern id) leaves the old lexicon as it was.
 * The forms table is left empty (run a full recompute afterwards), unless `options.forms` writes the new
 * lexicon's forms in the same transaction (see {@link LexiconForms}).
 *
 * Before it reads its input it waits for the edits, `run` batches and rebuild swaps in flight on those
 * tables, and a deadlock with one of them while it does so is retried (see {@link lockForReplace}):
 * the input is read once, after.
 *
 * @throws {@link ReplaceDeadlockError} when taking its locks deadlocked {@link REPLACE_ATTEMPTS} times.
 */
export function replaceLexicon(target: Queryable, input: LexiconInput, options: ReplaceLexiconOptions = {}): Promise<LexiconCounts> {
  const chunkLexemes = options.chunkLexemes ?? 20000;
  const skipTriggers = options.skipTriggers === true || options.forms !== undefined;
  const { signal } = options;
  const lexemesRead = signal === undefined ? input.lexemes : untilAborted(input.lexemes, signal);
  return withConnection(target, (conn) =>
    conn.transaction(async (tx) => {
      const { hadLexemes, rebuildRegistered } = await lockForReplace(tx, skipTriggers, options.forms !== undefined, options.onLockWait, signal);
      // The tables are empty and this transaction holds them exclusively: the keys are checked once at the end.
      const foreignKeys = await readForeignKeys(tx, TABLES);
      for (const statement of foreignKeys.drop) await tx.query(statement);
      await options.forms?.begin(tx);
      const patternIds = await loadPatterns(tx, input.patterns, options.compiledHashOf);
      let lexemes = 0;
      let links = 0;
      for await (const chunk of inChunks(lexemesRead, chunkLexemes)) {
        links += await loadLexemes(tx, chunk, patternIds);
        await options.forms?.chunk(tx, chunk);
        lexemes += chunk.length;
        options.onProgress?.(lexemes);
      }
      for (const statement of foreignKeys.add) await tx.query(statement);
      // Ids came from the input; move the identity sequences past them so plain INSERTs still work.
      for (const table of ['lexemes', 'patterns'] as const) {
        await tx.query(movePastIdsSql(table));
      }
      if (skipTriggers) for (const table of TABLES) await tx.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      await options.forms?.end(tx);
      if (options.forms !== undefined && !rebuildRegistered) await tx.query(SETTLE_QUEUES_SQL);
      else if (skipTriggers) await tx.query(QUEUE_WHOLE_LEXICON_SQL);
      // The last moment the replace can roll back: past this it commits.
      if (signal) await throwIfAbortedByNow(signal);
      return { patterns: patternIds.size, lexemes, links, hadLexemes };
    }),
  );
}

/**
 * Everything a replace does before it reads its input, in a savepoint: takes its locks
 * ({@link WAIT_FOR_CLAIMS_SQL} with the triggers on, then {@link LOCK_LEXICON_SQL}), with the triggers
 * off writes the rows other sessions also lock (the rebuild's note, the patterns' version) and holds
 * the queue ({@link HOLD_QUEUE_SQL}), then empties the tables.
 * No order of its locks suits every other session: edits take the lexicon before the queue (their
 * triggers) and in any order a client writes, `run` batches the queue before the lexicon. The locks are
 * taken by {@link lockPatiently}, one short try at a time, so such a cycle ends with the try giving
 * way (its savepoint rolled back, which lets the other session go on and commit) and the locks taken
 * again after it. When the cycle runs through a lock the savepoint took first (the rebuild lock), the
 * locks are asked for without a limit and the server ends the cycle by failing this side ("deadlock
 * detected", 40P01): the savepoint is rolled back and everything taken again, up to
 * {@link REPLACE_ATTEMPTS} times. The input is read only afterwards, so it is read once. With
 * `withForms`, a registration no rebuild holds is forgotten first. Resolves to whether the lexicon had
 * any lexeme and, with the triggers off, whether a full rebuild is (still) registered (its row noted).
 * With `onLockWait`, the sessions holding the tables are named once the locks have waited
 * {@link LOCK_PATIENCE}.
 */
async function lockForReplace(
  tx: Connection,
  skipTriggers: boolean,
  withForms: boolean,
  onLockWait: ReplaceLexiconOptions['onLockWait'],
  signal: AbortSignal | undefined,
): Promise<{ hadLexemes: boolean; rebuildRegistered: boolean }> {
  const attempt = () =>
    tx.transaction(async (locked) => {
      const lock = skipTriggers ? LOCK_LEXICON_SQL : `${WAIT_FOR_CLAIMS_SQL}; ${LOCK_LEXICON_SQL}`;
      // With the rebuild lock free, no rebuild registers or swaps until this commits, and none runs now:
      // a registration left (a killed `recompute --all`, or a shared rebuild, dead or not, whose ranges
      // hold forms of the old lexicon) is forgotten as a new rebuild forgets it, so it swaps nothing in
      // later and the new lexicon need not be queued. Before the lexicon's locks (forgetting waits for
      // the ranges in flight, which read the lexicon), and in the same round trip as them.
      const forget = withForms && (await locked.query<{ free: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS free', [REBUILD_LOCK])).rows[0]!.free;
      await lockPatiently(locked, forget ? `${FORGET_REBUILD_SQL}; ${lock}` : lock, LOCKED_TABLES, onLockWait, signal);
      let rebuildRegistered = false;
      if (skipTriggers) {
        // At once: a shared rebuild's swap ends its registration (this row) and then asks for `forms`.
        rebuildRegistered = (await locked.query(NOTE_FOR_REBUILD_SQL)).rowCount > 0;
        await locked.query(HOLD_QUEUE_SQL);
        await locked.query(BUMP_PATTERNS_VERSION_SQL);
      }
      const hadLexemes = (await locked.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM lexemes) AS any')).rows[0]!.any;
      if (skipTriggers) for (const table of TABLES) await locked.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      await locked.query('TRUNCATE lexeme_patterns, forms, lexemes, patterns');
      await locked.query(FORGET_OLD_LEXICON_SQL);
      return { hadLexemes, rebuildRegistered };
    });
  try {
    return await retryOnDeadlock(REPLACE_ATTEMPTS, attempt);
  } catch (error) {
    if (sqlState(error) === SQL_STATE.deadlockDetected) throw new ReplaceDeadlockError(REPLACE_ATTEMPTS, error);
    throw error;
  }
}

async function loadPatterns(tx: Connection, patterns: LexiconInput['patterns'], compiledHashOf: ReplaceLexiconOptions['compiledHashOf']): Promise<Set<number>> {
  const ids = new Set<number>();
  async function* rows() {
    for await (const p of patterns) {
      ids.add(p.id);
      yield `${p.id}\t${copyField(p.name)}\t${copyField(p.source)}\t${compiledHashOf?.(p.id) ?? compiledHash(p)}\n`;
    }
  }
  await tx.copyFrom('COPY patterns (id, name, source, compiled_hash) FROM STDIN', chunkRows(rows()));
  return ids;
}

/**
 * Copies a chunk of lexemes, then their links, each as rows streamed in small chunks (`chunkRows`): the
 * COPY text of a chunk built as one string was a tree of millions of pieces (Hunspell ar's 20,000
 * entries take 2 million links: 110 MB alive at once).
 */
async function loadLexemes(tx: Connection, lexemes: readonly Lexeme[], patternIds: ReadonlySet<number>): Promise<number> {
  let links = 0;
  for (const l of lexemes) {
    for (const patternId of l.patterns) {
      if (!patternIds.has(patternId)) {
        throw new Error(`Lexeme ${l.id} (${JSON.stringify(l.lemma)}) takes pattern id ${patternId}, which is not among the lexicon's patterns; add the pattern or fix the lexeme.`);
      }
    }
    links += l.patterns.length;
  }
  function* lexemeRows() {
    for (const l of lexemes) yield `${l.id}\t${copyField(l.lemma)}\t${copyField(l.stem ?? null)}\t${copyTextArray(l.root)}\t${copyField(l.gloss ?? null)}\n`;
  }
  function* linkRows() {
    for (const l of lexemes) for (let position = 0; position < l.patterns.length; position++) yield `${l.id}\t${l.patterns[position]}\t${position}\n`;
  }
  await tx.copyFrom('COPY lexemes (id, lemma, stem, root, gloss) FROM STDIN', chunkRows(lexemeRows()));
  if (links > 0) await tx.copyFrom('COPY lexeme_patterns (lexeme_id, pattern_id, position) FROM STDIN', chunkRows(linkRows()));
  return links;
}
