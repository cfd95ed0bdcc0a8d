import type { Connection } from '../connection/connection';
import { retryOnDeadlock } from '../connection/retry-on-deadlock';
import { createNextForms, forgetRebuild, NEXT_FORMS_TABLE, REBUILD_LOCK, REGISTRATION_ATTEMPTS, REGISTRATION_LOCK_SQL } from './rebuild-forms';

// A rebuild of `forms` on PostgreSQL that any number of processes share (`recompute --all --shared`
// started on one machine or several); a plain `recompute --all` discards it (see `registerRebuild`).
// The first registers the rebuild and, in the same committed transaction, creates the new unindexed
// table and splits the lexeme ids into ranges (`forms_rebuild_ranges`). Every process then claims a pending range, computes it and copies its forms into the new table in one
// transaction that also marks the range done: the claim is that transaction's row lock, so a process
// that dies mid-range leaves nothing of it and another one claims it again. Once every range is done,
// one process (the rebuild's advisory lock, per transaction) builds the indexes and swaps the table in.
// A rebuild whose processes all died stays registered; the next `recompute --all --shared` resumes it.

/** How a process takes part in a shared rebuild: `rebuild` is the registration's number, for the calls that follow. */
export type RebuildParticipation =
  /** It registered a new rebuild: the new table and the ranges are committed. */
  | { readonly state: 'started'; readonly rebuild: string }
  /** A rebuild is registered already (running, or left by processes that died): it claims its ranges. */
  | { readonly state: 'joined'; readonly rebuild: string }
  /** Another rebuild was swapping in while this one waited for it: every form is current already. */
  | { readonly state: 'rebuilt-meanwhile' };

