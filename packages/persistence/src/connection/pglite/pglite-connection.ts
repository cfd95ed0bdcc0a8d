import type { PGlite } from '@electric-sql/pglite';
import type { CopyChunk, QueryResult } from '../connection';
import { TransactionalConnection } from '../transactional-connection';

const FROM_STDIN = /\bFROM\s+STDIN\b/i;

/**
 * The one connection of an embedded PGlite instance, lent out under a mutex (see `pglite-instance.ts`).
 */
export class PgliteConnection extends TransactionalConnection {
  readonly dialect = 'pglite' as const;
  private released = false;

  constructor(
    private readonly pg: PGlite,
    private readonly unlock: () => void,
  ) {
    super();
  }

  async query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>> {
    this.assertHeld();
    const result = values && values.length > 0 ? await this.pg.query<R>(text, [...values]) : ((await this.pg.exec(text)).at(-1) as PgliteResult<R> | undefined);
    return toQueryResult<R>(result);
  }

  /**
   * PGlite has no COPY protocol stream; it reads `COPY ... FROM '/dev/blob'` from a Blob passed with the
   * query, so the chunks are gathered into one Blob (PGlite holds its whole database in this process's
   * memory anyway). A chunk source that throws does so before anything reaches the table.
   */
  async copyFrom(sql: string, chunks: Iterable<CopyChunk> | AsyncIterable<CopyChunk>): Promise<number> {
    this.assertHeld();
    if (!FROM_STDIN.test(sql)) throw new Error(`copyFrom expects "COPY ... FROM STDIN", got: ${sql}`);
    const parts: CopyChunk[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    const blob = new Blob(parts);
    const result = await this.pg.query(sql.replace(FROM_STDIN, "FROM '/dev/blob'"), [], { blob });
    return result.affectedRows ?? 0;
  }

  release(): void {
    if (this.released) throw new Error('PGlite connection released twice');
    this.released = true;
    this.unlock();
  }

  private assertHeld(): void {
    if (this.released) throw new Error('PGlite connection used after release(); acquire() a new one.');
  }
}

interface PgliteResult<R> {
  rows: R[];
  affectedRows?: number;
  rowCount?: number;
  command?: string;
}

function toQueryResult<R>(result: PgliteResult<R> | undefined): QueryResult<R> {
  if (!result) return { rows: [], rowCount: 0 };
  const rowCount = result.command === 'SELECT' ? result.rows.length : (result.rowCount ?? result.affectedRows ?? result.rows.length);
  return { rows: result.rows, rowCount, ...(result.command ? { command: result.command } : {}) };
}
