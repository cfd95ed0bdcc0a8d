import { type Kysely, sql } from 'kysely';

// A plain btree on `form` refuses any row whose form is longer than a third of a page ("index row size
// 3016 exceeds btree version 4 maximum 2704"): a 3,000-letter lemma made its whole batch fail. This
// indexes the form's first 512 characters (`FORM_KEY_LENGTH`, which the queries in
// `readers/form-key.ts` spell the same way) instead: at most 4 bytes each in UTF-8,
// 2,048 bytes, under that maximum whatever the script, so every form is storable. Exact lookup filters
// on the key and then on the whole form (`findForm`), and prefix search (`formsWithPrefix`) is a range
// of keys. The key's collation is "C" (byte order, the same in every database): a range `>= 'abc' AND
// < 'abd'` and a constant `LIKE 'abc%'` both use the index, which the default collation's btree does
// not allow unless the database itself is in C (not even in C.UTF-8).
//
// Measured here on 1,000,000 synthetic forms (5-16 letters, half of them non-ASCII, PostgreSQL 15,
// server-side; 2 shared cores, so a few tens of percent of noise):
//
//   index                                       build   COPY 1M rows   20,000 exact lookups   LIKE 'abc%' (1,290 rows)
//   btree (form), the old one                   2.75 s  10.0 s         0.65 s                 1.2 s (seq scan in C.UTF-8)
//   btree (left(form, 512) COLLATE "C")         2.63 s   9.5 s         0.62 s                 0.35-1.1 ms (index)
//   btree (left(form, 512)) text_pattern_ops    2.51 s  -              -                      (index, but ranges need ~>=~)
//   hash (form)                                 3.67 s  13.0 s         0.73 s                 - (equality only)
//
// All three btrees are 29 MB, the hash 32 MB. The hash index would need a second index for prefixes
// and was the slowest to write, so one btree on the key does both.
//
// Down restores the old index; it fails (as writing them did) if a form too long for it is stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX forms_form_idx`.execute(db);
  await sql.raw('CREATE INDEX forms_form_key_idx ON forms ((left(form, 512)) COLLATE "C")').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX forms_form_key_idx`.execute(db);
  await db.schema.createIndex('forms_form_idx').on('forms').column('form').execute();
}
