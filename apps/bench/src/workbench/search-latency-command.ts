/**
 * Search latency end to end through the workbench's API (HTTP request to parsed JSON, the server a
 * process of its own) against the same query run by psql (`\timing`), on a server database that holds
 * forms (e.g. fr_FR imported and recomputed). Read-only: the server runs with `--recompute external`.
 * The psql side runs the SQL the server itself ran: its text is read from the server's session in
 * `pg_stat_activity`, its values are the search's limit + 1, offset 0 and persistence's prefix range.
 *
 *   pnpm nx run bench:workbench-search -- --url postgres://postgres@127.0.0.1:5432/paradigm_workbench_bench
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formPrefixRange, makeFolder, openDatabase, withConnection } from '@paradigm/persistence';
import { formatArtifactJson } from '../artifacts/artifact-json';
import type { SearchTimes, WorkbenchSearchArtifact } from '../artifacts/workbench-search';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { ascending, quantile, round } from '../shared/statistics';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { startWorkbenchProcess } from './workbench-process';

const HELP = `usage: bench workbench-search [--url postgres://...] [--prefixes a,ma,pre,cons] [--runs 200] [--limit 20] [--out FILE]
  Times GET /api/search for each prefix (--runs requests, after 20 warm-up ones) and the same SQL in psql.
  --url defaults to DATABASE_URL, else postgres://postgres@127.0.0.1:5432/paradigm_workbench_bench.
`;

/**
 * Percentiles of `times` (ms, two decimals) as the statistics module defines them, and every run's ms in
 * the order taken (the report draws their histogram).
 */
function summary(times: number[]): SearchTimes {
  const sorted = ascending(times);
  const r = (x: number) => round(x, 2);
  return { runs: sorted.length, p50: r(quantile(sorted, 0.5)), p95: r(quantile(sorted, 0.95)), p99: r(quantile(sorted, 0.99)), max: r(sorted[sorted.length - 1]!), values: times.map(r) };
}

/** The SQL the workbench's search ran, with the values of a search for `prefix` (`limit` hits, offset 0). */
interface SearchQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}

/**
 * The text of the last search statement the workbench's sessions ran (`pg_stat_activity` keeps each
 * session's last statement) and its values: limit + 1 (the extra row tells whether more follow), the
 * offset, then persistence's form-key range of the prefix.
 */
async function lastSearchQuery(url: string, prefix: string, limit: number): Promise<SearchQuery> {
  const db = await openDatabase({ url, migrate: false, maxConnections: 1 });
  try {
    const { rows } = await withConnection(db, (c) => c.query<{ query: string }>(
      "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'SELECT f.form%' ORDER BY query_start DESC LIMIT 1",
    ));
    if (rows.length === 0) throw new Error('no search statement in pg_stat_activity: did the workbench answer the searches?');
    return { text: rows[0]!.query, values: [limit + 1, 0, ...formPrefixRange(prefix, 3).values] };
  } finally {
    await db.close();
  }
}

