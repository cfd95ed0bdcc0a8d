import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestFolder } from '@paradigm/persistence/testing';
import { PAUSE_VARIABLE, RESUME_SIGNAL } from '@paradigm/recompute';
import { expectedFromDatabase, formsInTable, query } from '@paradigm/recompute/testing';
import { runParadigm, startParadigm } from './support/paradigm-process';
import { heldBy, inFolder } from './support/pglite-folder';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

// `paradigm import` commits the lexicon, then computes every form. On the embedded database both steps
// run on one open of the folder, so no other process can take it between them: one that could would
// leave the import's forms step refused (exit 3) and the forms unbuilt. The import is paused right
// after its lexicon commit, where a process that slipped in would find the folder free.
describe('pglite: paradigm import holds the folder from its lexicon step to the end of its forms step', () => {
  const dataDir = createTestFolder(__filename);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-pglite-import-holds-'));
  const { aff, dic } = writeSmallDictionary(dir);
  const env = { DATABASE_URL: '', PARADIGM_DATA_DIR: dataDir };
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('run and recompute --all started between the steps exit 3 naming the folder and the import; the import then ends with exactly the generated forms', async () => {
    const importing = startParadigm(['import', 'hunspell', aff, dic, '--progress', 'none'], { ...env, [PAUSE_VARIABLE]: 'lexicon-imported:0' });
    try {
      await until('the import to commit its lexicon', async () => importing.stderr().includes('PAUSED lexicon-imported 0'));
      for (const args of [['run'], ['recompute', '--all']]) {
        const ended = await runParadigm([...args, '--progress', 'none'], env);
        expect({ args, code: ended.code, stderr: ended.stderr }).toEqual({ args, code: 3, stderr: heldBy(dataDir, importing.child.pid!) });
      }
      importing.child.kill(RESUME_SIGNAL);
      expect((await importing.ended).code).toBe(0);
    } finally {
      importing.child.kill('SIGKILL');
    }
    await inFolder(dataDir, async (db) => {
      expect({
        lexicon: await query(db, 'SELECT id, lemma FROM lexemes ORDER BY id'),
        forms: await formsInTable(db),
        queue: await query(db, 'SELECT lexeme_id FROM recompute_queue'),
      }).toEqual({ lexicon: SMALL_DICTIONARY_LEXEMES, forms: SMALL_DICTIONARY_FORMS, queue: [] });
      expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    });
  });
});
