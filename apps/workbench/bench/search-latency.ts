/**
 * Search latency end to end through the workbench's API (HTTP request to parsed JSON) against the same
 * query run by psql (`\timing`), on a server database that holds forms (e.g. fr_FR imported and
 * recomputed). Read-only: the server runs with `recompute: 'external'`.
 *
 *   pnpm exec tsx apps/workbench/bench/search-latency.ts --url postgres://postgres@127.0.0.1:5432/paradigm_workbench_bench
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startWorkbench } from '../src';
import { searchFormsQuery } from '../src/data/search-forms';

const HELP = `usage: search-latency.ts [--url postgres://...] [--prefixes a,ma,pre,cons] [--runs 200] [--limit 20] [--out FILE]
  Times GET /api/search for each prefix (--runs requests, after 20 warm-up ones) and the same SQL in psql.
  --url defaults to DATABASE_URL, else postgres://postgres@127.0.0.1:5432/paradigm_workbench_bench.
`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Percentiles of `times` (ms), and every run's ms in the order taken (the bench report draws their histogram). */
function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { runs: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]), values: times.map(round) };
}

/** psql's own `\timing` of the query, `runs` times in one session (values passed as psql variables, quoted by psql). */
function psqlTimes(url: string, prefix: string, limit: number, runs: number): number[] {
  const query = searchFormsQuery(prefix, limit, 0);
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, prefixes: { type: 'string' }, runs: { type: 'string' }, limit: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return void process.stdout.write(HELP);
  const url = values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/paradigm_workbench_bench';
  const prefixes = (values.prefixes ?? 'a,ma,pre,cons,zy').split(',');
  const runs = Number(values.runs ?? 200);
  const limit = Number(values.limit ?? 20);
  const workbench = await startWorkbench({ port: 0, recompute: 'external', open: { url } });
  const results = [];
  try {
    const [{ forms }] = (await workbench.context.db.acquire().then(async (conn) => {
      try {
        return (await conn.query<{ forms: number }>('SELECT count(*)::int AS forms FROM forms')).rows;
      } finally {
        conn.release();
      }
    }));
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
      const result = { prefix, hits, api: summary(api), psql: summary(psqlTimes(url, prefix, limit, runs)) };
      results.push(result);
      process.stdout.write(`${prefix.padEnd(6)} ${String(hits).padStart(3)} hits  API p50 ${result.api.p50} p95 ${result.api.p95} p99 ${result.api.p99} ms   psql p50 ${result.psql.p50} p95 ${result.psql.p95} p99 ${result.psql.p99} ms\n`);
    }
    // The machine's load says how much of the time is waiting for a core (2 cores shared by other jobs).
    const artifact = {
      benchmark: 'workbench-search',
      database: workbench.context.db.description,
      client: 'fetch in the same Node process as the server (HTTP over loopback, JSON parsed); psql: its own \\timing of the same SQL',
      forms,
      limit, measuredAt: new Date().toISOString(), loadAverage: loadavg().map((n) => Math.round(n * 10) / 10), results };
    const out = values.out ?? join(__dirname, '..', '..', '..', 'benchmarks', 'workbench-search.json');
    mkdirSync(dirname(out), { recursive: true });
    // Arrays of numbers (each run's ms) on one line each, not one line per number.
    const json = JSON.stringify(artifact, null, 2).replace(/\[\n\s+([\d.]+(?:,\n\s+[\d.]+)*)\n\s*\]/g, (_, body: string) => `[${body.split(/,\n\s+/).join(', ')}]`);
    writeFileSync(out, `${json}\n`);
    process.stdout.write(`${forms} forms; written ${out}\n`);
  } finally {
    await workbench.close();
  }
}

void main().catch((error) => {
  process.stderr.write(`search-latency: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
