import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import type { Ceiling } from '../artifacts/regeneration-baseline';
import { deleteCopyCeiling, encodePages } from '../shared/copy-ceilings';
import { withBenchConnection } from './bench-schema';
import type { GeneratedForms } from './form-batches';

/**
 * The fastest replace of the same rows the database itself can do: the DELETE + COPY ceiling of
 * `copy-ceilings` over one page holding every lexeme's forms (one transaction), in the bench table,
 * the text already encoded (encoding is not timed). PostgreSQL reads the rows from a file on the
 * server; PGlite has no server file system, so its ceiling is its own COPY from the text. If the server
 * cannot read our temp file (a remote DATABASE_URL), the error says so.
 */
export async function measureCeiling(db: Database, forms: GeneratedForms): Promise<Ceiling> {
  const rows = forms.all.lexemeIds.length;
  const ids = forms.lexemeIds;
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-ceiling-'));
  try {
    const page = { after: ids.reduce((a, b) => Math.min(a, b)) - 1, last: ids.reduce((a, b) => Math.max(a, b)), forms: forms.all };
    const pages = encodePages(db.dialect, [page], dir, 'forms');
    const run = await deleteCopyCeiling(db, pages, 1, (fn) => withBenchConnection(db, fn));
    const seconds = run.ms / 1000;
    return db.dialect === 'pglite'
      ? { method: 'pglite-copy-blob', forms: rows, seconds, formsPerSec: rows / seconds, note: 'PGlite has no server file access: DELETE + its own COPY FROM STDIN of the pre-encoded rows, one transaction' }
      : { method: 'server-copy-file', forms: rows, seconds, formsPerSec: rows / seconds, note: 'DELETE + server-side COPY FROM a file of the pre-encoded rows, one transaction' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
