// Sums the Jest JSON reports that each project's `test` target writes under .test-results/ and prints
// the one closing line CI reads: `N passed, N failed, N skipped`. Exits non-zero if anything failed.
//
// `--projects a,b,c` names the projects whose tests ran (what .ci/run selected): each must have written a
// report, a missing one counts as a failed suite, and an empty list is a run with nothing to test
// (`0 passed, 0 failed, 0 skipped`, exit 0). Without it, finding no report at all is a failure.
//
// Above the closing line it names every failed test (file, title, the start of its message) and every
// suite that failed to load, so a red run's tail says what to look at.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The first lines of a Jest message on one line, without colour codes, code frames or the stack. */
function startOf(message) {
  const lines = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim());
  const text = lines.filter((line) => line !== '' && !line.startsWith('at ') && !/^(>\s*)?\d*\s*\|/.test(line)).slice(0, 4).join(' | ');
  return text === '' ? '(no message)' : text.length > 400 ? `${text.slice(0, 400)}...` : text;
}

const flag = process.argv.indexOf('--projects');
const expected = flag === -1 ? undefined : (process.argv[flag + 1] ?? '').split(',').map((p) => p.trim()).filter(Boolean);

const dir = join(process.cwd(), '.test-results');
let passed = 0, failed = 0, skipped = 0, suitesFailed = 0;
const failures = [];
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that fails to load has no failed tests but counts as a failure.
  suitesFailed += report.numRuntimeErrorTestSuites ?? 0;
  const project = file.replace(/\.json$/, '');
  for (const suite of report.testResults ?? []) {
    const where = relative(process.cwd(), suite.name);
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push(`  FAILED ${project}: ${where} > ${test.fullName ?? test.title}: ${startOf(test.failureMessages?.[0])}`);
    if (failedTests.length === 0 && suite.status === 'failed') failures.push(`  FAILED ${project}: ${where} (the suite did not run): ${startOf(suite.message)}`);
  }
  // Worded differently from the closing total on purpose: CI reads the `N passed, N failed` line.
  console.log(`  ${project} (passed/failed/skipped): ${report.numPassedTests}/${report.numFailedTests}/${report.numPendingTests}${report.numRuntimeErrorTestSuites ? `, ${report.numRuntimeErrorTestSuites} suites failed to run` : ''}`);
}
for (const project of expected ?? []) {
  if (files.includes(`${project}.json`)) continue;
  console.log(`  ${project}: no report in .test-results/${project}.json (its test target did not run to the end)`);
  suitesFailed += 1;
}
failed += suitesFailed;
for (const line of failures.sort()) console.log(line);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || (expected === undefined && files.length === 0) ? 1 : 0);
