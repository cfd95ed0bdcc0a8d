// A run holds one connection per --concurrency batch and one more to read. When PostgreSQL refuses one
// because every slot is taken (SQLSTATE 53300), the server is up: the message says it has no free
// connection slots and how to fix that (lower --concurrency, raise max_connections), not "Lost the
// database ... Start the database". The slots run out here through a role's CONNECTION LIMIT, which
// refuses with the same SQLSTATE as a full max_connections without starving the other tests of the
// shared server (a superuser is exempt from that limit, hence a role of this file's own).
import { describeUrl, type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, testDatabaseName, testDatabaseUrl } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { runParadigm } from './support/paradigm-process';

describe('postgres: a run refused connections for want of slots', () => {
  const role = testDatabaseName(`${__filename}-role`);
  let db: Database;
  let url: string;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    expect(await main(['seed', '--lexemes', '200'], capture(db))).toBe(0);
    await withConnection(db, async (conn) => {
      await conn.query(`CREATE ROLE "${role}" LOGIN PASSWORD 'slots' CONNECTION LIMIT 2`);
      await conn.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO "${role}"`);
      await conn.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "${role}"`);
    });
    const limited = new URL(testDatabaseUrl(__filename));
    limited.username = role;
    limited.password = 'slots';
    url = limited.toString();
  });
  afterAll(async () => {
    await withConnection(db, async (conn) => {
      await conn.query(`DROP OWNED BY "${role}"`);
      await conn.query(`DROP ROLE "${role}"`);
    });
    await db.close();
  });

  const advice = (resume: string) =>
    `paradigm: The database ${describeUrl(url)} has no free connection slots (too many connections for role "${role}", SQLSTATE 53300): ` +
    'a run holds one connection per --concurrency batch and one more to read. The batch in flight was rolled back (no half-written forms). ' +
    "Lower --concurrency, stop idle clients, or raise the server's max_connections (or the CONNECTION LIMIT of the role or database the server names), " +
    `then ${resume}.\n`;

  it('run: exit 3, the missing slots named with the fix', async () => {
    const ended = await runParadigm(['run', '--concurrency', '8', '--batch-size', '10', '--progress', 'none'], { DATABASE_URL: url });
    expect({ code: ended.code, stderr: ended.stderr }).toEqual({ code: 3, stderr: advice('run `paradigm run` again: it carries on from the queue') });
  });

  it('recompute --lexemes: the same', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => i + 1).join(',');
    const ended = await runParadigm(['recompute', '--lexemes', ids, '--concurrency', '8', '--batch-size', '10', '--progress', 'none'], { DATABASE_URL: url });
    expect({ code: ended.code, stderr: ended.stderr }).toEqual({ code: 3, stderr: advice('run the recompute again') });
  });
});
