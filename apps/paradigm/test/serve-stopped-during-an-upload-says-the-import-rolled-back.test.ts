// Ctrl-C on `paradigm serve` while a dictionary uploaded through the page is being imported rolls the
// import back (the workbench's own test shows that), and the server says so where Ctrl-C was pressed,
// as `paradigm import` does: it said only that it stopped, and exited 0, so the one who stopped it
// could take the upload for imported. On PostgreSQL, where this test's session holds the lexicon so
// that the import is still running when the server stops.
import { type Database, lockInThisDatabase, withConnection } from '@paradigm/persistence';
import { formsInTable } from '@paradigm/recompute/testing';
import { serveParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

const lexicon = async (db: Database) => ({
  lexemes: await withConnection(db, async (conn) => (await conn.query<{ id: number; lemma: string }>('SELECT id, lemma FROM lexemes ORDER BY id')).rows),
  forms: await formsInTable(db),
});

describe('postgres: paradigm serve stopped while an upload is imported', () => {
  const { db, url } = useSmallDictionaryDatabase(__filename);

  it('rolls the import back, says so and exits 0; the lexicon and forms stay', async () => {
    expect(await lexicon(db())).toEqual({ lexemes: SMALL_DICTIONARY_LEXEMES, forms: SMALL_DICTIONARY_FORMS });
    const serving = await serveParadigm([], { DATABASE_URL: url() });
    const ended = await withConnection(db(), (conn) =>
      conn.transaction(async (tx) => {
        // Held until this transaction ends: the import waits for it, before it writes anything.
        await tx.query('LOCK TABLE lexemes IN ACCESS SHARE MODE');
        const form = new FormData();
        form.append('format', 'hunspell');
        form.append('replace', 'true');
        form.append('aff', new Blob(['SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n']), 'dogs.aff');
        form.append('dic', new Blob(['2\ndog/S\nhorse/S\n']), 'dogs.dic');
        expect((await fetch(`${serving.url}/api/import`, { method: 'POST', body: form })).status).toBe(202);
        await until('the import to wait for the lexicon', async () => {
          const waiting = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'lexemes'::regclass AND ${lockInThisDatabase()}`);
          return waiting.rows[0]!.n > 0;
        });
        return serving.stop();
      }),
    );
    expect({ code: ended.code, stderr: ended.stderr }).toEqual({
      code: 0,
      stderr:
        'paradigm: SIGINT: stopping after the batch in flight (up to 10000 ms); send SIGINT again to exit now.\n' +
        `paradigm: the import of dogs.aff + dogs.dic: the server stopped during the import, so it rolled back: the old lexicon and forms are as they were in ${serving.database}.\n`,
    });
    expect(await lexicon(db())).toEqual({ lexemes: SMALL_DICTIONARY_LEXEMES, forms: SMALL_DICTIONARY_FORMS });
  }, 5 * 60_000);
});
