import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { type Running, runParadigm, startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

const queueEmpty = async (db: Parameters<typeof query>[0]) => (await query(db, 'SELECT 1 FROM recompute_queue UNION ALL SELECT 1 FROM recompute_pattern_queue')).length === 0;

// A `run --follow` worker compiles the grammar once and recompiles when `patterns_version` moves. An
// import replaces the patterns in bulk (the change triggers off, a full rebuild follows): the worker,
// started before it, must still compute later edits with the imported patterns, whose ids are the old
// ones (1, 2) with other rules.
describe('postgres: paradigm run --follow started before an import', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(7));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-beside-run-'));
  let worker: Running | undefined;
  afterAll(() => {
    worker?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes the edits made after the import with the imported patterns: forms equal the generated set', async () => {
    const { aff, dic } = writeSmallDictionary(dir);
    worker = startParadigm(['run', '--follow', '--progress', 'none'], { DATABASE_URL: url });
    await until('the worker to drain the loaded lexicon', () => queueEmpty(database()));

    const imported = await runParadigm(['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], { DATABASE_URL: url });
    expect(imported.code).toBe(0);
    expect(await formsInTable(database())).toEqual(SMALL_DICTIONARY_FORMS);

    await query(database(), "UPDATE lexemes SET gloss = 'edited'");
    await until('the worker to compute the edits', () => queueEmpty(database()));
    expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
    expect(await query(database(), 'SELECT lexeme_id FROM recompute_failures')).toEqual([]);

    worker.child.kill('SIGINT');
    expect((await worker.ended).code).toBe(130);
    worker = undefined;
  });
});
