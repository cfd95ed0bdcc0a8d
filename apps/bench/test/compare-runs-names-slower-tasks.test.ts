import { compareRuns, formatComparison } from '../src/check/compare-runs';
import { microArtifact } from './fixtures/artifacts';

describe('compareRuns', () => {
  const baseline = microArtifact({ steady: 1000, slower: 1000, much_slower: 1000, noisy: 1000, gone: 50 });
  const runs = [
    microArtifact({ steady: 1000, slower: 700, much_slower: 500, noisy: 650, fresh: 10 }),
    microArtifact({ steady: 980, slower: 720, much_slower: 520, noisy: 800 }),
    microArtifact({ steady: 1020, slower: 690, much_slower: 510, noisy: 700 }),
  ];

  it('fails a task whose median is below baseline x (1 - 25% - measured spread), tolerates spread, reports missing and new tasks', () => {
    const c = compareRuns(baseline, runs);
    const round = (x: number) => Math.round(x * 10000) / 10000;
    expect(c.verdicts.map((v) => ({ ...v, ...('ratio' in v ? { ratio: round(v.ratio), noise: round(v.noise) } : {}), ...('limit' in v ? { limit: round(v.limit) } : {}) }))).toEqual([
      { kind: 'ok', name: 'steady', baseline: 1000, current: 1000, ratio: 1, noise: 0.04 },
      { kind: 'slower', name: 'slower', baseline: 1000, current: 700, ratio: 0.7, noise: 0.0429, limit: 0.7071 },
      { kind: 'slower', name: 'much_slower', baseline: 1000, current: 510, ratio: 0.51, noise: 0.0392, limit: 0.7108 },
      // 30% slower, but its reruns spread by 21%: within 25% + 21%, so not a failure.
      { kind: 'ok', name: 'noisy', baseline: 1000, current: 700, ratio: 0.7, noise: 0.2143 },
      { kind: 'missing', name: 'gone', baseline: 50 },
      { kind: 'new', name: 'fresh', current: 10 },
    ]);
    expect(c.slower).toEqual(['slower', 'much_slower']);
    expect(formatComparison(c).at(-1)).toBe('check FAILED: 2 task(s) slower than the baseline by more than 25.0% beyond noise: slower, much_slower');
  });

  it('caps the tolerated spread at maxNoise, so wild reruns cannot hide a regression', () => {
    const c = compareRuns(microArtifact({ t: 1000 }), [microArtifact({ t: 100 }), microArtifact({ t: 400 }), microArtifact({ t: 450 })]);
    expect(c.verdicts).toEqual([{ kind: 'slower', name: 't', baseline: 1000, current: 400, ratio: 0.4, noise: 0.25, limit: 0.5 }]);
  });
});
