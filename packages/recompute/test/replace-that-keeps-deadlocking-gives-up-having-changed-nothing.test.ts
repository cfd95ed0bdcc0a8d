import { type Database, type PooledConnection, ReplaceDeadlockError, replaceLexicon } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { untilASessionWaitsFor } from './support/lock-waits';
import { openReplaceHandle, OTHER_SESSION_DEADLOCK_TIMEOUT_SQL } from './support/replace-checks-last';
import { drain } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const ENTRIES = lexemes(12);

// Edits that each delete a lexeme's links and then change its lemma, one after the other, each one
// starting before the previous one commits: every time the replace takes `lexemes` it then waits for
// an edit's `lexeme_patterns`, and that edit then waits for `lexemes`. The replace is failed each time
// ("deadlock detected") and takes its locks again; after the fifth it gives up with an error that says
// so, and the lexicon and forms are as the edits left them. The replace checks for the cycle after the
// edits (support/replace-checks-last.ts).
describe('a replace of the lexicon that deadlocks on every attempt (PostgreSQL)', () => {
  const name = `${__filename}-postgres`;
  let db: Database;
  let replacer: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', name, { maxConnections: 10 });
    await loadLexicon(db, PATTERNS, ENTRIES);
    await drain(db);
    replacer = await openReplaceHandle(db, name);
  });
  afterAll(async () => {
    await replacer.close();
    await db.close();
  });

  it('gives up after 5 attempts with ReplaceDeadlockError, and nothing of it is left', async () => {
    const formsBefore = (await formsInTable(db)).length;
    const edits: PooledConnection[] = [];
    let outcome: unknown;
    let replace: Promise<unknown> | undefined;
    try {
      for (let attempt = 1; attempt <= 5; attempt++) {
        const edit = await db.acquire();
        edits.push(edit);
        await edit.query(OTHER_SESSION_DEADLOCK_TIMEOUT_SQL);
        await edit.query('BEGIN');
        await edit.query('DELETE FROM lexeme_patterns WHERE lexeme_id = $1', [attempt]);
        if (attempt === 1) {
          replace = replaceLexicon(replacer, { patterns: PATTERNS, lexemes: lexemes(3) }, { skipTriggers: true }).then(
            () => 'replaced',
            (error: unknown) => error,
          );
        } else {
          // The previous edit holds `lexemes`, which the replace waits for: let it in.
          await edits[attempt - 2]!.query('COMMIT');
        }
        await untilASessionWaitsFor(db, 'lexeme_patterns');
        // Closes the cycle; returns once the server has failed the replace's attempt.
        await edit.query(`UPDATE lexemes SET lemma = lemma || 'e' WHERE id = $1`, [attempt]);
      }
      outcome = await replace;
      await edits[4]!.query('COMMIT');
    } finally {
      for (const edit of edits) {
        await edit.query('ROLLBACK').catch(() => undefined);
        await edit.query('RESET deadlock_timeout').catch(() => undefined);
        edit.release();
      }
    }

    expect(outcome).toBeInstanceOf(ReplaceDeadlockError);
    expect((outcome as ReplaceDeadlockError).attempts).toBe(5);
    expect((outcome as ReplaceDeadlockError).message).toBe(
      'replacing the lexicon gave up after 5 deadlocks with other sessions while it took its locks (each time another transaction ' +
        'held part of the lexicon and waited for a part the replace held); it rolled back, so the lexicon and the forms are as they ' +
        'were. Run it again, or stop the other writers meanwhile.',
    );
    expect(await query(db, "SELECT count(*)::int AS n, count(*) FILTER (WHERE lemma LIKE '%e')::int AS edited FROM lexemes")).toEqual([{ n: 12, edited: 5 }]);
    expect((await formsInTable(db)).length).toBe(formsBefore);
    await drain(db);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
  });
});
