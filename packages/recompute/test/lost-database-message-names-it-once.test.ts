import { DatabaseUnavailableError } from '../src';

describe('the lost-database message', () => {
  it("names the database once and quotes the server's own words when persistence already wrapped them", () => {
    const server = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const wrapped = new Error('Lost the database postgres://h/db: the server ended the session while the connection was idle (terminating connection due to administrator command).', { cause: server });
    const error = new DatabaseUnavailableError('postgres://h/db', 'run `worker run` again', wrapped);
    expect(error.message).toBe(
      'Lost the database postgres://h/db: terminating connection due to administrator command. The batch in flight was rolled back (no half-written forms). ' +
        'Start the database (e.g. `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`) or point DATABASE_URL at a reachable one, then run `worker run` again.',
    );
  });
});
