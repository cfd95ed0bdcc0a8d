import type { Connection } from '@paradigm/persistence';

/**
 * Where in a batch's transaction a hook runs (`after-read`: a `run` batch has read its grammar and
 * lexemes, before it computes them; `after-expand`: a drain's expansion of pattern changes queued
 * lexemes and committed, before the drain asks whether the queue calls for a rebuild, with batch 0 and
 * no lexemes). A full rebuild (`recompute --all`) also stops at its own steps: the new table created
 * (not committed), every row copied into it, its indexes built, the swap done but not committed. On
 * PostgreSQL each range of the rebuild is a batch (`after-claim`, `after-write` in its transaction). `paradigm import`, one transaction, stops at its steps too: the
 * old lexicon and forms emptied and the new table created (`import-created`), every lexeme and form
 * copied (`import-copied`, after an `after-write` per batch), the indexes built (`import-indexed`), the
 * new table in place of `forms` (`import-installed`), none of it committed.
 */
export type BatchPoint =
  | 'after-claim'
  | 'after-read'
  | 'after-write'
  | 'after-commit'
  | 'after-expand'
  | 'rebuild-created'
  | 'rebuild-copied'
  | 'rebuild-indexed'
  | 'rebuild-swapped'
  | 'import-created'
  | 'import-copied'
  | 'import-indexed'
  | 'import-installed';

/**
 * Calls the pipeline makes at fixed points of each batch. Production passes {@link NO_HOOKS}; the crash
 * and concurrency tests use {@link hooksFromEnvironment} to pause a real worker process at a point (so
 * it can be killed there) or to log which process held which lexemes when.
 */
export interface BatchHooks {
  /** `tx` is the batch's open transaction (absent after commit); `batch` counts from 1 in this process. */
  at(point: BatchPoint, batch: number, lexemeIds: readonly number[], tx?: Connection): Promise<void>;
}

export const NO_HOOKS: BatchHooks = { at: async () => undefined };

/**
 * Test-only: `PARADIGM_WORKER_PAUSE_AT=after-write:2` pauses there (printing `PAUSED after-write 2` on
 * stderr) until the process is killed, or until {@link RESUME_SIGNAL} lets it go on.
 */
export const PAUSE_VARIABLE = 'PARADIGM_WORKER_PAUSE_AT';

/** Sent to a process paused by {@link PAUSE_VARIABLE}, it carries on from the pause. */
export const RESUME_SIGNAL = 'SIGUSR2';

/**
 * Test-only: `PARADIGM_WORKER_CLAIM_LOG=<table>` inserts `(pid, lexeme_id, claimed_at, committing_at)` into
 * that (existing) table inside each batch's transaction, so it is kept exactly when the batch commits.
 */
export const CLAIM_LOG_VARIABLE = 'PARADIGM_WORKER_CLAIM_LOG';

/** Test-only: `PARADIGM_WORKER_DELAY_MS=100` holds each batch's transaction open that long after writing, so concurrent workers overlap. */
export const DELAY_VARIABLE = 'PARADIGM_WORKER_DELAY_MS';

/** The hooks the test variables ask for, or none. */
export function hooksFromEnvironment(env: NodeJS.ProcessEnv = process.env, stderr: NodeJS.WritableStream = process.stderr): BatchHooks {
  const pause = env[PAUSE_VARIABLE];
  const claimLog = env[CLAIM_LOG_VARIABLE];
  const delayMs = Number(env[DELAY_VARIABLE] ?? 0);
  if (!pause && !claimLog && !delayMs) return NO_HOOKS;
  const [pausePoint, pauseBatch] = (pause ?? '').split(':');
  if (claimLog && !/^[a-z_][a-z0-9_]*$/.test(claimLog)) throw new Error(`${CLAIM_LOG_VARIABLE} must be a plain table name, got ${JSON.stringify(claimLog)}`);
  const claimedAt = new Map<number, string>();
  return {
    async at(point, batch, lexemeIds, tx) {
      if (claimLog && tx && point === 'after-claim') {
        const now = await tx.query<{ now: string }>('SELECT clock_timestamp()::text AS now');
        claimedAt.set(batch, now.rows[0].now);
      }
      if (claimLog && tx && point === 'after-write') {
        await tx.query(
          `INSERT INTO ${claimLog} (pid, lexeme_id, claimed_at, committing_at) SELECT $1, id, $2::timestamptz, clock_timestamp() FROM unnest($3::int[]) AS t(id)`,
          [process.pid, claimedAt.get(batch), lexemeIds],
        );
      }
      if (delayMs && point === 'after-write') await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (pausePoint === point && Number(pauseBatch) === batch) {
        // The handler is in place before the line is written, so a test that sees the line may resume it.
        const resumed = new Promise<void>((resume) => {
          // A timer keeps the process alive (a bare pending promise would let Node exit) until it is killed or resumed.
          const alive = setInterval(() => undefined, 60_000);
          process.once(RESUME_SIGNAL, () => {
            clearInterval(alive);
            resume();
          });
        });
        stderr.write(`PAUSED ${point} ${batch}\n`);
        await resumed;
      }
    },
  };
}
