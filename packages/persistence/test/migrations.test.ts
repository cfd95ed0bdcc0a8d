import { type Database, migrateToLatest, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { PARADIGM_TABLES } from '../src/migrations/migration-record';
import { FolderMigrationProvider, migrateToEmpty } from '../src/migrations/migrations';
import { FORM_KEY_LENGTH } from '../src/readers/form-key';

// Other modules add their own migrations to the folder (the worker's queue); these are this package's.
const TABLES = ['forms', 'lexeme_patterns', 'lexemes', 'patterns'];
const OWN = ['0001-lexicon', '0002-forms'];

function tables(db: Database): Promise<string[]> {
  return withConnection(db, async (conn) => {
    const { rows } = await conn.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%' ORDER BY 1",
    );
    return rows.map((r) => r.name);
  });
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: migrations apply in order, revert, and are idempotent`, () => {
    let db: Database;
    let all: string[];
    beforeAll(async () => {
      all = Object.keys(await new FolderMigrationProvider().getMigrations());
      db = await createTestDatabase(dialect, __filename, { migrate: false });
    });
    afterAll(() => db.close());

    it('applies every migration in order, then nothing the second time', async () => {
      expect(all.slice(0, 2)).toEqual(OWN);
      expect(await migrateToLatest(db)).toEqual({ applied: all });
      expect(await tables(db)).toEqual(expect.arrayContaining(TABLES));
      const before = await tables(db);
      expect(await migrateToLatest(db)).toEqual({ applied: [] });
      expect(await tables(db)).toEqual(before);
    });

    it('creates exactly the tables PARADIGM_TABLES names (by which a database of another program is told)', async () => {
      expect((await tables(db)).sort()).toEqual(PARADIGM_TABLES);
    });

    it('reverts them all, newest first, and applies them again', async () => {
      expect(await migrateToEmpty(db)).toEqual({ applied: [...all].reverse() });
      expect(await tables(db)).toEqual([]);
      expect(await migrateToLatest(db)).toEqual({ applied: all });
      expect(await tables(db)).toEqual(expect.arrayContaining(TABLES));
    });

    it('creates the indexes the worker and surface lookup rely on', async () => {
      const indexes = await withConnection(db, async (conn) =>
        (await conn.query<{ name: string }>("SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.name),
      );
      expect(indexes).toEqual(expect.arrayContaining([
        'forms_form_key_idx',
        'forms_lexeme_id_idx',
        'lexeme_patterns_pattern_id_idx',
        'lexeme_patterns_pkey',
        'lexemes_pkey',
        'patterns_name_key',
        'patterns_pkey',
      ]));
    });

    it('indexes forms by the key the surface queries use', async () => {
      const definition = await withConnection(db, async (conn) =>
        (await conn.query<{ def: string }>("SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'forms_form_key_idx'")).rows[0]?.def);
      expect(definition).toBe(`CREATE INDEX forms_form_key_idx ON public.forms USING btree ("left"(form, ${FORM_KEY_LENGTH}) COLLATE "C")`);
    });
  });
}
