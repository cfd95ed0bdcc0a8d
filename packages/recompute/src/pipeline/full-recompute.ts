import { LARGEST_LEXEME_ID } from '@paradigm/core';
import { BEFORE_FIRST_LEXEME_ID, countLexemes, type Database, type FormWriter, streamVersionedLexemes, type VersionedPage, withConnection } from '@paradigm/persistence';
import { type BatchSource, type ComputedBatch, computeBatches, computeWhole } from '../compute/compute-batch';
import { GrammarCache } from '../compute/grammar-cache';
import { type FormsGenerationListener, takeOverFormsGeneration } from '../compute/forms-generation';
import type { WorkerGrammar } from '../compute/worker-grammar';
import type { LexemeSelection } from '../config/worker-config';
import type { ProgressReporter } from '../progress/progress-reporter';
import { type BatchHooks, NO_HOOKS } from '../runtime/batch-hooks';
import { BoundedChannel } from './bounded-channel';
import { handToQueue, lockIfCurrent } from './current-batch';
import { persistIsolatingRejections } from './persist-isolating-rejections';
import type { RunReport } from '../report/run-report';
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
  /** Told when the forms were an earlier paradigm's, and every lexeme is queued (see `takeOverFormsGeneration`). */
  readonly onFormsGenerationRaised?: FormsGenerationListener;
}

/**
 * Recomputes the forms of the selected lexemes: one stage fetches pages (keyset) and computes them,
 * `concurrency` stages replace them, each batch in its own transaction on its own connection. The
 * stages overlap (page n+1 is fetched and computed while page n is written) through a channel of
 * `concurrency` batches. A page whose lexemes generate more than `batchForms` forms (or `BATCH_BYTES`
 * of rows) is split into several batches (consecutive id ranges), so memory is bounded by about
 * `2 x concurrency + 2` batches of at most `batchForms` forms and `BATCH_BYTES` (plus the grammar and
 * one page of lexemes) whatever the lexicon size.
 * The grammar is compiled before the first page, and again before a page when `patterns_version` moved.
 *
 * A batch never overwrites newer work: its transaction takes its lexemes' locks and checks that neither
 * they nor the grammar changed since the page was read (`lockIfCurrent`); if they did, it writes nothing
 * and queues the batch's lexemes for `worker run` instead (counted as `requeued`). A batch whose forms
 * the server refuses is split until the refused lexemes stand alone; those are recorded as failures
 * with their old forms kept, and the rest is written (`persistIsolatingRejections`).
 */
