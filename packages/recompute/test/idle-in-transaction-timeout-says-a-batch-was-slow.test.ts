// A session the server ends for sitting idle inside its transaction (idle_in_transaction_session_timeout,
// SQLSTATE 25P03) means the worker was busy computing, not that the database is down: the message says
// so and names the two flags that help, instead of telling to start the database.
import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../src';

describe('the server ending a session idle in its transaction (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
  });
  afterAll(() => db.close());

  it('is a database failure whose message names the timeout, the batch size and what to do', async () => {
    const connection = await db.acquire();
    let failure: unknown;
    try {
      await connection.query('SET idle_in_transaction_session_timeout = 200');
      await connection.query('BEGIN');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await connection.query('SELECT 1');
    } catch (error) {
      failure = error;
    } finally {
      connection.release();
    }
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(new DatabaseUnavailableError('postgres://h/db', 'run `worker recompute --all` again', failure).message).toBe(
      'The database postgres://h/db ended a session that sat idle inside its transaction longer than its idle-in-transaction timeout (terminating connection due to idle-in-transaction timeout): ' +
        'the worker was still computing a batch (lexemes that derive very many forms take long). The batch in flight was rolled back (no half-written forms). ' +
        'Use a smaller --batch-size (with `worker`, or a larger --idle-in-transaction-timeout-ms, 60 s by default, 0 for none), then run `worker recompute --all` again.',
    );
  });
});
