// A slice of Debian's fr_FR (its .aff, the first 300 entries of its .dic) imported as one job: the forms
// it generates from the dictionary in memory, in the lexicon's transaction, are exactly the rows that
// `import --no-recompute` followed by `recompute --all` (which reads the stored lexicon back) leaves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { withoutTimings } from './support/recompute';

const FR = { aff: '/usr/share/hunspell/fr_FR.aff', dic: '/usr/share/hunspell/fr_FR.dic' };
const ENTRIES = 300;

/** Every row of the forms table, in one order. */
async function formsTable(db: Database): Promise<string[]> {
  return withConnection(db, async (conn) =>
    (await conn.query<{ row: string }>('SELECT concat_ws(\'\t\', lexeme_id, pattern_id, cell, form, position, analysis) AS row FROM forms ORDER BY lexeme_id, pattern_id, position, cell, form')).rows.map(
      (r) => r.row,
    ),
  );
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm import computes the forms recompute --all computes`, () => {
    let db: Database;
    let dir: string;
    let dic: string;
    let afterRecompute: string[];
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-import-job-'));
      dic = join(dir, 'fr-300.dic');
      const lines = readFileSync(FR.dic, 'utf8').split('\n');
      writeFileSync(dic, [String(ENTRIES), ...lines.slice(1, ENTRIES + 1), ''].join('\n'));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('--no-recompute loads the lexicon only and names the command that computes the forms', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', FR.aff, dic, '--no-recompute', '--progress', 'none'], io)).toBe(0);
      expect(io.err()).toBe(
        `paradigm: imported fr_FR.aff + fr-300.dic (hunspell) into ${db.description}: 218 patterns, 300 lexemes, 1067 lexeme-pattern links.\n` +
          'The forms table is empty now; compute the forms with:\n  paradigm recompute --all\n',
      );
      expect(await formsTable(db)).toEqual([]);
      const recompute = capture(db);
      expect(await main(['recompute', '--all', '--progress', 'none'], recompute)).toBe(0);
      afterRecompute = await formsTable(db);
      expect(afterRecompute.length).toBe(1852);
    });

    it('by default ends with every form in place, the same rows (the .dic given first, as unmunch takes it)', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', dic, FR.aff, '--replace', '--progress', 'none'], io)).toBe(0);
      expect(withoutTimings(io.err())).toBe(
        `paradigm: imported fr_FR.aff + fr-300.dic (hunspell) into ${db.description}: 218 patterns, 300 lexemes, 1067 lexeme-pattern links.\n` +
          `paradigm: import: 300 lexemes, 1852 forms in T s (R forms/s), B batches, peak RSS M MB; writer copy, batch size 20000, concurrency 1; ${db.description}\n`,
      );
      expect(await formsTable(db)).toEqual(afterRecompute);
    });

    it('shows its progress by lexemes and forms as JSON lines when stderr is not a terminal', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', FR.aff, dic, '--replace', '--progress', 'lines'], io)).toBe(0);
      const events = io
        .err()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { event: string; label: string; lexemes: number; forms: number; total: number | null });
      expect(events.filter((e) => e.event !== 'progress').map((e) => [e.event, e.label, e.lexemes, e.forms, e.total])).toEqual([
        ['start', 'import', 0, 0, 300],
        ['done', 'import', 300, 1852, 300],
      ]);
      expect(await formsTable(db)).toEqual(afterRecompute);
    });
  });
}
