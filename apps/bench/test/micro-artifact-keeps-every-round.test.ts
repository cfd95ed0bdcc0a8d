import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { significant } from '../src/artifacts/artifact-json';
import { parseMicroBaseline } from '../src/artifacts/micro-baseline';
import { microCommand } from '../src/micro/micro-command';

describe('bench micro keeps every round of every task', () => {
  it('writes each task\'s round ratios and ops/s, whose median is the task\'s ratio, one array a line', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bench-micro-')), 'baseline.json');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await microCommand(['--synthetic-only', '--rounds', '5', '--block-ms', '2', '--out', out])).toBe(0);
    } finally {
      log.mockRestore();
    }
    const text = readFileSync(out, 'utf8');
    const run = parseMicroBaseline(text, out);
    expect(run.tasks.length).toBeGreaterThan(0);
    for (const t of run.tasks) {
      const sorted = [...t.roundRatios!].sort((a, b) => a - b);
      expect({ task: t.name, rounds: t.roundRatios!.length, opsRounds: t.roundOpsPerSec!.length, median: sorted[2] }).toEqual({ task: t.name, rounds: 5, opsRounds: 5, median: significant(t.ratio!) });
    }
    // Each task's two arrays of rounds stand on one line each.
    expect(text.match(/^ {6}"round(Ratios|OpsPerSec)": \[[^\]\n]+\],?$/gm)?.length).toBe(run.tasks.length * 2);
  });
});
