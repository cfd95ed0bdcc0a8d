import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { doubledDix } from '@paradigm/lexicons/testing';

// A .dix whose pardefs are used twice in series at every level of a deep nesting is refused while it is
// read, before the database is opened, when it passes the default form limit. The lexicon's own limit
// decides, though: past the default, `import apertium` reads the limit from the database and, where it is
// higher, reads the file again under it.
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: import apertium and the lexicon's form limit`, () => {
    let db: Database;
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-limit-'));
    const dix = join(dir, 'doubled.dix');
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      writeFileSync(dix, doubledDix(16));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });
    const stored = () =>
      withConnection(db, async (conn) => (await conn.query<{ lexemes: number; lengths: number[] }>('SELECT (SELECT count(*)::int FROM lexemes) AS lexemes, ARRAY(SELECT length(form) FROM forms) AS lengths')).rows[0]);

    it('under the default limit, refuses the file naming the pardef and how to raise the lexicon\'s limit', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', dix, '--progress', 'none'], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: ${dix}:19:1: <pardef n="r0">: pardef "r0" derives more than 100000 forms, counting the partial forms its nested pardefs pass on, ` +
          'past the limit for one entry. Pardefs used one after another multiply them at each level of nesting.\n' +
          `${dix} has 1 problem; nothing was imported\n` +
          "raise the lexicon's limit with `paradigm form-limit N` (or none), where the machine has the memory for one entry's forms, and import again\n",
      );
      expect(await stored()).toEqual({ lexemes: 0, lengths: [] });
    });

    it('under a lexicon limit above its derivations, imports it with its one form', async () => {
      expect(await main(['form-limit', '200000'], capture(db))).toBe(0);
      const io = capture(db);
      expect(await main(['import', 'apertium', dix, '--progress', 'none'], io)).toBe(0);
      expect(await stored()).toEqual({ lexemes: 1, lengths: [1 + 2 ** 16] });
    });
  });
}
