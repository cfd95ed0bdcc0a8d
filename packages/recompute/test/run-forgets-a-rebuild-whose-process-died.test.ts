import { compileGrammar } from '@paradigm/core';
import { type Database, lexiconStatus } from '@paradigm/persistence';
import { drain } from './support/run-in-process';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(12);
/** The rebuild lock (`REBUILD_LOCK`, "pardrb"). */
const REBUILD_LOCK = 0x7061_7264_7262;
const NOTES_SQL =
  'SELECT (SELECT count(*) FROM forms_rebuild)::int AS registered, (SELECT count(*) FROM forms_rebuild_changes)::int AS changes, (SELECT count(*) FROM forms_rebuild_claims)::int AS claims';

/** An edit of lexeme 1, which the triggers note while a rebuild is registered, and queue. */
async function editLexemeOne(db: Database): Promise<void> {
  await query(db, 'UPDATE lexeme_patterns SET position = position WHERE lexeme_id = 1');
}

// A rebuild killed after it registered leaves its row in `forms_rebuild`, and until the next rebuild every
// edit and every claim was noted for it. A rebuild that runs holds the rebuild lock for its session, so
// `run` forgets a registration found without it, with what was noted; `status` says no rebuild runs.
// PGlite's one session has the same pid in every process, so the pid alone cannot tell.
for (const dialect of ['postgres', 'pglite'] as const) {
  describe(`run forgets a rebuild whose process died (${dialect})`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    it('forgets the registration and its notes; status says none; the edit is computed', async () => {
      await drain(database());
      // What a rebuild killed after its registration leaves: the row, with no session holding the lock.
      await query(database(), 'INSERT INTO forms_rebuild (backend_pid) VALUES (pg_backend_pid())');
      await editLexemeOne(database());
      expect(await query(database(), NOTES_SQL)).toEqual([{ registered: 1, changes: 1, claims: 0 }]);
      expect((await lexiconStatus(database())).rebuild).toBeNull();

      const { processed } = await drain(database());
      expect(processed).toEqual([1]);
      expect(await query(database(), NOTES_SQL)).toEqual([{ registered: 0, changes: 0, claims: 0 }]);
      expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    });

    it('keeps a registration whose session holds the rebuild lock', async () => {
      // PostgreSQL: a session of its own holds the lock; PGlite: its one session, which `run` then uses too.
      let holder = await database().acquire();
      await holder.query(`SELECT pg_advisory_lock(${REBUILD_LOCK}); INSERT INTO forms_rebuild (backend_pid) VALUES (pg_backend_pid())`);
      const pid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      if (dialect === 'pglite') holder.release();
      try {
        expect((await lexiconStatus(database())).rebuild).toMatchObject({ kind: 'one-process', pid });
        await editLexemeOne(database());
        // One connection: the pool's other one is the holder's.
        await drain(database(), { concurrency: 1 });
        expect(await query(database(), NOTES_SQL)).toEqual([{ registered: 1, changes: 1, claims: 1 }]);
      } finally {
        if (dialect === 'pglite') holder = await database().acquire();
        await holder.query(`DELETE FROM forms_rebuild; DELETE FROM forms_rebuild_changes; DELETE FROM forms_rebuild_claims; SELECT pg_advisory_unlock(${REBUILD_LOCK})`);
        holder.release();
      }
    });
  });
}
