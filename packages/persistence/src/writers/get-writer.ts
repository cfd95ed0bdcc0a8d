import { CopyBufferPool } from './copy-buffer-pool';
import { copyWriter } from './copy-writer';
import type { FormWriter, WriterName } from './form-writer';
import { insertWriter } from './insert-writer';
import { unnestWriter } from './unnest-writer';

/** Every writer name, the default first. */
export const WRITER_NAMES: readonly WriterName[] = ['copy', 'unnest', 'insert'];

/** The default writer: `copy`. */
export const DEFAULT_WRITER: WriterName = 'copy';

/**
 * The writer called `name` (e.g. from a `--method` flag). The `copy` writer has a buffer pool of its
 * own, which the rows' {@link FormRows.recycle} refills: a caller that recycles what it wrote keeps
 * reusing a few megabytes of buffers instead of leaving each batch's to the collector.
 * @throws Error listing the valid names when `name` is not one of {@link WRITER_NAMES}.
 */
export function getWriter(name: string = DEFAULT_WRITER): FormWriter {
  switch (name) {
    case 'copy':
      return copyWriter(new CopyBufferPool());
    case 'unnest':
      return unnestWriter();
    case 'insert':
      return insertWriter();
    default:
      throw new Error(`Unknown form writer ${JSON.stringify(name)}; use one of: ${WRITER_NAMES.join(', ')}.`);
  }
}
