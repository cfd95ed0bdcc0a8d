import {
  BEFORE_FIRST_LEXEME_ID,
  type Connection,
  copyNextFormsSql,
  copyWriter,
  type CopyRows,
  countLexemes,
  createNextForms,
  type Database,
  indexNextForms,
  NEXT_FORMS_TABLE,
  readFormsDefinition,
  registerRebuild,
  streamLexemes,
  swapInNextForms,
  unregisterRebuild,
} from '@paradigm/persistence';
import { type ComputedBatch, computeBatches } from '../compute/compute-batch';
import { describeFailure } from '../compute/lexeme-failure';
import { loadWorkerGrammar, type WorkerGrammar } from '../compute/worker-grammar';
import type { ProgressReporter } from '../progress/progress-reporter';
import { type BatchHooks, NO_HOOKS } from '../runtime/batch-hooks';
import type { RunReport } from '../report/run-report';
import { RunState } from './run-state';
import { sharedRebuild } from './shared-rebuild';

/** Options of {@link fullRebuild}. */
export interface FullRebuildOptions {
  /** Lexemes read per query; on PostgreSQL also the lexemes of each range the processes share. */
  readonly batchSize: number;
  /** Most forms computed at a time (a page that generates more is computed in parts). */
  readonly batchForms: number;
  readonly progress: ProgressReporter;
  /**
   * Aborting keeps the old forms. PGlite: the rebuild rolls back, as if it had not started. PostgreSQL:
   * the range in flight rolls back; the ranges done stay for the other processes or the next run.
   */
  readonly signal: AbortSignal;
  readonly hooks?: BatchHooks;
}

/** Thrown inside the rebuild's transaction when the run is interrupted, so it rolls back. */
class RebuildInterrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/**
 * Recomputes every lexeme's forms into a new table and swaps it in (`recompute --all`). Index
 * maintenance is what bounds a bulk write, so the rows go into an unindexed table, the indexes are
 * built once, and the table replaces `forms` in a short exclusive lock at the end. Measured on 50,000
 * synthetic lexemes (979,455 forms), server-side: DELETE + COPY into the indexed table 5.1 s, COPY
 * into a new table + index builds + swap 2.4 s. Readers see the old forms until the swap commits, and
 * a process killed at any point leaves them as they were.
 *
 * On PostgreSQL every process that runs it meanwhile shares the one rebuild, range by range of lexeme
 * ids (see {@link sharedRebuild}). On PGlite (one process, one connection) it is one transaction: the
 * new table is created in it (so its COPYs are `FREEZE`), filled page by page, indexed and swapped in.
 */
export async function fullRebuild(db: Database, options: FullRebuildOptions): Promise<RunReport> {
  return db.dialect === 'postgres' ? sharedRebuild(db, options) : oneTransactionRebuild(db, options);
}

/** The rebuild in one transaction of PGlite's one connection. */
async function oneTransactionRebuild(db: Database, options: FullRebuildOptions): Promise<RunReport> {
  const hooks = options.hooks ?? NO_HOOKS;
  const state = new RunState(options.progress);
  const writer = await db.acquire();
  const failedIds: number[] = [];
  const reasons: string[] = [];
  let problems: WorkerGrammar['problems'] = [];
  let interrupted = false;
  const settings = { command: 'recompute', database: db.description, writer: 'copy', batchSize: options.batchSize, batchForms: options.batchForms, concurrency: 1 } as const;
  try {
    if ((await registerRebuild(writer)) === 'rebuilt-meanwhile') return { ...state.report(settings, [], false), rebuiltByAnother: true };
    try {
      await writer.transaction(async (tx) => {
        await createNextForms(tx);
        await hooks.at('rebuild-created', 0, [], tx);
        const definition = await readFormsDefinition(tx, 'forms', NEXT_FORMS_TABLE);
        const grammar = await loadWorkerGrammar(tx);
        problems = grammar.problems;
        options.progress.start('recompute', await countLexemes(tx));
        let number = 0;
        // PGlite gathers a COPY's input into one Blob: one COPY per batch bounds it.
        for await (const batch of computedBatches(grammar, tx, options, state)) {
          if (options.signal.aborted) throw new RebuildInterrupted();
          await state.time('persist', () => tx.copyFrom(copyNextFormsSql(true), batch.forms.chunks()));
          for (const failure of batch.failures) {
            failedIds.push(failure.lexemeId);
            reasons.push(describeFailure(failure));
          }
          state.committed(batch.replaceIds.length, batch.forms.count, batch.failures);
          await hooks.at('after-write', ++number, batch.replaceIds);
        }
        await hooks.at('rebuild-copied', 0, []);
        await indexNextForms(tx, definition);
        await hooks.at('rebuild-indexed', 0, []);
        if (options.signal.aborted) throw new RebuildInterrupted();
        await swapInNextForms(tx, definition, failedIds, reasons);
        await hooks.at('rebuild-swapped', 0, []);
      });
      await hooks.at('after-commit', 0, []);
    } catch (error) {
      if (!(error instanceof RebuildInterrupted)) throw error;
      interrupted = true;
    } finally {
      await unregisterRebuild(writer).catch(() => undefined);
    }
  } finally {
    writer.release();
  }
  if (!interrupted) {
    options.progress.finish(state.counts());
    return state.report(settings, problems, false);
  }
  // Rolled back: nothing was replaced.
  return { ...state.report(settings, problems, true), lexemes: 0, forms: 0, batches: 0, failed: 0, failures: [] };
}

/** Every lexeme's forms as COPY rows, page by page; the next page is read once this one is sent (the reader is the writer's connection). */
async function* computedBatches(grammar: WorkerGrammar, reader: Connection, options: FullRebuildOptions, state: RunState): AsyncGenerator<ComputedBatch<CopyRows>> {
  const pages = streamLexemes(reader, { batchSize: options.batchSize, afterId: BEFORE_FIRST_LEXEME_ID });
  for (;;) {
    const page = await state.time('fetch', () => pages.next());
    if (page.done) return;
    const last = page.value[page.value.length - 1]!.id;
    const batches = computeBatches(grammar, { kind: 'range', lexemes: page.value, range: { after: BEFORE_FIRST_LEXEME_ID, last } }, options.batchForms, copyWriter().newRows);
    for (;;) {
      const computed = await state.nextBatch(batches);
      if (computed.done) break;
      yield computed.value;
    }
  }
}
