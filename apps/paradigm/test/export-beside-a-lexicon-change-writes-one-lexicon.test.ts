import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { loadLexicon } from '@paradigm/recompute/testing';
import { main } from '../src';
import { capture } from './support/capture';

/** A pattern every export can write (an Apertium .dix only adds text). */
const NOUN = { id: 1, name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' };
const WAITING_ON_A_LOCK = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

/** The files each export writes, by export, relative to its folder. */
const EXPORTS: readonly { name: string; args: (dir: string) => string[]; files: readonly string[] }[] = [
  { name: 'tsv', args: (dir) => ['export', 'tsv', dir], files: ['lexicon.patterns', 'lexemes.tsv'] },
  { name: 'apertium', args: (dir) => ['export', 'apertium', join(dir, 'out.dix')], files: ['out.dix'] },
  { name: 'hunspell', args: (dir) => ['export', 'hunspell', join(dir, 'out'), '--progress', 'none'], files: ['out.aff', 'out.dic'] },
];

// PostgreSQL only (PGlite has one session): an export reads the patterns and then the lexemes page by page.
// A load, import or SQL client that changes the lexicon while it reads must be wholly in the files or wholly
// out of them. Read in separate statements, the files paired the old patterns with the new lexemes: a lexeme
// linked to a pattern the export had not read named no pattern.
describe('postgres: paradigm export beside a change of the lexicon', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { maxConnections: 4 });
    dir = mkdtempSync(join(tmpdir(), 'paradigm-export-beside-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  for (const { name, args, files } of EXPORTS) {
    it(`export ${name}: the files are the lexicon after the change, as an export run after it writes them`, async () => {
      await withConnection(db, (conn) => conn.query('TRUNCATE lexeme_patterns, lexemes, patterns, forms, recompute_queue, recompute_pattern_queue'));
      await loadLexicon(db, [NOUN], ['cat', 'dog', 'hen'].map((lemma, index) => ({ id: index + 1, lemma, patterns: [NOUN.id] })));
      const [during, after] = [join(dir, `${name}-during`), join(dir, `${name}-after`)];
      for (const folder of [during, after]) mkdirSync(folder);
      const io = capture(db);
      const code = await withConnection(db, async (changer) => {
        // The change holds the lexemes from before the export starts; it adds a pattern once the export
        // waits for them.
        await changer.query('BEGIN');
        await changer.query('LOCK TABLE lexemes IN ACCESS EXCLUSIVE MODE');
        const exporting = main(args(during), io);
        await withConnection(db, async (other) => {
          while ((await other.query(WAITING_ON_A_LOCK)).rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        });
        try {
          await changer.query(
            "INSERT INTO patterns (id, name, source, compiled_hash) SELECT 99, 'added', replace(source, name, 'added'), compiled_hash FROM patterns WHERE id = (SELECT min(id) FROM patterns)",
          );
          await changer.query("UPDATE lexemes SET lemma = lemma || 'x'");
          await changer.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT id, 99, 100 FROM lexemes');
          await changer.query('COMMIT');
        } catch (error) {
          await changer.query('ROLLBACK');
          throw error;
        }
        return exporting;
      });
      expect({ code, err: io.err() }).toEqual({ code: 0, err: expect.stringMatching(/^paradigm: wrote /) });
      expect(await main(args(after), capture(db))).toBe(0);
      const read = (folder: string) => files.map((file) => readFileSync(join(folder, file), 'utf8'));
      expect(read(during)).toEqual(read(after));
      expect(read(during).join('')).toContain('catx');
    });
  }
});
