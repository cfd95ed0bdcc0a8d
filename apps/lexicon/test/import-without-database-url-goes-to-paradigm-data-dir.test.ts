import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, withConnection } from '@paradigm/persistence';
import { main, processContext } from '../src';
import { HELP_TEXT } from '../src/cli/help-text';
import { capture } from './support/capture';

// Without DATABASE_URL, `lexicon import` writes to the embedded database in PARADIGM_DATA_DIR, the
// folder `paradigm` chooses the same way (through persistence's one default): its help and its closing
// hint say so, as they did not.
const DIX = join(__dirname, 'fixtures', 'small.dix');

describe('lexicon import without DATABASE_URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-data-dir-'));
  const dataDir = join(dir, 'db');
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PARADIGM_DATA_DIR: process.env.PARADIGM_DATA_DIR };
  beforeAll(() => {
    // Set empty, DATABASE_URL selects no server (and .env is not read).
    process.env.DATABASE_URL = '';
    process.env.PARADIGM_DATA_DIR = dataDir;
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('--help names PARADIGM_DATA_DIR and the default folders', () => {
    expect(HELP_TEXT).toContain(
      'Database (import only): DATABASE_URL (environment or .env) selects PostgreSQL. Without it, the embedded\n' +
        'database in PARADIGM_DATA_DIR, else .data/pglite in this repository (./.paradigm elsewhere): the folder\n' +
        '`paradigm` chooses the same way when not given --data-dir. Migrations run on open.\n',
    );
  });

  it('imports into the folder PARADIGM_DATA_DIR names, and says to compute the forms with the same variable', async () => {
    const io = { ...capture(), openDatabase: processContext().openDatabase };
    expect(await main(['import', 'apertium', DIX], io)).toBe(0);
    expect(io.err()).toBe(
      `lexicon: imported ${DIX} (apertium) into pglite:${dataDir}: 5 patterns, 3 lexemes, 4 lexeme-pattern links.\n` +
        'The forms table is empty now. Generate the forms (with the same DATABASE_URL or PARADIGM_DATA_DIR, if you set one):\n  paradigm recompute --all\n',
    );
    const db = await openDatabase({ dialect: 'pglite', dataDir, migrate: false });
    try {
      expect((await withConnection(db, (conn) => conn.query<{ n: number }>('SELECT count(*)::int AS n FROM lexemes'))).rows[0]!.n).toBe(3);
    } finally {
      await db.close();
    }
  });
});
