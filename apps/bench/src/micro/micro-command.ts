import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatArtifactJson } from '../artifacts/artifact-json';
import { intFlag, parseArgs, rejectUnknownFlags, stringFlag, type ParsedArgs } from '../cli/args';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { ARTIFACTS } from '../artifacts/artifact-paths';
import { DEFAULT_BLOCK_MS, DEFAULT_ROUNDS, runMicroBenchmark } from './run-micro';

const FLAGS = ['rounds', 'block-ms', 'lexemes', 'per-task', 'synthetic-only', 'work-factor', 'out'];

/** `--work-factor X` (default 1): every operation does X times its work, to test the check (X >= 1). */
export function workFactorFlag(args: ParsedArgs): number {
  const raw = args.flags.get('work-factor');
  if (raw === undefined) return 1;
  const n = Number(raw);
  if (raw === true || !(n >= 1)) throw new Error(`--work-factor needs a number >= 1, e.g. 1.3; got ${String(raw)}`);
  return n;
}

/**
 * `bench micro [--rounds N] [--block-ms MS] [--lexemes N] [--per-task N] [--synthetic-only] [--out FILE]`:
 * writes benchmarks/phase4/baseline.json. `--work-factor X` makes every operation do X times its work
 * (an injected slowdown, recorded in the artifact; never for a baseline).
 */
export async function microCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, FLAGS, 'bench micro');
  const root = findWorkspaceRoot();
  const out = stringFlag(args, 'out', join(root, ARTIFACTS.micro));
  const result = await runMicroBenchmark({
    root, command: `bench micro ${argv.join(' ')}`.trim(),
    rounds: intFlag(args, 'rounds', DEFAULT_ROUNDS), blockMs: intFlag(args, 'block-ms', DEFAULT_BLOCK_MS),
    syntheticLexemes: intFlag(args, 'lexemes', 1000), lexemesPerTask: intFlag(args, 'per-task', 200),
    syntheticOnly: args.flags.get('synthetic-only') === true, workFactor: workFactorFlag(args),
    onTask: (t) => console.log(`${t.name.padEnd(44)} ratio ${t.ratio!.toPrecision(4).padStart(8)} (spread ${((t.ratioSpread ?? 0) * 100).toFixed(1).padStart(4)}%) ${t.opsPerSec.toFixed(1).padStart(10)} ops/s ${t.formsPerSec ? `${Math.round(t.formsPerSec).toString().padStart(10)} forms/s` : ''.padStart(18)}  p99 ${t.p99Ms.toFixed(3)} ms`),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, formatArtifactJson(result));
  console.log(`wrote ${out} (load average ${result.loadAverage?.before.join(' ')} before, ${result.loadAverage?.after.join(' ')} after)`);
  return 0;
}
