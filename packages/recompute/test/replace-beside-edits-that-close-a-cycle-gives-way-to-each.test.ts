import { type Database, type PooledConnection, replaceLexicon } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { untilASessionWaitsFor } from './support/lock-waits';
import { openReplaceHandle, OTHER_SESSION_DEADLOCK_TIMEOUT_SQL } from './support/replace-checks-last';
import { drain } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const ENTRIES = lexemes(12);

// Edits that each delete a lexeme's links and then change its lemma, one after the other, each one
// starting before the previous one commits: every time the replace takes `lexemes` it then waits for
// an edit's `lexeme_patterns`, and that edit then waits for `lexemes`, a cycle. The replace's short
// tries for its locks give way (its savepoint rolled back) long before the server would check for the
// cycle, so each edit commits. Its tries grow as the edits it met end and others meet it; past the
// longest it asks in the server's queue, where the server ends a cycle by failing its attempt, which
// it then makes again (each session here checks only after 5 s or a minute,
// support/replace-checks-last.ts). The replace takes its locks once the last edit has committed: the
// lexicon is the replaced one. Had it always waited in the queue, the server would have failed it at
// each cycle and it would have given up after the fifth, replacing nothing.
describe('a replace of the lexicon beside edits that close a cycle with it, one after the other (PostgreSQL)', () => {
  const name = `${__filename}-postgres`;
  let db: Database;
  let replacer: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', name, { maxConnections: 10 });
    await loadLexicon(db, PATTERNS, ENTRIES);
    await drain(db);
    replacer = await openReplaceHandle(db, name);
  }, 60_000);
  afterAll(async () => {
    await replacer.close();
    await db.close();
  });

  it('gives way to each edit, then replaces the lexicon', async () => {
    const edits: PooledConnection[] = [];
    const edited: number[] = [];
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
          // The replace waits for the previous edit to end: let it.
          await edits[attempt - 2]!.query('COMMIT');
        }
        await untilASessionWaitsFor(db, 'lexeme_patterns');
        // Closes the cycle; returns once the replace's try has given way.
        edited.push((await edit.query(`UPDATE lexemes SET lemma = lemma || 'e' WHERE id = $1`, [attempt])).rowCount);
      }
      await edits[4]!.query('COMMIT');
      outcome = await replace;
    } finally {
      for (const edit of edits) {
        await edit.query('ROLLBACK').catch(() => undefined);
        await edit.query('RESET deadlock_timeout').catch(() => undefined);
        edit.release();
      }
    }

    expect(edited).toEqual([1, 1, 1, 1, 1]);
    expect(outcome).toBe('replaced');
    expect(await query(db, 'SELECT id, lemma FROM lexemes ORDER BY id')).toEqual(lexemes(3).map(({ id, lemma }) => ({ id, lemma })));
    await drain(db);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect((await formsInTable(db)).length).toBeGreaterThan(0);
  }, 120_000);
});
