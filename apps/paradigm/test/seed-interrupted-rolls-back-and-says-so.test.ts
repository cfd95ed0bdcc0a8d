// Ctrl-C while `seed --replace` writes its lexemes: its one transaction rolls back, the lexicon, its
// forms and the queue stay as they were, and the command says so and exits 130, as `load` does. It
// ended silently, killed by the signal. On PostgreSQL, where this test's session sees the seed's COPY
// of lexemes under way and signals it then.
import { type Database, withConnection } from '@paradigm/persistence';
import { formsInTable } from '@paradigm/recompute/testing';
import { startParadigm } from './support/paradigm-process';
import { queued } from './support/recompute';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

/** Enough lexemes that the seed is still copying them well after its first COPY starts. */
const LEXEMES = 300_000;

/** The lexicon, forms and queue, to compare with the small dictionary's. */
async function state(db: Database) {
  const lexemes = await withConnection(db, async (conn) => (await conn.query<{ id: number; lemma: string }>('SELECT id, lemma FROM lexemes ORDER BY id')).rows);
  const patterns = await withConnection(db, async (conn) => (await conn.query<{ name: string }>('SELECT name FROM patterns ORDER BY id')).rows.map((r) => r.name));
  return { lexemes, patterns, forms: await formsInTable(db), queue: await queued(db) };
}

/** Sessions of this database, other than the test's, in a transaction whose statement copies lexemes. */
const COPYING_LEXEMES =
  "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query LIKE 'COPY lexemes %'";

describe('postgres: paradigm seed interrupted', () => {
  const { db, url } = useSmallDictionaryDatabase(__filename);

  it('rolls back while it copies the lexemes: the lexicon, forms and queue stay, and it exits 130 saying so', async () => {
    const before = await state(db());
    expect(before).toEqual({ lexemes: SMALL_DICTIONARY_LEXEMES, patterns: ['word', 'sfx:A'], forms: SMALL_DICTIONARY_FORMS, queue: { lexemes: [], patterns: [] } });
    const running = startParadigm(['seed', '--replace', '--lexemes', String(LEXEMES)], { DATABASE_URL: url() });
    await until('the seed to copy lexemes', async () => (await withConnection(db(), (conn) => conn.query<{ n: number }>(COPYING_LEXEMES))).rows[0]!.n > 0);
    running.child.kill('SIGINT');
    const ended = await running.ended;
    expect({ code: ended.code, stderr: ended.stderr }).toEqual({
      code: 130,
      stderr:
        'paradigm: SIGINT: stopping after the batch in flight (up to 10000 ms); send SIGINT again to exit now.\n' +
        `paradigm: seed interrupted: it rolled back, the lexicon and forms are as they were in ${db().description}\n`,
    });
    expect(await state(db())).toEqual(before);
  }, 5 * 60_000);
});
