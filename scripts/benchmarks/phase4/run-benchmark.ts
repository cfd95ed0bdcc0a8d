/**
 * Phase 4 micro-benchmark (in process, no database): `pnpm exec tsx scripts/benchmarks/phase4/run-benchmark.ts`
 * writes benchmarks/phase4/baseline.json. Flags: --time MS per task, --lexemes N synthetic lexemes,
 * --per-task N lexemes per generate task, --out FILE. Same as `nx run bench:bench`.
 */
import { main } from '../../../apps/bench/src/main';

main(['micro', ...process.argv.slice(2)]).then(
  (code) => { process.exitCode = code; },
  (error: Error) => { console.error(error.message); process.exitCode = 1; },
);
