import { type Kysely, sql } from 'kysely';

// The generation of paradigm-core that the stored forms are computed with
// (`lexicon_settings.forms_generation`; NULL: computed before generations were recorded). Like the form
// limit, it is part of what the forms are computed from: a fix to what a rule means changes the forms
// of the same patterns and lexemes. So raising it is treated as a change to every pattern by the same
// trigger (every pattern queued as changed, `patterns_version` moved, a registered full rebuild told),
// and the worker of a later generation raises it before it computes anything (see
// `settings/forms-generation.ts`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE lexicon_settings ADD COLUMN forms_generation integer CHECK (forms_generation > 0)`.execute(db);
  await sql.raw(settingsChanged('(o.max_forms_per_lexeme, o.forms_generation) IS DISTINCT FROM (n.max_forms_per_lexeme, n.forms_generation)')).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(settingsChanged('o.max_forms_per_lexeme IS DISTINCT FROM n.max_forms_per_lexeme')).execute(db);
  await sql`ALTER TABLE lexicon_settings DROP COLUMN forms_generation`.execute(db);
}

/** The `form-limit` migration's trigger function, firing when `changed` holds for the old and new row. */
function settingsChanged(changed: string): string {
  return `
    CREATE OR REPLACE FUNCTION lexicon_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM old_rows o FULL JOIN new_rows n ON true WHERE ${changed}) THEN
        RETURN NULL;
      END IF;
      PERFORM 1 FROM forms_rebuild FOR SHARE;
      IF FOUND THEN UPDATE forms_rebuild SET patterns_changed = true WHERE NOT patterns_changed; END IF;
      INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM patterns ORDER BY id, name
        ON CONFLICT (pattern_id, name) DO UPDATE SET name = excluded.name WHERE false;
      UPDATE recompute_state SET patterns_version = patterns_version + 1;
      RETURN NULL;
    END $$`;
}
