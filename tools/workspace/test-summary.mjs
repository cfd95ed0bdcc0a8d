// Sums the Jest JSON reports that each project's `test` target writes under .test-results/ and prints
// the one closing line CI reads: `N passed, N failed, N skipped`. Exits non-zero if anything failed
// or if a project that has tests wrote no report.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

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
failed += suitesFailed;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