export async function fullRecompute(db: Database, options: FullRecomputeOptions): Promise<RunReport> {
  await takeOverFormsGeneration(db, options.onFormsGenerationRaised);
  const hooks = options.hooks ?? NO_HOOKS;
  // PostgreSQL: one connection reads while the others write. PGlite has one connection for everything.
  const concurrency = db.dialect === 'pglite' ? 1 : Math.max(1, Math.min(options.concurrency, db.maxConnections - 1));
  const state = new RunState(options.progress);
  const grammars = new GrammarCache();
  const pages = pageReader(db, options.selection, options.batchSize);
  // The first page is read while the grammar is read and compiled and the lexemes counted (separate
  // connections on PostgreSQL), so writing starts one round of start-up queries sooner.
  const first = state.time('fetch', () => pages.next());
  first.catch(() => undefined); // awaited by produce(); if the grammar fails first it must not go unhandled
  const [, total] = await Promise.all([withConnection(db, (conn) => grammars.current(conn)), selectionSize(db, options.selection)]);
  options.progress.start('recompute', total);

  const channel = new BoundedChannel<PageBatch>(concurrency);
  let failure: unknown;
  const stop = new AbortController();
  const stopped = () => options.signal.aborted || stop.signal.aborted;
  const newRows = () => options.writer.newRows();

  const produce = async () => {
    try {
      let next = first;
      for (;;) {
        const page = await next;
        if (page === undefined || stopped()) break;
        // Start reading the next page before computing this one: the query runs while we compute.
        next = state.time('fetch', () => pages.next());
        // A pattern edited since the last page: compile again, so later pages are computed with it
        // (pages computed before are refused by their transaction's check and go to the queue).
        const { grammar, version } = await withConnection(db, (conn) => grammars.current(conn));
        const batches = computeBatches(grammar, page, options.batchForms, newRows);
        for (;;) {
          const computed = await state.nextBatch(batches);
          if (computed.done) break;
          await channel.push({ batch: computed.value, grammar, version });
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
    for await (const { batch, grammar, version } of channel) {
      if (stopped()) continue; // drain without writing: the batch was never started
      try {
        const number = ++started;
        const outcome = await state.time('persist', () =>
          withConnection(db, (conn) =>
            conn.transaction(async (tx) => {
              await hooks.at('after-claim', number, batch.replaceIds, tx);
              if (!(await lockIfCurrent(tx, batch, version))) return undefined;
              const persisted = await persistIsolatingRejections(tx, options.writer, batch, (source) => computeWhole(grammar, source, newRows));
              await hooks.at('after-write', number, batch.replaceIds, tx);
              return persisted;
            }),
          ),
        );
        if (outcome === undefined) {
          // Something the batch was computed from changed since it was read: write nothing, let `run` do it.
          state.handedToQueue(await withConnection(db, (conn) => handToQueue(conn, batch)));
          continue;
        }
        state.committed(outcome.replaced, outcome.written, outcome.failures);
        const failed = new Set(outcome.failures.map((f) => f.lexemeId));
        options.onBatch?.(batch.replaceIds.filter((id) => !failed.has(id)));
        await hooks.at('after-commit', number, batch.replaceIds);
      } catch (error) {
        failure ??= error;
        stop.abort();
      }
    }
  };

  await Promise.all([produce(), ...Array.from({ length: concurrency }, consume)]);
  if (failure) throw failure;
  options.progress.finish(state.counts(), options.signal.aborted ? 'stopped' : 'done');
  return state.report({ command: 'recompute', database: db.description, writer: options.writer.name, batchSize: options.batchSize, batchForms: options.batchForms, concurrency }, grammars.problems(), options.signal.aborted);
}

/** A computed batch on its way to a writer, with the grammar (and its version) it was computed with. */
interface PageBatch {
  readonly batch: ComputedBatch;
  readonly grammar: WorkerGrammar;
  readonly version: string;
}

async function selectionSize(db: Database, selection: LexemeSelection): Promise<number> {
  if (selection.kind === 'ids') return selection.ids.length;
  const count = await countLexemes(db);
  return selection.kind === 'first' ? Math.min(count, selection.limit) : count;
}

/**
 * Pages of the selection, each lexeme with its row version (see `lockIfCurrent`). Each page takes a
 * connection for its one query only, so on PGlite the reader and the writers take turns on the single
 * connection instead of one holding it for the whole run.
 *
 * For the whole lexicon the pages' ranges cover every integer id: the first starts below the smallest,
 * the last (a short page, or an empty one after a full page) runs to {@link LARGEST_LEXEME_ID}, so the forms of
 * any id that has no lexeme, below, between or above the lexemes, are removed.
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
        for await (const page of streamVersionedLexemes(db, { batchSize: requestedIds.length, ids: requestedIds })) {
          return { kind: 'ids', lexemes: page.lexemes, requestedIds, versions: versionsOf(page) };
        }
        return { kind: 'ids', lexemes: [], requestedIds, versions: new Map() };
      },
    };
  }
  const whole = selection.kind === 'all';
  const pages = streamVersionedLexemes(db, { batchSize, afterId: BEFORE_FIRST_LEXEME_ID, ...(selection.kind === 'first' ? { limit: selection.limit } : {}) });
  let after = BEFORE_FIRST_LEXEME_ID;
  let ended = false;
  return {
    async next(): Promise<BatchSource | undefined> {
      if (ended) return undefined;
      const page = await pages.next();
      if (page.done) {
        ended = true;
        return whole ? { kind: 'range', lexemes: [], range: { after, last: LARGEST_LEXEME_ID }, versions: new Map() } : undefined;
      }
      const { lexemes } = page.value;
      // A short page is the last one (the reader stops after it).
      ended = whole && lexemes.length < batchSize;
      // Pages come in id order and each holds every lexeme after the previous page's last id.
      const range = { after, last: ended ? LARGEST_LEXEME_ID : lexemes[lexemes.length - 1]!.id };
      after = range.last;
      return { kind: 'range', lexemes, range, versions: versionsOf(page.value) };
    },
  };
}

function versionsOf(page: VersionedPage): Map<number, string> {
  return new Map(page.lexemes.map((lexeme, i) => [lexeme.id, page.versions[i]!]));
}
