import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAUSE_VARIABLE, RESUME_SIGNAL } from '@paradigm/recompute';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { runParadigm, startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

// A `run` worker holds the queue rows it claimed until its batch commits, and its next statement reads
// the lexicon, which an import holds exclusively until it commits. The import settles the queue (its
// forms commit with its lexicon); if it waited for a claimed row, the worker and the import would wait
// for each other (a deadlock, one of them aborted). It leaves claimed rows to their claimer instead,
// which reads the new lexicon once the import commits and writes that lexeme's forms from it (or puts
// the rows back if it rolls back), and so are the failure rows the claim deleted. The worker here is
// paused right after its claim.
describe('postgres: paradigm import while a run worker holds a claim', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(7));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-beside-claim-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const claims = "SELECT pid, state FROM pg_stat_activity WHERE query LIKE 'WITH claimed AS (DELETE FROM recompute_queue%' AND state = 'idle in transaction' AND datname = current_database()";

  it('commits the lexicon and its forms without waiting for the claim; the worker then computes its lexeme from the new lexicon', async () => {
    const db = database();
    const { aff, dic } = writeSmallDictionary(dir);
    expect((await runParadigm(['run', '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
    await query(db, "UPDATE lexemes SET gloss = 'edited' WHERE id = 1");
    // An earlier failure of the lexeme, which the claim deletes (and holds) and the import forgets too.
    await query(db, "INSERT INTO recompute_failures (lexeme_id, reason) VALUES (1, 'an earlier failure'), (2, 'another one')");
    const worker = startParadigm(['run', '--concurrency', '1', '--progress', 'none'], { DATABASE_URL: url, [PAUSE_VARIABLE]: 'after-claim:1' });
    try {
      await until('the worker to claim lexeme 1', async () => worker.stderr().includes('PAUSED after-claim 1'));
      const claim = await query<{ pid: number; state: string }>(db, claims);
      expect(claim).toHaveLength(1);
      expect((await runParadigm(['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
      // The same claim is still held: the import did not wait for it to end (nor for the server to end its idle session).
      expect(await query(db, claims)).toEqual(claim);
      expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
      worker.child.kill(RESUME_SIGNAL);
      expect((await worker.ended).code).toBe(0);
    } finally {
      worker.child.kill('SIGKILL');
    }
    expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect(await query(db, 'SELECT lexeme_id FROM recompute_queue')).toEqual([]);
    expect(await query(db, 'SELECT lexeme_id FROM recompute_failures')).toEqual([]);
  });
});
