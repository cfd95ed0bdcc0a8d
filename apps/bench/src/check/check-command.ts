import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatArtifactJson } from '../artifacts/artifact-json';
import { parseMicroBaseline, type MicroBaseline } from '../artifacts/micro-baseline';
import { parseArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { workFactorFlag } from '../micro/micro-command';
import { ARTIFACTS } from '../artifacts/artifact-paths';
import { DEFAULT_COMPARE, IncomparableRunsError, calibratedSettings, compareRuns, formatComparison } from './compare-runs';

const FLAGS = ['baseline', 'current', 'threshold', 'task-threshold', 'latest', 'work-factor'];

function fractionFlag(raw: string | true | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !(n > 0 && n <= 2)) throw new Error(`--${name} needs a fraction in (0, 2], e.g. 0.1 for 10 %; got ${String(raw)}`);
  return n;
}

/** Measures once with the baseline's own settings, so the two are comparable by construction. */
async function measureLikeBaseline(baseline: MicroBaseline, root: string, workFactor: number): Promise<MicroBaseline> {
  const settings = calibratedSettings(baseline, 'the baseline');
  const { runMicroBenchmark } = await import('../micro/run-micro');
  return runMicroBenchmark({
    root, command: 'nx run bench:check', rounds: settings.rounds, blockMs: settings.blockMs,
    syntheticLexemes: settings.syntheticLexemes, lexemesPerTask: settings.lexemesPerTask,
    syntheticOnly: settings.datasets.every((d) => d.startsWith('synthetic:')), workFactor,
    onTask: (t) => console.log(`check: ${t.name}: ratio ${t.ratio!.toPrecision(4)} (spread ${((t.ratioSpread ?? 0) * 100).toFixed(1)}%)`),
  });
}

/**
 * `bench check`: measures the micro-benchmark once, with the committed baseline's settings, each task
 * as a ratio to the calibration task interleaved with it, and compares the ratios with the baseline's
 * (see {@link compareRuns}). Writes the run to `--latest` (default micro-latest.json).
 * `--current FILE` compares a given artifact instead of measuring.
 *
 * Exit code: 0 when the tasks are not slower, 1 when they are (together, or one alone, named), 2 when
 * the runs cannot be compared
 * (different settings, or a baseline without ratios), naming what differs.
 */
export async function checkCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, FLAGS, 'bench check');
  const root = findWorkspaceRoot();
  const baselineFile = stringFlag(args, 'baseline', join(root, ARTIFACTS.micro));
  const baseline = parseMicroBaseline(readFileSync(baselineFile, 'utf8'), baselineFile);
  const options = {
    threshold: fractionFlag(args.flags.get('threshold'), 'threshold', DEFAULT_COMPARE.threshold),
    taskThreshold: fractionFlag(args.flags.get('task-threshold'), 'task-threshold', DEFAULT_COMPARE.taskThreshold),
  };
  try {
    let current: MicroBaseline;
    const given = args.flags.get('current');
    if (given !== undefined) {
      if (given === true) throw new Error('--current needs a micro-benchmark artifact');
      current = parseMicroBaseline(readFileSync(given, 'utf8'), given);
    } else {
      const workFactor = workFactorFlag(args);
      if (workFactor !== 1) console.log(`check: every operation does ${workFactor}x its work (--work-factor): an injected slowdown`);
      current = await measureLikeBaseline(baseline, root, workFactor);
      const latest = stringFlag(args, 'latest', join(root, ARTIFACTS.microLatest));
      writeFileSync(latest, formatArtifactJson(current));
      console.log(`wrote ${latest} (load average ${current.loadAverage?.before.join(' ')} before, ${current.loadAverage?.after.join(' ')} after)`);
    }
    const comparison = compareRuns(baseline, current, options);
    for (const line of formatComparison(comparison)) console.log(line);
    return comparison.failed ? 1 : 0;
  } catch (error) {
    if (!(error instanceof IncomparableRunsError)) throw error;
    console.error(`check refused: ${baselineFile}: ${error.message}`);
    return 2;
  }
}
