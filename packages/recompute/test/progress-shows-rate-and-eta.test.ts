import { ProgressBar, ProgressLines } from '../src';

describe('progress', () => {
  it('on a terminal: a bar redrawn in place with lexemes, forms/s and ETA', () => {
    let now = 0;
    const out: string[] = [];
    const bar = new ProgressBar({ write: (text: string) => out.push(text) }, () => now);
    bar.start('recompute', 1000);
    now = 2000;
    bar.update({ lexemes: 250, forms: 5000, failed: 0 });
    now = 2050; // throttled: no redraw within 100 ms
    bar.update({ lexemes: 260, forms: 5200, failed: 0 });
    now = 4000;
    bar.finish({ lexemes: 1000, forms: 20000, failed: 2 });
    expect(out).toEqual([
      '\rrecompute [########......................]  25% 250/1000 lexemes 5000 forms 2500 forms/s ETA 6.0s\x1b[K',
      '\rrecompute [##############################] 100% 1000/1000 lexemes 20000 forms 5000 forms/s ETA 0.0s 2 failed\x1b[K',
      '\n',
    ]);
  });

  it('without a terminal: JSON lines at most once a second, and a final one', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new ProgressLines((line) => lines.push(line), () => now);
    progress.start('run', undefined);
    now = 500;
    progress.update({ lexemes: 10, forms: 100, failed: 0 });
    now = 1500;
    progress.update({ lexemes: 30, forms: 300, failed: 1 });
    now = 2000;
    progress.finish({ lexemes: 40, forms: 400, failed: 1 });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { event: 'start', label: 'run', lexemes: 0, total: null, forms: 0, failed: 0, formsPerSecond: 0, etaSeconds: null, elapsedMs: 0 },
      { event: 'progress', label: 'run', lexemes: 30, total: null, forms: 300, failed: 1, formsPerSecond: 200, etaSeconds: null, elapsedMs: 1500 },
      { event: 'done', label: 'run', lexemes: 40, total: null, forms: 400, failed: 1, formsPerSecond: 200, etaSeconds: null, elapsedMs: 2000 },
    ]);
  });

  it('a run that ends before its work is done says so in its last line, and the bar ends its line', () => {
    const lines: string[] = [];
    const progress = new ProgressLines((line) => lines.push(line), () => 0);
    progress.start('import', 100);
    progress.finish({ lexemes: 20, forms: 0, failed: 20 }, 'stopped');
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(['start', 'stopped']);
    const out: string[] = [];
    const bar = new ProgressBar({ write: (text: string) => out.push(text) }, () => 0);
    bar.start('import', 100);
    bar.finish({ lexemes: 20, forms: 0, failed: 20 }, 'stopped');
    expect(out[out.length - 1]).toBe('\n');
  });
});
