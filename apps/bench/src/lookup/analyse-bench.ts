/**
 * `analyse` of one word on a large stored lexicon: p50/p95/p99 of persistence's `analyseForm` (one
 * call, client round trip included) for random existing surfaces, side by side with the same query's
 * server time (EXPLAIN ANALYZE's execution time) and psql's `\timing` for the same words. Needs a
 * PostgreSQL database (DATABASE_URL, or --url) with a lexicon imported and its forms recomputed, e.g.
 * fr_FR (about 3M forms):
 *
 *   createdb -h 127.0.0.1 -U postgres paradigm_analyse_bench
 *   export DATABASE_URL=postgres://postgres@127.0.0.1:5432/paradigm_analyse_bench
 *   pnpm exec paradigm import hunspell /usr/share/hunspell/fr_FR.aff /usr/share/hunspell/fr_FR.dic --replace
 *   pnpm exec tsx apps/worker/src/main.ts recompute --all
 *   psql "$DATABASE_URL" -c ANALYZE
 *   pnpm exec nx run bench:analyse            # or: pnpm exec tsx apps/bench/src/main.ts analyse [--samples N]
 *
 * Writes benchmarks/phase4/analyse.json. ANALYZE matters: right after the recompute the planner's
 * statistics still describe an empty forms table, and it picks a parallel plan whose worker start-up
 * costs 150-600 ms per lookup (measured on fr_FR, 3.2M forms); after ANALYZE the server executes the
 * lookup in about 0.06 ms (index forms_form_key_idx), and the rest is the round trip.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { analyseForm, analyseFormQuery, databaseUrlFromEnvironment, makeFolder, openDatabase, withConnection } from '@paradigm/persistence';
import { formatArtifactJson } from '../artifacts/artifact-json';
import type { AnalyseArtifact } from '../artifacts/analyse';
import { latencySummary } from '../artifacts/latency-summary';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { percentiles } from '../shared/statistics';
import { findWorkspaceRoot } from '../shared/workspace-root';

const GOAL_MS = 5;

/** `analyse [--samples N] [--warmup N] [--url URL] [--out FILE]`: see the top of this file. */
export async function analyseCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { url: { type: 'string' }, samples: { type: 'string', default: '2000' }, warmup: { type: 'string', default: '200' }, out: { type: 'string' } } });
  const url = values.url ?? databaseUrlFromEnvironment();
  if (!url) throw new Error('analyse-bench: no database; set DATABASE_URL (or --url) to a PostgreSQL database with a lexicon imported and recomputed (see the comment at the top of this file)');
  const samples = Number(values.samples);
  const warmup = Number(values.warmup);
  const root = findWorkspaceRoot();
  const db = await openDatabase({ url });
  try {
    const forms = Number((await withConnection(db, (c) => c.query<{ n: string }>('SELECT count(*) AS n FROM forms'))).rows[0]!.n);
    if (forms === 0) throw new Error(`analyse-bench: ${db.description} has no forms; import a lexicon and run the worker's recompute --all first`);
    // Random existing surfaces, drawn once (a whole-table read; not timed).
    const words = (await withConnection(db, (c) => c.query<{ form: string }>('SELECT form FROM forms ORDER BY random() LIMIT $1', [samples + warmup]))).rows.map((r) => r.form);
    for (const word of words.slice(0, warmup)) await analyseForm(db, word);
    const loadBefore = loadAverage();
    const timed = words.slice(warmup);
    const client: number[] = [];
    let readings = 0;
    for (const word of timed) {
      const start = performance.now();
      readings += (await analyseForm(db, word)).length;
      client.push(performance.now() - start);
    }
    const server: number[] = [];
    const plans = new Set<string>();
    for (const word of timed) {
      const query = analyseFormQuery(word);
      const { rows } = await withConnection(db, (c) => c.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.text}`, query.values));
      const raw = rows[0]!['QUERY PLAN'];
      const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ 'Execution Time': number; Plan: unknown }];
      server.push(plan[0]['Execution Time']);
      for (const m of JSON.stringify(plan[0].Plan).matchAll(/"Index Name":"([^"]+)"/g)) plans.add(m[1]!);
    }
    const psql = psqlTiming(url, timed.slice(0, 500));
    const result: AnalyseArtifact = {
      benchmark: 'analyse one word (persistence analyseForm, the query `paradigm analyse` runs)',
      goalMs: GOAL_MS,
      database: db.description,
      forms,
      words: timed.length,
      warmup,
      readingsPerWord: readings / timed.length,
      indexesUsed: [...plans].sort(),
      analyseFormMs: latencySummary(percentiles(client), client, 3),
      explainAnalyzeExecutionMs: latencySummary(percentiles(server), server, 3),
      psqlTimingMs: latencySummary(percentiles(psql), psql, 3),
      withinGoal: percentiles(client).p99 < GOAL_MS,
      loadAverage: { before: loadBefore, after: loadAverage() },
      machine: describeMachine(),
      revision: gitRevision(root),
      date: new Date().toISOString(),
    };
    const out = values.out ?? join(root, 'benchmarks/phase4/analyse.json');
    makeFolder(join(out, '..'));
    writeFileSync(out, formatArtifactJson(result));
    const f = (p: { p50: number; p95: number; p99: number }) => `p50 ${p.p50.toFixed(3)} ms, p95 ${p.p95.toFixed(3)} ms, p99 ${p.p99.toFixed(3)} ms`;
    process.stdout.write(
      `analyse on ${forms} forms, ${timed.length} random words:\n  analyseForm (client)     ${f(result.analyseFormMs)}\n  EXPLAIN ANALYZE (server) ${f(result.explainAnalyzeExecutionMs)}\n  psql \\timing             ${f(result.psqlTimingMs)}\nwrote ${out}\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

/** psql's `\timing` of the same query for each word, in one psql session (results discarded). */
function psqlTiming(url: string, words: readonly string[]): number[] {
  const literal = (word: string) => `'${word.replace(/'/g, "''")}'`;
  const inline = (word: string) => {
    const query = analyseFormQuery(word);
    return query.text.replace(/\$(\d+)/g, (_, n: string) => literal(String(query.values[Number(n) - 1])));
  };
  const script = ['\\timing on', '\\o /dev/null', ...words.map((word) => `${inline(word)};`)].join('\n');
  const output = execFileSync('psql', ['-X', '-q', '-d', url, '-v', 'ON_ERROR_STOP=1'], { input: script, encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...output.matchAll(/^Time: ([0-9.]+) ms/gm)].map((m) => Number(m[1]));
}
