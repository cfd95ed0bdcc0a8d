import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { PERSIST, reportFixtures, writeArtifacts } from './fixtures/report-artifacts';
import { fixtureRoot, launchChromium, openReport, renderReportUnder, tableRows } from './support/report-page';

/** Commits everything under `root` with `date` as author and committer date. */
function commit(root: string, message: string, date: string): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  execFileSync('git', ['-C', root, 'add', '-A'], { env });
  execFileSync('git', ['-C', root, 'commit', '-q', '-m', message], { env });
  return execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

describe('the trend section plots the key numbers of every committed version of the artifacts', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it('reads each revision of persist.json from git through a move, one point per revision that changed its data', async () => {
    const root = fixtureRoot();
    execFileSync('git', ['-C', root, 'init', '-q']);
    // The first version under an older name: git log --follow finds it through the move.
    writeArtifacts(root, { 'benchmarks/persist-old.json': { ...PERSIST, replace: { copy: { ...PERSIST.replace.copy, ratioToCeiling: 0.8 } }, memory: { peakRssMBAfterCopyRuns: 250 } } });
    const first = commit(root, 'persist measured', '2025-02-01T10:00:00Z');
    execFileSync('git', ['-C', root, 'mv', 'benchmarks/persist-old.json', 'benchmarks/phase4/persist.json']);
    commit(root, 'persist moved', '2025-02-02T10:00:00Z');
    writeArtifacts(root, reportFixtures());
    const last = commit(root, 'all artifacts', '2025-02-03T10:00:00Z');
    const { file } = renderReportUnder(root);
    const { page, problems } = await openReport(browser, file);
    const ratios = (await tableRows(page, '#trend-ratio-to-ceiling table.numbers')).filter((r) => r[2].startsWith('persist'));
    expect(ratios).toEqual([
      [first.slice(0, 10), '2025-02-01 10:00 UTC', 'persist: copy replace', '0.8', 'benchmarks/phase4/persist.json'],
      [last.slice(0, 10), '2025-02-03 10:00 UTC', 'persist: copy replace', '0.933', 'benchmarks/phase4/persist.json'],
    ]);
    const rss = (await tableRows(page, '#trend-peak-rss-mb table.numbers')).filter((r) => r[2].startsWith('persist'));
    expect(rss.map((r) => r[3])).toEqual(['250', '162.3']);
    // The rename's revision holds the same data: no point, no revision on the axis.
    const labels = await page.$eval('#trend-ratio-to-ceiling canvas', (c) => (globalThis as unknown as { Chart: { getChart(c: unknown): { data: { labels: string[] } } } }).Chart.getChart(c).data.labels);
    expect(labels).toEqual([`2025-02-01 10:00 ${first.slice(0, 7)}`, `2025-02-03 10:00 ${last.slice(0, 7)}`]);
    expect(problems).toEqual([]);
  });

  it('says that git cannot be read when the artifacts are not in a git work tree', async () => {
    const root = fixtureRoot();
    writeArtifacts(root, reportFixtures());
    const { file } = renderReportUnder(root);
    const { page } = await openReport(browser, file);
    expect(await page.textContent('#trend p.missing')).toMatch(/^No trend: git cannot be read here \(.+ is not in a git work tree \(fatal: not a git repository.*\)\)\. The trend plots the artifacts' committed versions; run the report in a git checkout\.$/);
    expect(await page.$$('#trend figure')).toEqual([]);
  });
});
