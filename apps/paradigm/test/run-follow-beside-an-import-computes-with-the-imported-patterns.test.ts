import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { type Running, runParadigm, startParadigm } from './support/paradigm-process';
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
    writeFileSync(join(dir, 't.aff'), 'SET UTF-8\nSFX A Y 1\nSFX A 0 ed .\n');
    writeFileSync(join(dir, 't.dic'), '3\nwalk/A\ntalk/A\njump/A\n');
    worker = startParadigm(['run', '--follow', '--progress', 'none'], { DATABASE_URL: url });
    await until('the worker to drain the loaded lexicon', () => queueEmpty(database()));

    const imported = await runParadigm(['import', 'hunspell', join(dir, 't.aff'), join(dir, 't.dic'), '--replace', '--progress', 'none'], { DATABASE_URL: url });
    expect(imported.code).toBe(0);
    expect(await formsInTable(database())).toEqual(['1|1||walk', '1|2||walked', '2|1||talk', '2|2||talked', '3|1||jump', '3|2||jumped']);

    await query(database(), "UPDATE lexemes SET gloss = 'edited'");
    await until('the worker to compute the edits', () => queueEmpty(database()));
    expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
    expect(await query(database(), 'SELECT lexeme_id FROM recompute_failures')).toEqual([]);

    worker.child.kill('SIGINT');
    expect((await worker.ended).code).toBe(130);
    worker = undefined;
  });
});
