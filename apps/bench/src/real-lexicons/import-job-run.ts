import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, openDatabase, withConnection } from '@paradigm/persistence';
import type { ImportJobComparison, ImportJobSample } from '../artifacts/real-lexicons';
import { loadAverage } from '../shared/provenance';
import { serverTotalCpuMs } from '../shared/server-cpu';
import { median, round } from '../shared/statistics';
import type { RealLexicon } from './expansion-runs';
import { timeProcess } from './time-run';

/** The ceiling's table, in the benchmark's database next to the lexicon. */
const CEILING_TABLE = 'unmunch_forms';

/** What one sample runs, besides the timing around it. */
interface Side {
  readonly side: ImportJobSample['side'];
  /** Untimed: leaves the database as the side expects to find it. */
  readonly prepare: (db: Database) => Promise<void>;
  readonly command: readonly string[];
  /** Rows the side left, counted in the table. */
  readonly rows: (db: Database) => Promise<number>;
}

/**
 * `paradigm import hunspell` of `lexicon` (the built program as one process, under `/usr/bin/time`)
 * against `unmunch | psql COPY` into an unindexed table followed by `CREATE INDEX`, on the PostgreSQL
 * at `url` (a database of its own: its lexicon is replaced). `rounds` rounds, each running both sides
 * back to back, alternating which goes first; a CHECKPOINT before every sample, so neither pays for
 * the other's dirty pages. Rows are counted in the tables afterwards, not taken from the tools' word.
 */
export async function runImportJob(root: string, url: string, lexicon: RealLexicon, rounds: number, timeoutMs: number, log: (s: string) => void): Promise<ImportJobComparison> {
  const main = join(root, 'apps/paradigm/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} not found: build it first (nx run paradigm:build)`);
  const [aff, dic] = lexicon.files as [string, string];
  const ours: Side = {
    side: 'ours',
    prepare: async () => undefined,
    command: [process.execPath, main, 'import', 'hunspell', aff, dic, '--replace', '--progress', 'none'],
    rows: (db) => count(db, 'forms'),
  };
  const pipeline = `unmunch ${dic} ${aff} 2>/dev/null | psql -X -q -v ON_ERROR_STOP=1 "$DATABASE_URL" -c "COPY ${CEILING_TABLE}(form) FROM STDIN" && psql -X -q -v ON_ERROR_STOP=1 "$DATABASE_URL" -c "CREATE INDEX ON ${CEILING_TABLE}(form)"`;
  const ceiling: Side = {
    side: 'ceiling',
    prepare: (db) => sql(db, `DROP TABLE IF EXISTS ${CEILING_TABLE}`, `CREATE TABLE ${CEILING_TABLE} (form text)`),
    command: ['/bin/sh', '-c', pipeline],
    rows: (db) => count(db, CEILING_TABLE),
  };
  const uptimeBefore = uptime();
  log(`import job vs ceiling on ${lexicon.name}, ${rounds} rounds; ${uptimeBefore}`);
  const db = await openDatabase({ url });
  const samples: ImportJobSample[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [ours, ceiling] : [ceiling, ours];
      for (const side of order) {
        await side.prepare(db);
        await sql(db, 'CHECKPOINT');
        const load = loadAverage()[0]!;
        const serverBefore = serverTotalCpuMs();
        const cost = withDatabaseUrl(url, () => timeProcess(side.command[0]!, side.command.slice(1), timeoutMs, root));
        const serverAfter = serverTotalCpuMs();
        const rows = await side.rows(db);
        const serverCpu = serverBefore === undefined || serverAfter === undefined ? {} : { serverCpuSeconds: round3((serverAfter - serverBefore) / 1000) };
        samples.push({ side: side.side, round, seconds: round3(cost.seconds), cpuSeconds: round3(cost.cpuSeconds), ...serverCpu, peakRssMB: cost.peakRssMB, rows, loadAverage: load });
        log(`  round ${round} ${side.side}: ${cost.seconds.toFixed(2)} s wall, ${cost.cpuSeconds.toFixed(2)} s client CPU, peak ${cost.peakRssMB} MB, ${rows} rows (load ${load})`);
      }
    }
    await sql(db, `DROP TABLE IF EXISTS ${CEILING_TABLE}`);
  } finally {
    await db.close();
  }
  const of = (side: ImportJobSample['side']) => samples.filter((s) => s.side === side);
  const oursSeconds = median(of('ours').map((s) => s.seconds));
  const ceilingSeconds = median(of('ceiling').map((s) => s.seconds));
  return {
    lexicon: lexicon.name,
    database: url.replace(/\/\/[^@/]*@/, '//'),
    samples,
    oursSeconds: round3(oursSeconds),
    ceilingSeconds: round3(ceilingSeconds),
    ratio: round3(ceilingSeconds / oursSeconds),
    pairedRatios: Array.from({ length: rounds }, (_, r) => round3(samples.find((s) => s.round === r && s.side === 'ceiling')!.seconds / samples.find((s) => s.round === r && s.side === 'ours')!.seconds)),
    oursPeakRssMB: Math.max(...of('ours').map((s) => s.peakRssMB)),
    oursForms: of('ours').at(-1)!.rows,
    ceilingRows: of('ceiling').at(-1)!.rows,
    uptime: { before: uptimeBefore, after: uptime() },
    commands: { ours: `DATABASE_URL=... node apps/paradigm/dist/main.js import hunspell ${aff} ${dic} --replace --progress none`, ceiling: pipeline.replace(/"\$DATABASE_URL"/g, '$DATABASE_URL') },
  };
}

async function sql(db: Database, ...statements: string[]): Promise<void> {
  await withConnection(db, async (conn) => {
    for (const statement of statements) await conn.query(statement);
  });
}

async function count(db: Database, table: string): Promise<number> {
  return withConnection(db, async (conn) => Number((await conn.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n));
}

/** `timeProcess` passes this process's environment on: the child reads the database from DATABASE_URL. */
function withDatabaseUrl<T>(url: string, run: () => T): T {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}

/** `uptime`'s line: the load the numbers were measured under. */
function uptime(): string {
  return execFileSync('uptime', { encoding: 'utf8' }).trim();
}

function round3(x: number): number {
  return round(x, 3);
}
