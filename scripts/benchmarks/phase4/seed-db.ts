/**
 * The Phase 4 runbook's seeding command: generates the synthetic dataset (if missing) and loads it
 * into the benchmark database (paradigm_bench next to DATABASE_URL, else .data/bench-pglite; never the
 * user's lexicon). Same flags as `nx run bench:seed`; the bench app's `seed`.
 */
import { main } from '../../../apps/bench/src/main';

main(['seed', ...process.argv.slice(2)]).then(
  (code) => { process.exitCode = code; },
  (error: Error) => { console.error(error.message); process.exitCode = 1; },
);
