/**
 * PostgreSQL's COPY text format: columns separated by tab, rows ended by newline, `\N` for NULL, and a
 * backslash escape for the characters that would otherwise end a field or a row.
 */
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPED = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Default chunk size of {@link chunkRows}, in UTF-16 code units. Smaller chunks let the server start
 * parsing while Node encodes the rest: 500k form rows sent as COPY text strings (batches of 20k,
 * interleaved with the server-side ceiling on a loaded 2-core machine) measured 0.976 and 1.023 of the
 * ceiling at 16 KiB, 0.962 and 0.856 at 64 KiB, 0.904 and 0.869 at 256 KiB.
 */
export const COPY_CHUNK_CHARS = 16 * 1024;

/** Escapes one text field for COPY text format (`null` becomes `\N`). */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (c) => ESCAPES[c]!) : value;
}

/** A PostgreSQL array literal for a `text[]` COPY field (`{"a","b"}`), already COPY-escaped. */
export function copyTextArray(values: readonly string[] | null | undefined): string {
  if (!values) return '\\N';
  const items = values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return copyField(`{${items.join(',')}}`);
}

/** Throws, naming the row and column, unless `value` is an integer (as every `forms` id column needs). */
export function assertIntegerField(value: number, column: string, row: number): void {
  if (!Number.isInteger(value)) throw new Error(`forms row ${row}: ${column} must be an integer, got ${String(value)}`);
}

/** Groups already-encoded rows (each ending in `\n`) into chunks of about `chunkChars`. */
export async function* chunkRows(rows: Iterable<string> | AsyncIterable<string>, chunkChars: number = COPY_CHUNK_CHARS): AsyncGenerator<string> {
  let chunk = '';
  for await (const row of rows) {
    chunk += row;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
