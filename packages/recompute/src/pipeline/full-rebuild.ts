import type { Lexeme } from '@paradigm/core';
import {
  BEFORE_FIRST_LEXEME_ID,
  BEGIN_LEXICON_SNAPSHOT,
  type Connection,
  copyNextFormsSql,
  type CopyRows,
  COUNT_LEXEMES_SQL,
  countLexemes,
  createNextForms,
  type Database,
  type FormsDefinition,
  indexNextForms,
  isAbortOf,
  readFormLimit,
  readPatterns,
  registerRebuild,
  streamLexemes,
  streamLexicon,
  swapInNextForms,
  unregisterRebuild,
} from '@paradigm/persistence';
import { type ComputedBatch, computeBatches } from '../compute/compute-batch';
import { expectOwnFormsGeneration } from '../compute/forms-generation';
import { buildWorkerGrammar, type WorkerGrammar } from '../compute/worker-grammar';
import { NO_HOOKS } from '../runtime/batch-hooks';
import type { RunReport } from '../report/run-report';
import type { FullRebuildOptions } from './full-rebuild-options';
import { RunState } from './run-state';
import { sharedRebuild } from './shared-rebuild';
import { afterCopied, copyBatches, pooledCopyRows } from './copy-batches';

/** Thrown inside the rebuild's transaction when the run is interrupted, so it rolls back. */
class RebuildInterrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/**
 * Recomputes every lexeme's forms into a new table and swaps it in (`recompute --all`). Index
 * maintenance is what bounds a bulk write, so the rows go into an unindexed table with one COPY
 * (`FREEZE`: created in the same transaction), the indexes are built once, and the table replaces
 * `forms` in a short exclusive lock at the end of the same transaction. Measured on 50,000 synthetic
 * lexemes (979,455 forms), server-side: DELETE + COPY into the indexed table 5.1 s, COPY into a new
 * table + index builds + swap 2.4 s.
 *
 * Readers see the old forms until the commit, and a process killed at any point leaves them as they
 * were: the new table only ever existed in the rolled-back transaction.
 *
 * On PostgreSQL the lexicon is read on a second connection in one REPEATABLE READ snapshot taken after
 * the rebuild registered itself; `worker run` keeps working on the live table meanwhile, and its
 * claims since the registration are noted, so the swap carries over those lexemes' live forms (newer
 * than the snapshot, or equal to it) instead of computing them again; edits it has not claimed yet
 * stay queued. On PGlite one connection does everything in the one transaction.
 *
 * Several processes started together do it once: the others wait for the first (a session advisory
 * lock) and, if it committed meanwhile, end without work (`rebuiltByAnother`). A shared rebuild that
 * `--shared` processes left registered (killed) or are still running is discarded when this one
 * registers: its processes end, and this rebuild computes every lexeme.
 *
 * With `shared` on PostgreSQL, the processes split the work instead ({@link sharedRebuild}).
 */
export async function fullRebuild(db: Database, options: FullRebuildOptions): Promise<RunReport> {
  if (options.shared && db.dialect === 'postgres') return sharedRebuild(db, options);
  const hooks = options.hooks ?? NO_HOOKS;
  const state = new RunState(options.progress);
  const writer = await db.acquire();
  // PostgreSQL: the snapshot's session connects while the rebuild registers.
  const readerSession = db.dialect === 'postgres' ? db.acquire() : undefined;
  readerSession?.catch(() => undefined); // awaited below; a registration failing first must not leave it unhandled
  const failedIds: number[] = [];
  const reasons: string[] = [];
  let problems: WorkerGrammar['problems'] = [];
  let interrupted = false;
  const settings = { command: 'recompute', database: db.description, writer: 'copy', batchSize: options.batchSize, batchForms: options.batchForms, concurrency: 1 } as const;
  try {
    if ((await registerRebuild(writer)) === 'rebuilt-meanwhile') return { ...state.report(settings, [], false), rebuiltByAnother: true };
    state.reached('registered');
    try {
      await writer.transaction(async (tx) => {
        let definition!: FormsDefinition;
        await withSnapshot(readerSession === undefined ? undefined : await readerSession, tx, async (reader, lexemes) => {
          state.reached('snapshot');
          // Only once the reader holds the lexicon (see withSnapshot) does the writer take `forms`.
          definition = await createNextForms(tx);
          await hooks.at('rebuild-created', 0, [], tx);
          const sources = await readPatterns(reader);
          const formLimit = await readFormLimit(reader);
          await expectOwnFormsGeneration(reader);
          // The first page is read while the grammar compiles.
          const pages = lexiconPages(reader, options.batchSize, state);
          const grammar = buildWorkerGrammar(sources, formLimit);
          problems = grammar.problems;
          state.reached('grammar');
          options.progress.start('recompute', lexemes);
          const sent = afterCopied(state, hooks, failedIds, reasons);
          const batches = computedBatches(grammar, pages, options, state);
          await copyBatches(tx, db.dialect, copyNextFormsSql(true), batches, state, sent, () => {
            if (options.signal.aborted) throw new RebuildInterrupted();
          });
        });
        state.reached('copied');
        await hooks.at('rebuild-copied', 0, []);
        await indexNextForms(tx, definition, () => state.reached('indexed'));
        state.reached('analyzed');
        await hooks.at('rebuild-indexed', 0, []);
        if (options.signal.aborted) throw new RebuildInterrupted();
        await swapInNextForms(tx, definition, failedIds, reasons, options.onLockWait, options.signal);
        state.reached('swapped');
        await hooks.at('rebuild-swapped', 0, []);
      });
      state.reached('committed');
      await hooks.at('after-commit', 0, []);
    } catch (error) {
      // Interrupted while the swap waited for `forms`, it rejects with the signal's reason.
      if (!(error instanceof RebuildInterrupted) && !isAbortOf(options.signal, error)) throw error;
      interrupted = true;
    } finally {
      await unregisterRebuild(writer).catch(() => undefined);
    }
  } finally {
    writer.release();
    (await readerSession?.catch(() => undefined))?.release();
  }
  if (!interrupted) {
    options.progress.finish(state.counts());
    return state.report(settings, problems, false);
  }
  // Rolled back: nothing was replaced.
  options.progress.finish(state.counts(), 'stopped');
  return { ...state.report(settings, problems, true), lexemes: 0, forms: 0, batches: 0, failed: 0, failures: [] };
}

