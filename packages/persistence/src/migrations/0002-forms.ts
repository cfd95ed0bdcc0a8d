import type { Kysely } from 'kysely';

// No foreign key to lexemes or patterns, and no primary key: forms are only ever written in bulk by
// replace-forms (delete a batch of lexemes' rows, COPY the new ones), and each constraint is a per-row
// check on that hot path. Measured here (server-side COPY of 1M rows into this indexed table, twice in
// swapped order): 15.6 s and 18.2 s without a foreign key to lexemes, 29.4 s and 24.7 s with one (~1.6x).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('forms')
    .addColumn('lexeme_id', 'integer', (c) => c.notNull())
    .addColumn('pattern_id', 'integer', (c) => c.notNull())
    .addColumn('cell', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .execute();
  // Replacing a lexeme's forms deletes by lexeme_id: without this index each batch scans the table
  // (replace measured about 4x slower without it).
  await db.schema.createIndex('forms_lexeme_id_idx').on('forms').column('lexeme_id').execute();
  // Surface lookup: "which lexemes produce this form".
  await db.schema.createIndex('forms_form_idx').on('forms').column('form').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('forms').execute();
}
