import { type Kysely, sql } from 'kysely';

// Ids are usually given by importers and the seeder (COPY with explicit ids); identity lets other
// clients insert without one. `replaceLexicon` moves the sequences past the loaded ids.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lexemes')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('lemma', 'text', (c) => c.notNull())
    .addColumn('stem', 'text')
    .addColumn('root', sql`text[]`)
    .addColumn('gloss', 'text')
    .execute();
  await db.schema
    .createTable('patterns')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('compiled_hash', 'text', (c) => c.notNull())
    .execute();
  // A link table written rarely (import, edits), so its foreign keys cost little; deleting a lexeme or a
  // pattern removes its links.
  await db.schema
    .createTable('lexeme_patterns')
    .addColumn('lexeme_id', 'integer', (c) => c.notNull().references('lexemes.id').onDelete('cascade'))
    .addColumn('pattern_id', 'integer', (c) => c.notNull().references('patterns.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('lexeme_patterns_pkey', ['lexeme_id', 'position'])
    .execute();
  // "Which lexemes use pattern P": what the worker asks when a pattern changes.
  await db.schema.createIndex('lexeme_patterns_pattern_id_idx').on('lexeme_patterns').column('pattern_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lexeme_patterns').execute();
  await db.schema.dropTable('patterns').execute();
  await db.schema.dropTable('lexemes').execute();
}
