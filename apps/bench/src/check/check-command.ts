import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMicroBaseline, type MicroBaseline } from '../artifacts/micro-baseline';
import { parseArgs, rejectUnknownFlags, intFlag, stringFlag } from '../cli/args';
import { findWorkspaceRoot } from '../machine/workspace-root';
import { ARTIFACTS } from '../report/load-report-inputs';
import { median } from '../stats/quantiles';
import { DEFAULT_COMPARE, compareRuns, formatComparison } from './compare-runs';

const FLAGS = ['baseline', 'current', 'runs', 'threshold', 'max-noise', 'latest', 'time'];

function ratioFlag(raw: string | true | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !(n >= 0 && n < 1)) throw new Error(`--${name} needs a fraction in [0, 1), e.g. 0.25; got ${String(raw)}`);
  return n;
}

/** One artifact holding each task's median over the reruns: what the report draws as "latest". */
function medianArtifact(runs: readonly MicroBaseline[]): MicroBaseline {
  const last = runs[runs.length - 1];
  return {
    ...last,
    command: `${last.command} (median of ${runs.length} runs by bench:check)`,
    tasks: last.tasks.map((t) => ({ ...t, opsPerSec: median(runs.map((r) => r.tasks.find((x) => x.name === t.name)?.opsPerSec ?? t.opsPerSec)) })),
  };
}

/**
 * `bench check`: reruns the micro-benchmark `--runs` times (default 3) and compares each task's median
 * ops/s with the committed baseline (see {@link compareRuns} for the noise-aware rule). Exit code 1 names
 * every slower task. `--current A.json,B.json` compares given artifacts instead of measuring (that is how
 * the test drives it).
 */
export async function checkCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, FLAGS, 'bench check');
  const root = findWorkspaceRoot();
  const baselineFile = stringFlag(args, 'baseline', join(root, ARTIFACTS.micro));
  const baseline = parseMicroBaseline(readFileSync(baselineFile, 'utf8'), baselineFile);
  const options = {
    threshold: ratioFlag(args.flags.get('threshold'), 'threshold', DEFAULT_COMPARE.threshold),
    maxNoise: ratioFlag(args.flags.get('max-noise'), 'max-noise', DEFAULT_COMPARE.maxNoise),
  };
  let runs: MicroBaseline[];
  const current = args.flags.get('current');
  if (current !== undefined) {
    if (current === true) throw new Error('--current needs a comma-separated list of micro-benchmark artifacts');
    runs = current.split(',').map((f) => parseMicroBaseline(readFileSync(f, 'utf8'), f));
  } else {
    const { runMicroBenchmark } = await import('../micro/run-micro');
    const count = intFlag(args, 'runs', 3);
    runs = [];
    for (let i = 0; i < count; i++) {
      console.log(`check: run ${i + 1}/${count}`);
      runs.push(await runMicroBenchmark({ root, timeMs: intFlag(args, 'time', 300), command: 'nx run bench:check' }));
    }
    const latest = stringFlag(args, 'latest', join(root, ARTIFACTS.microLatest));
    writeFileSync(latest, `${JSON.stringify(medianArtifact(runs), null, 2)}\n`);
    console.log(`wrote ${latest}`);
  }
  const comparison = compareRuns(baseline, runs, options);
  for (const line of formatComparison(comparison)) console.log(line);
  return comparison.slower.length === 0 ? 0 : 1;
}
