import { copyBehindALock, useWordsDatabase } from './support/copy-behind-a-lock';

// The server ends the session (a restart, pg_terminate_backend, a dropped network) after the client sent
// COPY and before the server's CopyInResponse: pg fails the COPY with the session's end. The COPY must
// reject with it. (It waited instead for an answer to a CopyFail that could never be sent: with nothing
// else to do, Node ended the process with exit code 0, and `paradigm seed` or `load` said nothing.)
describe('postgres: a COPY whose session ends before the server accepted it', () => {
  const database = useWordsDatabase(__filename);

  it('rejects with the server\'s error for the ended session', async () => {
    await copyBehindALock(
      database(),
      // The chunk fills the stream's buffer, so the client waits for the server.
      (held) => held.copyFrom('COPY words (word) FROM STDIN', ['w\n'.repeat(100_000)]),
      async ({ copied, pid, locker }) => {
        await locker.query('SELECT pg_terminate_backend($1)', [pid]);
        await expect(copied).rejects.toMatchObject({ code: '57P01', message: 'terminating connection due to administrator command' });
      },
    );
  });
});
