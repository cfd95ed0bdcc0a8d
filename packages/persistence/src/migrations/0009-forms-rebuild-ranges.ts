import { type Kysely, sql } from 'kysely';

// A rebuild of `forms` shared by several processes (see `rebuild/rebuild-ranges.ts`). The process that
// registers the rebuild splits the lexeme ids into ranges, one row each, covering every integer id. A
// process claims a pending range by locking its row (`FOR UPDATE SKIP LOCKED`) in the transaction that
// copies the range's forms into the new table and marks it done, so the claim lasts exactly as long as
// that transaction: a process that dies rolls it back, and the range is pending and unlocked again. The
// failures of a range are kept with it until the swap records them. Each registration gets a number of
// its own, and the ranges carry it, so a process that took part in one rebuild never claims a range of
// the next (it loaded its grammar before that one registered).
const STATEMENTS = [
  `CREATE SEQUENCE forms_rebuild_ids`,
  `ALTER TABLE forms_rebuild ADD COLUMN rebuild_id bigint NOT NULL DEFAULT nextval('forms_rebuild_ids')`,
  `CREATE TABLE forms_rebuild_ranges (
     rebuild_id bigint NOT NULL,
     lo integer PRIMARY KEY,
     hi integer NOT NULL CHECK (hi >= lo),
     state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
     claimed_by integer,
     claimed_at timestamptz,
     failed_ids integer[] NOT NULL DEFAULT '{}',
     reasons text[] NOT NULL DEFAULT '{}')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of ['DROP TABLE forms_rebuild_ranges', 'ALTER TABLE forms_rebuild DROP COLUMN rebuild_id', 'DROP SEQUENCE forms_rebuild_ids']) {
    await sql.raw(statement).execute(db);
  }
}
