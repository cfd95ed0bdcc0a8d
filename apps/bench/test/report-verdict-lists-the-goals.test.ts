import type { Browser } from 'playwright-core';
import { reportFixtures, writeArtifacts } from './fixtures/report-artifacts';
import { fixtureRoot, launchChromium, openReport, renderReportUnder, tableRows } from './support/report-page';

describe('the verdict at the top of the report lists each goal the artifacts record', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it('states each goal with the fixture\'s measured value, target, verdict, load and date', async () => {
    const root = fixtureRoot();
    writeArtifacts(root, reportFixtures());
    const { file } = renderReportUnder(root);
    const { page } = await openReport(browser, file);
    expect(await page.$eval('section:first-of-type', (s) => s.id)).toBe('verdict');
    expect(await page.textContent('#verdict .verdict-summary')).toBe('7 of 8 goals met, 1 not met.');
    expect(await tableRows(page, '#verdict table.verdict')).toEqual([
      ['copy writer replaces 1,000,000 forms at the server-side ceiling\'s speed (DELETE + COPY FROM a file)', '0.933 of the ceiling', '≥ 0.9', 'met', 'load 1.50 → 2.25', '2025-01-02 03:04 UTC', 'benchmarks/phase4/persist.json'],
      ['peak RSS writing 1,000,000 forms with copy', '162.3 MB', '< 200 MB', 'met', 'load 1.50 → 2.25', '2025-01-02 03:04 UTC', 'benchmarks/phase4/persist.json'],
      ['analyse one word on 3,205,896 stored forms (analyseForm, client round trip included)', 'p99 7.365 ms (p50 3.25 ms, 10 words)', 'p99 < 5 ms', 'not met', 'load 4.00 → 5.00', '2025-01-06 00:00 UTC', 'benchmarks/phase4/analyse.json'],
      ['micro-benchmark no slower than the committed baseline (geometric mean of the tasks\' calibration-ratio slowdowns)', 'x1.066 over 3 tasks', '≤ x1.100', 'met', 'load 1.00 → 1.00', '2025-01-03 00:00 UTC', 'benchmarks/phase4/micro-latest.json'],
      ['worker recompute faster than the runbook\'s 25,000 forms in 1.6 s', '1.25 s at 5,000 lexemes x2; 0.115 s at 500,000 lexemes x2', '≤ 1.6 s per 25,000 forms (15,625 forms/s)', 'met', 'load 1.25 to 3.50 at the sizes\' starts', '2025-01-04 00:00 UTC', 'benchmarks/phase4/worker-ceiling.json'],
      ['paradigm-core faster per form than unmunch on hunspell-en_US', 'whole-job-process x4.000', '> x1 per form (our forms/s over theirs)', 'met', 'not recorded', '2025-01-01 00:00 UTC', 'benchmarks/real-lexicons.json'],
      ['paradigm-core faster per form than hunspell-reader on hunspell-en_US', 'whole-job-process x100.000', '> x1 per form (our forms/s over theirs)', 'met', 'not recorded', '2025-01-01 00:00 UTC', 'benchmarks/real-lexicons.json'],
      ['paradigm import of hunspell-en_US to indexed forms at least as fast as unmunch | psql COPY + CREATE INDEX, peak RSS under 256 MB', 'x1.250 (ceiling s / our s, medians of 1 alternating rounds; paired x1.250); peak RSS 150 MB', '≥ x1.000, < 256 MB', 'met', 'load 1.50 to 2.50 at the samples\' starts', '2025-01-01 00:00 UTC', 'benchmarks/real-lexicons.json'],
    ]);
    expect(await page.$$eval('#verdict table.verdict tbody tr', (rows) => rows.map((r) => r.className))).toEqual(['met', 'met', 'not-met', 'met', 'met', 'met', 'met', 'met']);
    expect(await page.textContent('#verdict .decision')).toBe('Decision (benchmarks/phase4/profile-summary.json, not recorded): WASM prototype of the compute path justified. test');
  });

  it('says when the latest micro-benchmark run cannot be compared with the baseline, and names the fix', async () => {
    const root = fixtureRoot();
    const artifacts = reportFixtures();
    const latest = artifacts['benchmarks/phase4/micro-latest.json'] as { settings: Record<string, unknown> };
    writeArtifacts(root, { ...artifacts, 'benchmarks/phase4/micro-latest.json': { ...latest, settings: { ...latest.settings, rounds: 30 } } });
    const { file } = renderReportUnder(root);
    const { page } = await openReport(browser, file);
    const micro = (await tableRows(page, '#verdict table.verdict')).find((r) => r[0].startsWith('micro-benchmark'));
    expect(micro?.slice(1, 4)).toEqual(['cannot compare runs of different settings (rounds: baseline 15, current 30); measure both with the same settings, or make a new baseline on this setup with `nx run bench:bench`', '≤ x1.100', 'not comparable']);
  });
});
