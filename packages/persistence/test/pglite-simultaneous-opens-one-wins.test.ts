import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openDatabase } from '@paradigm/persistence';

const CONTENDERS = 4;
const ROUNDS = 4;
const ROWS = 2000; // what a contender commits when it wins (support/pglite-contender.ts)
const CONTENDER = join(__dirname, 'support/pglite-contender.ts');
const ROOT = join(__dirname, '../../..');

type Line = Record<string, unknown>;

/** A contender process and the JSON lines it prints, in order. */
function startContender() {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CONTENDER], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: Line[] = [];
  const waiting: Array<(line: Line) => void> = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Line;
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`contender exited (${code})`))));
  exited.catch(() => undefined);
  return {
    send: (message: object) => child.stdin!.write(`${JSON.stringify(message)}\n`),
    next: (): Promise<Line> => (lines.length > 0 ? Promise.resolve(lines.shift()!) : Promise.race([new Promise<Line>((resolve) => waiting.push(resolve)), exited])),
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.on('exit', () => resolve()), child.stdin!.end()))),
  };
}

const held = (dir: string, pid: number) =>
  `The PGlite database in ${dir} is open in another process (held by process ${pid}, lock file ${join(dir, 'paradigm.pid')}); PGlite allows one process at a time. ` +
  'Stop that process, or set DATABASE_URL to use PostgreSQL, which allows many; delete the lock file only if no process uses this folder.';

describe('pglite: processes that open one folder at the same moment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-contended-'));
  const contenders = Array.from({ length: CONTENDERS }, startContender);
  afterAll(async () => {
    await Promise.all(contenders.map((contender) => contender.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it(`exactly one opens it in each of ${ROUNDS} rounds, the others are refused naming its pid, and every commit is kept`, async () => {
    const pids = (await Promise.all(contenders.map((contender) => contender.next()))).map((line) => line.ready as number);
    for (let round = 1; round <= ROUNDS; round++) {
      // Far enough ahead that every contender has the message before it is time to open.
      const at = Date.now() + 300;
      for (const contender of contenders) contender.send({ round, dir, at });
      const outcomes = await Promise.all(contenders.map((contender) => contender.next()));
      const winner = outcomes.findIndex((outcome) => outcome.opened === true);
      expect(outcomes).toEqual(pids.map((_, i) => (i === winner ? { round, opened: true, committed: ROWS } : { round, refused: held(dir, pids[winner]!) })));
      for (const contender of contenders) contender.send({ close: true });
      await Promise.all(contenders.map((contender) => contender.next()));
    }

    const db = await openDatabase({ dialect: 'pglite', dataDir: dir, migrate: false });
    try {
      const conn = await db.acquire();
      const perRound = await conn.query('SELECT round, count(*)::int AS rows, count(DISTINCT pid)::int AS writers FROM contended GROUP BY round ORDER BY round');
      conn.release();
      expect(perRound.rows).toEqual(Array.from({ length: ROUNDS }, (_, i) => ({ round: i + 1, rows: ROWS, writers: 1 })));
    } finally {
      await db.close();
    }
  });
});
