import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { queued, recomputeAll } from './support/recompute';

const EXAMPLES = join(__dirname, '../../../docs/examples');

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: an edit loaded with paradigm load queues only what it affects`, () => {
    let db: Database;
    let dir: string;
    const files = () => ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(dir, file));
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-edit-'));
      for (const file of ['conlang.patterns', 'english.patterns', 'lexemes.tsv']) writeFileSync(join(dir, file), readFileSync(join(EXAMPLES, file)));
      expect(await main(['load', ...files()], capture(db))).toBe(0);
      await recomputeAll(db);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('an edited pattern queues that pattern only (the worker expands it to the lexemes using it)', async () => {
      const english = join(dir, 'english.patterns');
      writeFileSync(english, readFileSync(english, 'utf8').replace('rule suffix +ed /[^ey]/ gloss', 'rule suffix +ed /[^eyx]/ gloss'));
      const io = capture(db);
      expect(await main(['load', ...files()], io)).toBe(0);
      expect(io.err()).toContain('  patterns: 0 added, 1 changed, 7 unchanged\n  lexemes:  0 added, 0 changed, 15 unchanged\n');
      expect(await queued(db)).toEqual({ lexemes: [], patterns: ['en-past'] });
    });

    it('an edited lexeme line and a lexeme taking another pattern queue those two lexemes only', async () => {
      await recomputeAll(db);
      const lexemes = join(dir, 'lexemes.tsv');
      writeFileSync(lexemes, readFileSync(lexemes, 'utf8').replace('6\tday\t\t\t\ten-noun', '6\tday\t\t\tsun\ten-noun').replace('9\tmonth\t\t\t\ten-noun', '9\tmonth\t\t\t\ten-noun en-verb'));
      const io = capture(db);
      expect(await main(['load', ...files()], io)).toBe(0);
      expect(io.err()).toContain('  patterns: 0 added, 0 changed, 8 unchanged\n  lexemes:  0 added, 2 changed, 13 unchanged\n');
      expect(await queued(db)).toEqual({ lexemes: [6, 9], patterns: [] });
    });

    it('lexemes left out of the file are kept, and the summary says so', async () => {
      await recomputeAll(db);
      const only = join(dir, 'one.tsv');
      writeFileSync(only, 'id\tlemma\tpatterns\n16\tbird\ten-noun\n');
      const io = capture(db);
      expect(await main(['load', only], io)).toBe(0);
      expect(io.err()).toContain('  lexemes:  1 added, 0 changed, 0 unchanged; 15 not in the files kept (--replace drops them)\n');
      expect(await queued(db)).toEqual({ lexemes: [16], patterns: [] });
    });
  });
}
