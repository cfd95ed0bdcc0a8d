import type { Lexeme, PatternSource } from '@paradigm/core';
import {
  BEFORE_FIRST_LEXEME_ID,
  type Connection,
  copyNextFormsSql,
  createNextForms,
  type Database,
  fingerprintHash,
  type FormsDefinition,
  IMPORTED_FORMS_TABLE,
  indexNextForms,
  installImportedForms,
  isAbortOf,
  type LexiconCounts,
  readFormLimit,
  replaceLexicon,
  type ReplaceLexiconOptions,
} from '@paradigm/persistence';
import { computeBatches } from '../compute/compute-batch';
import { expectOwnFormsGeneration, takeOverFormsGeneration } from '../compute/forms-generation';
import { buildWorkerGrammar } from '../compute/worker-grammar';
import type { ProgressReporter } from '../progress/progress-reporter';
import type { RunReport } from '../report/run-report';
import { type BatchHooks, NO_HOOKS } from '../runtime/batch-hooks';
import { afterCopied, type CopiedRows, copyBatches, pooledCopyRows } from './copy-batches';
import { DiscardedRows } from './discarded-rows';
import { RunState } from './run-state';

/** A whole lexicon, in id order, as a dictionary reader returns it: the lexemes held, or read as they are iterated. */
export interface LexiconToImport {
  readonly patterns: readonly PatternSource[];
  /** Iterated once. */
  readonly lexemes: Iterable<Lexeme>;
  /** How many `lexemes` yields (for progress). */
  readonly lexemeCount: number;
}

/** Options of {@link importLexicon}. */
export interface ImportLexiconOptions {
  /** Most forms computed at a time (a chunk that generates more is computed in parts). */
  readonly batchForms: number;
  /** Lexemes per chunk: each is copied, then its forms; bounds memory (see `replaceLexicon`). */
  readonly chunkLexemes?: number;
  readonly progress: ProgressReporter;
  /** Aborting rolls the whole import back: the old lexicon and forms stay. */
  readonly signal: AbortSignal;
  readonly hooks?: BatchHooks;
  /** Told who holds the lexicon's tables when the import has waited a while for them (see `replaceLexicon`). */
  readonly onLockWait?: ReplaceLexiconOptions['onLockWait'];
}

/** What {@link importLexicon} did: the lexicon's rows, and the forms as a run's report. */
export interface LexiconImport {
  /** Absent when it rolled back (nothing was stored). */
  readonly counts?: LexiconCounts;
  /** Why it rolled back, if it did: an interrupt, or lexemes that could not be generated (the report's `failures` names them). */
  readonly rolledBack?: 'interrupted' | 'failed-lexemes';
  readonly report: RunReport;
}

/**
 * An import stops once this many lexemes failed: a dictionary whose classes multiply past the form limit
 * (e.g. hu_HU) would otherwise generate the limit's worth of forms for each of its entries before failing.
 */
export const IMPORT_FAILURES_BEFORE_STOP = 20;

/**
 * The length of a pattern's fingerprint from which the import keeps its hash from the compile for its
 * `compiled_hash`, instead of compiling the pattern again as it stores it: a few rules' worth. Compiling
 * Hunspell ko's 506 classes (110,000 rules) twice took 1.5 s more and raised its peak memory by 140 MB;
 * keeping the hash of each of oc_FR's 87,317 one-rule patterns raised its peak by 20 MB instead.
 */
const LONG_FINGERPRINT = 2_000;

/** Thrown inside the import's transaction so that it rolls back. */
class ImportRolledBack extends Error {
  constructor(readonly why: 'interrupted' | 'failed-lexemes') {
    super(why);
  }
}

/**
 * Replaces the lexicon with `lexicon` and every form with the forms it generates, in one transaction
 * (`replaceLexicon` with its `forms`): a failure, an interrupt or a kill at any point leaves the old
 * lexicon and the old forms, and readers wait for the commit instead of seeing an empty table. The
 * forms are generated from the lexicon as it is read with the grammar and the batches of `recompute --all`
 * (so they are the same rows), chunk by chunk right after the chunk's lexemes, into a new table that the
 * transaction created (`COPY ... FREEZE`, no indexes), whose indexes are then built once before it
 * replaces `forms`, as the rebuild does. Nothing is queued for the new lexemes: their forms commit with
 * them (except beside a registered full rebuild, see `replaceLexicon`).
 *
 * A lexeme whose forms cannot be generated (past the form limit, say) rolls the whole import back, as
 * any other failure does: its forms would be missing from a table that should hold every form of the
 * lexicon. The failures are reported, all of them or the first {@link IMPORT_FAILURES_BEFORE_STOP}: after
 * the first one, the lexemes are still generated to find the others, but their rows are not written
 * ({@link DiscardedRows}).
 *
 * The rows go in as a rebuild's do (`copyBatches`).
 */
