import type { Database } from '../connection/database';
import { withConnection } from '../connection/with-connection';

/**
 * Records `generation` as the forms' generation (null: none, as before generations were recorded) with
 * the settings trigger off, so nothing is queued: the database as a paradigm of that generation left it.
 */
export function recordFormsGenerationUnseen(db: Database, generation: number | null): Promise<void> {
  return withConnection(db, async (conn) => {
    await conn.query('ALTER TABLE lexicon_settings DISABLE TRIGGER lexicon_settings_changed');
    await conn.query('UPDATE lexicon_settings SET forms_generation = $1', [generation]);
    await conn.query('ALTER TABLE lexicon_settings ENABLE TRIGGER lexicon_settings_changed');
  });
}
