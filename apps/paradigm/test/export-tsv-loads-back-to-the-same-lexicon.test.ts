import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

/** Every stored pattern and lexeme, keyed by what `load` keys them by (name, id), patterns by name. */
async function lexiconRows(db: Database): Promise<unknown> {
  return withConnection(db, async (conn) => ({
    patterns: (await conn.query('SELECT name, source, compiled_hash FROM patterns ORDER BY name')).rows,
    lexemes: (
      await conn.query(
        `SELECT l.id, l.lemma, l.stem, l.root, l.gloss,
                (SELECT array_agg(p.name ORDER BY lp.position) FROM lexeme_patterns lp JOIN patterns p ON p.id = lp.pattern_id WHERE lp.lexeme_id = l.id) AS patterns
         FROM lexemes l ORDER BY l.id`,
      )
    ).rows,
  }));
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm export tsv writes files that load back to the same lexicon`, () => {
    let first: Database;
    let second: Database;
    let dir: string;
    beforeAll(async () => {
      first = await createTestDatabase(dialect, `${__filename}-first`);
      second = await createTestDatabase(dialect, `${__filename}-second`);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-export-tsv-'));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await first.close();
      await second.close();
    });

    it('load, export to a directory, load into an empty database: the same patterns and lexemes', async () => {
      expect(await main(['load', ...FILES], capture(first))).toBe(0);
      const io = capture(first);
      expect(await main(['export', 'tsv', join(dir, 'out')], io)).toBe(0);
      const patterns = join(dir, 'out', 'lexicon.patterns');
      const lexemes = join(dir, 'out', 'lexemes.tsv');
      expect(io.err()).toBe(`paradigm: wrote 8 patterns to ${patterns} and 15 lexemes to ${lexemes}\n`);
      expect(readFileSync(lexemes, 'utf8').split('\n').slice(0, 3)).toEqual([
        'id\tlemma\tstem\troot\tgloss\tpatterns',
        '1\tkatab\t\tk-t-b\twrite\ttesh-verb',
        expect.stringMatching(/^2\t/),
      ]);
      expect(await main(['load', patterns, lexemes], capture(second))).toBe(0);
      expect(await lexiconRows(second)).toEqual(await lexiconRows(first));
    });

    it('exports to two named files the same text', async () => {
      const patterns = join(dir, 'named.patterns');
      const lexemes = join(dir, 'named.tsv');
      expect(await main(['export', 'tsv', lexemes, patterns], capture(first))).toBe(0);
      expect(readFileSync(patterns, 'utf8')).toBe(readFileSync(join(dir, 'out', 'lexicon.patterns'), 'utf8'));
      expect(readFileSync(lexemes, 'utf8')).toBe(readFileSync(join(dir, 'out', 'lexemes.tsv'), 'utf8'));
    });
  });
}
