import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { runParadigm, startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

const lexicon = (db: Parameters<typeof query>[0]) => query(db, 'SELECT id, lemma FROM lexemes ORDER BY id');
const queue = async (db: Parameters<typeof query>[0]) => (await query<{ id: number }>(db, 'SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).map((row) => row.id);

// `paradigm import` commits the lexicon, then computes every form in a rebuild of its own transaction.
// Killed (SIGKILL) in either step, it leaves a database that the rule of docs/guarantees.md covers: in
// the lexicon step the old lexicon and forms, untouched; in the forms step the new lexicon, no forms,
// and every lexeme queued, so `paradigm run` (or a `run --follow` worker) completes it. The next import
// succeeds either way.
describe('postgres: paradigm import killed with SIGKILL', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(7));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-killed-'));
  const { aff, dic } = writeSmallDictionary(dir);
  const importArgs = ['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    expect((await runParadigm(['run', '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
  });

  it('in the lexicon step (every row copied, not committed): the old lexicon and forms stay, nothing queued', async () => {
    const db = database();
    const before = { lexicon: await lexicon(db), forms: await formsInTable(db) };
    // An uncommitted queue entry for lexeme 1 holds the import at its last statement before the commit.
    const holder = await db.acquire();
    await holder.query('BEGIN');
    await holder.query('INSERT INTO recompute_queue (lexeme_id) VALUES (1)');
    const running = startParadigm(importArgs, { DATABASE_URL: url });
    let backend = 0;
    await until('the import to wait on the held queue entry', async () => {
      const waiting = await query<{ pid: number }>(db, "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO recompute_queue%' AND datname = current_database()");
      backend = waiting[0]?.pid ?? 0;
      return backend !== 0;
    });
    running.child.kill('SIGKILL');
    expect((await running.ended).code).toBe(null);
    await holder.query('ROLLBACK');
    holder.release();
    await until('the killed import to be rolled back', async () => (await query(db, 'SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backend])).length === 0);
    expect({ lexicon: await lexicon(db), forms: await formsInTable(db), queue: await queue(db) }).toEqual({ ...before, queue: [] });
  });

  it('in the forms step (every form copied, not swapped in): the new lexicon, no forms, every lexeme queued; `paradigm run` computes them', async () => {
    const db = database();
    const running = startParadigm(importArgs, { DATABASE_URL: url, [PAUSE_VARIABLE]: 'rebuild-copied:0' });
    await until('the rebuild to pause', async () => running.stderr().includes('PAUSED rebuild-copied 0'));
    running.child.kill('SIGKILL');
    expect((await running.ended).code).toBe(null);
    expect({ lexicon: await lexicon(db), forms: await formsInTable(db), queue: await queue(db) }).toEqual({
      lexicon: SMALL_DICTIONARY_LEXEMES,
      forms: [],
      queue: [1, 2, 3],
    });

    expect((await runParadigm(['run', '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
    expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect(await queue(db)).toEqual([]);
  });

  it('the next import succeeds and leaves exactly the generated forms, nothing queued', async () => {
    const db = database();
    expect((await runParadigm(importArgs, { DATABASE_URL: url })).code).toBe(0);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect(await formsInTable(db)).toHaveLength(6);
    expect(await queue(db)).toEqual([]);
  });
});
