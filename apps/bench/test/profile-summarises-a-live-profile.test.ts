import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProcessedProfile } from '../src/profile/processed-profile/processed-profile';
import { runWithProf } from '../src/profile/run/run-with-prof';
import { summariseProfile } from '../src/profile/summary/summarise-profile';

/** A tiny program laid out like the workspace: a compute loop in paradigm-core, a persist loop in pg. */
function program(computeRounds: number, persistRounds: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'prof-'));
  mkdirSync(join(dir, 'packages/paradigm-core/dist'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/pg/lib'), { recursive: true });
  writeFileSync(join(dir, 'packages/paradigm-core/dist/hot.js'),
    "function generateHot(n) { let s = 0; for (let i = 0; i < n; i++) s += ('k' + i).replace(/\\d/g, 'x').length; return s; }\nmodule.exports = { generateHot };\n");
  writeFileSync(join(dir, 'node_modules/pg/lib/writer.js'),
    "function persistWork(n) { const a = []; for (let i = 0; i < n; i++) a.push(JSON.stringify({ i, s: 'v' + i })); return a.join('\\n').length; }\nmodule.exports = { persistWork };\n");
  writeFileSync(join(dir, 'main.js'), [
    "const { generateHot } = require('./packages/paradigm-core/dist/hot.js');",
    "const { persistWork } = require('./node_modules/pg/lib/writer.js');",
    `let t = 0; for (let r = 0; r < 30; r++) { t += generateHot(${computeRounds}); t += persistWork(${persistRounds}); }`,
    'if (t < 0) console.log(t);',
  ].join('\n'));
  return dir;
}

function profile(dir: string) {
  const out = join(dir, 'out');
  mkdirSync(out);
  // A log an earlier run left: the profiler must not touch it.
  writeFileSync(join(dir, 'isolate-0x1-1-v8.log'), 'earlier');
  const files = runWithProf(['main.js'], dir, out);
  expect(files.exitCode).toBe(0);
  const log = readdirSync(out).find((f) => f.endsWith('-v8.log'));
  expect(log).toMatch(/^isolate-.+-v8\.log$/);
  expect(readdirSync(out).sort()).toEqual([log, `${log}.processed.txt`]);
  expect(files).toMatchObject({ log: join(out, log!), processed: join(out, `${log}.processed.txt`) });
  expect(readdirSync(dir).filter((f) => f.startsWith('isolate-'))).toEqual(['isolate-0x1-1-v8.log']);
  expect(readFileSync(join(dir, 'isolate-0x1-1-v8.log'), 'utf8')).toBe('earlier');
  return summariseProfile(parseProcessedProfile(readFileSync(files.processed, 'utf8'), files.processed));
}

describe('profiling a real program and summarising it', () => {
  it('finds the compute hot loop, charges it to compute, and justifies WASM', () => {
    const s = profile(program(60000, 2000));
    expect(s.hottest[0]).toMatchObject({ name: 'generateHot', category: 'compute' });
    expect(s.hottest[0].location).toMatch(/\/packages\/paradigm-core\/dist\/hot\.js:1:\d+$/);
    expect(s.shares.compute + s.shares.persist + s.shares.idle + s.shares.startup + s.shares.other).toBeCloseTo(1, 9);
    expect(s.decision.justified).toBe(true);
  });

  it('does not justify WASM when persistence dominates', () => {
    const s = profile(program(200, 40000));
    expect(s.hottest[0]).toMatchObject({ name: 'persistWork', category: 'persist' });
    expect(s.shares.persist).toBeGreaterThan(s.shares.compute);
    expect(s.decision.justified).toBe(false);
  });
});
