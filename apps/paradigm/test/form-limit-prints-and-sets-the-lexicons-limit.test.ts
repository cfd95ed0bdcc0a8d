import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { nestedDix } from './support/small-dictionary';

// The limit of forms per lexeme is the lexicon's: `paradigm form-limit` prints and sets it, and import,
// run and recompute compute with it.
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm form-limit`, () => {
    let db: Database;
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-form-limit-'));
    const dix = join(dir, 'nested.dix');
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      writeFileSync(dix, nestedDix(10));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });
    const forms = () => withConnection(db, async (conn) => (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows[0]!.n);

    async function limit(...args: string[]): Promise<{ code: number; out: string; err: string }> {
      const io = capture(db);
      const code = await main(['form-limit', ...args], io);
      return { code, out: io.out(), err: io.err() };
    }

    it('prints 100000 on a new lexicon, and sets a new limit, saying what it queued', async () => {
      expect(await limit()).toEqual({ code: 0, out: '100000\n', err: '' });
      expect(await limit('1000')).toEqual({
        code: 0,
        out: '',
        err:
          `paradigm: the form limit of ${db.description} is now 1000 forms per lexeme (was 100000 forms per lexeme); every pattern is queued as changed, ` +
          "so every lexeme's forms are computed again under it by:\n  paradigm run\n",
      });
      expect(await limit()).toEqual({ code: 0, out: '1000\n', err: '' });
      expect(await limit('1000')).toEqual({ code: 0, out: '', err: `paradigm: the form limit of ${db.description} is 1000 forms per lexeme already; nothing changed\n` });
    });

    it('an import computes with it: an entry past it rolls the import back', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', dix, '--progress', 'none'], io)).toBe(1);
      expect(io.err()).toContain(`lexeme 2 "big", pattern "q0" (id 11): more than 1000 forms, the lexicon's form limit`);
      expect(await forms()).toBe(0);
    });

    it('none lifts it: the import stores every form', async () => {
      expect((await limit('none')).code).toBe(0);
      expect(await limit()).toEqual({ code: 0, out: 'none\n', err: '' });
      expect(await main(['import', 'apertium', dix, '--progress', 'none'], capture(db))).toBe(0);
      expect(await forms()).toBe(2050);
    });

    it('lowered again, run fails the lexeme past it and keeps its forms; status lists it', async () => {
      expect((await limit('1000')).code).toBe(0);
      const io = capture(db);
      expect(await main(['run', '--progress', 'none'], io)).toBe(1);
      expect(await forms()).toBe(2050);
      const status = capture(db);
      expect(await main(['status'], status)).toBe(0);
      expect(status.out()).toContain('form limit  1000 forms per lexeme\n');
      expect(status.out()).toContain(`  lexeme 2 "big", pattern "q0" (id 11): more than 1000 forms, the lexicon's form limit`);
    });

    it.each(['0', '2147483648', 'many', '1.5'])('refuses %s, naming the argument (exit 2), and keeps the limit', async (value) => {
      expect(await limit(value)).toEqual({
        code: 2,
        out: '',
        err: `paradigm: command-argument value '${value}' is invalid for argument 'limit'. expects a whole number of forms from 1 to 2147483647, or none for no limit.\n(add --help for usage)\n`,
      });
      expect((await limit()).out).toBe('1000\n');
    });
  });
}
