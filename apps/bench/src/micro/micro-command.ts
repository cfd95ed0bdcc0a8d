import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { intFlag, parseArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { findWorkspaceRoot } from '../machine/workspace-root';
import { ARTIFACTS } from '../report/load-report-inputs';
import { runMicroBenchmark } from './run-micro';

/** `bench micro [--time MS] [--lexemes N] [--per-task N] [--out FILE]`: writes benchmarks/phase4/baseline.json. */
export async function microCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, ['time', 'lexemes', 'per-task', 'out'], 'bench micro');
  const root = findWorkspaceRoot();
  const out = stringFlag(args, 'out', join(root, ARTIFACTS.micro));
  const result = await runMicroBenchmark({
    root, timeMs: intFlag(args, 'time', 500), command: `bench micro ${argv.join(' ')}`.trim(),
    syntheticLexemes: intFlag(args, 'lexemes', 1000), lexemesPerTask: intFlag(args, 'per-task', 200),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  for (const t of result.tasks) {
    console.log(`${t.name.padEnd(44)} ${t.opsPerSec.toFixed(1).padStart(12)} ops/s ${t.formsPerSec ? `${Math.round(t.formsPerSec).toString().padStart(10)} forms/s` : ''.padStart(18)}  p99 ${t.p99Ms.toFixed(3)} ms  (${t.samples} samples, ±${t.rmePercent.toFixed(1)}%)`);
  }
  console.log(`wrote ${out}`);
  return 0;
}
