import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../src/report/report-command';
import { microArtifact, profileSummary, realLexiconsArtifact, regenerationArtifact, workerArtifact } from './fixtures/artifacts';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Each chart's id and what the page's own script measured after layout, from Chromium's DOM dump. */
function renderedCharts(htmlFile: string): Map<string, { width: number; height: number; bars: number }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  const dom = execFileSync(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--dump-dom', `file://${htmlFile}`,
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60000 });
  expect(dom).toContain('data-report-ready="true"');
  const charts = new Map<string, { width: number; height: number; bars: number }>();
  for (const m of dom.matchAll(/<figure class="chart"[^>]*>/g)) {
    const attr = (n: string) => m[0].match(new RegExp(`${n}="([^"]*)"`))?.[1];
    charts.set(attr('data-chart')!, { width: Number(attr('data-rendered-width')), height: Number(attr('data-rendered-height')), bars: Number(attr('data-rendered-bars')) });
  }
  return charts;
}

describe('the report renders its charts in headless Chromium', () => {
  it('draws every chart with a non-zero size and one bar per value, offline', () => {
    const root = mkdtempSync(join(tmpdir(), 'report-'));
    mkdirSync(join(root, 'benchmarks/phase4'), { recursive: true });
    const put = (rel: string, data: unknown) => writeFileSync(join(root, rel), JSON.stringify(data));
    put('benchmarks/phase4/baseline.json', microArtifact({ 'compile/affix': 1000, 'generate/affix': 500, 'generate/template': 800 }));
    put('benchmarks/phase4/micro-latest.json', microArtifact({ 'compile/affix': 900, 'generate/affix': 450, 'generate/template': 820 }));
    put('benchmarks/phase4/regeneration-baseline.json', regenerationArtifact());
    put('benchmarks/phase4/worker-regeneration-baseline.json', workerArtifact);
    put('benchmarks/real-lexicons.json', realLexiconsArtifact());
    put('benchmarks/phase4/profile-summary.json', profileSummary);
    expect(reportCommand(['--root', root])).toBe(0);
    const file = join(root, 'benchmarks/phase4/report.html');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);

    const charts = renderedCharts(file);
    expect([...charts.keys()]).toEqual(['regeneration-throughput', 'worker-phases', 'micro-vs-baseline', 'real-lexicon-expansion', 'profile-shares']);
    // 4 cells + the ceiling; 3 phases x p50/p95/p99; 3 tasks x baseline/latest; 3 tools; 4 shares.
    expect([...charts.values()].map((c) => c.bars)).toEqual([5, 9, 6, 3, 4]);
    for (const c of charts.values()) {
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(50);
    }
  }, 60000);

  it('renders the committed benchmarks/phase4/report.html with every chart drawn', () => {
    const charts = renderedCharts(join(__dirname, '../../../benchmarks/phase4/report.html'));
    expect([...charts.keys()]).toEqual(expect.arrayContaining(['regeneration-throughput', 'micro-vs-baseline', 'real-lexicon-expansion', 'profile-shares']));
    for (const [id, c] of charts) {
      expect({ id, drawn: c.width > 100 && c.height > 50 && c.bars > 0 }).toEqual({ id, drawn: true });
    }
  }, 60000);
});
