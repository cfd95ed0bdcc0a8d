/**
 * Edit-to-forms latency of `worker run --follow` on PostgreSQL, and the edit rate it sustains
 * (`nx run bench:latency`, writes benchmarks/phase4/latency.json).
 *
 * A database of its own (`paradigm_latency`) is seeded with the synthetic lexicon (`--lexemes`, default
 * 5,000 x 5 patterns) and rebuilt once; a statement trigger added to its `forms` (this database only)
 * notifies the benchmark with the lexeme ids of every committed write, so the end of a measurement is
 * the commit of the forms, seen by a listening session, not a poll. Then, for 1 and for 4 workers (the
 * built CLI, `run --follow`, one loop each; measuring starts once every worker follows the queue):
 *
 * - latency: `--samples` single-lexeme edits (lemma changed) and `--pattern-samples` edits of a small
 *   pattern (used by 3 lexemes), one at a time, from the COMMIT of the edit returning to the notification
 *   of the last affected lexeme's forms, while another session makes `--background` edits per second of
 *   other lexemes;
 * - throughput: `--burst` distinct lexemes edited as fast as 4 sessions can, from the first edit to the
 *   forms of the last: edits per second sustained.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, openDatabase, QUEUE_CHANNEL, WAKE_LOCK_CLASS, withConnection } from '@paradigm/persistence';
import { formatArtifactJson } from '../artifacts/artifact-json';
import type { LatencyArtifact, LatencyRun } from '../artifacts/latency';
import { latencySummary } from '../artifacts/latency-summary';
import { ensureDataset } from '../seed/dataset-files';
import { seedDatabase } from '../seed/seed-database';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { percentiles } from '../shared/statistics';
import { queryRows } from '../shared/query-rows';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { workerProcess } from '../worker/worker-process';

const ROOT = findWorkspaceRoot();
const OUT = join(ROOT, 'benchmarks/phase4/latency.json');
const CHANNEL = 'paradigm_latency';
const SMALL_PATTERN = 'latency-small';

interface Options {
  lexemes: number;
  samples: number;
  patternSamples: number;
  background: number;
  burst: number;
  workers: number[];
}

function parse(argv: readonly string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  return { lexemes: value('lexemes', 5000), samples: value('samples', 200), patternSamples: value('pattern-samples', 30), background: value('background', 20), burst: value('burst', 2000), workers: [1, 4] };
}

/** Lexeme ids whose forms were committed, as the benchmark's trigger on `forms` reports them. */
class Commits {
  private waiters: Array<{ ids: Set<number>; resolve: () => void }> = [];

  seen(payload: string): void {
    for (const id of payload.split(',').map(Number)) {
      for (const waiter of this.waiters) waiter.ids.delete(id);
    }
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.ids.size > 0) return true;
      waiter.resolve();
      return false;
    });
  }

  /** Resolves once forms of every id in `ids` committed after this call. */
  wait(ids: readonly number[], timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`forms of lexemes ${ids.join(', ')} not committed within ${timeoutMs} ms: is the worker running?`)), timeoutMs);
      this.waiters.push({ ids: new Set(ids), resolve: () => (clearTimeout(timer), resolve()) });
    });
  }
}

