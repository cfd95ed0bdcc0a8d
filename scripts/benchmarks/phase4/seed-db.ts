// The Phase 4 runbook's seeding command: generates the synthetic dataset (if missing) and loads it
// into DATABASE_URL or, without it, the embedded PGlite database. Same flags as `nx run bench:seed`.
import { runSeedCliMain } from '@paradigm/persistence';

runSeedCliMain('seed', 'pnpm exec tsx scripts/benchmarks/phase4/seed-db.ts');
