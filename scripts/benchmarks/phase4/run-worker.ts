/**
 * Phase 4 DB-backed worker run (the runbook's command):
 *   pnpm exec tsx scripts/benchmarks/phase4/run-worker.ts --use-copy
 * Full recompute of the first 1000 lexemes (or --limit N, --all) on the benchmark database (paradigm_bench
 * next to DATABASE_URL, else .data/bench-pglite; never the user's lexicon), written to
 * benchmarks/phase4/worker-regeneration-baseline.json. Same as `nx run bench:worker`; the bench app's `run-worker`.
 */
import { main } from '../../../apps/bench/src/main';

main(['run-worker', ...process.argv.slice(2)]).then(
  (code) => { process.exitCode = code; },
  (error: Error) => { console.error(`run-worker: ${error.message}`); process.exitCode = 1; },
);
