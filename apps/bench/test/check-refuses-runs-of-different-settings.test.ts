import { IncomparableRunsError, compareRuns } from '../src/check/compare-runs';
import { calibratedRun, microArtifact } from './fixtures/artifacts';

function refusal(run: () => unknown): { message: string; differences: readonly string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof IncomparableRunsError) return { message: error.message, differences: error.differences };
    throw error;
  }
  throw new Error('expected the comparison to be refused');
}

describe('the check refuses to compare runs measured differently', () => {
  const baseline = calibratedRun({ t: 10 });

  it('names every setting that differs: rounds, dataset and Node version', () => {
    const r = refusal(() => compareRuns(baseline, calibratedRun({ t: 10 }, { rounds: 5, datasets: ['synthetic: test', 'hunspell-en_US: x'], node: 'v22.1.0' })));
    expect(r.differences).toEqual([
      'rounds: baseline 15, current 5',
      'datasets: baseline ["synthetic: test"], current ["synthetic: test","hunspell-en_US: x"]',
      'node: baseline "v20.20.2", current "v22.1.0"',
    ]);
    expect(r.message).toMatch(/^cannot compare runs of different settings \(rounds: baseline 15, current 5; .*\); measure both with the same settings, or make a new baseline on this setup with `nx run bench:bench`$/);
  });

  it('refuses a baseline without calibration ratios (an artifact of version 1)', () => {
    const old = { ...microArtifact({ t: 100 }), version: 1 as const, settings: undefined, tasks: [{ ...microArtifact({ t: 100 }).tasks[0], ratio: undefined }] };
    expect(refusal(() => compareRuns(old, baseline)).message).toBe('the baseline has no calibration ratios (micro-benchmark artifact version 1): the check compares calibrated runs only; regenerate it with `nx run bench:bench`');
  });

  it('compares runs whose machine and load differ (the ratio cancels them)', () => {
    const elsewhere = { ...calibratedRun({ t: 10.5 }), machine: { cpuModel: 'Other CPU', cores: 64, node: 'v20.20.2', platform: 'linux-x64', totalMemoryMB: 1 }, loadAverage: { before: [9, 9, 9], after: [9, 9, 9] } };
    expect(compareRuns(baseline, elsewhere).failed).toBe(false);
  });
});
