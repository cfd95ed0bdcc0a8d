import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyWriter, FORM_COLUMNS, type Database } from '@paradigm/persistence';
import type { Ceiling } from '../artifacts/regeneration-baseline';
import { BENCH_SCHEMA, withBenchConnection } from './bench-schema';
import { type GeneratedForms, rowsOf } from './form-batches';

/**
 * The fastest replace of the same rows the database itself can do: one transaction deleting every
 * lexeme's forms and loading all rows with one COPY, the text already encoded (encoding is not timed).
 * PostgreSQL reads the rows from a file on the server (`COPY ... FROM '/file'`, server-side, no
 * client round trips); PGlite has no server file system, so its ceiling is its own COPY from a Blob.
 * If the server cannot read our temp file (a remote DATABASE_URL), the error says so.
 */
export async function measureCeiling(db: Database, forms: GeneratedForms): Promise<Ceiling> {
  const text = Buffer.concat(rowsOf(copyWriter(), forms.all).chunks());
  const rows = forms.all.lexemeIds.length;
  const ids = [...forms.lexemeIds];
  if (db.dialect === 'pglite') {
    const seconds = await withBenchConnection(db, async (conn) => {
      const start = performance.now();
      await conn.transaction(async (tx) => {
        await tx.query('DELETE FROM forms WHERE lexeme_id = ANY($1::int[])', [ids]);
        await tx.copyFrom(`COPY forms ${FORM_COLUMNS} FROM STDIN`, [text]);
      });
      return (performance.now() - start) / 1000;
    });
    return { method: 'pglite-copy-blob', forms: rows, seconds, formsPerSec: rows / seconds, note: 'PGlite has no server file access: DELETE + its own COPY FROM a Blob of the pre-encoded rows, one transaction' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-ceiling-'));
  const file = join(dir, 'forms.copy');
  writeFileSync(file, text);
  chmodSync(dir, 0o755);
  chmodSync(file, 0o644);
  try {
    const seconds = await withBenchConnection(db, async (conn) => {
      const start = performance.now();
      await conn.transaction(async (tx) => {
        await tx.query('DELETE FROM forms WHERE lexeme_id = ANY($1::int[])', [ids]);
        await tx.query(`COPY ${BENCH_SCHEMA}.forms ${FORM_COLUMNS} FROM '${file}'`);
      });
      return (performance.now() - start) / 1000;
    });
    return { method: 'server-copy-file', forms: rows, seconds, formsPerSec: rows / seconds, note: 'DELETE + server-side COPY FROM a file of the pre-encoded rows, one transaction' };
  } catch (e) {
    throw new Error(`server-side COPY FROM '${file}' failed (${(e as Error).message}): the ceiling needs a PostgreSQL on this machine and a superuser or pg_read_server_files role`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
