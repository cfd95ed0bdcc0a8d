// Runs a command (the worker, say) on the benchmark database that `bench:seed` fills, never the user's:
//   tsx apps/bench/src/seed/on-bench-database.ts node apps/worker/dist/main.js recompute --all
import { spawnSync } from 'node:child_process';
import { benchEnvironment, benchTarget, describeBenchTarget } from './bench-database';

const [command, ...args] = process.argv.slice(2);
if (!command || command === '--help') {
  console.error('Usage: on-bench-database.ts COMMAND [ARGS...]\nRuns COMMAND with DATABASE_URL / PARADIGM_DATA_DIR set to the benchmark database (paradigm_bench next to DATABASE_URL, else .data/bench-pglite).');
  process.exitCode = command ? 0 : 2;
} else {
  const target = benchTarget();
  console.error(`bench: ${command} ${args.join(' ')} on ${describeBenchTarget(target)}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...benchEnvironment(target) } });
  process.exitCode = result.status ?? 1;
}
