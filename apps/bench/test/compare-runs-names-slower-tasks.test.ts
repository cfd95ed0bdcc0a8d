import { compareRuns, formatComparison } from '../src/check/compare-runs';
import { calibratedRun } from './fixtures/artifacts';

describe('compareRuns', () => {
  const baseline = calibratedRun({ steady: 10, noisy: 4, tripled: 2, gone: 5 });

  it('names a task whose calibration ratio more than doubled, and reports missing and new tasks', () => {
    const c = compareRuns(baseline, calibratedRun({ steady: 10.2, noisy: 7, tripled: 6, fresh: 3 }));
    const round = (x: number) => Math.round(x * 10000) / 10000;
    expect(c.verdicts.map((v) => ('slowdown' in v ? { ...v, slowdown: round(v.slowdown), current: round(v.current) } : v))).toEqual([
      { kind: 'ok', name: 'steady', baseline: 10, current: 10.2, slowdown: 1.02 },
      // 75 % slower alone: within what one task's ratio can move between runs on a loaded machine (x2).
      { kind: 'ok', name: 'noisy', baseline: 4, current: 7, slowdown: 1.75 },
      { kind: 'slower', name: 'tripled', baseline: 2, current: 6, slowdown: 3 },
      { kind: 'missing', name: 'gone', baseline: 5 },
      { kind: 'new', name: 'fresh', current: 3 },
    ]);
    expect(c.slower).toEqual(['tripled']);
    expect(c.failed).toBe(true);
    expect(formatComparison(c).slice(-2)).toEqual([
      'all tasks x1.750 (geometric mean; allowed x1.100)',
      'check FAILED: the tasks together are x1.750 the baseline, more than the 10.0% allowed; beyond x2.000 alone: tripled',
    ]);
  });

  it('fails when the tasks together are slower by more than 10 %, though none alone beyond x2', () => {
    const c = compareRuns(baseline, calibratedRun({ steady: 13, noisy: 5.2, tripled: 2.6, gone: 6.5 }));
    expect(c.slower).toEqual([]);
    expect(c.suiteSlowdown).toBeCloseTo(1.3, 9);
    expect(c.failed).toBe(true);
    expect(formatComparison(c).at(-1)).toBe('check FAILED: the tasks together are x1.300 the baseline, more than the 10.0% allowed');
  });

  it('passes tasks that moved both ways within the limits', () => {
    const c = compareRuns(baseline, calibratedRun({ steady: 11.5, noisy: 3.6, tripled: 2.1, gone: 4.8 }));
    expect(c.failed).toBe(false);
    expect(formatComparison(c).at(-1)).toBe('check passed: the tasks together within 10.0% of the baseline');
  });

  it('passes, naming it, one task beyond x2 alone while the tasks together are within 10 %', () => {
    const c = compareRuns(calibratedRun({ a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1, h: 1, i: 1, j: 1, k: 1, l: 1 }), calibratedRun({ a: 2.6, b: 0.95, c: 0.9, d: 0.9, e: 0.95, f: 0.9, g: 0.9, h: 0.95, i: 0.9, j: 0.9, k: 0.95, l: 0.9 }));
    expect(c.slower).toEqual(['a']);
    expect(c.failed).toBe(false);
    expect(formatComparison(c).at(-1)).toBe('check passed: the tasks together within 10.0% of the baseline; beyond x2.000 alone (one task moves that far by noise: rerun to confirm): a');
  });
});
