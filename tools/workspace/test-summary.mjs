// Sums the Jest JSON reports that each project's `test` target writes under .test-results/ and prints
// the one closing line CI reads: `N passed, N failed, N skipped`. Exits non-zero if anything failed.
//
// `--projects a,b,c` names the projects whose tests ran (what .ci/run selected): each must have written a
// report, a missing one counts as a failed suite, and an empty list is a run with nothing to test
// (`0 passed, 0 failed, 0 skipped`, exit 0). Without it, finding no report at all is a failure.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const flag = process.argv.indexOf('--projects');
const expected = flag === -1 ? undefined : (process.argv[flag + 1] ?? '').split(',').map((p) => p.trim()).filter(Boolean);

const dir = join(process.cwd(), '.test-results');
let passed = 0, failed = 0, skipped = 0, suitesFailed = 0;
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that fails to load has no failed tests but counts as a failure.
  suitesFailed += report.numRuntimeErrorTestSuites ?? 0;
  // Worded differently from the closing total on purpose: CI reads the `N passed, N failed` line.
  console.log(`  ${file.replace(/\.json$/, '')} (passed/failed/skipped): ${report.numPassedTests}/${report.numFailedTests}/${report.numPendingTests}${report.numRuntimeErrorTestSuites ? `, ${report.numRuntimeErrorTestSuites} suites failed to run` : ''}`);
}
for (const project of expected ?? []) {
  if (files.includes(`${project}.json`)) continue;
  console.log(`  ${project}: no report in .test-results/${project}.json (its test target did not run to the end)`);
  suitesFailed += 1;
}
failed += suitesFailed;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || (expected === undefined && files.length === 0) ? 1 : 0);
