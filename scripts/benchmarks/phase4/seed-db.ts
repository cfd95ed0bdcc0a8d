// The Phase 4 runbook's seeding command: generates the synthetic dataset (if missing) and loads it
// into the benchmark database (paradigm_bench next to DATABASE_URL, else .data/bench-pglite; never the
// user's lexicon). Same flags as `nx run bench:seed`.
import { runSeedCliMain } from '@paradigm/persistence';

runSeedCliMain('seed', 'pnpm exec tsx scripts/benchmarks/phase4/seed-db.ts');
