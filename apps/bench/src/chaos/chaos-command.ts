/**
 * The crash and concurrency soak (`nx run bench:chaos -- --rounds N --seed S`): random rounds of
 * `paradigm` processes (`run --follow`, `serve`, `run`, `recompute --all [--shared]`, imports and loads with
 * `--replace`) started, SIGKILLed and SIGTERMed at random moments beside random plain-SQL and workbench edits, each
 * round on a PostgreSQL database of its own; then the queues are drained and `forms` must be exactly
 * what the lexicon generates (docs/guarantees.md). Round r runs seed S + r: its steps come from that
 * seed alone, so `--rounds 1 --seed <its seed>` plays a failing round again (the timing of the
 * processes still varies from run to run). Exits 1 if any round breaks the rule or has a process end
 * unexpectedly (see `judgeEnd`), keeping its database.
 */
import { describeUrl, openDatabase } from '@paradigm/persistence';
import { intFlag, parseArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { loadAverage } from '../shared/provenance';
import { queryRows } from '../shared/query-rows';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { chaosDictionaries } from './chaos-dictionaries';
import { planRound, PROCESS_KINDS, zeroPerKind } from './chaos-plan';
import { describeCounts, runRound } from './chaos-round';
import { breaksTheRule } from './forms-difference';
import { paradigmCommand } from './paradigm-process';
import { pgliteChaosCommand } from './pglite-chaos-command';

const FLAGS = ['rounds', 'seed', 'seconds', 'lexemes', 'slots', 'url', 'source', 'verbose', 'pglite'];
/** Rows of a difference printed per side. */
const SHOWN = 8;


export async function chaosCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.has('pglite')) return pgliteChaosCommand(args);
  rejectUnknownFlags(args, FLAGS, 'chaos');
  const rounds = intFlag(args, 'rounds', 10);
  const firstSeed = intFlag(args, 'seed', 1);
  const durationMs = intFlag(args, 'seconds', 8) * 1000;
  const lexemes = intFlag(args, 'lexemes', 300);
  const slots = intFlag(args, 'slots', 3);
  const adminUrl = stringFlag(args, 'url', process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const root = findWorkspaceRoot();
  const command = paradigmCommand(root, args.flags.has('source'));

  const failing: number[] = [];
  const totals = { started: 0, SIGKILL: 0, SIGTERM: 0, edits: 0, unexpected: 0, rebuiltRuns: 0 };
  const completed = zeroPerKind();
  const dictionaries = chaosDictionaries();
  for (let round = 0; round < rounds; round++) {
    const seed = firstSeed + round;
    const plan = planRound(seed, { slots, durationMs, lexemes, workbench: true, dictionaries });
    const name = `paradigm_chaos_${seed}`;
    const url = await createDatabase(adminUrl, name);
    log(`round ${round + 1}/${rounds} seed ${seed} on ${describeUrl(url)} (load ${loadAverage()[0]}): ${plan.steps.length} steps`);
    const result = await runRound(plan, { url, command, root, log, verbose: args.flags.has('verbose') });
    const { difference } = result;
    totals.started += result.started;
    totals.SIGKILL += result.signalled.SIGKILL;
    totals.SIGTERM += result.signalled.SIGTERM;
    totals.edits += result.edits.applied;
    totals.unexpected += result.unexpectedExits.length;
    totals.rebuiltRuns += result.rebuiltRuns;
    for (const kind of PROCESS_KINDS) completed[kind] += result.completed[kind];
    log(`  exited 0: ${describeCounts(result.completed)}; runs that rebuilt the queue: ${result.rebuiltRuns}`);
    for (const exit of result.unexpectedExits) log(`  unexpected end: ${exit}`);
    if (breaksTheRule(difference) || result.unexpectedExits.length > 0) {
      failing.push(seed);
      log(`  FAIL seed ${seed}: ${result.unexpectedExits.length} unexpected process ends; ${difference.extra.length} rows in forms the lexicon does not generate, ${difference.missing.length} missing; queued ${difference.queued.lexemes} lexemes, ${difference.queued.patterns} patterns; database ${name} kept`);
      for (const row of difference.extra.slice(0, SHOWN)) log(`    extra   ${row}`);
      for (const row of difference.missing.slice(0, SHOWN)) log(`    missing ${row}`);
    } else {
      log(`  ok seed ${seed}: ${difference.rows} forms exact (${difference.failed} failed lexemes keep their old forms)`);
      await dropDatabase(adminUrl, name);
    }
  }
  log(`${rounds} rounds from seed ${firstSeed}: ${totals.started} processes started, ${totals.SIGKILL} SIGKILL, ${totals.SIGTERM} SIGTERM, ${totals.edits} edits; ` +
    `exited 0: ${describeCounts(completed)}; ${totals.rebuiltRuns} runs rebuilt the queue; ${totals.unexpected} unexpected process ends; ${failing.length ? `failed seeds ${failing.join(', ')}` : 'forms exact and every end expected in every round'}`);
  return failing.length > 0 ? 1 : 0;
}

/** Drops `name` next to `adminUrl` if it exists and creates it empty; resolves to its URL. */
async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await adminStatements(adminUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`]);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return adminStatements(adminUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
}

async function adminStatements(adminUrl: string, statements: readonly string[]): Promise<void> {
  const admin = await openDatabase({ url: adminUrl, migrate: false, maxConnections: 1 });
  try {
    for (const statement of statements) await queryRows(admin, statement);
  } finally {
    await admin.close();
  }
}

function log(line: string): void {
  console.log(line);
}
