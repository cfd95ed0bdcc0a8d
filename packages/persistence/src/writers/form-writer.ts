import type { FormRows } from './form-rows';

export type WriterName = 'copy' | 'unnest' | 'insert';

/**
 * A way of loading rows into `forms`: `copy`, `unnest` or `insert` (see `get-writer.ts`). Writers are
 * interchangeable; the worker never knows which one it has. A generator fills the writer's
 * {@link FormRows}, which then write themselves (`rows.write(tx)`).
 *
 * @typeParam R - the rows it makes; code that needs one representation (a full rebuild sends
 * `CopyRows` chunks to a table of its own) takes the writer that makes it.
 */
export interface FormWriter<R extends FormRows = FormRows> {
  readonly name: WriterName;
  /** Empty rows in the representation this writer sends, for a generator to fill. */
  newRows(): R;
}
