import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestFolder } from '@paradigm/persistence/testing';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '@paradigm/recompute/testing';
import { runParadigm, serveParadigm, startParadigm } from './support/paradigm-process';
import { heldBy, inFolder } from './support/pglite-folder';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

// The embedded database is one process's: `paradigm serve` (which computes edits in-process) holds the
// folder, and an `import` or `recompute --all` started beside it in another terminal is refused before
// it touches anything. A process killed with SIGKILL leaves its lock behind and, in any step, a folder
// that the next process opens (the lock is stale: its pid is gone) and that the rule covers.
describe('pglite: one folder, several paradigm processes', () => {
  const dataDir = createTestFolder(__filename);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-pglite-held-'));
  const { aff, dic } = writeSmallDictionary(dir);
  const env = { DATABASE_URL: '', PARADIGM_DATA_DIR: dataDir };
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('while serve holds it, import and recompute --all exit 3 naming the folder and serve\'s pid, and change nothing', async () => {
    await inFolder(dataDir, (db) => loadLexicon(db, PATTERNS, lexemes(7)));
    const serving = await serveParadigm([], env);
    try {
      const pid = serving.child.pid!;
      for (const args of [['import', 'hunspell', aff, dic, '--replace'], ['recompute', '--all']]) {
        const ended = await runParadigm([...args, '--progress', 'none'], env);
        expect({ code: ended.code, stderr: ended.stderr }).toEqual({ code: 3, stderr: heldBy(dataDir, pid) });
      }
      expect(readFileSync(join(dataDir, 'paradigm.pid'), 'utf8')).toMatch(new RegExp(`^${pid} \\d+\\n$`));
    } finally {
      // Killed, not stopped: the lock file stays, naming a process that is gone.
      serving.child.kill('SIGKILL');
      await new Promise((resolve) => serving.child.once('exit', resolve));
    }
    // The folder opens after serve's SIGKILL (its lock is stale), the lexicon intact.
    await inFolder(dataDir, async (db) => {
      expect(await query(db, 'SELECT id, lemma FROM lexemes ORDER BY id LIMIT 1')).toEqual([{ id: 1, lemma: 'city' }]);
    });
  });

  // The import is one transaction: killed after copying every lexeme and form, or with the new table in
  // place of `forms`, it leaves the old lexicon, forms and queue as they were, and the next import ends
  // with exactly the generated forms.
  for (const point of ['import-copied', 'import-installed'] as const) {
    it(`import killed at ${point}: the next process opens the folder and finds the old lexicon, forms and queue`, async () => {
      const state = () =>
        inFolder(dataDir, async (db) => ({
          lexicon: await query(db, 'SELECT id, lemma FROM lexemes ORDER BY id'),
          forms: await formsInTable(db),
          queue: (await query<{ id: number }>(db, 'SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).map((row) => row.id),
        }));
      const before = await state();
      expect(before.lexicon).toHaveLength(7);
      const running = startParadigm(['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], { ...env, [PAUSE_VARIABLE]: `${point}:0` });
      await until(`the import to pause at ${point}`, async () => running.stderr().includes(`PAUSED ${point} 0`));
      running.child.kill('SIGKILL');
      expect((await running.ended).code).toBe(null);
      expect(await state()).toEqual(before);
    });
  }

  it('the next import ends with exactly the generated forms, nothing queued', async () => {
    expect((await runParadigm(['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], env)).code).toBe(0);
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
