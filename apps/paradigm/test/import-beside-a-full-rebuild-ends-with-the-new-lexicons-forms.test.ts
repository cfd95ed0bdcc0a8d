import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAUSE_VARIABLE, RESUME_SIGNAL } from '@paradigm/recompute';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { runParadigm, startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

const queue = async (db: Parameters<typeof query>[0]) => (await query<{ id: number }>(db, 'SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).map((row) => row.id);
/** What a rebuild registered and did not finish left: its registration, its ranges, its committed new table. */
const leftovers = async (db: Parameters<typeof query>[0]) => {
  const [row] = await query<{ registrations: number; ranges: number; next: boolean }>(
    db,
    "SELECT (SELECT count(*) FROM forms_rebuild)::int AS registrations, (SELECT count(*) FROM forms_rebuild_ranges)::int AS ranges, to_regclass('forms_next') IS NOT NULL AS next",
  );
  return row;
};
const waitingOnLock = "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";

// An import writes its forms in the transaction that replaces the lexicon; a full rebuild computes
// forms from a snapshot of the lexicon and swaps them in later. Whichever order they run in, `forms`
// must end as the new lexicon generates it, or with the lexemes it may differ on queued:
// - a rebuild in flight holds the lexicon and `forms` (its snapshot, its new table), so the import
//   waits for it to commit, then replaces its forms;
// - a rebuild started during the import waits for the import's commit to register, then reads the
//   new lexicon;
// - a rebuild left registered (its processes killed: a shared one has ranges copied from the old
//   lexicon) holds no rebuild lock: the import forgets it, so no later swap brings old forms back.
describe('postgres: paradigm import beside a full rebuild', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(7));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-beside-rebuild-'));
  const { aff, dic } = writeSmallDictionary(dir);
  const importArgs = ['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Back to the old lexicon (7 lexemes), its forms computed, nothing queued. */
  async function oldLexicon(): Promise<void> {
    const db = database();
    await query(db, 'TRUNCATE lexeme_patterns, lexemes, patterns, forms, recompute_queue, recompute_pattern_queue');
    await loadLexicon(db, PATTERNS, lexemes(7));
    expect((await runParadigm(['run', '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
    expect(await queue(db)).toEqual([]);
  }

  it('a rebuild in flight: the import waits for it to commit, then ends with its own forms, nothing queued', async () => {
    await oldLexicon();
    const db = database();
    const rebuild = startParadigm(['recompute', '--all', '--progress', 'none'], { DATABASE_URL: url, [PAUSE_VARIABLE]: 'rebuild-created:0' });
    try {
      await until('the rebuild to create its table', async () => rebuild.stderr().includes('PAUSED rebuild-created 0'));
      const importing = startParadigm(importArgs, { DATABASE_URL: url });
      await until('the import to wait for the rebuild', async () => (await query(db, waitingOnLock)).length > 0);
      rebuild.child.kill(RESUME_SIGNAL);
      expect((await rebuild.ended).code).toBe(0);
      expect((await importing.ended).code).toBe(0);
    } finally {
      rebuild.child.kill('SIGKILL');
    }
    expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect(await queue(db)).toEqual([]);
  });

  it('a rebuild started during the import: it waits, then rebuilds the new lexicon, nothing queued', async () => {
    await oldLexicon();
    const db = database();
    const importing = startParadigm(importArgs, { DATABASE_URL: url, [PAUSE_VARIABLE]: 'import-indexed:0' });
    try {
      await until('the import to build its indexes', async () => importing.stderr().includes('PAUSED import-indexed 0'));
      const rebuild = startParadigm(['recompute', '--all', '--progress', 'none'], { DATABASE_URL: url });
      await until('the rebuild to wait for the import', async () => (await query(db, waitingOnLock)).length > 0);
      importing.child.kill(RESUME_SIGNAL);
      expect((await importing.ended).code).toBe(0);
      expect((await rebuild.ended).code).toBe(0);
    } finally {
      importing.child.kill('SIGKILL');
    }
    expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect(await queue(db)).toEqual([]);
  });

  it('a shared rebuild left registered: the import forgets it (its ranges hold old forms), nothing queued; a later shared rebuild starts afresh', async () => {
    await oldLexicon();
    const db = database();
    // Ranges of 2 lexemes: the first (ids 1-2) copied from the old lexicon and committed, the second claimed when killed.
    const shared = startParadigm(['recompute', '--all', '--shared', '--batch-size', '2', '--progress', 'none'], { DATABASE_URL: url, [PAUSE_VARIABLE]: 'after-claim:2' });
    await until('the shared rebuild to claim its second range', async () => shared.stderr().includes('PAUSED after-claim 2'));
    shared.child.kill('SIGKILL');
    expect((await shared.ended).code).toBe(null);
    expect(await leftovers(db)).toEqual({ registrations: 1, ranges: 4, next: true });

    expect((await runParadigm(importArgs, { DATABASE_URL: url })).code).toBe(0);
    expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
    expect(await queue(db)).toEqual([]);
    expect(await leftovers(db)).toEqual({ registrations: 0, ranges: 0, next: false });

    expect((await runParadigm(['recompute', '--all', '--shared', '--batch-size', '2', '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
    expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect(await queue(db)).toEqual([]);
  });

  it('a plain rebuild killed after it registered: the import forgets its registration, nothing queued', async () => {
    await oldLexicon();
    const db = database();
    const rebuild = startParadigm(['recompute', '--all', '--progress', 'none'], { DATABASE_URL: url, [PAUSE_VARIABLE]: 'rebuild-created:0' });
    await until('the rebuild to create its table', async () => rebuild.stderr().includes('PAUSED rebuild-created 0'));
    rebuild.child.kill('SIGKILL');
    expect((await rebuild.ended).code).toBe(null);
    expect((await leftovers(db)).registrations).toBe(1);

    expect((await runParadigm(importArgs, { DATABASE_URL: url })).code).toBe(0);
    expect(await formsInTable(db)).toEqual(SMALL_DICTIONARY_FORMS);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect(await queue(db)).toEqual([]);
    expect(await leftovers(db)).toEqual({ registrations: 0, ranges: 0, next: false });
  });
});
