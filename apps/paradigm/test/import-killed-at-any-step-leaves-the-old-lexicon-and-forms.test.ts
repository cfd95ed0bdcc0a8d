import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BatchPoint, PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { runParadigm, startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

const lexicon = (db: Parameters<typeof query>[0]) => query(db, 'SELECT id, lemma FROM lexemes ORDER BY id');
const queue = async (db: Parameters<typeof query>[0]) => (await query<{ id: number }>(db, 'SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).map((row) => row.id);
/** Sessions of this database, other than the test's, inside a transaction: a killed import's until the server rolls it back. */
const openTransactions = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'";

// `paradigm import` replaces the lexicon and every form in one transaction. Killed (SIGKILL) at any of
// its steps (the old rows emptied and the new table created; a batch of forms copied; every lexeme and
// form copied; the indexes built; the new table in place of `forms`), it leaves the old lexicon, forms
// and queue exactly as they were, and the next import succeeds.
describe('postgres: paradigm import killed with SIGKILL', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(7));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-killed-'));
  const { aff, dic } = writeSmallDictionary(dir);
  const importArgs = ['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    expect((await runParadigm(['run', '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
    // One lexeme edited and queued, not computed yet: the queue must survive the kills as it was.
    await query(database(), "UPDATE lexemes SET gloss = 'edited' WHERE id = 2");
  });

  const points: [BatchPoint, number][] = [['import-created', 0], ['after-write', 1], ['import-copied', 0], ['import-indexed', 0], ['import-installed', 0]];
  for (const [point, batch] of points) {
    it(`at ${point}: the old lexicon, forms and queue stay`, async () => {
      const db = database();
      const before = { lexicon: await lexicon(db), forms: await formsInTable(db), queue: await queue(db) };
      expect({ lexemes: before.lexicon.length, forms: before.forms.length > 0, queue: before.queue }).toEqual({ lexemes: 7, forms: true, queue: [2] });
      const running = startParadigm(importArgs, { DATABASE_URL: url, [PAUSE_VARIABLE]: `${point}:${batch}` });
      await until(`the import to pause at ${point}`, async () => running.stderr().includes(`PAUSED ${point} ${batch}`));
      running.child.kill('SIGKILL');
      expect((await running.ended).code).toBe(null);
      await until('the killed import to be rolled back', async () => (await query(db, openTransactions)).length === 0);
      expect({ lexicon: await lexicon(db), forms: await formsInTable(db), queue: await queue(db) }).toEqual(before);
    });
  }

  it('the next import succeeds and leaves exactly the generated forms, nothing queued', async () => {
    const db = database();
    expect((await runParadigm(importArgs, { DATABASE_URL: url })).code).toBe(0);
    expect({ lexicon: await lexicon(db), forms: await formsInTable(db), queue: await queue(db) }).toEqual({
      lexicon: SMALL_DICTIONARY_LEXEMES,
      forms: SMALL_DICTIONARY_FORMS,
      queue: [],
    });
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
  });
});
