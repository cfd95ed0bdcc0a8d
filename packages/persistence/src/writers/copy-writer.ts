import type { Connection } from '../connection/connection';
import { COPY_CHUNK_CHARS, encodeForms } from './copy-encoder';
import { CopyRows } from './copy-rows';
import { type FormRows, isFormRows } from './form-rows';
import { FORM_COLUMNS, type FormBatch, type FormWriter } from './form-writer';

/**
 * Text `COPY forms FROM STDIN` (pg-copy-streams on PostgreSQL, a Blob on PGlite). The default writer:
 * persist-bench measured it at about the server-side COPY ceiling, 5x UNNEST and 11x multi-row INSERT.
 * Its {@link CopyRows} are COPY text already; a {@link FormBatch} is encoded in chunks as it is sent.
 */
export function copyWriter(chunkChars: number = COPY_CHUNK_CHARS): FormWriter {
  return {
    name: 'copy',
    newRows: () => new CopyRows(),
    write: (tx: Connection, rows: FormRows | FormBatch) =>
      tx.copyFrom(`COPY forms ${FORM_COLUMNS} FROM STDIN`, isFormRows(rows) ? copyRowsOf(rows).chunks() : encodeForms(rows, chunkChars)),
  };
}

function copyRowsOf(rows: FormRows): CopyRows {
  if (!(rows instanceof CopyRows)) throw new Error(`the copy writer was given rows made by another writer (${rows.constructor.name}); fill the rows its newRows() makes`);
  return rows;
}
