import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

// Lexeme 9 ("poison") generates forms the server refuses (a CHECK constraint on `forms`, SQLSTATE
// 23514). How the engine isolates it is tested in packages/recompute; here, what the CLI makes of it.
const ENTRIES = lexemes(15).map((lexeme) => (lexeme.id === 9 ? { id: 9, lemma: 'poison', patterns: [1] } : lexeme));
const REASON = 'the database refused its forms: new row for relation "forms" violates check constraint "no_poison" (SQLSTATE 23514)';

describe('a lexeme whose forms the server refuses, through the CLI', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);

  beforeAll(() => query(database(), "ALTER TABLE forms ADD CONSTRAINT no_poison CHECK (form NOT LIKE 'poison%')"));

  it('the CLI says so and exits 1 (failures), not 70 (a bug)', async () => {
    const worker = spawnWorker(['run', '--progress', 'none'], { DATABASE_URL: testDatabaseUrl(`${__filename}-postgres`) });
    const { code } = await worker.exited;
    expect({ code, stderr: worker.stderr() }).toEqual({ code: 1, stderr: '' });
    expect(worker.stdout()).toContain(`failed: lexeme 9 "poison": ${REASON}; old forms kept\n`);
  });
});
