import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { useLexiconDatabase, expectedFromDatabase, formsInTable, lexemes, query } from '../src/testing';
import { drain } from './support/run-in-process';

// TRUNCATE fires no row trigger: statement triggers queue every lexeme that has forms, so `run` alone
// (no full recompute) removes the forms of lexemes that are gone.
for (const dialect of TEST_DIALECTS) {
  describe(`TRUNCATE on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(14));
    beforeEach(() => drain(database()));

    it('`TRUNCATE lexemes CASCADE`, new lexemes, then `run`: only the new lexemes have forms', async () => {
      await query(database(), 'TRUNCATE lexemes CASCADE');
      await query(database(), "INSERT INTO lexemes (id, lemma) VALUES (3, 'dog'), (30, 'bird')");
      await query(database(), 'INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (3, 1, 0), (30, 1, 0)');
      const { processed } = await drain(database());
      expect(processed).toEqual([...lexemes(14).map((lexeme) => lexeme.id), 30]);
      const forms = await formsInTable(database());
      expect(forms).toEqual(await expectedFromDatabase(database()));
      expect(new Set(forms.map((row) => row.split('|')[0]))).toEqual(new Set(['3', '30']));
    });

    it('`TRUNCATE lexeme_patterns`, then `run`: no lexeme has a pattern, so no forms remain', async () => {
      expect((await formsInTable(database())).length).toBeGreaterThan(0);
      await query(database(), 'TRUNCATE lexeme_patterns');
      await drain(database());
      expect(await formsInTable(database())).toEqual([]);
    });
  });
}
