import { changedLexemes, type Connection, enqueueIdRange, enqueueLexemes, lockLexemeForms, readPatternsVersion, type SqlQuery } from '@paradigm/persistence';
import type { BatchSource, ComputedBatch } from '../compute/compute-batch';
import { runQuery } from '../data/run-query';

/**
 * A full recompute reads a page, compiles, computes, and only then writes, in a transaction of its own:
 * meanwhile another client may edit a lexeme of the page (or a pattern) and a `worker run` may write
 * the newer forms and consume the queue entry. Writing the page then would put older forms back with
 * nothing left to correct them. So the page's transaction first takes the locks of its lexemes (no
 * `worker run` can write them until it ends) and then compares, under them, what the page was computed
 * from with what is there now.
 *
 * Resolves to true when the batch is current: the grammar's `patterns_version` has not moved and every
 * lexeme of the batch has the row version the page read (none changed, deleted, or, in a range, created).
 * Otherwise nothing of the batch may be written: the caller ends the transaction and hands the batch
 * to the queue with {@link handToQueue}.
 */
export async function lockIfCurrent(tx: Connection, batch: ComputedBatch, grammarVersion: string): Promise<boolean> {
  const { source } = batch;
  await lockLexemeForms(tx, source.kind === 'range' ? source.lexemes.map((lexeme) => lexeme.id) : source.requestedIds);
  const version = (await runQuery<{ version: string }>(tx, readPatternsVersion())).rows[0]!.version;
  if (version !== grammarVersion) return false;
  return (await runQuery(tx, changedSince(source))).rows.length === 0;
}

/**
 * Queues every lexeme of a batch that was not current (see {@link lockIfCurrent}), so `worker run`
 * recomputes them from what is there now. Run it in a transaction without forms locks: a queue row
 * that a `worker run` claim holds makes this wait for that claim, which may itself be waiting for the
 * locks of the page's transaction.
 */
export async function handToQueue(conn: Connection, batch: ComputedBatch): Promise<number> {
  const { source } = batch;
  const query = source.kind === 'range' ? enqueueIdRange(source.range.after, source.range.last) : enqueueLexemes(source.requestedIds);
  await runQuery(conn, query);
  return source.kind === 'range' ? source.lexemes.length : source.requestedIds.length;
}

function changedSince(source: BatchSource): SqlQuery {
  const versions = source.versions ?? new Map<number, string>();
  const seen = source.kind === 'range' ? source.lexemes.map((lexeme) => lexeme.id) : source.requestedIds;
  return changedLexemes(source.kind === 'range' ? source.range : { ids: source.requestedIds }, seen, seen.map((id) => versions.get(id) ?? null));
}
