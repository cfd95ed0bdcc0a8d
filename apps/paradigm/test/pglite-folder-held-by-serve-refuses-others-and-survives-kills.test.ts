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

  // Between the steps the import holds the folder with its lexicon committed; in the forms step it has
  // copied every form into the new table, not swapped it in.
  for (const [when, point] of [['between its steps', 'lexicon-imported'], ['in its forms step', 'rebuild-copied']] as const) {
    it(`import killed ${when}: the next process opens the folder, finds the new lexicon queued, and \`paradigm run\` computes it`, async () => {
      const running = startParadigm(['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], { ...env, [PAUSE_VARIABLE]: `${point}:0` });
      await until(`the import to pause at ${point}`, async () => running.stderr().includes(`PAUSED ${point} 0`));
      running.child.kill('SIGKILL');
      expect((await running.ended).code).toBe(null);
      await inFolder(dataDir, async (db) => {
        expect({
          lexicon: await query(db, 'SELECT id, lemma FROM lexemes ORDER BY id'),
          forms: await formsInTable(db),
          queue: (await query<{ id: number }>(db, 'SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).map((row) => row.id),
        }).toEqual({ lexicon: SMALL_DICTIONARY_LEXEMES, forms: [], queue: [1, 2, 3] });
      });
      expect((await runParadigm(['run', '--progress', 'none'], env)).code).toBe(0);
      await inFolder(dataDir, async (db) => {
        expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
        expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
      });
    });
  }
});
