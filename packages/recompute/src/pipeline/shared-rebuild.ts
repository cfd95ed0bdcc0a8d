import type { Lexeme } from '@paradigm/core';
import {
  abandonRebuild,
  claimRebuildRange,
  completeRebuildRange,
  type Connection,
  copyNextFormsSql,
  copyWriter,
  countLexemes,
  type Database,
  indexNextForms,
  isAbortOf,
  joinRebuild,
  lockRebuildForSwap,
  NEXT_FORMS_TABLE,
  readFormsDefinition,
  streamLexicon,
  swapInNextForms,
  waitForClaimedRanges,
} from '@paradigm/persistence';
import { computeBatches } from '../compute/compute-batch';
import { describeFailure, type LexemeFailure } from '../compute/lexeme-failure';
import { loadWorkerGrammar, type WorkerGrammar } from '../compute/worker-grammar';
import type { RunReport } from '../report/run-report';
import { type BatchHooks, NO_HOOKS } from '../runtime/batch-hooks';
import { dataRejection } from '../runtime/database-errors';
import type { FullRebuildOptions } from './full-rebuild-options';
import { RunState } from './run-state';

/** Thrown inside a range's (or the swap's) transaction when the run is interrupted, so it rolls back. */
class RangeInterrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/**
 * `recompute --all` on PostgreSQL, shared by every process that runs it meanwhile (see
 * `rebuild-ranges.ts` in the persistence package): joins or registers the rebuild, then claims one
 * range of `batchSize` lexeme ids after another and, in the range's own transaction, reads its
 * lexemes, computes them, COPYs their forms into the new table and marks the range done. When no
 * range is left and none is held by another process, one process builds the indexes and swaps the
 * table in; the others end. Readers see the old forms until that swap commits.
 *
 * Each range is read after the rebuild registered, in a snapshot of its own: an edit committed during
 * the rebuild is in the ranges read after it and noted, so it stays queued for `worker run` (which
 * may compute it once more); the lexemes `worker run` claims meanwhile keep the forms it wrote.
 *
 * Interrupted (`signal`), a process rolls back the range it holds and leaves the rest: the others go
 * on, and a later `recompute --all` resumes. The report counts the ranges this process committed.
 */
export async function sharedRebuild(db: Database, options: FullRebuildOptions): Promise<RunReport> {
  const hooks = options.hooks ?? NO_HOOKS;
  const state = new RunState(options.progress);
  const settings = { command: 'recompute', database: db.description, writer: 'copy', batchSize: options.batchSize, batchForms: options.batchForms, concurrency: 1 } as const;
  const conn = await db.acquire();
  let problems: WorkerGrammar['problems'] = [];
  let interrupted = false;
  let swapped = false;
  let joined = false;
  let rangesCopied = 0;
  try {
    const participation = await joinRebuild(conn, options.batchSize, (tx) => hooks.at('rebuild-created', 0, [], tx));
    if (participation.state === 'rebuilt-meanwhile') return { ...state.report(settings, [], false), rebuiltByAnother: true };
    const { rebuild } = participation;
    joined = participation.state === 'joined';
    const grammar = await loadWorkerGrammar(conn);
    problems = grammar.problems;
    options.progress.start('recompute', await countLexemes(conn));
    const ranges = new RangeCopier(conn, rebuild, grammar, options, state, hooks);
    for (;;) {
      if (options.signal.aborted) {
        interrupted = true;
        break;
      }
      const copied = await ranges.copyNext();
      if (copied === 'interrupted') {
        interrupted = true;
        break;
      }
      if (copied === 'copied') rangesCopied++;
      if (copied === 'copied' || (await waitForClaimedRanges(conn, rebuild))) continue;
      const outcome = await swapIfComplete(conn, rebuild, options.signal, hooks, options.onLockWait);
      if (outcome === 'ranges-left') continue;
      interrupted = outcome === 'interrupted';
      swapped = outcome === 'swapped';
      break;
    }
  } catch (error) {
    // A form the server refuses fails its range in every process: give the rebuild up, so the
    // page-by-page recompute that follows (see `rebuildAll`) fails that lexeme alone.
    if (dataRejection(error)) await abandonRebuild(conn).catch(() => undefined);
    throw error;
  } finally {
    conn.release();
  }
  if (swapped) await hooks.at('after-commit', 0, []);
  options.progress.finish(state.counts(), interrupted ? 'stopped' : 'done');
  const report = { ...state.report(settings, problems, interrupted), sharedRebuild: { joined, rangesCopied, swapped } };
  return !swapped && !interrupted && state.lexemes === 0 && state.failedCount === 0 ? { ...report, rebuiltByAnother: true } : report;
}

