// A process that contends for a PGlite folder, driven by a test over stdin/stdout (one JSON line each):
//   {"round":n,"dir":"...","at":ms}  at wall-clock time `at` (all contenders get the same), open `dir`;
//                                   if that works, commit ROWS rows and report, then hold it open
//   {"close":true}                  close the database if open (reports "closed")
// Output lines: {"ready":pid}, {"round":n,"opened":true,"committed":ROWS}, {"round":n,"refused":message}, {"closed":n}.
import { createInterface } from 'node:readline';
import { type Database, openDatabase } from '@paradigm/persistence';

const ROWS = 2000;
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

let open: { db: Database; round: number } | undefined;

async function contend(round: number, dir: string, at: number): Promise<void> {
  while (Date.now() < at); // spin, so every contender starts within the same millisecond
  let db: Database;
  try {
    db = await openDatabase({ dialect: 'pglite', dataDir: dir, migrate: false });
  } catch (error) {
    say({ round, refused: (error as Error).message });
    return;
  }
  open = { db, round };
  const conn = await db.acquire();
  try {
    await conn.query('CREATE TABLE IF NOT EXISTS contended (round int NOT NULL, pid int NOT NULL, n int NOT NULL)');
    await conn.transaction((tx) => tx.query('INSERT INTO contended SELECT $1, $2, n FROM generate_series(1, $3::int) AS n', [round, process.pid, ROWS]));
  } finally {
    conn.release();
  }
  say({ round, opened: true, committed: ROWS });
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const message = JSON.parse(line) as { round?: number; dir?: string; at?: number; close?: boolean };
  if (message.close) {
    const held = open;
    open = undefined;
    void (held ? held.db.close() : Promise.resolve()).then(() => say({ closed: held?.round ?? null }));
    return;
  }
  void contend(message.round!, message.dir!, message.at!);
});
lines.on('close', () => process.exit(0));
say({ ready: process.pid });
