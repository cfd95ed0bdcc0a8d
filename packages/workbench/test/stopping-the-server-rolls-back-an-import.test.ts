// Closing the workbench (Ctrl-C on `paradigm serve`) while an upload is being imported rolls the import
// back, as Ctrl-C does to `paradigm import`: the old lexicon and forms stay. On PostgreSQL only, where
// another session can hold the lexicon so that the import is still running when the server closes.
import { type Database, readPatterns, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { formsInTable } from '@paradigm/recompute/testing';
import { startWorkbench } from '../src';
import { callApi } from './support/call-api';
import { loadSmallLexicon } from './support/small-lexicon';

describe('postgres: closing the workbench during an import', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    await loadSmallLexicon(db);
  });
  afterAll(() => db.close());

  const lexicon = async () => ({
    patterns: await readPatterns(db),
    lexemes: await withConnection(db, async (conn) => (await conn.query<{ id: number; lemma: string }>('SELECT id, lemma FROM lexemes ORDER BY id')).rows),
    forms: await formsInTable(db),
  });

  it('rolls the import back and says so', async () => {
    const before = await lexicon();
    expect(before.forms).toHaveLength(17);
    const workbench = await startWorkbench({ port: 0, pollMs: 50, database: db });
    let closing: Promise<void> | undefined;
    try {
      await withConnection(db, (conn) =>
        conn.transaction(async (tx) => {
          // Held until this transaction ends: the import waits for it, before it writes anything.
          await tx.query('LOCK TABLE lexemes IN ACCESS SHARE MODE');
          const form = new FormData();
          form.append('format', 'hunspell');
          form.append('replace', 'true');
          form.append('aff', new Blob(['SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n']), 'small.aff');
          form.append('dic', new Blob(['2\ndog/S\nhorse/S\n']), 'small.dic');
          expect((await callApi(workbench, 'POST', '/api/import', { body: form })).status).toBe(202);
          expect(workbench.context.imports.running).toBe(true);
          closing = workbench.close();
        }),
      );
      await closing;
    } finally {
      await (closing ?? workbench.close());
    }
    expect([workbench.context.imports.running, workbench.context.imports.progress]).toEqual([
      false,
      { state: 'failed', source: 'small.aff + small.dic', message: `the server stopped during the import, so it rolled back: the old lexicon and forms are as they were in ${db.description}.`, failures: [] },
    ]);
    expect(await lexicon()).toEqual(before);
  });
});