export async function latencyCommand(argv: readonly string[]): Promise<number> {
  const options = parse(argv);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('latency: set DATABASE_URL to a PostgreSQL server (a database `paradigm_latency` is created on it); the benchmark measures LISTEN/NOTIFY wake-ups, which PGlite does not have.');
    return 2;
  }
  const url = await prepare(adminUrl, options);
  const db = await openDatabase({ url, maxConnections: 6 });
  const commits = new Commits();
  const listener = await db.openSession!(
    (channel, payload) => channel === CHANNEL && commits.seen(payload),
    (error) => console.error(`latency: listener lost: ${error.message}`),
  );
  await listener.query(`LISTEN "${CHANNEL}"`);
  const runs: LatencyRun[] = [];
  try {
    const small = await queryRows<{ id: number }>(db, 'SELECT lexeme_id AS id FROM lexeme_patterns lp JOIN patterns p ON p.id = lp.pattern_id WHERE p.name = $1 ORDER BY 1', [SMALL_PATTERN]);
    const smallIds = small.map((row) => row.id);
    for (const workers of options.workers) {
      log(`${workers} worker(s)`);
      const processes = Array.from({ length: workers }, (_, i) => startWorker(url, i));
      await listening(db, workers);
      await settle(db);
      const load = loadAverage();
      const stopBackground = background(db, options.background, options.lexemes);
      const lexemeMs: number[] = [];
      for (let i = 0; i < options.samples; i++) lexemeMs.push(await timed(db, commits, `UPDATE lexemes SET lemma = lemma || 'a' WHERE id = $1`, [1 + ((i * 7919) % 1000)], [1 + ((i * 7919) % 1000)]));
      const patternMs: number[] = [];
      for (let i = 0; i < options.patternSamples; i++) {
        patternMs.push(await timed(db, commits, `UPDATE patterns SET source = $2 WHERE name = $1`, [SMALL_PATTERN, smallPattern(i % 2 === 0 ? 'en' : 'ox')], smallIds));
      }
      await stopBackground();
      await settle(db);
      const throughput = await burst(db, commits, options.burst, options.lexemes);
      const reports = await Promise.all(processes.map(stopWorker));
      const run: LatencyRun = {
        workers,
        loadAverageAtStart: load,
        loadAverageAtEnd: loadAverage(),
        lexemeEditMs: latencySummary(percentiles(lexemeMs), lexemeMs, 1),
        patternEditMs: latencySummary(percentiles(patternMs), patternMs, 1),
        sustainedEditsPerSecond: throughput,
        workerPeakRssMb: reports.map((r) => r.peakRssMb),
      };
      log(JSON.stringify(run));
      runs.push(run);
    }
  } finally {
    await listener.close();
    await db.close();
  }
  mkdirSync(join(ROOT, 'benchmarks/phase4'), { recursive: true });
  const artifact: LatencyArtifact = {
    measuredAt: new Date().toISOString(),
    command: 'pnpm nx run bench:latency (DATABASE_URL=postgres://...; flags after --: --lexemes --samples --pattern-samples --background --burst)',
    machine: describeMachine(),
    git: gitRevision(ROOT),
    options: { ...options },
    note: 'measured on a machine shared with other jobs: see the load averages; edits/s from the first edit of the burst to the commit of the last forms; each latency keeps every sample (values, ms, in the order taken)',
    runs,
    benchPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  writeFileSync(OUT, formatArtifactJson(artifact));
  log(`wrote ${OUT}`);
  return 0;
}

/** Commits one edit and resolves to the ms from its COMMIT returning to the forms of `ids` committed. */
async function timed(db: Database, commits: Commits, sql: string, values: unknown[], ids: readonly number[]): Promise<number> {
  const done = commits.wait(ids);
  await queryRows(db, sql, values);
  const start = performance.now();
  await done;
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
  return ms;
}

