import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { microArtifact } from './fixtures/artifacts';

const root = join(__dirname, '..', '..', '..');

/** Runs `bench check` as people do (through tsx, from the workspace root) on given artifacts: no timing. */
function check(baseline: object, current: object) {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  writeFileSync(join(dir, 'baseline.json'), JSON.stringify(baseline));
  writeFileSync(join(dir, 'current.json'), JSON.stringify(current));
  return spawnSync(join(root, 'node_modules/.bin/tsx'), ['apps/bench/src/main.ts', 'check', '--baseline', join(dir, 'baseline.json'), '--current', join(dir, 'current.json')], { cwd: root, encoding: 'utf8' });
}

describe('bench check', () => {
  const measured = { 'compile/affix': 2000, 'generate/template': 300 };

  it('exits 1 and names every task against a baseline 100x faster', () => {
    const r = check(microArtifact({ 'compile/affix': 200000, 'generate/template': 30000 }), microArtifact(measured));
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('check FAILED: the tasks together are x100.000 the baseline, more than the 10.0% allowed; beyond x2.000 alone: compile/affix, generate/template');
  });

  it('exits 0 against a baseline equal to the measurement', () => {
    const r = check(microArtifact(measured), microArtifact(measured));
    expect(r.status).toBe(0);
  });

  it('exits 2, saying why, against a baseline measured with other settings', () => {
    const baseline = microArtifact(measured);
    const r = check({ ...baseline, settings: { ...baseline.settings, rounds: 3 } }, microArtifact(measured));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/check refused: .*baseline\.json: cannot compare runs of different settings \(rounds: baseline 3, current 15\)/);
  });
});