/** One range of lexeme ids, both ends included. */
export interface RebuildRange {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Splits every lexeme id into ranges of `$1` lexemes, for the rebuild `$2`, together covering every integer id: the first
 * starts at the smallest integer and each ends just before the next, the last at the largest, so a
 * lexeme inserted meanwhile falls in one range too (its insert is noted and queued anyway).
 */
export const INSERT_RANGES_SQL = `
  INSERT INTO forms_rebuild_ranges (rebuild_id, lo, hi)
  SELECT $2::bigint, CASE WHEN g = 0 THEN -2147483648 ELSE lo END, coalesce(lead(lo) OVER (ORDER BY g) - 1, 2147483647)
  FROM (SELECT g, min(id) AS lo FROM (SELECT (row_number() OVER (ORDER BY id) - 1) / $1 AS g, id FROM lexemes) t GROUP BY g) groups
  UNION ALL
  SELECT $2::bigint, -2147483648, 2147483647 WHERE NOT EXISTS (SELECT 1 FROM lexemes)`;

/** The claim: the lowest pending range of rebuild `$1` nobody holds, locked until the claiming transaction ends. */
export const CLAIM_RANGE_SQL = `
  UPDATE forms_rebuild_ranges SET claimed_by = pg_backend_pid(), claimed_at = clock_timestamp()
  WHERE lo = (SELECT lo FROM forms_rebuild_ranges WHERE rebuild_id = $1 AND state = 'pending' ORDER BY lo LIMIT 1 FOR UPDATE SKIP LOCKED)
  RETURNING lo, hi`;

/** Waits for the lowest range of rebuild `$1` still pending (held by a claim: until that claim commits or its process dies). */
export const WAIT_FOR_RANGE_SQL = `SELECT lo FROM forms_rebuild_ranges WHERE rebuild_id = $1 AND state = 'pending' ORDER BY lo LIMIT 1 FOR UPDATE`;

/**
 * Outside any transaction: joins the registered rebuild, or registers a new one (forgetting what an
 * older one that cannot be resumed left), creates {@link NEXT_FORMS_TABLE} without its indexes and
 * inserts its ranges of `rangeLexemes` lexemes; `created` runs just before that commits. Registering
 * waits for the edits and `run` batches in flight (`REGISTRATION_LOCK_SQL`) and commits at once, so from
 * then on every claim of `worker run` and every edit is noted, and every range read after it sees
 * every edit committed before. Waits while another process registers or swaps (the rebuild lock);
 * if that one swapped in meanwhile, resolves to `rebuilt-meanwhile`.
 */
export async function joinRebuild(conn: Connection, rangeLexemes: number, created: (tx: Connection) => Promise<void>): Promise<RebuildParticipation> {
  if (!Number.isInteger(rangeLexemes) || rangeLexemes < 1) throw new Error(`joinRebuild: rangeLexemes must be a positive integer, got ${rangeLexemes}`);
  // Registering takes the lexicon's locks as a full rebuild's registration does, and is made again
  // after a deadlock the same way (see `registerRebuild`).
  return retryOnDeadlock(REGISTRATION_ATTEMPTS, () => conn.transaction(async (tx) => {
    const waitedSince = (await tx.query<{ now: string }>('SELECT clock_timestamp()::text AS now')).rows[0]!.now;
    await tx.query('SELECT pg_advisory_xact_lock($1)', [REBUILD_LOCK]);
    const open = await tx.query<{ rebuild: string }>(
      `SELECT b.rebuild_id::text AS rebuild FROM forms_rebuild b WHERE to_regclass('${NEXT_FORMS_TABLE}') IS NOT NULL AND EXISTS (SELECT 1 FROM forms_rebuild_ranges r WHERE r.rebuild_id = b.rebuild_id)`,
    );
    if (open.rows.length > 0) return { state: 'joined', rebuild: open.rows[0]!.rebuild };
    const done = await tx.query('SELECT 1 FROM forms_rebuild_done WHERE finished_at > $1::timestamptz', [waitedSince]);
    if (done.rows.length > 0) return { state: 'rebuilt-meanwhile' };
    await forgetRebuild(tx);
    await tx.query(REGISTRATION_LOCK_SQL);
    const rebuild = (await tx.query<{ rebuild: string }>('INSERT INTO forms_rebuild (backend_pid) VALUES (pg_backend_pid()) RETURNING rebuild_id::text AS rebuild')).rows[0]!.rebuild;
    await createNextForms(tx);
    await tx.query(INSERT_RANGES_SQL, [rangeLexemes, rebuild]);
    await created(tx);
    return { state: 'started', rebuild } as const;
  }));
}

/** Inside the transaction that will copy it: claims a pending range of `rebuild`, or resolves to undefined when none is free. */
export async function claimRebuildRange(tx: Connection, rebuild: string): Promise<RebuildRange | undefined> {
  return (await tx.query<RebuildRange>(CLAIM_RANGE_SQL, [rebuild])).rows[0];
}

/** In the claim's transaction, after its forms are copied: the range is done; its failures (parallel arrays) are recorded at the swap. */
export async function completeRebuildRange(tx: Connection, range: RebuildRange, failedIds: readonly number[], reasons: readonly string[]): Promise<void> {
  await tx.query(`UPDATE forms_rebuild_ranges SET state = 'done', failed_ids = $2::int[], reasons = $3::text[] WHERE lo = $1`, [range.lo, failedIds, reasons]);
}

/**
 * Outside any transaction, when no range was free: waits until the ranges other processes hold end.
 * Resolves to true if one is pending again (its process died, or it is free right now): claim it.
 */
export async function waitForClaimedRanges(conn: Connection, rebuild: string): Promise<boolean> {
  return (await conn.query(WAIT_FOR_RANGE_SQL, [rebuild])).rows.length > 0;
}

/** What {@link lockRebuildForSwap} found. */
export type SwapReadiness =
  /** Every range is done: this transaction holds the rebuild lock; the failures of every range, parallel, by id. */
  | { readonly state: 'ready'; readonly failedIds: number[]; readonly reasons: string[] }
  /** A range is still being copied (or was given back by a process that died). */
  | { readonly state: 'ranges-left' }
  /** Another process swapped the rebuild in already (or gave it up). */
  | { readonly state: 'swapped-by-another' };

/** Inside the transaction that will build the indexes and swap: takes the rebuild lock (one swapper) and checks that every range of `rebuild` is done. */
export async function lockRebuildForSwap(tx: Connection, rebuild: string): Promise<SwapReadiness> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [REBUILD_LOCK]);
  const status = await tx.query<{ open: boolean; left: boolean }>(
    `SELECT to_regclass('${NEXT_FORMS_TABLE}') IS NOT NULL AND EXISTS (SELECT 1 FROM forms_rebuild WHERE rebuild_id = $1) AS open, ` +
      `EXISTS (SELECT 1 FROM forms_rebuild_ranges WHERE rebuild_id = $1 AND state = 'pending') AS left`,
    [rebuild],
  );
  if (!status.rows[0]!.open) return { state: 'swapped-by-another' };
  if (status.rows[0]!.left) return { state: 'ranges-left' };
  const failures = await tx.query<{ id: number; reason: string }>('SELECT f.id, f.reason FROM forms_rebuild_ranges r, unnest(r.failed_ids, r.reasons) AS f(id, reason) ORDER BY f.id');
  return { state: 'ready', failedIds: failures.rows.map((row) => row.id), reasons: failures.rows.map((row) => row.reason) };
}

/** Outside any transaction: drops the rebuild (its new table, ranges and notes) when it cannot finish, e.g. the server refused a form. */
export async function abandonRebuild(conn: Connection): Promise<void> {
  await conn.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [REBUILD_LOCK]);
    await forgetRebuild(tx);
  });
}
