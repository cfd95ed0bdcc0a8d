import { countLexemes, type Database, type FormWriter, streamLexemes, withConnection } from '@paradigm/persistence';
import { type BatchSource, type ComputedBatch, computeBatches } from '../compute/compute-batch';
import { loadWorkerGrammar } from '../compute/worker-grammar';
import type { LexemeSelection } from '../config/worker-config';
import { readLexemesById } from '../data/read-lexemes-by-id';
import type { ProgressReporter } from '../progress/progress-reporter';
import { type BatchHooks, NO_HOOKS } from '../runtime/batch-hooks';
import { BoundedChannel } from './bounded-channel';
import { persistBatch } from './persist-batch';
import { BEFORE_FIRST_ID } from './replace-id-range';
import type { RunReport } from './run-report';
import { RunState } from './run-state';

/** Options of {@link fullRecompute}. */
export interface FullRecomputeOptions {
  readonly selection: LexemeSelection;
  readonly batchSize: number;
  /** Most forms in one batch: a page whose lexemes generate more is written as several batches. */
  readonly batchForms: number;
  /** Batches persisted at once; capped by the database's connections (PGlite: 1). */
  readonly concurrency: number;
  readonly writer: FormWriter;
  readonly progress: ProgressReporter;
  /** Aborting stops fetching; batches already being written finish, queued ones are dropped. */
  readonly signal: AbortSignal;
  readonly hooks?: BatchHooks;
  /** Called after each committed batch with the ids it replaced (tests check what was recomputed). */
  readonly onBatch?: (replacedIds: readonly number[]) => void;
}

/**
 * Recomputes the forms of the selected lexemes: one stage fetches pages (keyset) and computes them,
 * `concurrency` stages replace them, each batch in its own transaction on its own connection. The
 * stages overlap (page n+1 is fetched and computed while page n is written) through a channel of
 * `concurrency` batches. A page whose lexemes generate more than `batchForms` forms is split into
 * several batches (consecutive id ranges), so memory is bounded by about `2 x concurrency + 2` batches
 * of at most `batchForms` forms (plus the grammar and one page of lexemes) whatever the lexicon size.
 * The grammar is compiled once, before the first page.
 */
export async function fullRecompute(db: Database, options: FullRecomputeOptions): Promise<RunReport> {
  const hooks = options.hooks ?? NO_HOOKS;
  // PostgreSQL: one connection reads while the others write. PGlite has one connection for everything.
  const concurrency = db.dialect === 'pglite' ? 1 : Math.max(1, Math.min(options.concurrency, db.maxConnections - 1));
  const state = new RunState(options.progress);
  const pages = pageReader(db, options.selection, options.batchSize);
  // The first page is read while the grammar is read and compiled and the lexemes counted (separate
  // connections on PostgreSQL), so writing starts one round of start-up queries sooner.
  const first = state.time('fetch', () => pages.next());
  first.catch(() => undefined); // awaited by produce(); if the grammar fails first it must not go unhandled
  const [grammar, total] = await Promise.all([withConnection(db, (conn) => loadWorkerGrammar(conn)), selectionSize(db, options.selection)]);
  options.progress.start('recompute', total);

  const channel = new BoundedChannel<ComputedBatch>(concurrency);
  let failure: unknown;
  const stop = new AbortController();
  const stopped = () => options.signal.aborted || stop.signal.aborted;

  const produce = async () => {
    try {
      let next = first;
      for (;;) {
        const page = await next;
        if (page === undefined || stopped()) break;
        // Start reading the next page before computing this one: the query runs while we compute.
        next = state.time('fetch', () => pages.next());
        const batches = computeBatches(grammar, page, options.batchForms, () => options.writer.newRows());
        for (;;) {
          const computed = await state.nextBatch(batches);
          if (computed.done) break;
          await channel.push(computed.value);
        }
      }
      await next.catch(() => undefined);
    } catch (error) {
      failure ??= error;
      stop.abort();
    } finally {
      channel.close();
    }
  };

  let started = 0;
  const consume = async () => {
    for await (const batch of channel) {
      if (stopped()) continue; // drain without writing: the batch was never started
      try {
        const number = ++started;
        const written = await state.time('persist', () =>
          withConnection(db, (conn) =>
            conn.transaction(async (tx) => {
              await hooks.at('after-claim', number, batch.replaceIds, tx);
              const rows = await persistBatch(tx, options.writer, batch);
              await hooks.at('after-write', number, batch.replaceIds, tx);
              return rows;
            }),
          ),
        );
        state.committed(batch.replaceIds.length, written, batch.failures);
        options.onBatch?.(batch.replaceIds);
        await hooks.at('after-commit', number, batch.replaceIds);
      } catch (error) {
        failure ??= error;
        stop.abort();
      }
    }
  };

  await Promise.all([produce(), ...Array.from({ length: concurrency }, consume)]);
  if (failure) throw failure;
  options.progress.finish(state.counts());
  return state.report({ command: 'recompute', database: db.description, writer: options.writer.name, batchSize: options.batchSize, batchForms: options.batchForms, concurrency }, grammar.problems, options.signal.aborted);

}

async function selectionSize(db: Database, selection: LexemeSelection): Promise<number> {
  if (selection.kind === 'ids') return selection.ids.length;
  const count = await countLexemes(db);
  return selection.kind === 'first' ? Math.min(count, selection.limit) : count;
}

/**
 * Pages of the selection. Each page takes a connection for its one query only, so on PGlite the reader
 * and the writers take turns on the single connection instead of one holding it for the whole run.
 */
function pageReader(db: Database, selection: LexemeSelection, batchSize: number) {
  if (selection.kind === 'ids') {
    let offset = 0;
    return {
      async next(): Promise<BatchSource | undefined> {
        // Named lexemes that no longer exist are requested anyway: their forms are removed.
        const requestedIds = selection.ids.slice(offset, offset + batchSize);
        offset += requestedIds.length;
        if (requestedIds.length === 0) return undefined;
        return { kind: 'ids', lexemes: await readLexemesById(db, requestedIds), requestedIds };
      },
    };
  }
  const pages = streamLexemes(db, { batchSize, afterId: BEFORE_FIRST_ID, ...(selection.kind === 'first' ? { limit: selection.limit } : {}) });
  let after = BEFORE_FIRST_ID;
  return {
    async next(): Promise<BatchSource | undefined> {
      const page = await pages.next();
      if (page.done) return undefined;
      // Pages come in id order and each holds every lexeme after the previous page's last id.
      const range = { after, last: page.value[page.value.length - 1]!.id };
      after = range.last;
      return { kind: 'range', lexemes: page.value, range };
    },
  };
}
