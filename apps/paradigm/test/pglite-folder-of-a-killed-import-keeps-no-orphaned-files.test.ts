import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@paradigm/persistence';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { formsInTable, query } from '@paradigm/recompute/testing';
import { runParadigm, startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

/** The relation files in the database's folder that no relation of its catalog owns. */
async function orphanedFiles(dataDir: string): Promise<string[]> {
  const db = await openDatabase({ dialect: 'pglite', dataDir });
  try {
    const [{ oid }] = await query<{ oid: number }>(db, 'SELECT oid::int FROM pg_database WHERE datname = current_database()');
    const nodes = new Set((await query<{ node: string }>(db, 'SELECT pg_relation_filenode(oid)::text AS node FROM pg_class WHERE pg_relation_filenode(oid) IS NOT NULL')).map((row) => row.node));
    return readdirSync(join(dataDir, 'base', String(oid))).filter((name) => /^\d+/.test(name) && !nodes.has(/^\d+/.exec(name)![0]));
  } finally {
    await db.close();
  }
}

async function forms(dataDir: string): Promise<string[]> {
  const db = await openDatabase({ dialect: 'pglite', dataDir });
  try {
    return await formsInTable(db);
  } finally {
    await db.close();
  }
}

// PGlite's backend is the process itself: an import killed inside its transaction leaves the new forms
// table's files in the folder (recovery rolls the transaction back, but does not remove them), as large as
// the forms, more with every kill. The next process to open the folder finds the dead process's lock and
// removes them; the lexicon and forms are the old ones.
describe('pglite: the folder of an import killed with SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-pglite-orphans-'));
  const dataDir = join(dir, 'db');
  const env = { DATABASE_URL: '' };
  const { aff, dic } = writeSmallDictionary(dir);
  const importArgs = ['import', 'hunspell', aff, dic, '--replace', '--progress', 'none', '--data-dir', dataDir];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps no file of the killed import once opened again, and the old forms', async () => {
    expect((await runParadigm(importArgs, env)).code).toBe(0);
    expect(await orphanedFiles(dataDir)).toEqual([]);
    for (const kill of [1, 2]) {
      const running = startParadigm(importArgs, { ...env, [PAUSE_VARIABLE]: 'import-copied:0' });
      await until(`import ${kill} to pause with its forms copied`, async () => running.stderr().includes('PAUSED import-copied 0'));
      running.child.kill('SIGKILL');
      expect((await running.ended).code).toBe(null);
    }
    const status = await runParadigm(['status', '--data-dir', dataDir], env);
    expect(status.code).toBe(0);
    expect(await orphanedFiles(dataDir)).toEqual([]);
    expect(await forms(dataDir)).toEqual(SMALL_DICTIONARY_FORMS);
  });
});
