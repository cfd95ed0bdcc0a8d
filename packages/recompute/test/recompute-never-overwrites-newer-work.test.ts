import { type BatchHooks } from '../src';
import { useLexiconDatabase, expectedFromDatabase, formsInTable, lexemes, query } from '../src/testing';
import { drain, recomputeAll } from './support/run-in-process';

const ENTRIES = lexemes(14);
const IDS = ENTRIES.map((lexeme) => ({ lexeme_id: lexeme.id }));

/** Hooks that run `edit` once, in the first batch's transaction before it writes (the page is read and computed by then). */
function editBeforeFirstWrite(edit: () => Promise<void>): { hooks: BatchHooks; ran: () => boolean } {
  let ran = false;
  return {
    hooks: {
      async at(point, batch) {
        if (point !== 'after-claim' || batch !== 1 || ran) return;
        ran = true;
        await edit();
      },
    },
    ran: () => ran,
  };
}

// The in-place recompute (`--limit`, `--lexemes`), page by page; `--all` rebuilds into a new table
// instead, which keeps such work by other means (full-rebuild-keeps-edits-made-meanwhile.test.ts).
const EVERY_LEXEME = { kind: 'first', limit: 1_000_000 } as const;

// The race needs another client to commit (and a `worker run` to write) while the recompute's page is
// between its read and its write: PostgreSQL only (PGlite is one connection in one process).
describe('an in-place recompute racing edits and a worker run (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  beforeEach(() => drain(database()));

  it('does not overwrite the newer forms of a lexeme edited and recomputed after its page was read: it queues the page instead', async () => {
    // Between the page's read and its write: lexeme 2 becomes "dog", and a run writes dog's forms and consumes the entry.
    const race = editBeforeFirstWrite(async () => {
      await query(database(), "UPDATE lexemes SET lemma = 'dog' WHERE id = 2");
      await drain(database());
    });
    const report = await recomputeAll(database(), { selection: EVERY_LEXEME, batchSize: 100, concurrency: 1, hooks: race.hooks });

    expect(race.ran()).toBe(true);
    expect(report).toMatchObject({ lexemes: 0, requeued: 14, failed: 0 });
    // Nothing written by the page; every lexeme of its range is queued for `run`.
    expect(await query(database(), 'SELECT lexeme_id FROM recompute_queue ORDER BY 1')).toEqual(IDS);
    expect((await formsInTable(database())).filter((row) => row.startsWith('2|'))).toEqual([
      "2|1|N;PL;GEN|dogs's",
      '2|1|N;PL;NOM|dogs',
      '2|1|N;PL|dogs',
      '2|1|N;SG|dog',
    ]);
    await drain(database());
    expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
  });

  it('does not overwrite forms written with a pattern edited after the grammar was compiled', async () => {
    const race = editBeforeFirstWrite(async () => {
      await query(database(), "UPDATE patterns SET source = $1 WHERE name = 'case'", ["pattern case\nrule => NOM\nrule suffix +'s => GEN\nrule suffix +ox => ABL\n"]);
      await drain(database());
    });
    const report = await recomputeAll(database(), { selection: EVERY_LEXEME, batchSize: 100, concurrency: 1, hooks: race.hooks });

    expect(race.ran()).toBe(true);
    expect(report).toMatchObject({ lexemes: 0, requeued: 14, failed: 0 });
    expect(await query(database(), 'SELECT lexeme_id FROM recompute_queue ORDER BY 1')).toEqual(IDS);
    // The run's forms with the new ABL case are still there (lexeme 2 is "dog" since the first test).
    expect((await formsInTable(database())).filter((row) => row.startsWith('2|') && row.includes('ABL'))).toEqual(['2|1|N;PL;ABL|dogsox']);
    await drain(database());
    expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
  });

  it('writes later pages with the new grammar', async () => {
    // Pages of 2: the edit lands before page 1 is written. The reader runs at most two pages ahead of
    // the writer, so the pages computed before the edit are queued and the later ones written.
    const race = editBeforeFirstWrite(async () => {
      await query(database(), "UPDATE patterns SET source = $1 WHERE name = 'case'", ["pattern case\nrule => NOM\nrule suffix +'s => GEN\nrule suffix +um => ABL\n"]);
    });
    const report = await recomputeAll(database(), { selection: EVERY_LEXEME, batchSize: 2, concurrency: 1, hooks: race.hooks });

    expect(race.ran()).toBe(true);
    expect(report.lexemes + report.requeued).toBe(14);
    expect(report.requeued).toBeGreaterThanOrEqual(2);
    expect(report.lexemes).toBeGreaterThan(0);
    await drain(database());
    expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
  });
});
