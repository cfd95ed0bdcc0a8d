import type { Lexeme } from '@paradigm/core';
import { type Connection, type Database, type FormWriter, withConnection } from '@paradigm/persistence';
import { type ComputedBatch, computeBatch } from '../compute/compute-batch';
import { loadWorkerGrammar } from '../compute/worker-grammar';
import type { LexemeSelection } from '../config/worker-config';
import { countLexemes, readLexemesAfter, readLexemesById } from '../data/read-lexemes';
import type { ProgressReporter } from '../progress/progress-reporter';
import { type BatchHooks, NO_HOOKS } from '../runtime/batch-hooks';
import { BoundedChannel } from './bounded-channel';
import { persistBatch } from './persist-batch';
import type { RunReport } from './run-report';
import { RunState } from './run-state';

/** Options of {@link fullRecompute}. */
export interface FullRecomputeOptions {
  readonly selection: LexemeSelection;
  readonly batchSize: number;
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
 * `concurrency` batches, so memory is bounded by about `2 x concurrency + 2` batches whatever the
 * lexicon size. The grammar is compiled once, before the first page.
 */
export async function fullRecompute(db: Database, options: FullRecomputeOptions): Promise<RunReport> {
  const hooks = options.hooks ?? NO_HOOKS;
  // PostgreSQL: one connection reads while the others write. PGlite has one connection for everything.
  const concurrency = db.dialect === 'pglite' ? 1 : Math.max(1, Math.min(options.concurrency, db.maxConnections - 1));
  const state = new RunState(options.progress);
  const grammar = await withConnection(db, (conn) => loadWorkerGrammar(conn));
  const total = await withConnection(db, (conn) => selectionSize(conn, options.selection));
  options.progress.start('recompute', total);

  const channel = new BoundedChannel<ComputedBatch>(concurrency);
  let failure: unknown;
  const stop = new AbortController();
  const stopped = () => options.signal.aborted || stop.signal.aborted;

  const produce = async () => {
    try {
      const pages = pageReader(db, options.selection, options.batchSize);
      let next = state.time('fetch', () => pages.next());
      for (;;) {
        const page = await next;
        if (page === undefined || stopped()) break;
        // Start reading the next page before computing this one: the query runs while we compute.
        next = state.time('fetch', () => pages.next());
        const computed = await state.time('compute', () => computeBatch(grammar, page.lexemes, page.requestedIds));
        await channel.push(computed);
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
  return state.report({ command: 'recompute', database: db.description, writer: options.writer.name, batchSize: options.batchSize, concurrency }, grammar.problems, options.signal.aborted);

}

async function selectionSize(conn: Connection, selection: LexemeSelection): Promise<number> {
  if (selection.kind === 'ids') return selection.ids.length;
  const count = await countLexemes(conn);
  return selection.kind === 'first' ? Math.min(count, selection.limit) : count;
}

/**
 * Pages of the selection, each read on a connection taken for that one query, so on PGlite the reader
 * and the writer take turns on the single connection instead of one holding it for the whole run.
 */
function pageReader(db: Database, selection: LexemeSelection, batchSize: number) {
  let afterId = 0;
  let remaining = selection.kind === 'first' ? selection.limit : Number.POSITIVE_INFINITY;
  let idOffset = 0;
  return {
    /** The next page, or undefined at the end. */
    async next(): Promise<Page | undefined> {
      if (selection.kind === 'ids') {
        // Named lexemes that no longer exist are requested anyway: their forms are removed.
        const requestedIds = selection.ids.slice(idOffset, idOffset + batchSize);
        idOffset += requestedIds.length;
        if (requestedIds.length === 0) return undefined;
        return { lexemes: await withConnection(db, (conn) => readLexemesById(conn, requestedIds)), requestedIds };
      }
      const size = Math.min(batchSize, remaining);
      if (size <= 0) return undefined;
      const lexemes = await withConnection(db, (conn) => readLexemesAfter(conn, afterId, size));
      if (lexemes.length === 0) return undefined;
      remaining -= lexemes.length;
      afterId = lexemes[lexemes.length - 1].id;
      return { lexemes };
    },
  };
}

interface Page {
  readonly lexemes: Lexeme[];
  readonly requestedIds?: readonly number[];
}