export async function importLexicon(db: Database, lexicon: LexiconToImport, options: ImportLexiconOptions): Promise<LexiconImport> {
  const hooks = options.hooks ?? NO_HOOKS;
  const state = new RunState(options.progress);
  const settings = { command: 'import', database: db.description, writer: 'copy', batchSize: options.chunkLexemes ?? 20000, batchForms: options.batchForms, concurrency: 1 } as const;
  // The import's forms are this generation's (checked again under its locks, in `begin`); it replaces
  // every form, so earlier ones taken over need no word.
  await takeOverFormsGeneration(db);
  // Compiled before the lexicon's locks are taken: nothing waits on it (and again in `begin` if the
  // lexicon's form limit moved meanwhile).
  let formLimit = await readFormLimit(db);
  // The patterns' `compiled_hash`es, from compiling them for the forms (not compiled again to store them).
  const hashes = new Map<number, string>();
  const hashed = (patternId: number, fingerprint: string) => {
    if (fingerprint.length >= LONG_FINGERPRINT) hashes.set(patternId, fingerprintHash(fingerprint));
  };
  let grammar = buildWorkerGrammar(lexicon.patterns, formLimit, hashed);
  state.reached('grammar');
  const failedIds: number[] = [];
  const reasons: string[] = [];
  let definition!: FormsDefinition;
  let after = BEFORE_FIRST_LEXEME_ID;
  const interruptible = () => {
    if (options.signal.aborted) throw new ImportRolledBack('interrupted');
    if (failedIds.length >= IMPORT_FAILURES_BEFORE_STOP) throw new ImportRolledBack('failed-lexemes');
  };
  const sent = afterCopied(state, hooks, failedIds, reasons);
  const pooled = pooledCopyRows();
  // Once a lexeme failed, the import rolls back: later batches are generated only to find other failures.
  const newRows = (): CopiedRows => (failedIds.length > 0 ? new DiscardedRows() : pooled());
  const writeChunk = async (tx: Connection, lexemes: readonly Lexeme[]) => {
    interruptible();
    const last = lexemes[lexemes.length - 1]!.id;
    const batches = computeBatches(grammar, { kind: 'range', lexemes, range: { after, last } }, options.batchForms, newRows, true);
    after = last;
    await copyBatches(tx, db.dialect, copyNextFormsSql(true, IMPORTED_FORMS_TABLE), state.timedBatches(batches), state, sent, interruptible);
  };
  options.progress.start('import', lexicon.lexemeCount);
  let counts: LexiconCounts;
  try {
    counts = await replaceLexicon(db, lexicon, {
      ...(options.chunkLexemes === undefined ? {} : { chunkLexemes: options.chunkLexemes }),
      compiledHashOf: (patternId) => hashes.get(patternId),
      ...(options.onLockWait === undefined ? {} : { onLockWait: options.onLockWait }),
      // Ends the wait for the lexicon's locks (and nothing later: the chunks look at it themselves).
      signal: options.signal,
      forms: {
        begin: async (tx) => {
          // A limit set after this read commits after the import, and its trigger queues the new patterns.
          const limit = await readFormLimit(tx);
          await expectOwnFormsGeneration(tx);
          if (limit !== formLimit) [formLimit, grammar] = [limit, buildWorkerGrammar(lexicon.patterns, limit)];
          definition = await createNextForms(tx, IMPORTED_FORMS_TABLE);
          await hooks.at('import-created', 0, [], tx);
        },
        chunk: writeChunk,
        end: async (tx) => {
          if (failedIds.length > 0) throw new ImportRolledBack('failed-lexemes');
          state.reached('copied');
          await hooks.at('import-copied', 0, []);
          await indexNextForms(tx, definition, () => state.reached('indexed'));
          state.reached('analyzed');
          await hooks.at('import-indexed', 0, []);
          interruptible();
          await installImportedForms(tx, definition);
          state.reached('swapped');
          await hooks.at('import-installed', 0, []);
        },
      },
    });
  } catch (caught) {
    // Interrupted while it waited for the lexicon's locks, the replace rejects with the signal's reason.
    const error = isAbortOf(options.signal, caught) ? new ImportRolledBack('interrupted') : caught;
    if (!(error instanceof ImportRolledBack)) throw error;
    // Rolled back: nothing was replaced.
    options.progress.finish(state.counts(), 'stopped');
    const report = state.report(settings, grammar.problems, error.why === 'interrupted');
    return { rolledBack: error.why, report: { ...report, lexemes: 0, forms: 0, batches: 0, ...(error.why === 'interrupted' ? { failed: 0, failures: [] } : {}) } };
  }
  state.reached('committed');
  options.progress.finish(state.counts());
  return { counts, report: state.report(settings, grammar.problems, false) };
}
