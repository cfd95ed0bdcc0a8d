import { type Kysely, sql } from 'kysely';
import { enqueueFunctions } from './enqueue-functions';

// An edit of a lexeme or pattern that is queued already holds its queue row until the edit commits, so
// no worker claims it in between and computes the lexicon without that edit (see `enqueue-functions.ts`).
// The triggers stay; only their functions change.

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of enqueueFunctions('hold')) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of enqueueFunctions('leave')) await sql.raw(statement).execute(db);
}
