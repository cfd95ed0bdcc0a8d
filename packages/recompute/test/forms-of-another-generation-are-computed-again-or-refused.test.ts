// The stored forms are of one generation of paradigm-core (lexicon_settings.forms_generation). A job of a
// later generation computes every lexeme again before anything else, whatever command it is; a job of
// an earlier one writes nothing, also when a later one takes the database over while it runs.
import { GENERATION } from '@paradigm/core';
import { type Database, FormsGenerationError, migrateDownTo, migrateToLatest, readFormsGeneration } from '@paradigm/persistence';
import { recordFormsGenerationUnseen, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { type BatchHooks, importLexicon, runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { expectedFromDatabase, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';
import { drain, recomputeAll, SHARED } from './support/run-in-process';

const ENTRIES = lexemes(14);
const ALL_PATTERNS = PATTERNS.map((pattern) => pattern.id);

const queuedPatterns = async (db: Database) => (await query<{ id: number }>(db, 'SELECT pattern_id AS id FROM recompute_pattern_queue ORDER BY 1')).map((r) => r.id);
const queuedLexemes = async (db: Database) => (await query<{ id: number }>(db, 'SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).map((r) => r.id);

/**
 * The database as an earlier generation left it: forms that differ from this generation's (each one
 * with an `x` more), nothing queued, and `generation` recorded (null: none, as before generations were
 * recorded). Set with the settings trigger off, as no edit made it.
 */
async function leftByAnotherGeneration(db: Database, generation: number | null): Promise<void> {
  await recordFormsGenerationUnseen(db, GENERATION);
  await drain(db);
  await query(db, "UPDATE forms SET form = form || 'x'");
  await recordFormsGenerationUnseen(db, generation);
  expect([await queuedLexemes(db), await queuedPatterns(db)]).toEqual([[], []]);
}

const stale = async (db: Database) => (await expectedFromDatabase(db)).map((row) => `${row}x`).sort();

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: forms of another generation`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    it('a new database records none until a job computes; then this one', async () => {
      expect(await readFormsGeneration(database())).toBeNull();
      await drain(database());
      expect(await readFormsGeneration(database())).toBe(GENERATION);
      expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
    });

    it('a database of forms from before generations were recorded, migrated: `run` computes every lexeme again', async () => {
      await recordFormsGenerationUnseen(database(), GENERATION);
      await drain(database());
      expect(await migrateDownTo(database(), '0014-form-limit')).toEqual({ applied: ['0015-forms-generation'] });
      await query(database(), "UPDATE forms SET form = form || 'x'");
      expect(await migrateToLatest(database())).toEqual({ applied: ['0015-forms-generation'] });
      expect([await readFormsGeneration(database()), await queuedLexemes(database()), await queuedPatterns(database())]).toEqual([null, [], []]);
      expect(await formsInTable(database())).toEqual(await stale(database()));
      const { processed } = await drain(database());
      expect(processed).toEqual(ENTRIES.map((lexeme) => lexeme.id));
      expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
      expect(await readFormsGeneration(database())).toBe(GENERATION);
    });

    it('none recorded: `run` computes every lexeme again and records this generation', async () => {
      await leftByAnotherGeneration(database(), null);
      expect(await formsInTable(database())).toEqual(await stale(database()));
      const { processed } = await drain(database());
      expect(processed).toEqual(ENTRIES.map((lexeme) => lexeme.id));
      expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
      expect(await readFormsGeneration(database())).toBe(GENERATION);
      expect([await queuedLexemes(database()), await queuedPatterns(database())]).toEqual([[], []]);
    });

    it('none recorded: `recompute --all`, plain or shared, computes every lexeme and leaves nothing queued', async () => {
      for (const overrides of [{}, { selection: SHARED }]) {
        await leftByAnotherGeneration(database(), null);
        await recomputeAll(database(), overrides);
        expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
        expect(await readFormsGeneration(database())).toBe(GENERATION);
        expect([await queuedLexemes(database()), await queuedPatterns(database())]).toEqual([[], []]);
      }
    });

    it('none recorded: `recompute --lexemes` computes those and leaves every pattern queued for `run`', async () => {
      await leftByAnotherGeneration(database(), null);
      await recomputeAll(database(), { selection: { kind: 'ids', ids: [1, 2] } });
      expect(await queuedPatterns(database())).toEqual(ALL_PATTERNS);
      await drain(database());
      expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
    });

    it("a later one recorded: `run`, `recompute` and an import refuse and change nothing", async () => {
      await leftByAnotherGeneration(database(), GENERATION + 1);
      await query(database(), "UPDATE lexemes SET lemma = lemma || 'e' WHERE id = 3");
      const before = await formsInTable(database());
      await expect(drain(database())).rejects.toThrow(FormsGenerationError);
      await expect(recomputeAll(database())).rejects.toThrow(FormsGenerationError);
      await expect(recomputeAll(database(), { selection: SHARED })).rejects.toThrow(FormsGenerationError);
      const imported = importLexicon(
        database(),
        { patterns: PATTERNS, lexemes: ENTRIES, lexemeCount: ENTRIES.length },
        { batchForms: 1000, progress: SILENT_PROGRESS, signal: new AbortController().signal },
      );
      await expect(imported).rejects.toThrow(
        `the stored forms are computed by a later paradigm (forms generation ${GENERATION + 1}); this one computes generation ${GENERATION}, whose forms may differ. ` +
          'Nothing was changed. Upgrade paradigm to a version at least as recent as the one that last computed them.',
      );
      expect(await formsInTable(database())).toEqual(before);
      expect(await queuedLexemes(database())).toEqual([3]);
      expect(await readFormsGeneration(database())).toBe(GENERATION + 1);
    });

    it('an import records this generation over an earlier one', async () => {
      await leftByAnotherGeneration(database(), null);
      const outcome = await importLexicon(
        database(),
        { patterns: PATTERNS, lexemes: ENTRIES, lexemeCount: ENTRIES.length },
        { batchForms: 1000, progress: SILENT_PROGRESS, signal: new AbortController().signal },
      );
      expect(outcome.counts).toMatchObject({ lexemes: ENTRIES.length });
      expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
      expect(await readFormsGeneration(database())).toBe(GENERATION);
      expect([await queuedLexemes(database()), await queuedPatterns(database())]).toEqual([[], []]);
    });

    // A later generation's job takes over from another session while this one runs: PostgreSQL only (a
    // PGlite folder is open in one process, whose one connection the running job holds).
    if (dialect !== 'postgres') return;

    it('taken over by a later one during `run`: the next batch writes nothing, and what it left stays queued', async () => {
      await leftByAnotherGeneration(database(), null);
      let takenOver = false;
      const hooks: BatchHooks = {
        at: async (point) => {
          if (point !== 'after-commit' || takenOver) return;
          takenOver = true;
          await query(database(), 'UPDATE lexicon_settings SET forms_generation = $1', [GENERATION + 1]);
        },
      };
      const processed: number[] = [];
      const config = { method: 'copy', batchSize: 3, batchForms: 50_000, concurrency: 1, command: 'run', follow: false, pollMs: 50, retryFailed: false, rebuildAt: null } as WorkerConfig;
      const run = runWorker(database(), config, { progress: SILENT_PROGRESS, signal: new AbortController().signal, hooks, onBatch: (ids) => processed.push(...ids) });
      await expect(run).rejects.toThrow(FormsGenerationError);
      expect(processed).toEqual([1, 2, 3]);
      // The later generation's raise queued every pattern: its worker computes every lexeme again.
      expect(await queuedPatterns(database())).toEqual(ALL_PATTERNS);
      const written = await formsInTable(database());
      const expected = await expectedFromDatabase(database());
      const staleRows = await stale(database());
      expect(written).toEqual([...expected.filter((row) => /^[123]\|/.test(row)), ...staleRows.filter((row) => !/^[123]\|/.test(row))].sort());
    });

    it('taken over by a later one during a rebuild: the rebuild swaps, and every pattern stays queued', async () => {
      await leftByAnotherGeneration(database(), GENERATION);
      const hooks: BatchHooks = {
        at: async (point) => {
          if (point === 'rebuild-copied') await query(database(), 'UPDATE lexicon_settings SET forms_generation = $1', [GENERATION + 1]);
        },
      };
      await recomputeAll(database(), { hooks });
      expect(await queuedPatterns(database())).toEqual(ALL_PATTERNS);
      expect(await readFormsGeneration(database())).toBe(GENERATION + 1);
      await expect(drain(database())).rejects.toThrow(FormsGenerationError);
    });
  });
}
