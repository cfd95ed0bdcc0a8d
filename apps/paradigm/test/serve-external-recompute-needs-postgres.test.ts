import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runParadigm } from './support/paradigm-process';

// The embedded database opens in one process only: a `paradigm run --follow` beside the server could
// never open it, and saved patterns would never get their forms.
describe('paradigm serve --recompute external on the embedded database', () => {
  it('exits 2 before making the folder, saying external needs PostgreSQL', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'paradigm-serve-external-'));
    try {
      const dataDir = join(parent, 'pglite');
      const ended = await runParadigm(['serve', '--data-dir', dataDir, '--recompute', 'external', '--port', '0'], { DATABASE_URL: '' });
      expect([ended.code, ended.stdout, ended.stderr]).toEqual([
        2,
        '',
        'paradigm: external recompute needs PostgreSQL (DATABASE_URL): the embedded database (PGlite) opens in one process only, so no `paradigm run --follow` ' +
          'could compute the forms beside this server. Use in-process recompute (the default), or point DATABASE_URL at PostgreSQL.\n',
      ]);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