/** Edits lexemes 2001.. (never the measured ones) at `perSecond` until the returned stop is called. */
function background(db: Database, perSecond: number, lexemes: number): () => Promise<void> {
  let stopped = false;
  let i = 0;
  const loop = (async () => {
    while (!stopped) {
      await queryRows(db, "UPDATE lexemes SET gloss = coalesce(gloss, '') || 'b' WHERE id = $1", [2001 + (i++ % Math.max(1, lexemes - 2000))]);
      await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}

/**
 * Edits `count` distinct lexemes from 4 sessions as fast as they go (one edit per transaction); resolves
 * to the edits per second until all their forms committed, and the rate at which the edits themselves
 * committed (when the two are close, the editors, not the workers, were the bound).
 */
async function burst(db: Database, commits: Commits, count: number, lexemes: number): Promise<{ formsCommittedPerSecond: number; editsCommittedPerSecond: number }> {
  const ids = Array.from({ length: Math.min(count, lexemes) }, (_, i) => i + 1);
  const done = commits.wait(ids, 300_000);
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, () =>
      withConnection(db, async (conn) => {
        for (let i = next++; i < ids.length; i = next++) await conn.query("UPDATE lexemes SET lemma = lemma || 'e' WHERE id = $1", [ids[i]]);
      }),
    ),
  );
  const edited = performance.now();
  await done;
  return { formsCommittedPerSecond: Math.round(ids.length / ((performance.now() - start) / 1000)), editsCommittedPerSecond: Math.round(ids.length / ((edited - start) / 1000)) };
}

interface WorkerProcess {
  child: ChildProcess;
  report: string;
  exited: Promise<number | null>;
}

function startWorker(url: string, i: number): WorkerProcess {
  const report = `/tmp/paradigm-latency-${process.pid}-${i}.json`;
  const worker = workerProcess(ROOT, true);
  const child = spawn(worker.command, [...worker.args, 'run', '--follow', '--concurrency', '1', '--progress', 'none', '--report', report], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'inherit'] });
  return { child, report, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

async function stopWorker(worker: WorkerProcess): Promise<{ peakRssMb: number }> {
  worker.child.kill('SIGTERM');
  await worker.exited;
  const report = JSON.parse(readFileSync(worker.report, 'utf8')) as { peakRssMb: number };
  rmSync(worker.report);
  return report;
}

/**
 * Waits until the `workers` processes follow the queue: one holds the wake lock and LISTENs on the
 * queue's channel, the others wait for that lock (each LISTENs on the relay channel before it asks for
 * the lock). A worker does so once its grammar is compiled, so the first measured edit does not include
 * the worker's start.
 */
async function listening(db: Database, workers: number): Promise<void> {
  for (;;) {
    const [{ leading, waiting }] = await queryRows<{ leading: number; waiting: number }>(
      db,
      `SELECT count(*) FILTER (WHERE l.granted AND a.query = $2)::int AS leading, count(*) FILTER (WHERE NOT l.granted)::int AS waiting
       FROM pg_locks l JOIN pg_stat_activity a USING (pid)
       WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = 0 AND l.objsubid = 2 AND a.datname = current_database()`,
      [WAKE_LOCK_CLASS, `LISTEN "${QUEUE_CHANNEL}"`],
    );
    if (leading === 1 && waiting === workers - 1) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the queues are empty (the workers are idle, listening). */
async function settle(db: Database): Promise<void> {
  for (;;) {
    const [{ n }] = await queryRows<{ n: number }>(db, 'SELECT (SELECT count(*) FROM recompute_queue) + (SELECT count(*) FROM recompute_pattern_queue) AS n');
    if (Number(n) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Creates `paradigm_latency`, seeds it, adds the small pattern and the forms trigger, rebuilds every form. */
async function prepare(adminUrl: string, options: Options): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = '/paradigm_latency';
  const admin = await openDatabase({ url: adminUrl, migrate: false, maxConnections: 1 });
  try {
    await queryRows(admin, 'DROP DATABASE IF EXISTS paradigm_latency WITH (FORCE)');
    await queryRows(admin, 'CREATE DATABASE paradigm_latency');
  } finally {
    await admin.close();
  }
  const db = await openDatabase({ url: url.toString(), maxConnections: 1 });
  try {
    const params = { lexemes: options.lexemes, patternsPerLexeme: 5, seed: 1 };
    const dir = await ensureDataset(params);
    log(`seeding ${options.lexemes} lexemes`);
    await seedDatabase(db, dir);
    await queryRows(db, `INSERT INTO patterns (name, source, compiled_hash) VALUES ($1, $2, 'latency')`, [SMALL_PATTERN, smallPattern('ox')]);
    await queryRows(db, `INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT id, (SELECT id FROM patterns WHERE name = $1), 100 FROM lexemes WHERE id IN (3001, 3002, 3003)`, [SMALL_PATTERN]);
    await queryRows(
      db,
      `CREATE FUNCTION latency_forms_written() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('${CHANNEL}', (SELECT string_agg(DISTINCT lexeme_id::text, ',') FROM new_rows)); RETURN NULL; END $$`,
    );
    await queryRows(db, 'CREATE TRIGGER latency_forms_written AFTER INSERT ON forms REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION latency_forms_written()');
  } finally {
    await db.close();
  }
  log('rebuilding every form');
  const worker = workerProcess(ROOT, true);
  const rebuild = spawn(worker.command, [...worker.args, 'recompute', '--all', '--progress', 'none'], { env: { ...process.env, DATABASE_URL: url.toString() }, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise((resolve) => rebuild.on('exit', resolve));
  if (code !== 0) throw new Error(`recompute --all exited ${code}`);
  return url.toString();
}

/** The small pattern's source; edits alternate its plural suffix. */
function smallPattern(suffix: string): string {
  return `pattern ${SMALL_PATTERN}\nrule => X;SG\nrule suffix +${suffix} => X;PL\n`;
}

const log = (line: string) => process.stderr.write(`latency: ${line}\n`);
