import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLexemes, type Database, readPatterns, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

// PostgreSQL only: the server ends the session of a `load` in the middle of its transaction (a restart, a
// dropped network, pg_terminate_backend). The command says so and exits 3, like a database that cannot be
// opened, instead of failing with a stack trace as a bug (exit 70); the transaction rolled back.
describe('postgres: paradigm load whose database session ends part way', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { maxConnections: 3 });
    dir = mkdtempSync(join(tmpdir(), 'paradigm-lost-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('exits 3 naming the database and the server\'s words, and the lexicon is as it was', async () => {
    const patterns = join(dir, 'nouns.patterns');
    const lexemes = join(dir, 'nouns.tsv');
    writeFileSync(patterns, 'pattern noun\nrule => N;SG\n');
    writeFileSync(lexemes, 'id\tlemma\tpatterns\n1\tpuella\tnoun\n');
    expect(await main(['load', patterns, lexemes], capture(db))).toBe(0);
    const before = { lexemes: await countLexemes(db), patterns: await readPatterns(db) };

    writeFileSync(patterns, 'pattern noun\nrule => N;SG\nrule suffix +e => N;PL\n');
    writeFileSync(lexemes, 'id\tlemma\tpatterns\n1\tpuella\tnoun\n2\trosa\tnoun\n');
    const io = capture(db);
    const code = await withConnection(db, async (locker) => {
      // The load's transaction waits for the lexemes table; its session is ended while it waits.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE lexemes IN ACCESS EXCLUSIVE MODE');
      const loading = main(['load', patterns, lexemes, '--progress', 'none'], io);
      await withConnection(db, async (other) => {
        const waiting = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        let rows: { pid: number }[] = [];
        while (rows.length === 0) ({ rows } = await other.query<{ pid: number }>(waiting));
        await other.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      });
      const exit = await loading;
      await locker.query('ROLLBACK');
      return exit;
    });

    expect({ code, err: io.err() }).toEqual({
      code: 3,
      err:
        `paradigm: the database ${db.description} failed: terminating connection due to administrator command (SQLSTATE 57P01). ` +
        "Nothing was changed: the command's transaction was rolled back. Check that the database server is running and reachable, then run the command again.\n",
    });
    expect({ lexemes: await countLexemes(db), patterns: await readPatterns(db) }).toEqual(before);
  });
});
