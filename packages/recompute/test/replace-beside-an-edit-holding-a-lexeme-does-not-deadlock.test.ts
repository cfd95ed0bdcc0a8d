import { type Database, replaceLexicon } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { loadReplace } from './support/load-replace';
import { untilSessionsWait } from './support/lock-waits';
import { openReplaceHandle, OTHER_SESSION_DEADLOCK_TIMEOUT_SQL } from './support/replace-checks-last';
import { drain } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const ENTRIES = lexemes(12);

/** The two replaces: `paradigm import` (triggers off) and `load --replace` / `seed --replace` (triggers on). */
const REPLACES = {
  'import --replace': (db: Database, replacement: typeof ENTRIES) => replaceLexicon(db, { patterns: PATTERNS, lexemes: replacement }, { skipTriggers: true }),
  'load --replace': loadReplace,
};

/**
 * Edits of lexeme 1 in two steps: the replace starts once the first has run, and the second runs once
 * the replace waits for the first's lock. Each step locks one of the replace's tables, in either order.
 */
const EDITS = {
  // The soak's `relink`: reads the lexeme, then gives it the pattern links of lexeme 2.
  'reads lexeme 1, then relinks it': {
    first: ['SELECT lemma FROM lexemes WHERE id = 1'],
    then: [
      'DELETE FROM lexeme_patterns WHERE lexeme_id = 1',
      'INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT 1, pattern_id, position FROM lexeme_patterns WHERE lexeme_id = 2',
    ],
  },
  // The UPDATE's trigger queues the lexeme: it locks the queue after `lexemes`.
  'reads lexeme 1, then changes its lemma': {
    first: ['SELECT lemma FROM lexemes WHERE id = 1'],
    then: ["UPDATE lexemes SET lemma = 'citx' WHERE id = 1"],
  },
  // The other order: the links first, then the lexeme.
  "deletes lexeme 1's links, then changes its lemma": {
    first: ['DELETE FROM lexeme_patterns WHERE lexeme_id = 1'],
    then: ["UPDATE lexemes SET lemma = 'citx' WHERE id = 1"],
  },
};

// An edit of a lexeme and its pattern links in one transaction, while a replace of the whole lexicon
// starts: the replace waits for the edit's first lock; the edit's next statement must not then fail
// for a lock the replace took meanwhile (on `lexeme_patterns`, on `lexemes`, or on the queue that a
// replace with the triggers on holds), nor the replace with "deadlock detected". Both commit, the
// edit first, and once drained the forms are exactly what the replaced lexicon generates. Where a cycle
// remains, the replace checks for it after the edit (support/replace-checks-last.ts).
describe('a replace of the lexicon beside an edit holding a lexeme (PostgreSQL)', () => {
  const name = `${__filename}-postgres`;
  let db: Database;
  let replacer: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', name, { maxConnections: 6 });
    replacer = await openReplaceHandle(db, name);
  });
  afterAll(async () => {
    await replacer.close();
    await db.close();
  });

  describe.each(Object.keys(REPLACES) as Array<keyof typeof REPLACES>)('%s', (replaceName) => {
    it.each(Object.keys(EDITS) as Array<keyof typeof EDITS>)('an edit that %s: both commit, and the replaced lexicon is computed exactly', async (editName) => {
      await query(db, 'TRUNCATE lexemes, patterns CASCADE');
      await query(db, 'TRUNCATE forms, recompute_queue, recompute_pattern_queue, recompute_failures');
      await loadLexicon(db, PATTERNS, ENTRIES);
      await drain(db);

      const edit = await db.acquire();
      const ended: string[] = [];
      let replace: Promise<unknown> | undefined;
      try {
        await edit.query(OTHER_SESSION_DEADLOCK_TIMEOUT_SQL);
        await edit.query('BEGIN');
        for (const statement of EDITS[editName].first) await edit.query(statement);
        const replacement = lexemes(9).map((lexeme) => ({ ...lexeme, lemma: `${lexeme.lemma}o` }));
        replace = REPLACES[replaceName](replacer, replacement).then(() => ended.push('replace'));
        await untilSessionsWait(db, 1);
        for (const statement of EDITS[editName].then) await edit.query(statement);
        await edit.query('COMMIT');
        ended.push('edit');
      } catch (error) {
        await edit.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        await edit.query('RESET deadlock_timeout').catch(() => undefined);
        edit.release();
        await replace?.catch((error: Error) => ended.push(`replace failed: ${error.message}`));
      }

      expect(ended).toEqual(['edit', 'replace']);
      await drain(db);
      expect(await query(db, 'SELECT (SELECT count(*) FROM recompute_queue)::int AS l, (SELECT count(*) FROM recompute_pattern_queue)::int AS p')).toEqual([{ l: 0, p: 0 }]);
      expect(await query(db, 'SELECT id, lemma FROM lexemes WHERE id IN (1, 9) ORDER BY id')).toEqual([
        { id: 1, lemma: 'cityo' },
        { id: 9, lemma: 'cata1o' },
      ]);
      expect(await query(db, 'SELECT count(*)::int AS n FROM lexemes')).toEqual([{ n: 9 }]);
      expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    });
  });
});
