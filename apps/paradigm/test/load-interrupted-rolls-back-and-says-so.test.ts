import { type Database, withConnection } from '@paradigm/persistence';
import { formsInTable } from '@paradigm/recompute/testing';
import { writeLargeLexicon } from './support/large-lexicon';
import { inFolder } from './support/pglite-folder';
import { type Ended, interruptedAtFirstProgress } from './support/paradigm-process';
import { queued } from './support/recompute';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES } from './support/small-dictionary';
import { useSmallDictionaryDatabase, useSmallDictionaryFolder } from './support/small-dictionary-database';

// Ctrl-C while `load` writes its lexemes: its one transaction rolls back, the lexicon, its forms and the
// queue stay as they were, and the command says so and exits 130, as `import` does. It ended silently,
// killed by the signal. The load is merged (lexemes added) or replaces the lexicon (--replace, which
// also empties the forms): both roll back.
const LEXEMES = 200_000;

/** `paradigm load ARGS` as a process, sent SIGINT once it reports lexemes written (a chunk is in, more to come). */
function interruptedLoad(args: readonly string[], env: Record<string, string>): Promise<Ended & { signalled: boolean }> {
  return interruptedAtFirstProgress(['load', ...args], 'load', env);
}

/** The lexicon, forms and queue, to compare with the small dictionary's. */
async function state(db: Database) {
  const lexemes = await withConnection(db, async (conn) => (await conn.query<{ id: number; lemma: string }>('SELECT id, lemma FROM lexemes ORDER BY id')).rows);
  const patterns = await withConnection(db, async (conn) => (await conn.query<{ name: string }>('SELECT name FROM patterns ORDER BY id')).rows.map((r) => r.name));
  return { lexemes, patterns, forms: await formsInTable(db), queue: await queued(db) };
}

/** What the small dictionary's database holds before each load. */
const BEFORE = { lexemes: SMALL_DICTIONARY_LEXEMES, patterns: ['word', 'sfx:A'], forms: SMALL_DICTIONARY_FORMS, queue: { lexemes: [], patterns: [] } };

function expectInterrupted(ended: Ended & { signalled: boolean }, database: string): void {
  expect(ended.signalled).toBe(true);
  expect(ended.code).toBe(130);
  expect(ended.stderr).not.toMatch(/^\s+at /m);
  expect(ended.stderr).toContain('paradigm: SIGINT: stopping after the batch in flight (up to 10000 ms); send SIGINT again to exit now.\n');
  expect(ended.stderr.endsWith(`paradigm: load interrupted: it rolled back, the lexicon and forms are as they were in ${database}\n`)).toBe(true);
  expect(ended.stderr).not.toContain('paradigm: loaded into');
}

describe('postgres: paradigm load interrupted', () => {
  const { db, url, dir } = useSmallDictionaryDatabase(__filename);

  it.each([['merging', []], ['replacing (--replace)', ['--replace']]])('rolls back while %s: the lexicon, forms and queue stay, and it exits 130 saying so', async (_name, flags) => {
    expect(await state(db())).toEqual(BEFORE);
    const ended = await interruptedLoad([...writeLargeLexicon(dir, LEXEMES), ...flags], { DATABASE_URL: url() });
    expectInterrupted(ended, db().description);
    expect(await state(db())).toEqual(BEFORE);
  }, 5 * 60_000);
});

describe('pglite: paradigm load interrupted', () => {
  const { dir, dataDir, env } = useSmallDictionaryFolder();

  it.each([['merging', []], ['replacing (--replace)', ['--replace']]])('rolls back while %s: the folder holds the lexicon, forms and queue it held, and it exits 130 saying so', async (_name, flags) => {
    const ended = await interruptedLoad([...writeLargeLexicon(dir, LEXEMES), ...flags], env);
    expectInterrupted(ended, `pglite:${dataDir}`);
    expect(await inFolder(dataDir, state)).toEqual(BEFORE);
  }, 5 * 60_000);
});
