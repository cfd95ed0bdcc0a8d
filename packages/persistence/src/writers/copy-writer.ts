import type { Connection } from '../connection/connection';
import { COPY_CHUNK_CHARS, encodeForms } from './copy-encoder';
import { FORM_COLUMNS, type FormBatch, type FormWriter } from './form-writer';

/**
 * Text `COPY forms FROM STDIN` (pg-copy-streams on PostgreSQL, a Blob on PGlite). The default writer:
 * issue 3 measured it at about the server-side COPY ceiling, 5x UNNEST and 11x multi-row INSERT.
 */
export function copyWriter(chunkChars: number = COPY_CHUNK_CHARS): FormWriter {
  return {
    name: 'copy',
    write: (tx: Connection, batch: FormBatch) => tx.copyFrom(`COPY forms ${FORM_COLUMNS} FROM STDIN`, encodeForms(batch, chunkChars)),
  };
}
