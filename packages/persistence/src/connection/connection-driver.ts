import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult as KyselyQueryResult,
  type TransactionSettings,
} from 'kysely';
import type { PooledConnection } from './connection';

const COUNTED_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/**
 * A kysely {@link Driver} that borrows connections from a {@link Database}'s own `acquire()`, so kysely
 * and raw connections share one pool (PostgreSQL) or one mutex-guarded connection (PGlite: a kysely
 * query waits while a raw connection is held, and vice versa).
 */
export class ConnectionDriver implements Driver {
  constructor(private readonly acquire: () => Promise<PooledConnection>) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new KyselyConnection(await this.acquire());
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const access = settings.accessMode ? ` ${settings.accessMode}` : '';
    await connection.executeQuery(CompiledQuery.raw(`start transaction${isolation}${access}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as KyselyConnection).connection.release();
  }

  async destroy(): Promise<void> {}
}

class KyselyConnection implements DatabaseConnection {
  constructor(readonly connection: PooledConnection) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<KyselyQueryResult<R>> {
    const result = await this.connection.query<R>(compiled.sql, compiled.parameters);
    return {
      rows: result.rows,
      ...(result.command && COUNTED_COMMANDS.has(result.command) ? { numAffectedRows: BigInt(result.rowCount) } : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<KyselyQueryResult<R>> {
    throw new Error('Streaming kysely queries is not supported; page with keyset queries instead (see readers/stream-lexemes.ts).');
  }
}
