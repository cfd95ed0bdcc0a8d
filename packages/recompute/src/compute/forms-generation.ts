import { GENERATION } from '@paradigm/core';
import { type Connection, type Database, expectFormsGeneration, type FormsGenerationRaise, raiseFormsGeneration } from '@paradigm/persistence';

/**
 * First of every job that writes forms (`run`, `recompute`, an import): makes this paradigm-core's
 * `GENERATION` the forms' generation. Forms computed by an earlier one are then queued as a change to
 * every pattern; a database a later one took over is refused (`FormsGenerationError`).
 */
export function takeOverFormsGeneration(db: Database): Promise<FormsGenerationRaise> {
  return raiseFormsGeneration(db, GENERATION);
}

/**
 * Wherever a job reads what it computes from (with the patterns and the form limit): the forms are
 * still this generation's, or it throws `FormsGenerationError` and writes nothing more.
 */
export function expectOwnFormsGeneration(conn: Connection): Promise<void> {
  return expectFormsGeneration(conn, GENERATION);
}
