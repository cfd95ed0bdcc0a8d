import { type Kysely, sql } from 'kysely';

// `ANALYZE forms` samples 300 rows per unit of statistics target (the largest of its columns' and its
// expression index's), and reading that sample is nearly all of its time; a full rebuild runs it
// inside its transaction, before the swap. Every reader reaches `forms` through an index, by
// `lexeme_id` or by the form key, so the planner needs only coarse statistics: a target of 10 (a
// sample of 3,000 rows) instead of the default 100 (30,000).
//
// Measured here (PostgreSQL 15, psql \timing, 3 reps, load 2-3), ANALYZE at targets 100 / 30 / 10:
//
//   rows                     100          30          10
//   98,000                   56-95 ms     18-19 ms    7-8 ms
//   980,000                  104-133 ms   50-67 ms    17-19 ms
//   3,195,582 (hunspell fr)  169-182 ms   51-53 ms    18-25 ms
//
// On hunspell fr's forms, the plans of the readers' queries (40 analyses of random stored forms, 10
// workbench prefix searches, 20 paradigms, the range and `= ANY` deletes) read `forms` through the
// same indexes at 10 as at 100; only the join method for the 492-row patterns table differs in some.
// A rebuild keeps these targets (`rebuild/forms-definition.ts`); `ALTER TABLE forms ALTER COLUMN ...
// SET STATISTICS` changes them.
const COLUMNS = ['lexeme_id', 'pattern_id', 'cell', 'form', 'position', 'analysis'];
const TARGET = 10;

export async function up(db: Kysely<unknown>): Promise<void> {
  await setTargets(db, TARGET);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await setTargets(db, -1);
}

async function setTargets(db: Kysely<unknown>, target: number): Promise<void> {
  const columns = COLUMNS.map((column) => `ALTER COLUMN ${column} SET STATISTICS ${target}`).join(', ');
  await sql.raw(`ALTER TABLE forms ${columns}`).execute(db);
  await sql.raw(`ALTER INDEX forms_form_key_idx ALTER COLUMN 1 SET STATISTICS ${target}`).execute(db);
}