/**
 * Runs `read` on a connection that sees the lexicon as of one moment, with the number of lexemes in it.
 * PostgreSQL: `reader`, a second connection, in a REPEATABLE READ, read-only transaction, so the pages
 * can be read while the writer's COPY runs. PGlite (no `reader`): the writer's own transaction (its only
 * connection; nothing else can write meanwhile).
 */
async function withSnapshot<T>(reader: Connection | undefined, tx: Connection, read: (reader: Connection, lexemes: number) => Promise<T>): Promise<T> {
  if (reader === undefined) return read(tx, await countLexemes(tx));
  // The lexicon's locks before the writer takes any on `forms`, and before the snapshot (a LOCK takes
  // none; the count takes it). Otherwise a TRUNCATE of the lexicon and `forms` arriving in between holds
  // the lexicon and waits for the writer's lock on `forms`, while the reader waits for the TRUNCATE and
  // the writer, idle in its transaction, for the reader: a wait the server cannot see as a deadlock,
  // ended only by the idle-in-transaction timeout. One round trip.
  try {
    const counted = await reader.query<{ n: number }>(
      `${BEGIN_LEXICON_SNAPSHOT}; ${COUNT_LEXEMES_SQL}`,
    );
    return await read(reader, counted.rows[0]!.n);
  } finally {
    // A failed LOCK or count leaves the transaction open (and aborted): COMMIT ends it either way.
    await reader.query('COMMIT').catch(() => undefined);
  }
}

/**
 * The lexicon's pages in id order; the first one is asked for at once. PGlite's reader is the writer's
 * transaction, where an open cursor would forbid COPY ... FREEZE ("prior transaction activity"): it
 * reads page by page instead.
 */
function lexiconPages(reader: Connection, batchSize: number, state: RunState): LexiconPages {
  const pages = reader.dialect === 'postgres' ? streamLexicon(reader, batchSize) : streamLexemes(reader, { batchSize, afterId: BEFORE_FIRST_LEXEME_ID });
  const first = state.time('fetch', () => pages.next());
  first.then((page) => page.done || state.reached('firstPage'), () => undefined); // awaited by computedBatches; if the grammar fails first it must not go unhandled
  return { pages, first, readsAhead: reader.dialect === 'postgres' };
}

/** The pages {@link lexiconPages} reads; with `readsAhead`, the next page is asked for before this one is computed. */
interface LexiconPages {
  readonly pages: AsyncGenerator<Lexeme[]>;
  readonly first: Promise<IteratorResult<Lexeme[]>>;
  readonly readsAhead: boolean;
}

/** Every lexeme's forms as COPY rows, page by page; the next page is read while this one is computed. */
async function* computedBatches(
  grammar: WorkerGrammar,
  { pages, first, readsAhead }: LexiconPages,
  options: FullRebuildOptions,
  state: RunState,
): AsyncGenerator<ComputedBatch<CopyRows>> {
  let next = first;
  const newRows = pooledCopyRows();
  for (;;) {
    const page = await next;
    if (page.done) return;
    // On PGlite the reader is the writer's connection: read the next page only once this one is sent.
    if (readsAhead) next = state.time('fetch', () => pages.next());
    const last = page.value[page.value.length - 1]!.id;
    const batches = computeBatches(grammar, { kind: 'range', lexemes: page.value, range: { after: BEFORE_FIRST_LEXEME_ID, last } }, options.batchForms, newRows);
    yield* state.timedBatches(batches);
    if (!readsAhead) next = state.time('fetch', () => pages.next());
  }
}
