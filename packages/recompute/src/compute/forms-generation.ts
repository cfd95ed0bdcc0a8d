import { GENERATION } from '@paradigm/core';
import { type Connection, type Database, expectFormsGeneration, raiseFormsGeneration, withConnection } from '@paradigm/persistence';

/**
 * Told when a job found forms of an earlier generation (`previous`; null: from before generations were
 * recorded) and took them over: every pattern is queued, so every lexeme's forms are computed again.
 */
export type FormsGenerationListener = (previous: number | null, generation: number) => void;

/**
 * First of every job that writes forms (`run`, `recompute`, an import): makes this paradigm-core's
 * `GENERATION` the forms' generation. Forms computed by an earlier one are then queued as a change to
 * every pattern, and `onRaised` is told when there were forms; a database a later one took over is
 * refused (`FormsGenerationError`).
 */
export async function takeOverFormsGeneration(db: Database, onRaised?: FormsGenerationListener): Promise<void> {
  const { previous, raised } = await raiseFormsGeneration(db, GENERATION);
  if (!raised || onRaised === undefined) return;
  const formsStored = await withConnection(db, async (conn) => (await conn.query<{ stored: boolean }>('SELECT EXISTS (SELECT 1 FROM forms) AS stored')).rows[0]!.stored);
  if (formsStored) onRaised(previous, GENERATION);
}

/**
 * Wherever a job reads what it computes from (with the patterns and the form limit): the forms are
 * still this generation's, or it throws `FormsGenerationError` and writes nothing more.
 */
export function expectOwnFormsGeneration(conn: Connection): Promise<void> {
  return expectFormsGeneration(conn, GENERATION);
}

/** What a command says when {@link takeOverFormsGeneration} took earlier forms over (one line). */
export function formsGenerationRaisedText(previous: number | null, generation: number): string {
  const earlier = previous === null ? 'from before paradigm recorded generations' : `of forms generation ${previous}`;
  return `the stored forms are ${earlier}, and this paradigm computes generation ${generation}, whose forms may differ: every pattern is queued, so every lexeme's forms are computed again`;
}