/** Claims ranges one at a time and copies each one's forms into the new table, in one transaction per range. */
class RangeCopier {
  private number = 0;

  constructor(
    private readonly conn: Connection,
    private readonly rebuild: string,
    private readonly grammar: WorkerGrammar,
    private readonly options: FullRebuildOptions,
    private readonly state: RunState,
    private readonly hooks: BatchHooks,
  ) {}

  /** Copies the next free range: `none` when no range is free. */
  async copyNext(): Promise<'copied' | 'none' | 'interrupted'> {
    const { options, state } = this;
    try {
      const done = await this.conn.transaction(async (tx) => {
        const range = await claimRebuildRange(tx, this.rebuild);
        if (!range) return undefined;
        const number = ++this.number;
        await this.hooks.at('after-claim', number, [], tx);
        const lexemes: Lexeme[] = [];
        await state.time('fetch', async () => {
          for await (const page of streamLexicon(tx, options.batchSize, { after: range.lo - 1, last: range.hi })) lexemes.push(...page);
        });
        // Each computed part of the range, counted as a batch once the range commits.
        const parts: Array<{ ids: number[]; forms: number; failures: LexemeFailure[] }> = [];
        const failedIds: number[] = [];
        const reasons: string[] = [];
        const batches = computeBatches(this.grammar, { kind: 'range', lexemes, range: { after: range.lo - 1, last: range.hi } }, options.batchForms, copyWriter().newRows);
        await tx.copyFrom(
          copyNextFormsSql(false),
          (async function* () {
            for (;;) {
              const next = await state.nextBatch(batches);
              if (next.done) return;
              if (options.signal.aborted) throw new RangeInterrupted();
              const start = performance.now();
              yield* next.value.forms.chunks();
              state.timings.record('persist', performance.now() - start);
              parts.push({ ids: next.value.replaceIds, forms: next.value.forms.count, failures: next.value.failures });
              for (const failure of next.value.failures) {
                failedIds.push(failure.lexemeId);
                reasons.push(describeFailure(failure));
              }
            }
          })(),
        );
        await completeRebuildRange(tx, range, failedIds, reasons);
        await this.hooks.at('after-write', number, parts.flatMap((part) => part.ids), tx);
        return parts;
      });
      if (!done) return 'none';
      for (const part of done) state.committed(part.ids.length, part.forms, part.failures);
      return 'copied';
    } catch (error) {
      if (error instanceof RangeInterrupted) return 'interrupted';
      throw error;
    }
  }
}

/**
 * Once no range is free or held: builds the new table's indexes and swaps it in, in one transaction
 * under the rebuild lock, unless another process did (or a range came back from a process that died).
 */
async function swapIfComplete(
  conn: Connection,
  rebuild: string,
  signal: AbortSignal,
  hooks: BatchHooks,
  onLockWait: FullRebuildOptions['onLockWait'],
): Promise<'swapped' | 'swapped-by-another' | 'ranges-left' | 'interrupted'> {
  try {
    return await conn.transaction(async (tx) => {
      const readiness = await lockRebuildForSwap(tx, rebuild);
      if (readiness.state !== 'ready') return readiness.state;
      await hooks.at('rebuild-copied', 0, [], tx);
      const definition = await readFormsDefinition(tx, 'forms', NEXT_FORMS_TABLE);
      await indexNextForms(tx, definition);
      await hooks.at('rebuild-indexed', 0, [], tx);
      // The indexes roll back with this transaction; the copied ranges stay for a later run.
      if (signal.aborted) throw new RangeInterrupted();
      await swapInNextForms(tx, definition, readiness.failedIds, readiness.reasons, onLockWait, signal);
      await hooks.at('rebuild-swapped', 0, [], tx);
      return 'swapped' as const;
    });
  } catch (error) {
    // Interrupted while the swap waited for `forms`, it rejects with the signal's reason.
    if (error instanceof RangeInterrupted || isAbortOf(signal, error)) return 'interrupted';
    throw error;
  }
}
