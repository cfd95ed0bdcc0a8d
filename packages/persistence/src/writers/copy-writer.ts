import type { CopyBufferPool } from './copy-buffer-pool';
import { CopyRows } from './copy-rows';
import type { FormWriter } from './form-writer';

/**
 * Text `COPY forms FROM STDIN` (pg-copy-streams on PostgreSQL, a Blob on PGlite) of {@link CopyRows}.
 * The default writer: persist-bench measured it at about the server-side COPY ceiling, 5x UNNEST and
 * 11x multi-row INSERT. With a `pool`, the rows' buffers come from it (see {@link CopyRows.recycle}).
 */
export function copyWriter(pool?: CopyBufferPool): FormWriter<CopyRows> {
  return { name: 'copy', newRows: () => new CopyRows(pool) };
}
