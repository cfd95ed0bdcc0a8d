import { type Database, FormsGenerationError, type LockHolder, missingLexemeIds } from '@paradigm/persistence';
import type { ConnectionSettings, WorkerConfig } from '../config/worker-config';
import { formsGenerationRaisedText } from '../compute/forms-generation';
import { lockWaitText } from '../report/lock-wait-text';
import { hasFailures, type RunReport } from '../report/run-report';
import type { ProgressReporter } from '../progress/progress-reporter';
import { runWorker } from '../worker';
import type { BatchHooks } from './batch-hooks';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-errors';
import { installShutdown } from './shutdown';

/** The exit codes of a program that runs the engine (each program adds its own for a bad command line). */
export const RUN_EXIT = { ok: 0, failures: 1, database: 3, interrupted: 130 } as const;

/** What {@link runCommand} needs from the program around it. */
export interface RunCommandOptions {
  readonly config: WorkerConfig;
  /** Its reconnection settings apply to `run --follow`. */
  readonly connection: ConnectionSettings;
  /**
   * Opens the database (see `workerOpenOptions`), or hands over one the program already has open;
   * called once the signal handlers are in place. The run closes what it returns.
   */
  readonly open: () => Promise<Database>;
  readonly progress: ProgressReporter;
  /** After SIGINT/SIGTERM, how long the batch in flight gets before the process exits anyway. */
  readonly shutdownTimeoutMs: number;
  /** One line for people (no line break): signals, reconnection, a database lost where nothing awaits it. */
  readonly log: (line: string) => void;
  /** What to do after a database failure, in the program's words: "run `worker run` again: it carries on from the queue". */
  readonly resume: string;
  readonly hooks?: BatchHooks;
}

/** How a command ended. Anything else thrown is a bug. */
export type CommandOutcome =
  | { readonly kind: 'ran'; readonly report: RunReport }
  /** The database could not be opened; `message` says why. */
  | { readonly kind: 'not-opened'; readonly message: string }
  /** It went away or timed out during the run; `message` names it, what happened and what to do. */
  | { readonly kind: 'database'; readonly message: string }
  /** Stopped by a signal while the database was unreachable (with a report, a stopped run is `ran`). */
  | { readonly kind: 'interrupted'; readonly message: string }
  /** A recompute of lexeme ids, some of which (`ids`) no lexeme has: refused, nothing computed; `message` names them. */
  | { readonly kind: 'unknown-lexemes'; readonly ids: readonly number[]; readonly message: string };

/** The exit code for `outcome`: 0 done, 1 failures or unknown lexemes, 3 database, 130 interrupted (see {@link RUN_EXIT}). */
export function exitCodeOf(outcome: CommandOutcome): number {
  if (outcome.kind === 'not-opened' || outcome.kind === 'database') return RUN_EXIT.database;
  if (outcome.kind === 'unknown-lexemes') return RUN_EXIT.failures;
  if (outcome.kind === 'interrupted' || outcome.report.interrupted) return RUN_EXIT.interrupted;
  return hasFailures(outcome.report) ? RUN_EXIT.failures : RUN_EXIT.ok;
}

/**
 * Runs `config` as a program does: SIGINT/SIGTERM stop it after the batch in flight
 * ({@link installShutdown}), the database is opened and always closed, `run --follow` reconnects, and
 * a database that is unreachable, lost or timed out is an outcome with a message, not an exception. A
 * connection whose server goes away between statements fails where nothing can await it (`pg` emits
 * 'error' on the idle client); then the process logs the message and exits 3 at once (the server has
 * rolled the transaction back). A recompute of lexeme ids that names ids no lexeme has is refused
 * before anything is computed: those ids are a mistake to say, not lexemes to compute as none.
 */
export async function runCommand(options: RunCommandOptions): Promise<CommandOutcome> {
  const { config, connection, log, resume } = options;
  const shutdown = installShutdown(options.shutdownTimeoutMs, log);
  let db: Database;
  try {
    db = await options.open();
  } catch (error) {
    shutdown.dispose();
    return { kind: 'not-opened', message: (error as Error).message };
  }
  const onUncaught = (error: Error) => {
    if (!isDatabaseUnavailable(error)) throw error;
    log(new DatabaseUnavailableError(db.description, resume, error).message);
    process.exit(RUN_EXIT.database);
  };
  process.on('uncaughtException', onUncaught);
  try {
    const reconnect = { initialMs: connection.reconnectInitialMs, maxMs: connection.reconnectMaxMs, log };
    // A lost notification session is not reported: the loops go on polling, and when the whole database
    // went away the reconnection (which says so) opens a new one.
    const onLockWait = (holders: readonly LockHolder[]) => log(lockWaitText(holders, db.description, config.command));
    const onFormsGenerationRaised = (previous: number | null, generation: number) => log(formsGenerationRaisedText(previous, generation));
    if (config.command === 'recompute' && config.selection.kind === 'ids') {
      const missing = await missingLexemeIds(db, config.selection.ids);
      if (missing.length > 0) return { kind: 'unknown-lexemes', ids: missing, message: unknownLexemesText(missing, db.description) };
    }
    const report = await runWorker(db, config, { progress: options.progress, signal: shutdown.signal, reconnect, onLockWait, onFormsGenerationRaised, ...(options.hooks ? { hooks: options.hooks } : {}) });
    return { kind: 'ran', report };
  } catch (error) {
    // The forms are a later paradigm's: refused before anything was written.
    if (error instanceof FormsGenerationError) return { kind: 'database', message: `the database ${db.description}: ${error.message}` };
    if (!isDatabaseUnavailable(error)) throw error;
    if (shutdown.signal.aborted) return { kind: 'interrupted', message: `interrupted while the database ${db.description} was unreachable; ${resume}.` };
    return { kind: 'database', message: new DatabaseUnavailableError(db.description, resume, error).message };
  } finally {
    shutdown.dispose();
    await closeWithin(db, 5000);
    process.off('uncaughtException', onUncaught);
  }
}

/** Why a recompute of lexeme ids was refused: `missing`, among them, name no lexeme in `database`. */
function unknownLexemesText(missing: readonly number[], database: string): string {
  return (
    `no lexeme has the id${missing.length === 1 ? '' : 's'} ${missing.join(', ')} in ${database}; nothing was computed. ` +
    'Give the ids of existing lexemes (paradigm show LEMMA prints each lexeme of a lemma with its id).'
  );
}

/** Closing a pool whose server vanished can wait on dead sockets; never let it hold the exit. */
async function closeWithin(db: Database, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([db.close().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
