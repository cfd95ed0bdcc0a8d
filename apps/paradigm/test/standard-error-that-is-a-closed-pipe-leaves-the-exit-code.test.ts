// `paradigm load ... 2>&1 | head -1`: the reader of standard error stops early, and the messages after
// that are lost, not the command's outcome: a load that committed exits 0, an export refused exits 1, as
// with standard error open. Standard error that fails otherwise (/dev/full) still ends in exit 1.
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { query } from '@paradigm/recompute/testing';
import { databaseForProcesses, type DatabaseForProcesses } from './support/database-for-processes';
import { runParadigmWithStandardError } from './support/paradigm-process';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const LOAD = ['load', join(EXAMPLES, 'conlang.patterns'), join(EXAMPLES, 'english.patterns'), join(EXAMPLES, 'lexemes.tsv'), '--progress', 'none'];

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm with standard error a closed pipe`, () => {
    let database: DatabaseForProcesses;
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-stderr-closed-'));
    const lexemes = () => database.use(async (db) => (await query<{ n: number }>(db, 'SELECT count(*)::int AS n FROM lexemes'))[0]!.n);
    beforeAll(async () => {
      database = await databaseForProcesses(dialect, __filename, true);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await database.remove();
    });

    it('load: exit 0, the lexicon loaded', async () => {
      expect(await runParadigmWithStandardError(LOAD, database.env, 'closed')).toEqual({ code: 0, stdout: '' });
      expect(await lexemes()).toBe(15);
    });

    it('export tsv: exit 0, the files written; again, refused for want of --force: exit 1', async () => {
      const target = join(dir, 'export');
      expect(await runParadigmWithStandardError(['export', 'tsv', target], database.env, 'closed')).toEqual({ code: 0, stdout: '' });
      expect(['lexicon.patterns', 'lexemes.tsv'].map((file) => existsSync(join(target, file)))).toEqual([true, true]);
      expect(await runParadigmWithStandardError(['export', 'tsv', target], database.env, 'closed')).toEqual({ code: 1, stdout: '' });
    });

    it('standard error on a full disk (/dev/full): exit 1', async () => {
      const full = openSync('/dev/full', 'w');
      try {
        expect(await runParadigmWithStandardError([...LOAD, '--replace'], database.env, full)).toEqual({ code: 1, stdout: '' });
      } finally {
        closeSync(full);
      }
    });
  });
}
