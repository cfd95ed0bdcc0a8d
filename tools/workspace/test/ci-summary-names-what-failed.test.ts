import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..', '..');
const jestBin = join(workspaceRoot, 'node_modules', '.bin', 'jest');
const summary = join(workspaceRoot, 'tools', 'workspace', 'test-summary.mjs');

describe("CI's closing summary", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ci-summary-'));
    mkdirSync(join(dir, 'suite'));
    mkdirSync(join(dir, '.test-results'));
    writeFileSync(join(dir, 'suite', 'sample.test.js'), "describe('sample', () => {\n  it('passes', () => expect(1).toBe(1));\n  it('adds', () => expect(1 + 1).toBe(3));\n});\n");
    writeFileSync(join(dir, 'suite', 'broken.test.js'), "throw new Error('cannot load');\n");
    // A real Jest report, written the way every project's test target writes its own.
    const run = spawnSync(jestBin, ['--config', '{}', '--rootDir', join(dir, 'suite'), '--ci', '--json', '--outputFile', join(dir, '.test-results', 'alpha.json')], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(run.stderr.replace(/\u001b\[[0-9;]*m/g, '')).toContain('Tests:       1 failed, 1 passed, 2 total');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each failed test and each suite that did not load above the closing line, and a project without a report', () => {
    const run = spawnSync(process.execPath, [summary, '--projects', 'alpha,gamma'], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout.split('\n')).toEqual([
      '  alpha (passed/failed/skipped): 1/1/0, 1 suites failed to run',
      '  gamma: no report in .test-results/gamma.json (its test target did not run to the end)',
      '  FAILED alpha: suite/broken.test.js (the suite did not run): ● Test suite failed to run | cannot load',
      '  FAILED alpha: suite/sample.test.js > sample adds: Error: expect(received).toBe(expected) // Object.is equality | Expected: 3 | Received: 2',
      '1 passed, 3 failed, 0 skipped',
      '',
    ]);
    expect(run.status).toBe(1);
  });
});
