import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { MIGRATIONS } from './support/migrations';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm migrate on a fresh database`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename, { migrate: false });
    });
    afterAll(() => db.close());

    it('applies every migration in order and names them', async () => {
      expect(MIGRATIONS.length).toBeGreaterThan(7);
      const io = capture(db);
      expect(await main(['migrate'], io)).toBe(0);
      expect(io.err()).toBe(`paradigm: applied ${MIGRATIONS.length} migrations to ${db.description}: ${MIGRATIONS.join(', ')}\n`);
    });

    it('again: nothing to apply', async () => {
      const io = capture(db);
      expect(await main(['migrate'], io)).toBe(0);
      expect(io.err()).toBe(`paradigm: ${db.description} is up to date: no migration to apply\n`);
    });

    it('leaves a database the other commands use', async () => {
      const io = capture(db);
      expect(await main(['status', '--json'], io)).toBe(0);
      expect(JSON.parse(io.out())).toMatchObject({ lexemes: 0, patterns: 0, forms: 0 });
    });
  });
}