/** psql's own `\timing` of the query, `runs` times in one session (values passed as psql variables, quoted by psql). */
function psqlTimes(url: string, query: SearchQuery, runs: number): number[] {
  // $1 and $2 are numbers (limit, offset), the others text: psql quotes :'pN' itself.
  const text = query.text.replace(/\$(\d)/g, (_, n) => (Number(n) <= 2 ? `:p${n}` : `:'p${n}'`));
  const script = [
    ...query.values.map((value, i) => `\\set p${i + 1} '${String(value).replace(/'/g, "''")}'`),
    '\\timing on',
    ...Array.from({ length: runs + 20 }, () => `${text};`),
  ].join('\n');
  const output = execFileSync('psql', ['-X', '-q', '-o', '/dev/null', url], { input: script, encoding: 'utf8' });
  const times = [...output.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  if (times.length !== runs + 20) throw new Error(`psql printed ${times.length} timings, expected ${runs + 20}:\n${output.slice(0, 500)}`);
  return times.slice(20);
}

/** Rows the query returns in psql: the API's hits, plus one when more follow. */
function psqlRows(url: string, query: SearchQuery): number {
  const text = query.text.replace(/\$(\d)/g, (_, n) => (Number(n) <= 2 ? `:p${n}` : `:'p${n}'`));
  const script = [...query.values.map((value, i) => `\\set p${i + 1} '${String(value).replace(/'/g, "''")}'`), `${text};`].join('\n');
  return execFileSync('psql', ['-X', '-q', '-t', '-A', url], { input: script, encoding: 'utf8' }).split('\n').filter((line) => line !== '').length;
}

/** `workbench-search [--url ...] [--prefixes ...] [--runs N] [--limit N] [--out FILE]`: see the top of this file. */
export async function workbenchSearchCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { url: { type: 'string' }, prefixes: { type: 'string' }, runs: { type: 'string' }, limit: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = findWorkspaceRoot();
  const url = values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/paradigm_workbench_bench';
  const prefixes = (values.prefixes ?? 'a,ma,pre,cons,zy').split(',');
  const runs = Number(values.runs ?? 200);
  const limit = Number(values.limit ?? 20);
  const workbench = await startWorkbenchProcess(root, ['--recompute', 'external'], { ...process.env, DATABASE_URL: url });
  const results = [];
  try {
    const db = await openDatabase({ url, migrate: false, maxConnections: 1 });
    let forms: number;
    try {
      forms = (await withConnection(db, (c) => c.query<{ forms: number }>('SELECT count(*)::int AS forms FROM forms'))).rows[0]!.forms;
    } finally {
      await db.close();
    }
    const loadBefore = loadAverage();
    for (const prefix of prefixes) {
      const api: number[] = [];
      let hits = 0;
      for (let i = 0; i < runs + 20; i++) {
        const start = performance.now();
        const response = await fetch(`${workbench.url}/api/search?q=${encodeURIComponent(prefix)}&limit=${limit}`);
        const body = (await response.json()) as { forms: unknown[] };
        const elapsed = performance.now() - start;
        if (response.status !== 200) throw new Error(`search ${prefix}: HTTP ${response.status} ${JSON.stringify(body)}`);
        hits = body.forms.length;
        if (i >= 20) api.push(elapsed);
      }
      const query = await lastSearchQuery(url, prefix, limit);
      const rows = psqlRows(url, query);
      if (rows !== hits && rows !== hits + 1) throw new Error(`search ${prefix}: psql returned ${rows} rows for the server's query, the API ${hits} hits: the values no longer match the workbench's search (see lastSearchQuery)`);
      const result = { prefix, hits, api: summary(api), psql: summary(psqlTimes(url, query, runs)) };
      results.push(result);
      process.stdout.write(`${prefix.padEnd(6)} ${String(hits).padStart(3)} hits  API p50 ${result.api.p50} p95 ${result.api.p95} p99 ${result.api.p99} ms   psql p50 ${result.psql.p50} p95 ${result.psql.p95} p99 ${result.psql.p99} ms\n`);
    }
    // The machine's load says how much of the time is waiting for a core (2 cores shared by other jobs).
    const artifact: WorkbenchSearchArtifact & Record<string, unknown> = {
      benchmark: 'workbench-search',
      database: workbench.database,
      client: 'fetch in the bench process, the workbench a process of its own (HTTP over loopback, JSON parsed); psql: its own \\timing of the same SQL',
      forms,
      limit, measuredAt: new Date().toISOString(), loadAverage: loadAverage(), loadAverageBefore: loadBefore, machine: describeMachine(), revision: gitRevision(root), results };
    const out = values.out ?? join(root, 'benchmarks', 'workbench-search.json');
    makeFolder(dirname(out));
    writeFileSync(out, formatArtifactJson(artifact));
    process.stdout.write(`${forms} forms; written ${out}\n`);
    return 0;
  } finally {
    await workbench.close();
  }
}
