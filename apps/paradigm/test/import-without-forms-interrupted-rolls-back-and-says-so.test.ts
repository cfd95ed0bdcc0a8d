import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { formsInTable } from '@paradigm/recompute/testing';
import { inFolder } from './support/pglite-folder';
import { type Ended, interruptedAtFirstProgress } from './support/paradigm-process';
import { queued } from './support/recompute';
import { SMALL_DICTIONARY_FORMS, SMALL_DICTIONARY_LEXEMES } from './support/small-dictionary';
import { useSmallDictionaryDatabase, useSmallDictionaryFolder } from './support/small-dictionary-database';

// Ctrl-C while `import --no-recompute` writes its lexemes: its one transaction rolls back, the lexicon,
// its forms and the queue stay as they were, and the command says so and exits 130, as the import with
// forms does. It ended silently, killed by the signal.
const ENTRIES = 200_000;

/** A Hunspell dictionary of {@link ENTRIES} entries, each taking one suffix class, in `dir`. */
function writeLargeDictionary(dir: string): string[] {
  const aff = join(dir, 'large.aff');
  const dic = join(dir, 'large.dic');
  writeFileSync(aff, 'SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n');
  const lines = [String(ENTRIES)];
  for (let id = 1; id <= ENTRIES; id++) lines.push(`w${id}/A`);
  writeFileSync(dic, `${lines.join('\n')}\n`);
  return [aff, dic];
}

/** `paradigm import hunspell AFF DIC --replace --no-recompute` as a process, sent SIGINT once it reports lexemes written. */
function interruptedImport(files: readonly string[], env: Record<string, string>): Promise<Ended & { signalled: boolean }> {
  return interruptedAtFirstProgress(['import', 'hunspell', ...files, '--replace', '--no-recompute'], 'import', env);
}

/** The lexicon, forms and queue, to compare with the small dictionary's. */
async function state(db: Database) {
  const lexemes = await withConnection(db, async (conn) => (await conn.query<{ id: number; lemma: string }>('SELECT id, lemma FROM lexemes ORDER BY id')).rows);
  return { lexemes, forms: await formsInTable(db), queue: await queued(db) };
}

const BEFORE = { lexemes: SMALL_DICTIONARY_LEXEMES, forms: SMALL_DICTIONARY_FORMS, queue: { lexemes: [], patterns: [] } };

function expectInterrupted(ended: Ended & { signalled: boolean }, database: string): void {
  expect(ended.signalled).toBe(true);
  expect(ended.code).toBe(130);
  expect(ended.stderr).not.toMatch(/^\s+at /m);
  expect(ended.stderr.endsWith(`paradigm: import interrupted: it rolled back, the old lexicon and forms are as they were in ${database}\n`)).toBe(true);
  expect(ended.stderr).not.toContain('paradigm: imported');
}

describe('postgres: paradigm import --no-recompute interrupted', () => {
  const { db, url, dir } = useSmallDictionaryDatabase(__filename);

  it('rolls back: the lexicon, forms and queue stay, and it exits 130 saying so', async () => {
    expect(await state(db())).toEqual(BEFORE);
    const ended = await interruptedImport(writeLargeDictionary(dir), { DATABASE_URL: url() });
    expectInterrupted(ended, db().description);
    expect(await state(db())).toEqual(BEFORE);
  }, 5 * 60_000);
});

describe('pglite: paradigm import --no-recompute interrupted', () => {
  const { dir, dataDir, env } = useSmallDictionaryFolder();

  it('rolls back: the folder holds the lexicon, forms and queue it held, and it exits 130 saying so', async () => {
    const ended = await interruptedImport(writeLargeDictionary(dir), env);
    expectInterrupted(ended, `pglite:${dataDir}`);
    expect(await inFolder(dataDir, state)).toEqual(BEFORE);
  }, 5 * 60_000);
});
