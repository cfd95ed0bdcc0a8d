import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLexemes, type Database, readPatterns } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

// `load --replace` replaces the whole lexicon with the files. Files that would empty a lexicon that is
// not empty are refused, changing nothing: no lexemes .tsv given (the file forgotten) while lexemes are
// stored, or files that define nothing. A lexemes .tsv of its header line alone empties the lexemes on
// purpose. What a replace loaded is said against what it replaced.
const EXAMPLES = join(__dirname, '../../../docs/examples');
const PATTERNS = ['english.patterns', 'conlang.patterns'].map((file) => join(EXAMPLES, file));
const LEXEMES = join(EXAMPLES, 'lexemes.tsv');

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: load --replace refuses files that would empty the lexicon`, () => {
    let db: Database;
    let dir: string;
    let stored: { patterns: string[]; lexemes: number };
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-load-replace-'));
      expect(await main(['load', ...PATTERNS, LEXEMES, '--progress', 'none'], capture(db))).toBe(0);
      stored = { patterns: (await readPatterns(db)).map((p) => p.name), lexemes: await countLexemes(db) };
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    const unchanged = async () => expect({ patterns: (await readPatterns(db)).map((p) => p.name), lexemes: await countLexemes(db) }).toEqual(stored);

    it('refuses pattern files without the lexemes .tsv', async () => {
      const io = capture(db);
      expect(await main(['load', PATTERNS[0]!, '--replace'], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: --replace replaces the whole lexicon, and no lexemes .tsv was given: the ${stored.lexemes} lexemes in ${db.description} would be deleted; nothing was changed. ` +
          'Give the lexemes .tsv too (one holding only its header line deletes the lexemes on purpose), or load the patterns without --replace\n',
      );
      await unchanged();
    });

    it('refuses files that define nothing', async () => {
      const patterns = join(dir, 'empty.patterns');
      const lexemes = join(dir, 'header.tsv');
      writeFileSync(patterns, '');
      writeFileSync(lexemes, 'id\tlemma\tpatterns\n');
      const io = capture(db);
      expect(await main(['load', patterns, lexemes, '--replace'], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: the files define no pattern and no lexeme, so --replace would empty the lexicon in ${db.description} (${stored.patterns.length} patterns, ${stored.lexemes} lexemes); nothing was changed. Check the file names\n`,
      );
      await unchanged();
    });

    it('replaces the lexemes with none when given a lexemes .tsv of its header alone, saying what it replaced', async () => {
      const lexemes = join(dir, 'header.tsv');
      writeFileSync(lexemes, 'id\tlemma\tpatterns\n');
      const io = capture(db);
      expect(await main(['load', ...PATTERNS, lexemes, '--replace', '--progress', 'none'], io)).toBe(0);
      // After the warnings that no lexeme takes the patterns.
      const summary = io.err().slice(io.err().indexOf('paradigm: replaced'));
      expect(summary).toBe(
        `paradigm: replaced the lexicon in ${db.description}\n` +
          `  patterns: ${stored.patterns.length} from the files, in place of the ${stored.patterns.length} stored\n` +
          `  lexemes:  0 from the files, in place of the ${stored.lexemes} stored\n` +
          `  queued for recompute: 0 lexemes, ${stored.patterns.length} pattern changes; compute their forms with:\n    paradigm run\n`,
      );
      expect(await countLexemes(db)).toBe(0);
      expect((await readPatterns(db)).map((p) => p.name)).toEqual(stored.patterns);
    });
  });
}
