/**
 * `profile-worker [--use-copy | --method M] [N] [--batch-size N] [--no-build] [--no-seed] [--no-flamegraph]`:
 * builds the worker, seeds the database, runs the built worker's recompute of N lexemes (default 1000)
 * under `node --prof`, writes `benchmarks/phase4/isolate-*-v8.log` (raw, gitignored) and
 * `isolate-*-v8.log.processed.txt`, summarises it (printed and `profile-summary.json`) with the WASM decision
 * gate, and makes `flamegraph.html` (gitignored) with 0x. It writes no other file and deletes none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnvironment, benchTarget, describeBenchTarget } from '../seed/bench-database';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { parseProcessedProfile } from './processed-profile/processed-profile';
import { flamegraph } from './run/flamegraph';
import { runWithProf } from './run/run-with-prof';
import { formatSummary, summariseProfile } from './summary/summarise-profile';

/** The profile's files in benchmarks/phase4: the raw V8 log is gitignored, the processed text is kept. */

const USAGE = 'usage: profile-worker.sh [--use-copy | --method copy|unnest|insert] [N lexemes, default 1000] [--batch-size N] [--no-build] [--no-seed] [--no-flamegraph]';

interface Options { method: string; limit: number; batchSize?: string; build: boolean; seed: boolean; flame: boolean }

function parse(argv: readonly string[]): Options {
  const o: Options = { method: 'copy', limit: 1000, build: true, seed: true, flame: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--use-copy') o.method = 'copy';
    else if (a === '--method') o.method = argv[++i] ?? '';
    else if (a === '--batch-size') o.batchSize = argv[++i];
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-seed') o.seed = false;
    else if (a === '--no-flamegraph') o.flame = false;
    else if (/^\d+$/.test(a)) o.limit = Number(a);
    else throw new Error(`unknown argument "${a}"\n${USAGE}`);
  }
  if (!['copy', 'unnest', 'insert'].includes(o.method)) throw new Error(`--method must be copy, unnest or insert, got "${o.method}"\n${USAGE}`);
  return o;
}

function step(root: string, label: string, cmd: string, args: string[]): void {
  console.log(`profile: ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}): ${cmd} ${args.join(' ')}`);
}

/** `summarise FILE.processed.txt`: the summary and gate of an existing processed profile. */
function summariseFile(file: string | undefined): number {
  if (!file || !existsSync(file)) throw new Error(`summarise needs an existing --prof-process output file, got ${file ?? 'nothing'}`);
  for (const line of formatSummary(summariseProfile(parseProcessedProfile(readFileSync(file, 'utf8'), file)))) console.log(line);
  return 0;
}

/** `profile [...]` and `profile summarise FILE`: see the top of this file. */
export async function profileCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { console.log(`${USAGE}\n       profile-worker.sh summarise FILE.processed.txt`); return 0; }
  if (argv[0] === 'summarise') return summariseFile(argv[1]);
  const o = parse(argv);
  const root = findWorkspaceRoot();
  const out = join(root, 'benchmarks/phase4');
  mkdirSync(out, { recursive: true });
  // Seed and worker both work on the benchmark database, never the user's (see `benchTarget`).
  const target = benchTarget();
  Object.assign(process.env, benchEnvironment(target));
  const nx = join(root, 'node_modules/.bin/nx');
  if (o.build) step(root, 'build', nx, ['run', 'worker:build', '--output-style=static']);
  if (o.seed) step(root, 'seed', nx, ['run', 'bench:seed', '--output-style=static']);
  const workerMain = join('apps', 'worker', 'dist', 'main.js');
  if (!existsSync(join(root, workerMain))) throw new Error(`${workerMain} not found: build it with \`nx run worker:build\``);
  const args = [workerMain, 'recompute', '--limit', String(o.limit), '--method', o.method, '--progress', 'none', ...(o.batchSize ? ['--batch-size', o.batchSize] : [])];
  console.log(`profile: node --prof ${args.join(' ')}`);
  const files = runWithProf(args, root, out);
  if (files.exitCode !== 0) throw new Error(`the worker exited ${files.exitCode} under --prof; its output is above`);
  const summary = summariseProfile(parseProcessedProfile(readFileSync(files.processed, 'utf8'), files.processed));
  const record = { date: new Date().toISOString(), command: `node --prof ${args.join(' ')}`, database: describeBenchTarget(target), log: files.log.slice(root.length + 1), processed: files.processed.slice(root.length + 1), ...summary };
  writeFileSync(join(out, 'profile-summary.json'), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`wrote ${record.log}\nwrote ${record.processed}\nwrote benchmarks/phase4/profile-summary.json`);
  for (const line of formatSummary(summary)) console.log(line);
  if (o.flame) {
    const problem = flamegraph(args, root, join(out, 'flamegraph.html'), join(root, 'apps/bench'));
    console.log(problem ? `flamegraph: skipped: ${problem}` : 'wrote benchmarks/phase4/flamegraph.html (0x, self-contained)');
  }
  return 0;
}
