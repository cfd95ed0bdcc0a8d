// An export writes every file beside its destination and renames them into place only when all are
// written: one that fails part way (here a lexeme lexemes.tsv cannot hold, found after the .patterns file
// and the .tsv header were written) leaves the files it would have replaced byte for byte, and no
// temporary file. A file that appears while an export without --force runs is not replaced either.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { writeFiles } from '../src/cli/write-files';
import { capture } from './support/capture';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm export tsv --force failing part way leaves the old files`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-export-part-way-'));
      expect(await main(['load', ...FILES], capture(db))).toBe(0);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('a gloss with a tab stops the .tsv after its header: both files keep their bytes', async () => {
      const out = join(dir, 'out');
      expect(await main(['export', 'tsv', out], capture(db))).toBe(0);
      const before = readdirSync(out).map((file) => readFileSync(join(out, file)));
      await withConnection(db, (conn) => conn.query("UPDATE lexemes SET gloss = E'to\\twrite' WHERE id = 15"));
      const io = capture(db);
      expect(await main(['export', 'tsv', out, '--force'], io)).toBe(1);
      expect(io.err()).toBe('paradigm: lexeme 15 "feed": the gloss holds a tab or line break, which lexemes.tsv cannot hold; change the lexeme or export another format\nnothing was written\n');
      expect(readdirSync(out).sort()).toEqual(['lexemes.tsv', 'lexicon.patterns']);
      expect(readdirSync(out).map((file) => readFileSync(join(out, file)))).toEqual(before);
    });

    it('into a folder that did not exist: it leaves no folder behind', async () => {
      const io = capture(db);
      expect(await main(['export', 'tsv', join(dir, 'new', 'out')], io)).toBe(1);
      expect(io.err()).toBe('paradigm: lexeme 15 "feed": the gloss holds a tab or line break, which lexemes.tsv cannot hold; change the lexeme or export another format\nnothing was written\n');
      expect(readdirSync(dir).sort()).toEqual(['out']);
    });
  });
}

describe('writeFiles without force', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-write-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file that appeared while it wrote, and puts none of the files in place', async () => {
    const first = join(dir, 'first.txt');
    const second = join(dir, 'second.txt');
    async function* appearing(): AsyncGenerator<string> {
      yield 'new\n';
      writeFileSync(second, 'theirs\n');
    }
    await expect(writeFiles([{ path: first, chunks: ['new\n'] }, { path: second, chunks: appearing() }], false)).rejects.toThrow(
      `${second} exists; pass --force to replace it, or choose another path`,
    );
    expect(readdirSync(dir)).toEqual(['second.txt']);
    expect(readFileSync(second, 'utf8')).toBe('theirs\n');
  });

});
